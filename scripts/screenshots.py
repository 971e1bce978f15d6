"""Render every view of the desktop app to PNGs, against a real sync server on loopback.

    .venv/bin/python scripts/screenshots.py OUT_DIR [--notes DIR] [--model DIR] [--gen-model GGUF]
        [--language LANG] [--platform xcb]

Makes two vaults ("Work laptop" and "Phone") joined to one account on a server it starts,
imports notes into the first, gives it a conflict and a model when one is given, then runs
``memshadow-desktop --screenshot FILE --show VIEW`` for each view, the dashboard and the Ask
panel. ``--language pseudo`` renders them in the pseudo-locale (accented, longer, bracketed: text
left bare or cut off shows); ``--platform xcb`` renders real windows (under ``xvfb-run -a``)
instead of offscreen ones. Needs the ``[server]`` extra. Nothing here is part of the app; it
is how the README's screenshots are made.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from memshadow_desktop.core.paths import AppPaths  # noqa: E402
from memshadow_desktop.core.secrets.header import KdfParams  # noqa: E402
from memshadow_desktop.core.service import MemshadowService  # noqa: E402
from memshadow_desktop.qt.screenshot import VIEWS  # noqa: E402
from memshadow_desktop.server.config import ServerConfig  # noqa: E402
from memshadow_desktop.server.runner import ServerThread  # noqa: E402

PASSPHRASE = "correct horse battery"
SYNC_PASSPHRASE = "a sync passphrase for screenshots"
FAST = KdfParams(time_cost=1, memory_cost_kib=8192, parallelism=1)


def device(root: Path, name: str, server: str, *, create: bool) -> MemshadowService:
    svc = MemshadowService.create(
        AppPaths.resolve(root / name.replace(" ", "-")),
        passphrase=PASSPHRASE,
        use_keyring=False,
        kdf=FAST,
    )
    svc.settings.update(device_name=name)
    svc.sync.setup(server, "alice", SYNC_PASSPHRASE, create=create, device_name=name)
    return svc


def prepare(
    root: Path, server: str, notes: Path | None, model: Path | None, gen_model: Path | None = None
) -> Path:
    laptop = device(root, "Work laptop", server, create=True)
    phone = device(root, "Phone", server, create=False)
    try:
        if notes is not None:
            laptop.memories.import_path(notes)
        shared = laptop.memories.add(
            "Level 3, bay 42.\nTicket in the glovebox.\n", title="Parking at the office"
        )
        laptop.sync.now()
        phone.sync.now()
        phone.memories.edit(shared.id, body="Level 4, bay 12.\nTicket in the glovebox.\n")
        phone.sync.now()
        laptop.sync.pause(True)
        laptop.memories.edit(shared.id, body="Level 3, bay 40.\nTicket in the glovebox.\n")
        laptop.sync.pause(False)
        laptop.sync.now()  # the overlapping edits: a conflict
        CONFLICTS[:] = [c.id for c in laptop.conflicts.list()]
        laptop.devices.list()  # names for the history pane
        if model is not None:
            laptop.models.import_folder(model, precisions=["fp32", "int8"])
            laptop.search.index_now()
        if gen_model is not None:
            laptop.models.generation.import_file(gen_model, name=gen_model.stem)
        return laptop.paths.data_dir.parent
    finally:
        laptop.close()
        phone.close()


OPTIONS = {"language": "", "platform": "offscreen"}
CONFLICTS: list[int] = []  # the laptop's, for the merge dialog


def shoot(home: Path, view: str, target: Path, *extra: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": OPTIONS["platform"], "MEMSHADOW_PASSPHRASE": PASSPHRASE}
    env.pop("MEMSHADOW_HOME", None)
    env.pop("MEMSHADOW_LANGUAGE", None)
    if OPTIONS["language"]:
        env["MEMSHADOW_LANGUAGE"] = OPTIONS["language"]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "memshadow_desktop",
            "--home",
            str(home),
            "--screenshot",
            str(target),
            "--show",
            view,
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=REPO,
    )
    print(f"{view:24} -> {target.name} (exit {done.returncode})")
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--notes", type=Path)
    parser.add_argument("--model", type=Path)
    parser.add_argument("--gen-model", type=Path, help="a GGUF file for the Ask panel to answer")
    parser.add_argument("--language", default="", help="e.g. de, ja or pseudo")
    parser.add_argument("--platform", default="offscreen", help="xcb: real windows (xvfb-run)")
    args = parser.parse_args()
    OPTIONS.update(language=args.language, platform=args.platform)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config = ServerConfig(
            db_url=f"sqlite:///{root / 'server.db'}",
            argon2_time_cost=1,
            argon2_memory_kib=1024,
            compact_every_s=0,
            registration="open",  # a throw-away server on loopback
        )
        with ServerThread(config) as server:
            home = prepare(root, server.url, args.notes, args.model, args.gen_model)
            for view in VIEWS:
                shoot(home, view, args.out / (view.replace(":", "-") + ".png"))
            for conflict in CONFLICTS[:1]:
                shoot(home, f"merge:{conflict}", args.out / "merge.png")
            shoot(home, "main", args.out / "dashboard.png", "--dashboard")
            question = "Where did I park at the office?"
            shoot(home, "main", args.out / "ask.png", "--ask", question)
            shoot(root / "nobody-yet", "wizard", args.out / "wizard-first-run.png")
            fresh = AppPaths.resolve(root / "not-synced")
            MemshadowService.create(
                fresh, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST
            ).close()
            shoot(root / "not-synced", "preferences:sync", args.out / "preferences-sync-setup.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
