"""What a user must never lose: kill -9 mid-import, a full disk, plaintext on disk."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from memshadow_desktop.core.errors import ExitCode
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import PASSPHRASE, Cli, corpus_dir, memshadow_bin


def _check_consistent(home: Path) -> int:
    """Open the vault: integrity holds, every memory's head revision exists, outbox matches."""
    with MemshadowService.unlock(AppPaths.resolve(home), lambda: PASSPHRASE) as svc:
        store = svc._core.vault.store

        def check(conn):  # type: ignore[no-untyped-def]
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            orphans = conn.execute(
                "SELECT count(*) FROM memories m LEFT JOIN revisions r ON r.rev_id = m.head_rev "
                "WHERE r.rev_id IS NULL"
            ).fetchone()[0]
            assert orphans == 0
            unqueued = conn.execute(
                "SELECT count(*) FROM revisions r LEFT JOIN outbox o ON o.rev_id = r.rev_id "
                "WHERE o.rev_id IS NULL"
            ).fetchone()[0]
            assert unqueued == 0
            conn.execute("INSERT INTO memories_fts(memories_fts) VALUES ('integrity-check')")
            return conn.execute("SELECT count(*) FROM memories").fetchone()[0]

        return store.read(check)


def test_import_corpus_reimport_and_search(vault_cli: Cli) -> None:
    corpus = corpus_dir()
    first = vault_cli("import", str(corpus), "--json")
    assert first.code == 0, first.err
    assert first.json()["created"] == 1871
    second = vault_cli("import", str(corpus), "--json").json()
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, 1871)
    listed = vault_cli("list", "--json").json()
    assert len(listed) == 1871 and all(m["source"] for m in listed)
    # A word from the body of a known note finds that note.
    note = next(corpus.rglob("*.md"))
    words = [w for w in note.read_text().split() if w.isalpha() and len(w) > 6][:3]
    hits = vault_cli("search", " ".join(words), "--json").json()["results"]
    assert note.relative_to(corpus).as_posix() in [h["source"] for h in hits]


def test_kill_9_during_import_loses_nothing(vault_cli: Cli, tmp_path: Path) -> None:
    # Three copies of the corpus make an import long enough to interrupt.
    big = tmp_path / "big"
    for i in range(3):
        shutil.copytree(corpus_dir(), big / f"copy{i}")
    total = 3 * 1871
    proc = subprocess.Popen(
        [memshadow_bin(), "import", str(big)],
        env=vault_cli.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Wait until the database has grown (batches are committing), then kill mid-way.
    db = vault_cli.home / "data" / "vault.db-wal"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not db.exists() or db.stat().st_size < 2_000_000):
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"

    committed = _check_consistent(vault_cli.home)
    assert 0 < committed < total
    rerun = vault_cli("import", str(big), "--json")
    assert rerun.code == 0, rerun.err
    report = rerun.json()
    assert report["created"] == total - committed
    assert report["unchanged"] == committed
    assert _check_consistent(vault_cli.home) == total


@pytest.mark.skipif(sys.platform != "linux" or not shutil.which("unshare"), reason="needs Linux")
def test_full_disk_is_reported_and_recoverable(tmp_path: Path) -> None:
    """A vault on a tiny tmpfs (in a private mount namespace) fills up during an import."""
    home = tmp_path / "small"
    home.mkdir()
    corpus = corpus_dir()
    script = f"""
set -u
mount -t tmpfs -o size=3m tmpfs {home} || exit 90
export MEMSHADOW_HOME={home} MEMSHADOW_PASSPHRASE='{PASSPHRASE}'
{memshadow_bin()} init --no-keyring >/dev/null || exit 91
{memshadow_bin()} import {corpus} >/dev/null 2>{tmp_path}/err1
echo "import1=$?"
{memshadow_bin()} list --json > {tmp_path}/list1 2>{tmp_path}/err2
echo "list=$?"
mount -o remount,size=64m {home} || exit 92
{memshadow_bin()} import {corpus} --json > {tmp_path}/report2 2>{tmp_path}/err3
echo "import2=$?"
{memshadow_bin()} info --json > {tmp_path}/info
echo "info=$?"
"""
    proc = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=Cli(home).env,
        timeout=300,
    )
    if proc.returncode in (90, 91, 92) or "unshare:" in proc.stderr:
        pytest.fail(f"could not set up a small filesystem: {proc.stderr.strip()}")
    codes = dict(line.split("=") for line in proc.stdout.split())
    err = (tmp_path / "err1").read_text()
    assert codes["import1"] == str(int(ExitCode.STORAGE)), err
    assert err.count("\n") == 1 and "disk is full" in err and "Traceback" not in err
    import json

    kept = json.loads((tmp_path / "list1").read_text())
    assert codes["list"] == "0" and 0 < len(kept) < 1871
    assert codes["import2"] == "0", (tmp_path / "err3").read_text()
    report = json.loads((tmp_path / "report2").read_text())
    assert report["created"] + report["unchanged"] == 1871
    assert json.loads((tmp_path / "info").read_text())["memories"] == 1871


def _files_containing(root: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {n[:30]!r}" for n in needles if n in data]
    return found


def test_nothing_readable_on_disk(vault_cli: Cli, tmp_path: Path) -> None:
    unique = "xylophonequartzmemshadowsecret"
    notes = tmp_path / "notes"
    notes.mkdir()
    lines = []
    for i in range(50):
        line = f"private line {i} mentions {unique}{i} and sapphire{i}"
        lines.append(line)
        (notes / f"n{i}.md").write_text(f"# Title {unique}T{i}\n{line}\n")
    assert vault_cli("import", str(notes)).code == 0
    mid = vault_cli(
        "add", "--title", f"{unique} title", "--tag", f"{unique}tag", unique
    ).out.strip()
    assert vault_cli("edit", mid, f"edited {unique}").code == 0
    assert vault_cli("search", unique).code == 0
    needles = [unique.encode(), unique.encode("utf-16-le"), *(ln.encode() for ln in lines[:5])]

    # While a process holds it open (WAL and shm present) and after it closed.
    with MemshadowService.unlock(AppPaths.resolve(vault_cli.home), lambda: PASSPHRASE) as svc:
        svc.memories.add(f"open-time {unique}", title="x")
        assert _files_containing(vault_cli.home, needles) == []
    assert _files_containing(vault_cli.home, needles) == []
    assert {p.name for p in (vault_cli.home / "data").iterdir()} <= {
        "vault.db",
        "vault.header",
        "vault.lock",
        "vault.db-wal",
        "vault.db-shm",
    }
