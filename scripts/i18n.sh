#!/usr/bin/env bash
# Translations. The .ts sources in memshadow_desktop/i18n are committed; the .qm files are built
# from them (by the test script, CI, the build scripts and the wheel build) and never committed.
#   bash scripts/i18n.sh                  update the .ts from the Qt layer's tr() calls, then compile
#   bash scripts/i18n.sh --release [BIN]  compile the .qm files only (BIN: where pyside6-lrelease is)
# A new language: copy memshadow_en.ts to memshadow_<lang>.ts, set its language, translate it in
# Qt Linguist (.venv/bin/pyside6-linguist), and run this script.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
I18N=memshadow_desktop/i18n
update=1
if [ "${1:-}" = "--release" ]; then
  update=0
  BIN=${2:-$BIN}
fi
for ts in "$I18N"/memshadow_*.ts; do
  if [ "$update" = 1 ]; then
    "$BIN/pyside6-lupdate" memshadow_desktop/qt/*.py -no-obsolete -locations none -ts "$ts"
  fi
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
# The pseudo-locale (accented, longer, bracketed) for screenshots: scripts/pseudo_locale.py.
"$BIN/python" scripts/pseudo_locale.py "$I18N/memshadow_en.ts" build/i18n/memshadow_pseudo.ts >/dev/null
"$BIN/pyside6-lrelease" -silent build/i18n/memshadow_pseudo.ts -qm "$I18N/memshadow_pseudo.qm"
