#!/usr/bin/env python3
"""Set up a virtual environment in .venv and launch the app or run the tests.

    python3 bootstrap.py app     # install and open Subcontract Assist on the default model
    python3 bootstrap.py test    # install with test extras, then lint, type-check and test

Only the Python standard library is used here, so it runs on a fresh machine with Python 3.11+
and a C compiler (llama-cpp-python builds from source the first time; pip caches the wheel).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True, env=env)


def ensure_venv(extras: str) -> None:
    if not PY.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
        run(PY, "-m", "pip", "install", "--upgrade", "pip")
    env = dict(os.environ)
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    target = f".[{extras}]" if extras else "."
    run(PY, "-m", "pip", "install", "-e", target, env=env)


def test(pytest_args: list[str]) -> None:
    ensure_venv("test")
    run(PY, "-m", "ruff", "format", "--check", "src", "tests", "bench", "bootstrap.py")
    run(PY, "-m", "ruff", "check", "src", "tests", "bench", "bootstrap.py")
    run(PY, "-m", "mypy")
    run(BIN / "lint-imports")
    run(PY, "-m", "pytest", *pytest_args)


def app(app_args: list[str]) -> None:
    ensure_venv("")
    run(PY, "-m", "subcontract_assist", *app_args)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("app", "test"):
        sys.exit(__doc__)
    try:
        (test if sys.argv[1] == "test" else app)(sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)


if __name__ == "__main__":
    main()
