"""Check the translation sources, and keep the English one complete.

    python scripts/translations.py check     (CI, through tests/qt/test_i18n_and_settings.py)
    python scripts/translations.py fill-en   (after `bash scripts/i18n.sh` added new texts)

``check`` fails when pyside6-lupdate would change a .ts file (a text in qt/ was added or changed
and scripts/i18n.sh was not run), when an entry is unfinished, or when the placeholders of a
translation (%1, %n, {0}, {name}) differ from its source's. ``fill-en`` completes the English
source: each text translates to itself, and a plural ("%n note(s)", "%n memory(ies)") gets its
English forms; one whose verb agrees too ("%n conflict(s) need you") is filled by hand first.

New texts after a merge: `bash scripts/i18n.sh` (lupdate), `python scripts/translations.py
fill-en`, translate the new entries of each other language in Qt Linguist
(.venv/bin/pyside6-linguist memshadow_desktop/i18n/memshadow_de.ts ...), run `check`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "memshadow_desktop" / "i18n"
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[A-Za-z0-9_]*\}")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def lupdate(ts: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "memshadow_desktop" / "qt").glob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def problems(ts: Path) -> list[str]:
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copyfile(ts, fresh)
        lupdate(fresh)
        if fresh.read_bytes() != ts.read_bytes():
            found.append(f"{ts.name}: pyside6-lupdate would change it (run scripts/i18n.sh)")
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ts.name}: {name}: {source[:50]!r}"
            if translation is None or translation.get("type") == "unfinished":
                found.append(f"{where}: unfinished")
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            want = sorted(set(PLACEHOLDER.findall(source)))
            for form in _forms(message):
                got = sorted(set(PLACEHOLDER.findall(form)))
                # a plural form may leave out %n ("one note" for 1)
                if message.get("numerus") == "yes":
                    got = sorted(set(got) | {"%n"} & set(want))
                if got != want:
                    found.append(f"{where}: placeholders {got} differ from {want}")
    return found


def english_plural(text: str) -> list[str]:
    """ "%n note(s)" -> "%n note", "%n notes"; "%n memory(ies)" -> "%n memory", "%n memories"."""
    one = re.sub(r"y\(ies\)", "y", re.sub(r"\((e?s)\)", "", text))
    other = re.sub(r"y\(ies\)", "ies", re.sub(r"\((e?s)\)", r"\1", text))
    return [one, other]


def fill_english(ts: Path) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") != "unfinished":
            continue
        translation.attrib.pop("type")
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in english_plural(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lupdate(ts)  # back to lupdate's own layout
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "fill-en":
        print(f"translations: {fill_english(I18N / 'memshadow_en.ts')} English entries filled")
        return 0
    if command != "check":
        print("usage: translations.py check|fill-en", file=sys.stderr)
        return 2
    found = [p for ts in sorted(I18N.glob("memshadow_*.ts")) for p in problems(ts)]
    for line in found[:50]:
        print(line, file=sys.stderr)
    if len(found) > 50:
        print(f"... and {len(found) - 50} more", file=sys.stderr)
    print(f"translations: {len(found)} problem(s) in {len(list(I18N.glob('*.ts')))} file(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
