#!/usr/bin/env bash
# Build MEMSHADOW for macOS: MEMSHADOW.app (build.spec's BUNDLE) and a DMG (dmgbuild).
#   bash scripts/build_macos.sh
# Signing and notarisation (README: "Building the installers") happen when MEMSHADOW_SIGN_ID
# (a "Developer ID Application: ..." identity in the keychain) and MEMSHADOW_NOTARY_PROFILE
# (a `xcrun notarytool store-credentials` profile) are set.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${MEMSHADOW_BUILD_VENV:-.venv-build}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . -r installers/build-requirements.txt
VERSION=$("$VENV/bin/python" -c 'import memshadow_desktop; print(memshadow_desktop.__version__)')
bash scripts/i18n.sh --release "$VENV/bin"
rm -rf build/model
"$VENV/bin/python" scripts/bundle_model.py build/model
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
APP=dist/MEMSHADOW.app
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/memshadow-desktop" --self-test
if [ -n "${MEMSHADOW_SIGN_ID:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements installers/macos/entitlements.plist --sign "$MEMSHADOW_SIGN_ID" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi
DMG=dist/MEMSHADOW-$VERSION.dmg
rm -f "$DMG"
"$VENV/bin/dmgbuild" -s installers/macos/dmg_settings.py -D app="$APP" MEMSHADOW "$DMG"
if [ -n "${MEMSHADOW_SIGN_ID:-}" ]; then
  codesign --sign "$MEMSHADOW_SIGN_ID" --timestamp "$DMG"
fi
if [ -n "${MEMSHADOW_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$MEMSHADOW_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "DMG: $DMG"
