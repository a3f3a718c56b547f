#!/usr/bin/env bash
# Build the Linux one-folder bundle, run its self-test with no Python on PATH, and pack it.
#
#   packaging/build_linux.sh               # from the dev venv (.venv): a bundle for the self-test
#   PORTABLE=1 packaging/build_linux.sh    # a fresh venv with a portable llama.cpp: for release
#
# The dev venv's llama.cpp is compiled for this machine's CPU (-march=native, AVX-512 here), so
# its bundle is for testing on this machine only; the spec prints a warning about it. PORTABLE=1
# builds llama.cpp with GGML_NATIVE=OFF and makes that warning an error.
# Output: dist/SubcontractAssist/ and dist/SubcontractAssist-<version>-linux-<arch>.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${DIST:-dist}"
WORK="${WORK:-build}"

if [ "${PORTABLE:-0}" = 1 ]; then
  VENV=build/venv-linux  # build/ is git-ignored
  [ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
  PY="$VENV/bin/python"
  "$PY" -m pip install --upgrade pip
  CMAKE_ARGS="-DGGML_NATIVE=OFF" \
    "$PY" -m pip install --no-cache-dir --force-reinstall --no-deps "llama-cpp-python==0.3.36"
  "$PY" -m pip install ".[package]"
  export SUBCONTRACT_ASSIST_REQUIRE_PORTABLE=1
else
  PY="${PYTHON:-.venv/bin/python}"
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --distpath "$DIST" --workpath "$WORK" \
  packaging/subcontract_assist.spec
echo "build: $(( $(date +%s) - start )) s"

if [ "${PORTABLE:-0}" = 1 ] && [ "$(uname -m)" = x86_64 ]; then
  # Belt and braces: the CPU code that ships must hold no AVX-512 instruction (zmm registers).
  zmm=$(objdump -d --no-show-raw-insn "$DIST"/SubcontractAssist/_internal/llama_cpp/lib/libggml-cpu.so* \
        | grep -c '%zmm' || true)
  [ "$zmm" = 0 ] || { echo "libggml-cpu carries $zmm AVX-512 instructions" >&2; exit 1; }
fi

# As a user's machine sees it: no Python on PATH, no virtual environment, a fresh home.
HOME_DIR="$(mktemp -d)"
env -i HOME="$HOME_DIR" PATH="" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
  "$DIST/SubcontractAssist/subcontract-assist" --self-test
rm -rf "$HOME_DIR"

VERSION="$("$PY" -c 'import subcontract_assist; print(subcontract_assist.__version__)')"
TARBALL="$DIST/SubcontractAssist-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$DIST" -czf "$TARBALL" SubcontractAssist
du -sh "$DIST/SubcontractAssist" "$TARBALL"
