#!/usr/bin/env bash
# Update the translation sources from the Qt layer's tr() calls, then compile them.
#   bash scripts/i18n.sh           (after changing user-visible text in memshadow_desktop/qt)
# The .qm files are committed beside their .ts: an installed wheel loads them from the package
# (tests/qt/test_i18n_and_settings.py fails when a .ts and its .qm disagree).
# A new language: copy memshadow_en.ts to memshadow_<lang>.ts, set its language, translate it
# in Qt Linguist (.venv/bin/pyside6-linguist), and run this script.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
I18N=memshadow_desktop/i18n
for ts in "$I18N"/memshadow_*.ts; do
  "$BIN/pyside6-lupdate" memshadow_desktop/qt/*.py -no-obsolete -ts "$ts"
  "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
