"""Finding memories: search (full text, by meaning, hybrid), index, related, suggest-tags."""

from __future__ import annotations

import sys
from typing import Any

import click

from memshadow_desktop.cli.common import command, emit, is_terminal, state
from memshadow_desktop.cli.memory_cmds import memory_line
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.core.errors import InferenceError
from memshadow_desktop.core.search.semantic import MODES, Hit
from memshadow_desktop.core.store.memories import MATCH_END, MATCH_START

HINTS = {
    "no_model": "hint: full-text search only; install a model (`memshadow models import DIR`) "
    "to search by meaning"
}


def mark(snippet: str) -> str:
    if sys.stdout.isatty() and not state().json:
        return snippet.replace(MATCH_START, "\x1b[1m").replace(MATCH_END, "\x1b[0m")
    return snippet.replace(MATCH_START, "**").replace(MATCH_END, "**")


def _hits_json(hits: list[Hit]) -> list[dict[str, Any]]:
    out = []
    for h in hits:
        item = h.to_json()
        item["snippet"] = mark(h.snippet)
        out.append(item)
    return out


def _hits_text(hits: list[Hit]) -> str:
    if not hits:
        return "No matches."
    lines = []
    for h in hits:
        lines.append(f"{h.score:6.3f}  {memory_line(h.memory)}")
        lines.append("        " + mark(h.snippet).replace("\n", " "))
    return "\n".join(lines)


@command()
@click.argument("query")
@click.option("--mode", type=click.Choice(MODES), help="Default: hybrid with a model, else fts.")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True)
def search(query: str, mode: str | None, limit: int) -> None:
    """Find memories by words, by meaning, or both (hybrid)."""
    with open_service() as svc:
        result = svc.find(query, mode=mode, limit=limit)
    if result.hint and not state().json:
        click.echo(HINTS[result.hint], err=True)
    emit(
        {"mode": result.mode, "hint": result.hint, "results": _hits_json(result.hits)},
        lambda: _hits_text(result.hits),
    )


def _require_semantic(svc: Any) -> Any:
    sem = svc.semantic()
    if sem is None:
        raise InferenceError("no embedding model is installed (`memshadow models import DIR`)")
    return sem


@command()
def index() -> None:
    """Embed every new or changed memory now (resumes an interrupted run); report what's left."""
    with open_service() as svc:
        sem = _require_semantic(svc)
        if is_terminal() and not state().json:
            with click.progressbar(
                length=max(1, sem.status().pending),
                label="Embedding",
                file=click.get_text_stream("stderr"),
            ) as bar:

                def progress(done: int, total: int) -> None:
                    bar.length = max(total, 1)
                    bar.update(done - bar.pos)

                embedded = sem.run_until_done(progress)
        else:
            embedded = sem.run_until_done()
        status = sem.status()
    data = {"embedded": embedded, **status.to_json()}
    emit(
        data,
        f"Embedded {embedded} memories with {status.model}: {status.indexed} indexed "
        f"({status.vectors} vectors), {status.pending} pending",
    )


@command()
@click.argument("memory_id")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True)
def related(memory_id: str, limit: int) -> None:
    """Memories closest in meaning to MEMORY_ID."""
    with open_service() as svc:
        hits = _require_semantic(svc).related(memory_id, limit)
    emit(_hits_json(hits), lambda: _hits_text(hits))


@command(name="suggest-tags")
@click.argument("memory_id")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=5, show_default=True)
def suggest_tags(memory_id: str, limit: int) -> None:
    """Tags this memory probably belongs under, learnt from the vault's tagged memories."""
    with open_service() as svc:
        suggestions = _require_semantic(svc).suggest_tags(memory_id, limit)
    emit(
        [s.to_json() for s in suggestions],
        lambda: (
            "\n".join(
                f"{s.tag:<24} {s.confidence:6.1%}  "
                f"(similarity {s.similarity:.3f}, {s.support} memories)"
                for s in suggestions
            )
            or "No suggestions (tag a few memories first)."
        ),
    )
