#!/usr/bin/env bash
# Build the Linux app: the onedir bundle, the .deb and the AppImage's AppDir.
#   bash scripts/build_linux.sh            -> dist/memshadow-desktop/, dist/memshadow-desktop_<v>_amd64.deb,
#                                             dist/AppDir/ (bash installers/linux/pack_appimage.sh packs it)
# A build environment of its own (.venv-build: the app without dev tools, one onnxruntime, the
# pinned packaging tools), the bundled embedding model (scripts/bundle_model.py), the compiled
# translations, PyInstaller (build.spec), a self-test of the bundle, nfpm for the .deb (dpkg-deb
# compresses it), lintian.
# The bundle needs the glibc of the machine it was built on or newer (README: "Installing").
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-python3}
VENV=${MEMSHADOW_BUILD_VENV:-.venv-build}
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

step "build environment $VENV"
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . -r installers/build-requirements.txt
VERSION=$("$VENV/bin/python" -c 'import memshadow_desktop; print(memshadow_desktop.__version__)')

step "translations"
bash scripts/i18n.sh --release "$VENV/bin"

step "bundled embedding model"
rm -rf build/model
"$VENV/bin/python" scripts/bundle_model.py build/model

step "PyInstaller"
rm -rf dist/memshadow-desktop
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
BUNDLE=dist/memshadow-desktop
# Debug information is most of some libraries' size (llama.cpp: 102 MB of 128); the symbols stay.
find "$BUNDLE" -name '*.so*' -type f -print0 | while IFS= read -r -d '' lib; do
  if file "$lib" | grep -q 'with debug_info'; then strip --strip-debug "$lib"; fi
done

step "self-test of the bundle"
env -u DISPLAY QT_QPA_PLATFORM=offscreen "$BUNDLE/memshadow-desktop" --self-test
"$BUNDLE/memshadow" --help >/dev/null

step ".deb (nfpm, compressed by dpkg-deb)"
rm -f dist/memshadow-desktop_*.deb
rm -rf build/deb
mkdir -p build/deb/raw
gzip -9nc installers/linux/changelog > build/deb/changelog.gz
VERSION=$VERSION "$VENV/bin/nfpm" package --config installers/linux/nfpm.yaml --packager deb --target build/deb/raw/
# nfpm writes it uncompressed (nfpm.yaml); dpkg-deb compresses the same tree with XZ Utils'
# xz, multithreaded. Measured on the 440 MB tree nfpm's own xz made 181 MB of: xz -6 159 MB in
# about the same time, xz -9 147 MB in twice that (MEMSHADOW_DEB_XZ_LEVEL=9 for a release).
RAW=$(ls build/deb/raw/memshadow-desktop_*.deb)
dpkg-deb --raw-extract "$RAW" build/deb/tree
dpkg-deb --root-owner-group -Zxz -z"${MEMSHADOW_DEB_XZ_LEVEL:-6}" \
  --build build/deb/tree "dist/$(basename "$RAW")" >/dev/null
rm -rf build/deb/tree "$RAW"
DEB=$(ls dist/memshadow-desktop_*.deb)
if command -v lintian >/dev/null 2>&1; then
  step "lintian"
  lintian --fail-on error "$DEB"
fi

step "AppImage AppDir"
bash installers/linux/make_appdir.sh "$BUNDLE" dist/AppDir

step "done"
du -sh "$BUNDLE" "$DEB" dist/AppDir
echo "glibc floor (the build machine's): $(ldd --version | head -n1 | awk '{print $NF}')"
