"""Write the pseudo-locale from the English translation source, for screenshots and checks.

    python scripts/pseudo_locale.py [memshadow_desktop/i18n/memshadow_en.ts] [OUT.ts]

Every text becomes accented, about 40% longer and bracketed: "[Šéàŕçĥ ~~~~]". Text that shows
up unaccented, unbracketed or cut off in a screenshot did not go through tr(), or has no room to
grow. Placeholders (%1, %n, %Ln, {0}, {name}, {0:.1f}), HTML tags, entities and the & of a
mnemonic stay as they are. The build (scripts/i18n.sh, setup.py) writes memshadow_pseudo.ts
under build/ and compiles it to memshadow_pseudo.qm beside the real translations; it is never
committed. The app uses it with MEMSHADOW_LANGUAGE=pseudo (or "language": "pseudo" in the settings).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "memshadow_desktop" / "i18n" / "memshadow_en.ts"
ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: placeholders (with a format spec: {0:.1f}), tags, entities, a mnemonic's &
# with its letter.
KEEP = re.compile(r"%L?\d+|%L?n|\{[A-Za-z0-9_]*(?::[^{}]*)?\}|<[^>]*>|&[a-zA-Z]+;|&&|&(?=\w)\w")
GROWTH = 0.4


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    out, last = [], 0
    for match in KEEP.finditer(text):
        out.append(text[last : match.start()].translate(ACCENTS))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(ACCENTS))
    body = "".join(out)
    visible = len(KEEP.sub("", text))
    pad = "~" * max(1, round(visible * GROWTH))
    return f"[{body} {pad}]"


def convert(source: Path, target: Path) -> int:
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_150")  # a language of its own, English plural rules
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        unfinished = translation.attrib.pop("type", None) == "unfinished"
        if unfinished:  # an English form not filled in yet: the source's text
            for child in translation.findall("numerusform"):
                child.text = ""
        if message.get("numerus") == "yes":
            # English's own forms ("1 change", "2 changes"), not the source's "change(s)".
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != 2 or not all(forms):
                forms = [text, text]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(text)
        count += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SOURCE
    target = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "i18n" / "memshadow_pseudo.ts"
    count = convert(source, target)
    print(f"pseudo_locale: {count} messages -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
