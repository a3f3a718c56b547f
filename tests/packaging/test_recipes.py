"""What can be checked here of the Windows, macOS and Linux recipes, without those machines."""

from __future__ import annotations

import ast
import plistlib
import re
import struct
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest
import yaml

from tests.packaging.conftest import PACKAGING, ROOT

AVX512_INFO = "CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | FMA = 1 | AVX512 = 1 | AVX512_VNNI = 1 |"
PORTABLE_INFO = "CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | OPENMP = 1 |"
LINUX_LIBS = ["libllama.so", "libggml.so", "libggml-base.so", "libggml-cpu.so"]


def _write(path: Path, data: bytes = b"MZ") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- what the spec bundles -------------------------------------------------------------------


def test_shipped_folders_land_inside_the_package_with_portable_relative_destinations(
    bs: ModuleType,
) -> None:
    datas = bs.shipped_datas()
    dests = {dest for _, dest in datas}
    assert "subcontract_assist/templates" in dests
    assert "subcontract_assist/models" in dests
    assert "subcontract_assist/examples" in dests
    for source, dest in datas:
        assert Path(source).is_file()
        assert not Path(dest).is_absolute()
        assert "\\" not in dest  # PyInstaller takes "/" on every platform
        assert dest.split("/")[0] == "subcontract_assist"


def test_a_model_dropped_into_models_stays_out_but_the_lora_adapter_ships(
    bs: ModuleType, tmp_path: Path
) -> None:
    _write(tmp_path / "models" / "catalog.toml", b"")
    _write(tmp_path / "models" / "my-big-model.gguf")
    _write(tmp_path / "models" / "adapters" / "lora.gguf")
    _write(tmp_path / "models" / "download.gguf.part")

    shipped = sorted(Path(source).name for source, _ in bs.shipped_datas(tmp_path))

    assert shipped == ["catalog.toml", "lora.gguf"]


def test_windows_puts_the_openmp_runtime_beside_llama_dll(bs: ModuleType, tmp_path: Path) -> None:
    redist = _write(tmp_path / "redist" / "vcomp140.dll").parent
    libs = [
        (str(tmp_path / "llama.dll"), "llama_cpp/lib"),
        (str(tmp_path / "ggml.dll"), "llama_cpp/lib"),
    ]

    extra = bs.windows_runtimes(libs, search_dirs=[tmp_path / "missing", redist])

    assert extra == [(str(redist / "vcomp140.dll"), "llama_cpp/lib")]


def test_a_windows_cuda_build_also_carries_the_cuda_runtime(bs: ModuleType, tmp_path: Path) -> None:
    omp = _write(tmp_path / "sys" / "vcomp140.dll").parent
    cuda = tmp_path / "cuda" / "bin"
    for name in ("cudart64_12.dll", "cublas64_12.dll", "cublasLt64_12.dll"):
        _write(cuda / name)
    libs = [(str(tmp_path / n), "llama_cpp/lib") for n in ("llama.dll", "ggml-cuda.dll")]

    names = [Path(src).name for src, _ in bs.windows_runtimes(libs, search_dirs=[omp, cuda])]

    assert names == ["vcomp140.dll", "cudart64_12.dll", "cublas64_12.dll", "cublasLt64_12.dll"]


def test_a_windows_build_without_openmp_runtime_stops_with_a_clear_message(
    bs: ModuleType, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit, match=r"vcomp140\.dll"):
        bs.windows_runtimes([(str(tmp_path / "llama.dll"), "llama_cpp/lib")], [tmp_path])


def test_a_windows_build_without_openmp_needs_no_runtime(bs: ModuleType, tmp_path: Path) -> None:
    libs = [(str(tmp_path / "llama.dll"), "llama_cpp/lib")]
    assert bs.windows_runtimes(libs, [tmp_path], openmp=False) == []


def test_windows_runtime_search_reads_the_build_machines_environment(bs: ModuleType) -> None:
    env = {
        "PATH": r"C:\Tools;C:\Python311",
        "CUDA_PATH": r"C:\CUDA\v12.4",
        "SystemRoot": r"C:\Windows",
    }
    dirs = [PureWindowsPath(d).as_posix() for d in bs.windows_search_dirs(env)]
    assert "C:/CUDA/v12.4/bin" in dirs
    assert "C:/Tools" in dirs
    assert dirs[-1] == "C:/Windows/System32"


def test_macos_metal_shaders_are_collected_by_pattern(bs: ModuleType) -> None:
    assert "**/*.metal" in bs.METAL_PATTERNS
    assert "**/*.metallib" in bs.METAL_PATTERNS
    assert isinstance(bs.metal_datas(), list)  # none here: this llama.cpp has no Metal


def test_llama_libraries_of_this_machine_are_collected(bs: ModuleType) -> None:
    names = {Path(src).name for src, _ in bs.llama_binaries("linux")}
    assert {"libllama.so", "libggml.so", "libggml-cpu.so", "libggml-base.so"} <= names


# --- portability of llama.cpp ------------------------------------------------------------------


def test_a_native_avx512_build_is_called_out(bs: ModuleType) -> None:
    message = bs.native_build_warning(AVX512_INFO, LINUX_LIBS)
    assert "AVX512, AVX512_VNNI" in message
    assert "GGML_NATIVE=OFF" in message


def test_a_portable_build_or_cpu_variants_pass(bs: ModuleType) -> None:
    assert bs.native_build_warning(PORTABLE_INFO, LINUX_LIBS) is None
    variants = [*LINUX_LIBS, "libggml-cpu-haswell.so", "libggml-cpu-skylakex.so"]
    assert bs.native_build_warning(AVX512_INFO, variants) is None


def test_an_apple_silicon_build_tied_to_a_newer_chip_is_called_out(bs: ModuleType) -> None:
    info = "CPU : NEON = 1 | ARM_FMA = 1 | FP16_VA = 1 | MATMUL_INT8 = 1 | DOTPROD = 1 |"
    assert "MATMUL_INT8" in bs.native_build_warning(info, ["libllama.dylib"])


# --- version, icons, Info.plist ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc3", (2, 0, 1, 0))],
)
def test_versions_become_four_numbers_for_windows(
    bs: ModuleType, version: str, numbers: tuple[int, ...]
) -> None:
    assert bs.version_tuple(version) == numbers


def test_the_windows_version_resource_carries_the_package_version(
    bs: ModuleType, tmp_path: Path
) -> None:
    version = bs.read_version()
    text = bs.windows_version_file(version, tmp_path).read_text(encoding="utf-8")
    call = ast.parse(text).body[0].value  # one VSVersionInfo(...) expression
    assert isinstance(call, ast.Call)
    assert call.func.id == "VSVersionInfo"
    assert f"filevers={bs.version_tuple(version)}" in text
    assert f"StringStruct('ProductVersion', '{version}')" in text
    assert "StringStruct('OriginalFilename', 'SubcontractAssist.exe')" in text


def test_icons_exist_for_each_platform_in_their_container_formats(bs: ModuleType) -> None:
    ico = Path(bs.icon_for("win32")).read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    assert count >= 5
    icns = Path(bs.icon_for("darwin")).read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert bs.icon_for("linux") is None


def test_pyinstaller_takes_the_icons_as_they_are_without_pillow(
    bs: ModuleType, tmp_path: Path
) -> None:
    from PyInstaller.building.icon import normalize_icon_type

    for platform, kind in (("win32", "ico"), ("darwin", "icns")):
        icon = bs.icon_for(platform)
        assert normalize_icon_type(icon, (kind,), kind, str(tmp_path)) == icon


def test_the_macos_info_plist_is_valid_and_versioned(bs: ModuleType) -> None:
    plist = bs.macos_info_plist("1.2.3")
    assert plistlib.loads(plistlib.dumps(plist))["CFBundleShortVersionString"] == "1.2.3"
    assert plist["NSHighResolutionCapable"] is True


def test_the_spec_is_python_and_uses_no_machine_paths() -> None:
    text = (PACKAGING / "subcontract_assist.spec").read_text(encoding="utf-8")
    ast.parse(text)
    for needle in (
        "bs.llama_binaries()",
        "bs.default_model(WORK)",
        "collect_submodules",
        "BUNDLE(",
    ):
        assert needle in text
    assert not re.search(r"['\"](/usr|/home|/tmp|[A-Z]:\\\\)", text)


# --- Windows installer, macOS and Linux scripts, release workflow -------------------------------


def _iss() -> dict[str, list[str]]:
    """Return the Inno Setup script's lines by section, without comments and ISPP directives."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (PACKAGING / "windows" / "subcontract_assist.iss").read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """Parse ``Name: "x"; Filename: "y"`` entries of [Files], [Icons], [Run]."""
    return [
        {k.strip(): v.strip().strip('"') for k, v in (p.split(":", 1) for p in line.split("; "))}
        for line in lines
    ]


def test_the_windows_installer_is_per_user_with_start_menu_entry_and_uninstaller() -> None:
    iss = _iss()
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%/Programs, per user
    assert setup["AppId"].startswith("{{")
    assert setup.get("Uninstallable", "yes") == "yes"  # Inno's default: an uninstaller
    assert setup["UninstallDisplayIcon"] == "{app}\\{#AppExe}"
    icons = _entries(iss["Icons"])
    assert icons[0]["Name"].startswith("{autoprograms}")  # the Start-menu entry
    assert icons[0]["Filename"] == "{app}\\{#AppExe}"
    files = _entries(iss["Files"])
    assert "recursesubdirs" in files[0]["Flags"]
    icon = PureWindowsPath(setup["SetupIconFile"])
    assert (PACKAGING / "windows" / Path(*icon.parts)).resolve().is_file()


def test_the_windows_build_script_builds_a_portable_llama_cpp_and_self_tests() -> None:
    text = (PACKAGING / "windows" / "build_windows.ps1").read_text(encoding="utf-8")
    assert "-DGGML_NATIVE=OFF" in text
    assert "-DGGML_CUDA=on" in text
    assert "--self-test" in text
    assert "subcontract_assist.iss" in text


def test_the_macos_script_builds_with_metal_signs_notarises_and_makes_a_dmg() -> None:
    text = (PACKAGING / "macos" / "build_macos.sh").read_text(encoding="utf-8")
    for needle in ("-DGGML_METAL=on", "GGML_NATIVE=OFF", "--self-test", "hdiutil create"):
        assert needle in text
    for needle in ("codesign", "--options runtime", "xcrun notarytool submit", "stapler staple"):
        assert needle in text
    for variable in ("APPLE_SIGN_IDENTITY", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert f"${{{variable}" in text or f"${variable}" in text
    plist = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert plist["com.apple.security.cs.allow-unsigned-executable-memory"] is True


def test_the_release_workflow_builds_every_platform_on_version_tags() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    trigger = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert trigger["push"]["tags"] == ["v*"]
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux", "windows", "macos", "release"}
    assert jobs["windows"]["strategy"]["matrix"]["variant"] == ["cpu", "cuda"]
    assert jobs["release"]["needs"] == ["linux", "windows", "macos"]
    for name in ("linux", "windows", "macos"):
        commands = " ".join(step.get("run", "") for step in jobs[name]["steps"])
        script = re.search(r"packaging/(\w+/)?build_\w+\.(sh|ps1)", commands)
        assert script, f"{name} job runs no packaging script"
        assert (ROOT / script.group(0)).is_file()


def test_the_linux_script_self_tests_with_no_python_on_path() -> None:
    text = (PACKAGING / "build_linux.sh").read_text(encoding="utf-8")
    assert 'env -i HOME="$HOME_DIR" PATH=""' in text
    assert "--self-test" in text
    assert 'CMAKE_ARGS="-DGGML_NATIVE=OFF"' in text
