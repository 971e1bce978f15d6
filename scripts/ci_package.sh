#!/usr/bin/env bash
# CI's packaging stage (.ci/run calls it after the tests): build the Linux bundle and .deb from
# this checkout (scripts/build_linux.sh), install the .deb with apt, run the installed app's
# self-test under Xvfb without network, run the AppDir through its AppRun, validate the desktop
# files, compile the Windows installer script against a stub payload, load the macOS plist and
# dmgbuild settings. Each step says how long it took; the last line counts the checks.
set -euo pipefail
cd "$(dirname "$0")/.."
passed=0
check() { # check NAME COMMAND...: run it timed; a failure ends the stage
  local name=$1 start=$SECONDS
  shift
  echo "== package: $name"
  "$@"
  passed=$((passed + 1))
  echo "== package: $name: ok ($((SECONDS - start))s)"
}

export DEBIAN_FRONTEND=noninteractive
apt_tools() {
  apt-get install -y -qq --no-install-recommends \
    xvfb xauth lintian desktop-file-utils appstream nsis file binutils >/dev/null
}
if command -v apt-get >/dev/null 2>&1; then
  check "build tools (apt)" apt_tools
fi
# MEMSHADOW_CI_REUSE_BUILD=1: check the packages already in dist/ (a rerun of the later steps)
if [ -z "${MEMSHADOW_CI_REUSE_BUILD:-}" ] || ! ls dist/memshadow-desktop_*.deb >/dev/null 2>&1; then
  check "Linux bundle, .deb, AppDir (scripts/build_linux.sh)" bash scripts/build_linux.sh
fi
DEB=$(ls "$PWD"/dist/memshadow-desktop_*.deb)
echo "sizes: bundle $(du -sh dist/memshadow-desktop | cut -f1), .deb $(du -h "$DEB" | cut -f1)"
check "apt install ./$(basename "$DEB")" apt-get install -y -qq --no-install-recommends "$DEB"

installed_self_test() {
  # No network: a network namespace of its own (unshare), where root may make one.
  local isolate=()
  if unshare -n true 2>/dev/null; then isolate=(unshare -n); fi
  xvfb-run -a "${isolate[@]}" /usr/bin/memshadow-desktop --self-test --json > build/self-test.json
  python3 - build/self-test.json <<'PY'
import json
import sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
for c in report["checks"]:
    print(f"  {'ok  ' if c['ok'] else 'FAIL'}  {c['name']}: {c['detail']}")
sys.exit(0 if report["ok"] and report["frozen"] else 1)
PY
}
check "installed self-test under Xvfb, no network" installed_self_test
check "installed CLI" /usr/bin/memshadow --help
check "AppDir through AppRun" env -u DISPLAY QT_QPA_PLATFORM=offscreen dist/AppDir/AppRun --self-test
check "desktop-file-validate" desktop-file-validate resources/linux/memshadow-desktop.desktop
check "appstreamcli validate" appstreamcli validate --no-net resources/linux/io.github.memshadow.Desktop.metainfo.xml
if [ -f installers/windows/memshadow.nsi ]; then
  check "makensis (stub payload)" bash installers/windows/check_nsis.sh
fi
if [ -f installers/macos/Info.plist ]; then
  check "macOS Info.plist and dmgbuild settings" python3 installers/macos/check_macos.py
fi
echo "packaging: $passed passed, 0 failed"
