"""CI (on Linux): the macOS Info.plist parses and says what the app needs, and the dmgbuild
settings file runs as dmgbuild would run it."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIRED = {
    "CFBundleIdentifier": "io.github.memshadow.Desktop",
    "CFBundleExecutable": "memshadow-desktop",
    "NSHighResolutionCapable": True,
    "NSRequiresAquaSystemAppearance": False,  # dark mode
}


def main() -> int:
    with (HERE / "Info.plist").open("rb") as f:
        info = plistlib.load(f)
    wrong = {k: info.get(k) for k, v in REQUIRED.items() if info.get(k) != v}
    if wrong:
        print(f"check_macos: Info.plist differs: {wrong}", file=sys.stderr)
        return 1
    root = HERE.parent.parent
    templates = sorted((root / "memshadow_desktop/resources/tray/png/mac").glob("*Template.png"))
    if not templates:
        print("check_macos: no menu-bar template icons", file=sys.stderr)
        return 1
    if not (root / "resources/icons/memshadow.icns").is_file():
        print("check_macos: resources/icons/memshadow.icns is missing", file=sys.stderr)
        return 1
    namespace: dict[str, object] = {"defines": {"app": "dist/MEMSHADOW.app"}}
    exec(compile((HERE / "dmg_settings.py").read_text(), "dmg_settings.py", "exec"), namespace)
    for key in ("format", "files", "symlinks", "icon_locations"):
        if key not in namespace:
            print(f"check_macos: dmg_settings.py sets no {key}", file=sys.stderr)
            return 1
    print(
        f"check_macos: Info.plist ({info['CFBundleIdentifier']}) and dmg settings load; "
        f"{len(templates)} template icons"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
