"""Crash points for fault-injection tests: ``MEMSHADOW_SYNC_FAULT=name`` kills the process there.

Tests use it to stop a device with SIGKILL at an exact point (after the server accepted a push
but before the device recorded it; between two applied pull batches). Unset, it costs nothing.
"""

from __future__ import annotations

import os
import signal

ENV = "MEMSHADOW_SYNC_FAULT"


def point(name: str) -> None:
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
