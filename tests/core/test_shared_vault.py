"""One vault, several processes: the owner of the background work (window or agent), guests,
and CLI commands beside them. Real SQLCipher files, real child processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.core.api import (
    MEMORY_CHANGED,
    RUNTIME_CHANGED,
    AppPaths,
    Event,
    OwnedElsewhereError,
    OwnerKind,
    Role,
)
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE, REPO, Cli


def create(home: Path) -> AppPaths:
    paths = AppPaths.resolve(home)
    MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF).close()
    return paths


def unlock(paths: AppPaths) -> MemshadowService:
    return MemshadowService.unlock(paths, lambda: PASSPHRASE)


class Seen:
    """Events of one kind, collected from any thread."""

    def __init__(self, service: MemshadowService, kind: str) -> None:
        self.events: list[Event] = []
        self._changed = threading.Condition()
        self._kind = kind
        service.events.subscribe(self._on)

    def _on(self, event: Event) -> None:
        if event.kind == self._kind:
            with self._changed:
                self.events.append(event)
                self._changed.notify_all()

    def wait_for(self, test: Any, timeout: float = 10.0) -> Event:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self.events:
                    if test(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching {self._kind} event in {timeout} s")
                self._changed.wait(left)


def test_a_command_beside_the_owner_works_and_the_owner_sees_it(tmp_path: Path) -> None:
    paths = create(tmp_path / "home")
    with unlock(paths) as owner:
        state = owner.runtime.start(OwnerKind.WINDOW)
        assert state.role is Role.OWNER and state.owner is not None
        assert state.owner.pid == os.getpid()
        changed = Seen(owner, MEMORY_CHANGED)
        cli = Cli(tmp_path / "home")
        added = cli("add", "--title", "From the terminal", "written beside the window")
        assert added.code == 0, added.err
        memory_id = added.out.strip()
        event = changed.wait_for(lambda e: e.data.get("id") == memory_id)
        assert event.data["action"] == "external"
        assert owner.memories.get(memory_id).title == "From the terminal"
        # Same output and exit codes as on a free vault, --json included.
        shown = cli("show", memory_id, "--json")
        assert shown.code == 0 and shown.json()["body"] == "written beside the window"
        assert cli("show", "0123456789abcdef").code == 3
        # And the owner's own edit is seen by the next command.
        owner.memories.edit(memory_id, body="edited in the window")
        assert cli("show", memory_id, "--json").json()["body"] == "edited in the window"


def test_stamps_of_two_writers_follow_each_other(tmp_path: Path) -> None:
    """Two processes' writes interleave; every stamp is greater than the one committed before
    it, whoever wrote it (the clock reads the newest stamp inside each write)."""
    paths = create(tmp_path / "home")
    with unlock(paths) as first, unlock(paths) as second:
        memory = first.memories.add("v0", title="clock")
        for i in range(1, 40):
            (first if i % 2 else second).memories.edit(memory.id, body=f"v{i}")
        stamps = [r.hlc for r in reversed(first.memories.history(memory.id))]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps) == 40


def test_one_owner_a_guest_and_a_takeover(tmp_path: Path) -> None:
    paths = create(tmp_path / "home")
    owner, guest = unlock(paths), unlock(paths)
    try:
        assert owner.runtime.start(OwnerKind.AGENT).role is Role.OWNER
        assert MemshadowService.owner_of(paths) is not None
        taken = Seen(guest, RUNTIME_CHANGED)
        state = guest.runtime.start(OwnerKind.WINDOW)
        assert state.role is Role.GUEST
        assert state.owner is not None and state.owner.kind == "agent"
        # An agent insists on owning: it says who does instead.
        third = unlock(paths)
        try:
            with pytest.raises(OwnedElsewhereError) as raised:
                third.runtime.start(OwnerKind.AGENT, require_owner=True)
            assert raised.value.kind == "agent" and raised.value.pid == os.getpid()
        finally:
            third.close()
        owner.close()
        taken.wait_for(lambda e: e.data.get("role") == "owner", timeout=15)
        assert guest.runtime.role is Role.OWNER
        owner_now = MemshadowService.owner_of(paths)
        assert owner_now is not None and owner_now.kind == "window"
    finally:
        owner.close()
        guest.close()
    assert MemshadowService.owner_of(paths) is None


def test_vectors_a_command_stores_join_the_owners_index(tmp_path: Path) -> None:
    """`memshadow index` (or a search) beside the window embeds memories: the window's index
    takes their vectors from the vault instead of embedding them again."""
    from tests.support.hash_embedder import HashEmbedder

    paths = create(tmp_path / "home")
    with unlock(paths) as window, unlock(paths) as command:
        window.search.use_embedder(HashEmbedder())
        command.search.use_embedder(HashEmbedder())
        assert window.search.load()
        window.runtime.start(OwnerKind.WINDOW, index=False)
        memory = command.memories.add("kayak paddle river rapids", title="Paddling")
        assert command.search.index_now() == 1
        deadline = time.monotonic() + 10
        while True:
            status = window.search.status()
            assert status is not None
            if status.vectors:
                break
            assert time.monotonic() < deadline, "the window never took the vectors"
            time.sleep(0.05)
        hits = window.search.find("kayak paddle river rapids", mode="semantic", limit=1).hits
        assert hits and hits[0].memory.id == memory.id
        command.memories.trash(memory.id)
        deadline = time.monotonic() + 10
        while window.search.find("kayak", mode="semantic", limit=1).hits:
            assert time.monotonic() < deadline, "a trashed memory stayed in the window's index"
            time.sleep(0.05)


WRITER = textwrap.dedent(
    """
    import sys
    from memshadow_desktop.core.api import AppPaths
    from memshadow_desktop.core.service import MemshadowService
    svc = MemshadowService.unlock(AppPaths.resolve(sys.argv[1]), lambda: sys.argv[2])
    svc.runtime.start("window")
    print("owner", flush=True)
    i = 0
    while True:
        m = svc.memories.add("note %d " % i * 20, title="owner %d" % i)
        print(m.id, flush=True)
        i += 1
    """
)


def test_kill_9_of_the_owner_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = create(home)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert writer.stdout is not None
    try:
        assert writer.stdout.readline().strip() == "owner"
        committed = [writer.stdout.readline().strip() for _ in range(60)]
        os.kill(writer.pid, signal.SIGKILL)  # in the middle of the next writes
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == -signal.SIGKILL
    # The next start takes over at once: the OS dropped the dead owner's lock.
    with unlock(paths) as after:
        assert after.runtime.start(OwnerKind.AGENT, require_owner=True).role is Role.OWNER
        kept = {m.id for m in after.memories.list()}
        assert set(committed) <= kept
        for memory_id in committed:
            assert len(after.memories.history(memory_id)) == 1
    listed = Cli(home)("list", "--json")
    assert listed.code == 0 and {m["id"] for m in listed.json()} == kept
