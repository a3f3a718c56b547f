# Build the Windows installer: a portable llama.cpp, the one-folder bundle, its self-test, Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1 [-Variant cpu|cuda]
#
# Needs: Python 3.11+ on PATH (or $env:PYTHON), Visual Studio 2022 Build Tools with "Desktop
# development with C++" (llama.cpp compiles from source), Inno Setup 6 (iscc on PATH or in its
# default folder); for -Variant cuda also the CUDA toolkit (its installer sets CUDA_PATH).
# Output: dist\SubcontractAssist-<version>-windows-<variant>-setup.exe
param([ValidateSet("cpu", "cuda")] [string] $Variant = "cpu")
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")
function Assert-Ok { if ($LASTEXITCODE -ne 0) { throw "command failed (exit $LASTEXITCODE)" } }

# A separate venv, so a developer's -march=native llama.cpp in .venv never reaches a package.
$venv = "build\venv-windows-$Variant"   # build\ is git-ignored
$py = "$venv\Scripts\python.exe"
$base = if ($env:PYTHON) { $env:PYTHON } else { "python" }
if (-not (Test-Path $py)) { & $base -m venv $venv; Assert-Ok }
& $py -m pip install --upgrade pip; Assert-Ok

# Portable llama.cpp: no -march=native, so no AVX-512 from the build machine (AVX2 baseline).
$env:CMAKE_ARGS = "-DGGML_NATIVE=OFF"
if ($Variant -eq "cuda") { $env:CMAKE_ARGS += " -DGGML_CUDA=on" }
$env:SUBCONTRACT_ASSIST_REQUIRE_PORTABLE = "1"   # the spec stops on a CPU-specific llama.cpp
& $py -m pip install --no-cache-dir --force-reinstall --no-deps "llama-cpp-python==0.3.36"; Assert-Ok
& $py -m pip install ".[package]"; Assert-Ok

& $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build `
    packaging\subcontract_assist.spec; Assert-Ok

# The console twin of the app prints what the self-test did (the windowed one has no stdout).
& dist\SubcontractAssist\subcontract-assist.exe --self-test; Assert-Ok

$version = (& $py -c "import subcontract_assist; print(subcontract_assist.__version__)").Trim()
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "/DVariant=$Variant" packaging\windows\subcontract_assist.iss
Assert-Ok
Get-ChildItem dist\*-setup.exe | ForEach-Object { "{0}  {1:N0} MB" -f $_.Name, ($_.Length / 1MB) }
