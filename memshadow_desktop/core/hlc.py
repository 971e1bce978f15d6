"""Hybrid logical clock: orders changes across devices without trusting wall clocks.

A stamp from elsewhere (another device's revision) moves this clock forward only while it is
at most :data:`MAX_AHEAD_MS` ahead of this device's wall clock: one device with a clock years
ahead, or a forged stamp, cannot drag every other device's clock along.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class HlcStamp:
    wall_ms: int
    counter: int

    def encode(self) -> str:
        # Fixed width so that string order equals clock order (usable in SQL ORDER BY).
        return f"{self.wall_ms:015d}-{self.counter:06d}"

    @classmethod
    def decode(cls, text: str) -> HlcStamp:
        wall, counter = text.split("-")
        return cls(int(wall), int(counter))


MAX_AHEAD_MS = 3_600_000  # one hour


class HybridClock:
    def __init__(self, last: HlcStamp | None = None) -> None:
        if last is not None and last.wall_ms > self._now_ms() + MAX_AHEAD_MS:
            last = None  # a stored stamp from a clock far ahead: not followed
        self._last = last or HlcStamp(0, 0)
        self._lock = threading.Lock()

    @staticmethod
    def _now_ms() -> int:
        return time.time_ns() // 1_000_000

    def now(self) -> HlcStamp:
        """A stamp greater than every stamp issued or observed so far."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._last.wall_ms:
                self._last = HlcStamp(wall, 0)
            else:
                self._last = HlcStamp(self._last.wall_ms, self._last.counter + 1)
            return self._last

    def observe(self, remote: HlcStamp) -> HlcStamp:
        """Merge a remote stamp so later local stamps order after it (unless it is more than
        MAX_AHEAD_MS ahead of this device's clock: then it is ignored)."""
        with self._lock:
            now = self._now_ms()
            if remote.wall_ms > now + MAX_AHEAD_MS:
                return self._last
            wall = max(now, self._last.wall_ms, remote.wall_ms)
            if wall == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = HlcStamp(wall, counter)
            return self._last

    @property
    def last(self) -> HlcStamp:
        return self._last
