#!/usr/bin/env bash
# Pack the AppDir (installers/linux/make_appdir.sh) into an AppImage with appimagetool, where
# it is installed (APPIMAGETOOL=/path/to/appimagetool-x86_64.AppImage, or on the PATH).
#   bash installers/linux/pack_appimage.sh [dist/AppDir] [dist/MEMSHADOW-x86_64.AppImage]
set -euo pipefail
APPDIR=${1:-dist/AppDir}
OUT=${2:-dist/MEMSHADOW-x86_64.AppImage}
TOOL=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$TOOL" ]; then
  echo "pack_appimage: appimagetool is not installed (set APPIMAGETOOL)" >&2
  exit 2
fi
[ -x "$APPDIR/AppRun" ] || { echo "pack_appimage: no AppDir at $APPDIR" >&2; exit 2; }
ARCH=x86_64 "$TOOL" --no-appstream "$APPDIR" "$OUT"
echo "AppImage: $OUT ($(du -h "$OUT" | cut -f1))"
