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


# Every kind the core publishes, with its data. The Qt bridge forwards each as a signal.
# memory.changed: id (None: many), action (created, edited, trashed, restored, imported,
# synced, resolved, external: committed by another process that has the vault open)
MEMORY_CHANGED = "memory.changed"
IMPORT_PROGRESS = "import.progress"  # done, total
VAULT_LOCKED = "vault.locked"  # the open vault was locked: nothing decrypted is kept
VAULT_UNLOCKED = "vault.unlocked"
# model.notice: opening the model takes longer than usual, and why: code (a ModelStep of
# core.api.inference, e.g. rebuild_outdated) and params
MODEL_NOTICE = "model.notice"
INDEX_PROGRESS = "index.progress"  # done, and pending (background) or total (foreground)
SYNC_STATUS = "sync.status"  # state: idle, syncing, offline, paused, blocked, ...; detail
SYNC_PROGRESS = "sync.progress"  # phase (pull, apply, push), done, total
SYNC_CONFLICT = "sync.conflict"  # memory_id, conflict_id
SYNC_REJECTED = "sync.rejected"  # memory_id, rev_id, reason
CONFLICTS_CHANGED = "conflicts.changed"  # memory_ids: conflicts recorded or resolved elsewhere
SYNC_CONFIG_CHANGED = "sync.config_changed"  # keys: set up, paused, resumed, revoked elsewhere
RUNTIME_CHANGED = "runtime.changed"  # role, owner: this process took over or handed back

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
