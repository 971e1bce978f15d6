"""Which embedder search uses: the installed model chosen in settings, run by the inference
engine. Returns None when no model is installed (search then falls back to full text)."""

from __future__ import annotations

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.search.embedder import Embedder


def active_embedder(paths: AppPaths) -> Embedder | None:
    try:
        from memshadow_desktop.core.inference.search_link import embedder_for_search
    except ModuleNotFoundError:
        return None
    return embedder_for_search(paths)
