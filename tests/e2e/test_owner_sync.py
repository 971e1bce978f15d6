"""The CLI beside a running owner (the agent, the window), against a real server on loopback.

A memory added from a terminal goes out through the owner's sync engine with no `sync now`;
a memory from another device shows in `memshadow list` because the owner pulled it when the
server said so; 200 command writes racing the owner's writes and its sync lose nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from memshadow_desktop.core.api import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.server.runner import ServerThread
from tests.conftest import FAST_KDF, PASSPHRASE, REPO, Cli, memshadow_bin
from tests.server.conftest import fast_config
from tests.sync.conftest import FAST_ACCOUNT_KDF, SYNC_PASSPHRASE, new_account

WAIT_S = 30.0  # generous: these check that it happens, `bench` measures how fast


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    db = tmp_path_factory.mktemp("srv") / "server.db"
    with ServerThread(fast_config(f"sqlite:///{db}", heartbeat_s=1.0)) as srv:
        yield srv


def two_devices(tmp_path: Path, server: ServerThread) -> tuple[Cli, Cli]:
    account = new_account()
    clis = []
    for name in ("one", "two"):
        paths = AppPaths.resolve(tmp_path / name)
        with MemshadowService.create(
            paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
        ) as svc:
            svc.sync.setup(
                server.url,
                account,
                SYNC_PASSPHRASE,
                create=name == "one",
                device_name=name,
                kdf=FAST_ACCOUNT_KDF,
            )
        clis.append(Cli(tmp_path / name))
    return clis[0], clis[1]


def ids(cli: Cli) -> set[str]:
    out = cli("list", "--json")
    assert out.code == 0, out.err
    return {m["id"] for m in out.json()}


def eventually(check: Callable[[], bool], what: str, timeout: float = WAIT_S) -> float:
    start = time.monotonic()
    while not check():
        assert time.monotonic() - start < timeout, what
        time.sleep(0.1)
    return time.monotonic() - start


class Owner:
    """A running owner process of one device: `memshadow agent` or the window."""

    def __init__(self, cli: Cli, args: list[str]) -> None:
        self.proc = subprocess.Popen(
            args,
            env={**cli.env, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.cli = cli
        eventually(self._running, "the owner did not start")

    def _running(self) -> bool:
        assert self.proc.poll() is None, self.proc.stdout.read() if self.proc.stdout else ""
        return MemshadowService.owner_of(AppPaths.resolve(self.cli.home)) is not None

    def stop(self) -> str:
        self.proc.terminate()
        try:
            out, _ = self.proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, _ = self.proc.communicate()
        return out or ""


def agent(cli: Cli) -> Owner:
    return Owner(cli, [memshadow_bin(), "agent"])


def window(cli: Cli) -> Owner:
    passfile = cli.home / "passphrase.txt"
    passfile.write_text(PASSPHRASE + "\n")
    passfile.chmod(0o600)
    exe = str(Path(sys.executable).with_name("memshadow-desktop"))
    return Owner(cli, [exe, "--home", str(cli.home), "--passphrase-file", str(passfile)])


@pytest.mark.parametrize("start", [agent, window], ids=["agent", "window"])
def test_changes_travel_through_the_owners_engine(
    tmp_path: Path, server: ServerThread, start: Callable[[Cli], Owner]
) -> None:
    one, two = two_devices(tmp_path, server)
    owner = start(one)
    try:
        added = one("add", "--title", "From the terminal", "sent by the owner's engine")
        assert added.code == 0, added.err
        memory_id = added.out.strip()

        def arrived_on_two() -> bool:
            assert two("sync", "now").code == 0
            return memory_id in ids(two)

        eventually(arrived_on_two, "the memory never reached the other device")

        other = two("add", "--title", "From the other device", "pulled on the server's event")
        assert other.code == 0 and two("sync", "now").code == 0
        other_id = other.out.strip()
        eventually(lambda: other_id in ids(one), "the owner never pulled the other's memory")
        # The owner's engine state is visible to commands beside it.
        status = one("sync", "status", "--json")
        assert status.code == 0 and status.json()["engine"]["owner_pid"] == owner.proc.pid
    finally:
        output = owner.stop()
    assert "Traceback" not in output, output


OWNER_WRITES = textwrap.dedent(
    """
    import sys, time
    from memshadow_desktop.core.api import AppPaths
    from memshadow_desktop.core.service import MemshadowService
    svc = MemshadowService.unlock(AppPaths.resolve(sys.argv[1]), lambda: sys.argv[2])
    svc.runtime.start("window")
    print("owner", flush=True)
    n = int(sys.argv[3])
    for i in range(n):
        m = svc.memories.add("owner note %d" % i, title="owner %d" % i)
        svc.memories.edit(m.id, body="owner note %d, edited" % i)
        print(m.id, flush=True)
        time.sleep(0.02)
    sys.stdin.read()  # keep syncing until told to stop
    svc.close()
    """
)


def test_200_command_writes_race_the_owners_writes_and_sync(
    tmp_path: Path, server: ServerThread
) -> None:
    one, two = two_devices(tmp_path, server)
    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER_WRITES, str(one.home), PASSPHRASE, "60"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert owner.stdout is not None and owner.stdin is not None
    assert owner.stdout.readline().strip() == "owner"
    written: dict[str, list[str]] = {}  # memory id -> revisions the commands made
    failures: list[str] = []
    lock = threading.Lock()

    def lane(n: int) -> None:
        for i in range(10):  # 10 rounds of add, edit, rm, restore, edit: 50 commands a lane
            out = one("add", "--json", "--title", f"lane {n} #{i}", f"lane {n} note {i}")
            if out.code != 0:
                failures.append(out.err)
                continue
            memory = out.json()
            revs = [memory["head_rev"]]
            for args in (
                ["edit", memory["id"], f"lane {n} note {i}, edited"],
                ["rm", memory["id"]],
                ["restore", memory["id"]],
                ["edit", memory["id"], f"lane {n} note {i}, final"],
            ):
                step = one(*args, "--json")
                if step.code != 0:
                    failures.append(step.err)
                    break
                revs.append(step.json()["head_rev"])
            with lock:
                written[memory["id"]] = revs

    lanes = [threading.Thread(target=lane, args=(n,)) for n in range(4)]
    for t in lanes:
        t.start()
    # The other device writes too, so the owner's engine pulls while the commands write.
    for i in range(20):
        assert two("add", f"from two {i}").code == 0
    assert two("sync", "now").code == 0
    for t in lanes:
        t.join()
    owner_ids = [owner.stdout.readline().strip() for _ in range(60)]
    assert not failures, failures[:3]
    assert len(written) == 40 and sum(len(r) for r in written.values()) == 200

    with MemshadowService.unlock(AppPaths.resolve(one.home), lambda: PASSPHRASE) as check:
        for memory_id, revs in written.items():
            history = {r.rev_id for r in check.memories.history(memory_id)}
            assert set(revs) <= history, "a command's revision is missing from history"
            assert check.memories.get(memory_id).body.endswith(", final")
        for memory_id in owner_ids:
            assert len(check.memories.history(memory_id)) == 2
        expected = set(written) | set(owner_ids)

    def heads(cli: Cli) -> dict[str, str]:
        out = cli("list", "--json")
        assert out.code == 0, out.err
        return {m["id"]: m["head_rev"] for m in out.json()}

    def converged() -> bool:
        # Every memory, at the same revision: the owner pushes the lanes' last edits when
        # its engine gets to them (debounced), which on a loaded machine can take a while.
        assert two("sync", "now").code == 0
        return expected <= ids(two) and heads(two) == heads(one)

    eventually(converged, "the devices did not converge", timeout=60)
    owner.stdin.close()
    owner.wait(timeout=60)
    assert owner.returncode == 0
    heads_one = {m["id"]: m["head_rev"] for m in one("list", "--json").json()}
    heads_two = {m["id"]: m["head_rev"] for m in two("list", "--json").json()}
    assert heads_one == heads_two
