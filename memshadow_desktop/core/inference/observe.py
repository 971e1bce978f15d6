"""Every inference run of this process, as it happens, for whoever listens (the agent's
metrics, core/edge/metrics.py). Light on purpose: listening loads no inference library."""

from __future__ import annotations

import threading
from collections.abc import Callable

# (lane "provider/precision", items in the batch, seconds the run took)
Listener = Callable[[str, int, float], None]

_lock = threading.Lock()
_listeners: list[Listener] = []


def subscribe(listener: Listener) -> Callable[[], None]:
    """Hear every run from now on; the returned function stops it."""
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def emit(lane: str, items: int, seconds: float) -> None:
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(lane, items, seconds)
