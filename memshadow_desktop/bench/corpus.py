"""Where the benchmarks find their notes when no ``--corpus`` is given."""

from __future__ import annotations

import os
from pathlib import Path


def default_corpus() -> Path | None:
    """MEMSHADOW_CORPUS, else the project's shared TIL notes when they are beside the checkout."""
    env = os.environ.get("MEMSHADOW_CORPUS")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "corpus" / "til" / "notes" for p in here.parents]
    candidates.append(Path.cwd().parent / "shared" / "corpus" / "til" / "notes")
    return next((c for c in candidates if c.is_dir()), None)
