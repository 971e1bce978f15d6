"""Helpers for tests of the running app: a shell (window, tray, monitor) around a real service,
devices joined to a real server on loopback, and waiting for what the tray shows."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.bridge import ServiceBridge
from memshadow_desktop.qt.shell import AppShell
from memshadow_desktop.qt.sync_monitor import TrayKind, TrayState
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.loopback import RestartableServer
from tests.sync.conftest import FAST_ACCOUNT_KDF, SYNC_PASSPHRASE, new_account

WAIT_MS = 30_000
_pool = ThreadPoolExecutor(2, thread_name_prefix="test-blocking")


def blocking(qtbot: Any, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """A blocking core call (one that runs its own asyncio loop, like ``sync.now``) off the
    GUI thread, whose qasync loop counts as running; Qt goes on meanwhile."""
    future = _pool.submit(fn, *args, **kwargs)
    qtbot.waitUntil(future.done, timeout=WAIT_MS)
    return future.result()


def run(qtbot: Any, coro: Coroutine[Any, Any, Any], timeout: int = WAIT_MS) -> Any:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


class Homes:
    """Vaults in temp homes; ``join`` puts them in one account on the server."""

    def __init__(self, server: RestartableServer, root: Path, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.server = server
        self.root = root
        self.account = new_account()
        self.made: list[MemshadowService] = []
        self._created = False

    def vault(self, name: str, *, debounce_s: float = 0.2) -> MemshadowService:
        paths = AppPaths.resolve(self.root / name.replace(" ", "-"))
        svc = MemshadowService.create(paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
        # Changes go out a moment after the edit (the default waits two seconds).
        svc.settings.update(sync_debounce_s=debounce_s, device_name=name)
        self.made.append(svc)
        return svc

    def join(self, svc: MemshadowService) -> None:
        self.call(
            svc.sync.setup,
            self.server.url,
            self.account,
            SYNC_PASSPHRASE,
            create=not self._created,
            kdf=FAST_ACCOUNT_KDF,
        )
        self._created = True

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return blocking(self.qtbot, fn, *args, **kwargs)

    def device(self, name: str) -> MemshadowService:
        svc = self.vault(name)
        self.join(svc)
        return svc

    def close(self) -> None:
        for svc in self.made:
            svc.close()


class Shells:
    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.made: list[tuple[AppShell, ServiceBridge]] = []

    def open(
        self,
        svc: MemshadowService,
        *,
        tray: bool = True,
        show: bool = True,
        before: Callable[[AppShell], None] | None = None,
    ) -> AppShell:
        """As the app does: the shell listens before the runtime starts. ``before`` sees
        the shell then (to watch its first states)."""
        bridge = ServiceBridge(svc)
        shell = AppShell(bridge, settings=None, tray=tray)
        self.made.append((shell, bridge))
        if before is not None:
            before(shell)
        svc.runtime.start("window")
        run(self.qtbot, shell.start(show_window=show))
        return shell

    def close(self) -> None:
        for shell, bridge in self.made:
            self.qtbot.waitUntil(lambda s=shell: not s.busy(), timeout=WAIT_MS)
            shell.window.editor.show_memory(None)
            run(self.qtbot, shell.close())
            shell.window.close_for_good()
            shell.window.deleteLater()
            bridge.disconnect_events()


def wait_state(
    qtbot: Any, shell: AppShell, check: Callable[[TrayState], bool], timeout: int = WAIT_MS
) -> TrayState:
    try:
        qtbot.waitUntil(lambda: check(shell.monitor.state), timeout=timeout)
    except Exception:
        print("STATE", shell.monitor.state, shell.monitor.status)
        raise
    return shell.monitor.state


def wait_kind(qtbot: Any, shell: AppShell, kind: TrayKind, timeout: int = WAIT_MS) -> TrayState:
    return wait_state(qtbot, shell, lambda s: s.kind is kind, timeout)


def wait_synced(qtbot: Any, shell: AppShell, timeout: int = WAIT_MS) -> TrayState:
    """Synced, and after a sync of its own (the engine starts out "idle" before it)."""
    return wait_state(
        qtbot, shell, lambda s: s.kind is TrayKind.SYNCED and bool(s.last_sync), timeout
    )


@pytest.fixture
def loopback(tmp_path: Path) -> Iterator[RestartableServer]:
    server = RestartableServer(tmp_path / "server.db").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def homes(loopback: RestartableServer, tmp_path: Path, qtbot: Any) -> Iterator[Homes]:
    h = Homes(loopback, tmp_path / "homes", qtbot)
    try:
        yield h
    finally:
        h.close()


@pytest.fixture
def shells(qtbot: Any, qloop: Any) -> Iterator[Shells]:
    s = Shells(qtbot)
    try:
        yield s
    finally:
        s.close()
