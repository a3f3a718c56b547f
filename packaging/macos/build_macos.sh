#!/usr/bin/env bash
# Build "Subcontract Assist.app" with Metal, self-test it, sign, notarise and wrap it in a .dmg.
#
#   packaging/macos/build_macos.sh
#
# Needs: macOS 12+ on Apple silicon, Xcode command-line tools, Python 3.11+ (python3.11 or
# $PYTHON). Signing and notarisation run only when their variables are set (unset: an ad-hoc
# signed .dmg for testing, which Gatekeeper will warn about):
#   APPLE_SIGN_IDENTITY   "Developer ID Application: Firm Name (TEAMID)" (in the login keychain)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an app-specific password for notarytool
# Output: dist/SubcontractAssist-<version>-macos-arm64.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
APP="dist/Subcontract Assist.app"

# A separate venv, so a developer's -mcpu=native llama.cpp in .venv never reaches a package.
VENV=build/venv-macos  # build/ is git-ignored
[ -x "$VENV/bin/python" ] || "${PYTHON:-python3.11}" -m venv "$VENV"
PY="$VENV/bin/python"
"$PY" -m pip install --upgrade pip
# Metal for Apple GPUs; GGML_NATIVE=OFF so an M3-built wheel still runs on an M1.
CMAKE_ARGS="-DGGML_METAL=on -DGGML_NATIVE=OFF" \
  "$PY" -m pip install --no-cache-dir --force-reinstall --no-deps "llama-cpp-python==0.3.36"
"$PY" -m pip install ".[package]"

# The spec signs every binary with APPLE_SIGN_IDENTITY (hardened runtime) when it is set.
SUBCONTRACT_ASSIST_REQUIRE_PORTABLE=1 "$PY" -m PyInstaller --noconfirm --clean \
  --distpath dist --workpath build packaging/subcontract_assist.spec
"$APP/Contents/MacOS/subcontract-assist" --self-test

VERSION="$("$PY" -c 'import subcontract_assist; print(subcontract_assist.__version__)')"
DMG="dist/SubcontractAssist-$VERSION-macos-$(uname -m).dmg"
if [ -n "${APPLE_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist --sign "$APPLE_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

# The .dmg holds the app and a link to /Applications to drag it onto.
STAGE="$(mktemp -d)"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Subcontract Assist" -srcfolder "$STAGE" -fs HFS+ -format UDZO "$DMG"
rm -rf "$STAGE"

if [ -n "${APPLE_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$APPLE_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
du -h "$DMG"
