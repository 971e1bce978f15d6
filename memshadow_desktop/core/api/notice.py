"""Advice, states and reasons crossing the door as a code with parameters.

The core never makes an English sentence for the window: the GUI translates a notice's code
with Qt's tr(), the CLI with its own words (cli/messages.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Notice:
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}
