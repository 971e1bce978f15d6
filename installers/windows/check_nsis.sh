#!/usr/bin/env bash
# CI: compile memshadow.nsi with Debian's makensis against a stub payload (empty programs in
# the bundle's layout), so that any error in the script fails the build.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
STUB=$(mktemp -d)
trap 'rm -rf "$STUB"' EXIT
mkdir -p "$STUB/bundle/_internal"
printf 'stub' > "$STUB/bundle/memshadow-desktop.exe"
printf 'stub' > "$STUB/bundle/memshadow.exe"
printf 'stub' > "$STUB/bundle/_internal/base_library.zip"
cd "$HERE"
makensis -V2 -WX -DVERSION=0.1.0 "-DBUNDLE=$STUB/bundle" "-DOUTFILE=$STUB/MEMSHADOW-stub-installer.exe" \
  "-DICON=$HERE/../../resources/icons/memshadow.ico" memshadow.nsi
test -s "$STUB/MEMSHADOW-stub-installer.exe"
echo "makensis: the installer script compiles ($(du -h "$STUB/MEMSHADOW-stub-installer.exe" | cut -f1) with the stub)"
