"""How long does the GUI thread stall while the vault is embedded in the background?

``measure_gui_stall`` opens a vault in the real main window (offscreen when there is no
display), lets the background indexer embed whatever is pending, drives the window meanwhile
(search as you type, opening memories: related and tag suggestions), and measures the gaps
between the ticks of a fast ``QTimer`` on the GUI thread. A gap much longer than the timer's
interval is a stall: the window could not repaint or react for that long.

Used by ``memshadow bench search``; also ``python -m memshadow_desktop.qt.stall --home DIR``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

QUERIES = (
    "how do I undo the last commit",
    "find large files on disk",
    "restart a deployment",
    "python list comprehension",
    "compress a folder",
    "show open network ports",
)


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def _gap_stats(stamps: Sequence[float]) -> dict[str, float]:
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(stamps)]
    return {
        "max_gap_ms": round(max(gaps, default=0.0), 2),
        "p99_gap_ms": round(_percentile(gaps, 99), 2),
        "p50_gap_ms": round(_percentile(gaps, 50), 2),
        "ticks": len(stamps),
    }


def measure_gui_stall(
    home: Path | str,
    passphrase: str | None,
    seconds: float = 10.0,
    *,
    tick_ms: int = 5,
    stop_when_indexed: bool = True,
    drive: bool = True,
    embedder: Any = None,
) -> dict[str, Any]:
    """Open the vault at ``home`` in the main window and measure GUI-thread stalls while the
    background indexer embeds it, for at most ``seconds`` (sooner when nothing is left to
    embed and ``stop_when_indexed``).

    ``passphrase``: None tries the keyring. ``drive``: type searches and open memories while
    measuring. ``embedder``: use it instead of the installed model (tests).

    Returns a dict: ``max_gap_ms``, ``p99_gap_ms``, ``p50_gap_ms``, ``ticks`` (while indexing,
    from the moment the index is loaded), ``startup_max_gap_ms`` (from showing the window until
    the index was loaded), ``tick_ms``, ``seconds`` measured, ``pending_start``, ``pending_end``,
    ``embedded``, ``indexing_done``, ``model``, ``searches``, ``opened``.

    Creates the QApplication (offscreen without a display) and a qasync loop; call it once per
    process, from a thread with no running event loop.
    """
    import qasync
    from PySide6.QtWidgets import QApplication

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["memshadow-stall"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # closing the window must not end the loop
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return loop.run_until_complete(
                _measure(
                    Path(home),
                    passphrase,
                    seconds,
                    tick_ms=tick_ms,
                    stop_when_indexed=stop_when_indexed,
                    drive=drive,
                    embedder=embedder,
                )
            )
    finally:
        asyncio.set_event_loop(None)
        from memshadow_desktop.qt.bridge import shutdown_workers

        shutdown_workers()


async def _measure(
    home: Path,
    passphrase: str | None,
    seconds: float,
    *,
    tick_ms: int,
    stop_when_indexed: bool,
    drive: bool,
    embedder: Any,
) -> dict[str, Any]:
    from PySide6.QtCore import Qt, QTimer

    from memshadow_desktop.core.api import AppPaths, OwnerKind, VaultLockedError
    from memshadow_desktop.core.service import MemshadowService
    from memshadow_desktop.qt.bridge import ServiceBridge, TaskRunner
    from memshadow_desktop.qt.main_window import MainWindow

    paths = AppPaths.resolve(home)

    def provider() -> str:
        if passphrase is None:
            raise VaultLockedError("no passphrase given")
        return passphrase

    service = await TaskRunner().call_on_vault_thread(
        partial(MemshadowService.unlock, for_search=True), paths, provider
    )
    if embedder is not None:
        service.search.use_embedder(embedder)
    # The window owns the vault's background work: its indexer runs while this measures.
    await TaskRunner().call(service.runtime.start, OwnerKind.WINDOW)
    bridge = ServiceBridge(service)
    window = MainWindow(bridge, settings=None)
    stamps: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(tick_ms)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    driver = QTimer()
    driver.setInterval(400)
    searches = opened = 0
    step = 0

    def drive_once() -> None:
        nonlocal searches, opened, step
        step += 1
        if step % 3 == 0:
            entries = window.list_pane.model.entries()
            if entries:
                window.list_pane.select(entries[step % len(entries)].id)
                opened += 1
        else:
            window.list_pane.search.setText(QUERIES[step % len(QUERIES)])
            searches += 1

    driver.timeout.connect(drive_once)
    try:
        window.resize(1280, 800)
        window.show()
        timer.start()
        await window.load()
        await window.session.ready()
        ready = time.perf_counter()
        startup = list(stamps)
        start_status = window.session.status
        pending_start = start_status.pending if start_status is not None else 0
        if drive:
            driver.start()
        deadline = ready + seconds
        while time.perf_counter() < deadline:
            await asyncio.sleep(0.1)
            status = window.session.status
            if stop_when_indexed and (status is None or status.pending == 0):
                break
        driver.stop()
        timer.stop()
        end = time.perf_counter()
        await window.session.refresh_status()
        end_status = window.session.status
        while window.busy():
            await asyncio.sleep(0.02)
    finally:
        timer.stop()
        driver.stop()
        window.editor.show_memory(None)  # no "unsaved changes" question
        window.close()
        window.deleteLater()
        await bridge.close()
    pending_end = end_status.pending if end_status is not None else 0
    during = [t for t in stamps if t >= ready]
    result: dict[str, Any] = {
        **_gap_stats(during),
        "startup_max_gap_ms": _gap_stats(startup)["max_gap_ms"],
        "tick_ms": tick_ms,
        "seconds": round(end - ready, 3),
        "pending_start": pending_start,
        "pending_end": pending_end,
        "embedded": max(0, pending_start - pending_end),
        "indexing_done": pending_end == 0,
        "model": end_status.model if end_status is not None else None,
        "searches": searches,
        "opened": opened,
    }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m memshadow_desktop.qt.stall",
        description="Measure GUI-thread stalls while the vault is embedded in the background.",
    )
    parser.add_argument("--home", required=True, metavar="DIR")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--tick-ms", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure_gui_stall(
        args.home, os.environ.get("MEMSHADOW_PASSPHRASE"), args.seconds, tick_ms=args.tick_ms
    )
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
