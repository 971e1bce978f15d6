"""A plain-Python event bus; the Qt layer re-emits these events as signals on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Event:
    kind: str
    data: dict[str, Any] = field(default_factory=dict)


# Kinds published by the core (others are added by later subsystems).
MEMORY_CHANGED = "memory.changed"
IMPORT_PROGRESS = "import.progress"
VAULT_LOCKED = "vault.locked"
MODEL_NOTICE = "model.notice"  # opening the model takes longer than usual, and why (message=)

Handler = Callable[[Event], None]


class EventBus:
    """Thread-safe publish/subscribe; handlers run on the publishing thread."""

    def __init__(self) -> None:
        self._handlers: list[Handler] = []
        self._lock = threading.Lock()

    def subscribe(self, handler: Handler) -> Callable[[], None]:
        with self._lock:
            self._handlers.append(handler)

        def unsubscribe() -> None:
            with self._lock:
                if handler in self._handlers:
                    self._handlers.remove(handler)

        return unsubscribe

    def publish(self, kind: str, **data: Any) -> None:
        event = Event(kind, data)
        with self._lock:
            handlers = list(self._handlers)
        for handler in handlers:
            try:
                handler(event)
            except Exception:  # a broken subscriber must not break the publisher
                log.exception("event handler failed for %s", kind)
