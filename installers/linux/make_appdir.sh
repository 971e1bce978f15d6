#!/usr/bin/env bash
# Lay out the AppImage's AppDir from the onedir bundle: AppRun, the .desktop file, the icon,
# the AppStream metainfo. installers/linux/pack_appimage.sh turns it into an AppImage where
# appimagetool is installed; CI runs the AppDir through its AppRun (the self-test).
#   bash installers/linux/make_appdir.sh dist/memshadow-desktop dist/AppDir
set -euo pipefail
BUNDLE=${1:?the onedir bundle}
APPDIR=${2:?the AppDir to make}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/share/applications" "$APPDIR/usr/share/metainfo" \
  "$APPDIR/usr/share/icons/hicolor/256x256/apps" "$APPDIR/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$APPDIR/usr/lib/memshadow-desktop" 2>/dev/null || {
  mkdir -p "$APPDIR/usr/lib" && cp -a "$BUNDLE" "$APPDIR/usr/lib/memshadow-desktop"
}
cp "$ROOT/resources/linux/memshadow-desktop.desktop" "$APPDIR/memshadow-desktop.desktop"
cp "$ROOT/resources/linux/memshadow-desktop.desktop" "$APPDIR/usr/share/applications/"
cp "$ROOT/resources/linux/io.github.memshadow.Desktop.metainfo.xml" "$APPDIR/usr/share/metainfo/"
cp "$ROOT/resources/icons/png/256.png" "$APPDIR/memshadow-desktop.png"
cp "$ROOT/resources/icons/png/256.png" "$APPDIR/usr/share/icons/hicolor/256x256/apps/memshadow-desktop.png"
cp "$ROOT/resources/icons/memshadow.svg" "$APPDIR/usr/share/icons/hicolor/scalable/apps/memshadow-desktop.svg"
ln -s memshadow-desktop.png "$APPDIR/.DirIcon"
cat > "$APPDIR/AppRun" <<'SH'
#!/bin/sh
# The AppImage's entry: the GUI, or the CLI when started as `AppRun memshadow ARGS...`
# (or through a link named memshadow).
HERE=$(dirname "$(readlink -f "$0")")
APP="$HERE/usr/lib/memshadow-desktop"
case "${ARGV0:-$0}" in
  *memshadow) exec "$APP/memshadow" "$@" ;;
esac
if [ "${1:-}" = "memshadow" ]; then
  shift
  exec "$APP/memshadow" "$@"
fi
exec "$APP/memshadow-desktop" "$@"
SH
chmod +x "$APPDIR/AppRun"
echo "AppDir: $APPDIR"
