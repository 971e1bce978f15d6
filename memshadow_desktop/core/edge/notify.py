"""systemd's readiness and watchdog protocol (sd_notify(3)), spoken directly: one datagram per
message to the socket in ``$NOTIFY_SOCKET``. Without that variable (not started by systemd with
``Type=notify``) every call does nothing."""

from __future__ import annotations

import os
import socket

NOTIFY_SOCKET = "NOTIFY_SOCKET"
WATCHDOG_USEC = "WATCHDOG_USEC"
WATCHDOG_PID = "WATCHDOG_PID"


def notify(**fields: str | int) -> bool:
    """Send ``READY=1``, ``STATUS=...``, ``WATCHDOG=1``, ``STOPPING=1`` (as keyword fields:
    ``notify(READY=1, STATUS="running")``). True when a manager listens."""
    address = os.environ.get(NOTIFY_SOCKET, "")
    if not address or not fields:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    elif not address.startswith("/"):
        return False  # vsock and other transports: not spoken here
    message = "\n".join(f"{k}={v}" for k, v in fields.items()).encode("utf-8")
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message)
    except OSError:
        return False
    return True


def watchdog_interval() -> float | None:
    """How often to send ``WATCHDOG=1`` (half the manager's ``WatchdogSec``); None when no
    watchdog watches this process."""
    usec = os.environ.get(WATCHDOG_USEC, "")
    pid = os.environ.get(WATCHDOG_PID, "")
    if not usec.isdigit() or int(usec) <= 0:
        return None
    if pid and pid != str(os.getpid()):
        return None
    return int(usec) / 2_000_000
