"""Finding memories: search (full text, by meaning, hybrid), index, related, suggest-tags."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from memshadow_desktop.cli.common import bench, command, emit, is_terminal, state
from memshadow_desktop.cli.memory_cmds import memory_line
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.core.api import (
    MATCH_END,
    MATCH_START,
    MODES,
    AppPaths,
    Hit,
    InferenceError,
    InvalidInputError,
    NotFoundError,
)
from memshadow_desktop.core.service import MemshadowService

NO_MODEL = "no embedding model is installed (`memshadow models import DIR`)"
EMBED_BEFORE_SEARCH = 32  # pending memories `search` embeds itself; more: a hint to index

HINTS = {
    "no_model": "hint: full-text search only; install a model (`memshadow models import DIR`) "
    "to search by meaning",
    "not_embedded": "hint: {n} not embedded yet, matched by their words only; "
    "run `memshadow index`",
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
    with open_service(for_search=True) as svc:
        # No indexer runs between commands: a few memories added since the last index are
        # embedded first (a moment), so search sees everything.
        result = svc.search.find(query, mode=mode, limit=limit, embed_pending=EMBED_BEFORE_SEARCH)
    not_embedded = result.not_embedded
    hint = result.hint or ("not_embedded" if not_embedded else None)
    if hint and not state().json:
        count = "1 memory is" if not_embedded == 1 else f"{not_embedded:,} memories are"
        click.echo(HINTS[hint].format(n=count), err=True)
    emit(
        {
            "mode": result.mode,
            "hint": hint,
            "not_embedded": not_embedded,
            "results": _hits_json(result.hits),
        },
        lambda: _hits_text(result.hits),
    )


@command()
def index() -> None:
    """Embed every new or changed memory now (resumes an interrupted run); report what's left."""
    with open_service(for_search=True) as svc:
        status = svc.search.status()
        if status is None:
            raise InferenceError(NO_MODEL)
        if is_terminal() and not state().json:
            with click.progressbar(
                length=max(1, status.pending),
                label="Embedding",
                file=sys.stderr,
            ) as bar:

                def progress(done: int, total: int) -> None:
                    bar.length = max(total, 1)
                    bar.update(done - bar.pos)

                embedded = svc.search.index_now(progress)
        else:
            embedded = svc.search.index_now()
        status = svc.search.status()
        assert status is not None
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
    with open_service(for_search=True) as svc:
        hits = svc.search.related(memory_id, limit)
    emit(_hits_json(hits), lambda: _hits_text(hits))


@command(name="suggest-tags")
@click.argument("memory_id")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=5, show_default=True)
def suggest_tags(memory_id: str, limit: int) -> None:
    """Tags this memory probably belongs under, learnt from the vault's tagged memories."""
    with open_service(for_search=True) as svc:
        suggestions = svc.search.suggest_tags(memory_id, limit)
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


def _question_files() -> list[Path]:
    """The question sets shipped with the source: the first times queries, all score quality."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        found = sorted((parent / "tests" / "data").glob("til_questions*.jsonl"))
        if found:
            return found
    return []


def _load_questions(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise InvalidInputError(f"{path}: no such question set")
    try:
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    except ValueError as exc:
        raise InvalidInputError(f"{path}: not JSON lines ({exc})") from None


@command(group=bench, name="search")
@click.option(
    "--memories",
    "sizes",
    multiple=True,
    type=click.IntRange(min=10),
    help="Vault sizes to time (repeatable; default 1000, 10000, 100000).",
)
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--questions",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Question sets (JSON lines of q and source; repeatable): the first one's questions "
    "are the timed queries, every set is scored for quality.",
)
@click.option("--stall-seconds", type=float, default=20.0, show_default=True)
@click.option("--no-gui", is_flag=True, help="Skip the window stall measurement.")
def bench_search(
    sizes: tuple[int, ...],
    corpus: Path | None,
    questions: tuple[Path, ...],
    stall_seconds: float,
    no_gui: bool,
) -> None:
    """Search latency (fts, semantic, hybrid) at growing sizes, quality, unlock to first result."""
    from memshadow_desktop.bench import quality
    from memshadow_desktop.bench import search as search_bench
    from memshadow_desktop.bench.corpus import default_corpus

    corpus = corpus or default_corpus()
    if corpus is None:
        raise InvalidInputError("no corpus found (pass --corpus DIR)")
    files = list(questions) or _question_files()
    if not files:
        raise InvalidInputError("no question set found (pass --questions FILE.jsonl)")
    sets = {f.stem: _load_questions(f) for f in files}
    qs = next(iter(sets.values()))
    try:
        MemshadowService.models_at(state().paths).current()
    except NotFoundError as exc:
        raise InferenceError(NO_MODEL) from exc
    say = (lambda m: click.echo(f"  {m}", err=True)) if is_terminal() and not state().json else None
    passphrase = "bench passphrase " + os.urandom(4).hex()
    with tempfile.TemporaryDirectory(prefix="memshadow-bench-search-") as tmp:
        home = Path(tmp) / "home"
        _link_models(state().paths, AppPaths.resolve(home))
        result = search_bench.run(
            home=home,
            passphrase=passphrase,
            corpus=corpus,
            queries=[q["q"] for q in qs],
            question_sets=sets,
            sizes=tuple(sizes) or search_bench.DEFAULT_SIZES,
            progress=say,
        )
        if not no_gui:
            if say:
                say("GUI stall while indexing (offscreen window)")
            stall_home = Path(tmp) / "stall"
            _link_models(state().paths, AppPaths.resolve(stall_home))
            quality.prepare_unindexed(stall_home, passphrase, corpus)
            result["gui_stall"] = search_bench.gui_stall(stall_home, passphrase, stall_seconds)
    emit(result, lambda: _bench_text(result))


def _link_models(src: AppPaths, dst: AppPaths) -> None:
    """Let a benchmark home use the installed models and model choice (no copying)."""
    dst.ensure()
    if src.models_dir.exists():
        dst.models_dir.parent.mkdir(parents=True, exist_ok=True)
        if not dst.models_dir.exists():
            dst.models_dir.symlink_to(src.models_dir, target_is_directory=True)
    if src.settings_file.exists():
        dst.settings_file.write_bytes(src.settings_file.read_bytes())


def _bench_text(r: dict[str, Any]) -> str:
    lines = [f"model: {r.get('model')}"]
    ce = r.get("corpus_embedding", {})
    lines.append(
        f"corpus: {ce.get('memories')} memories, {ce.get('chunks')} chunks embedded in "
        f"{ce.get('seconds')} s ({ce.get('memories_per_s')} memories/s)"
    )
    lines.append(
        f"{'memories':>9} {'vectors':>8} {'MB':>6}  "
        + "  ".join(f"{m:>8} p50/p95 ms" for m in ("fts", "semantic", "hybrid"))
    )
    for t in r["sizes"].values():
        cells = "  ".join(
            f"{t[m]['p50_ms']:>8.1f} /{t[m]['p95_ms']:>6.1f}  "
            for m in ("fts", "semantic", "hybrid")
        )
        lines.append(f"{t['memories']:>9,} {t['vectors']:>8,} {t['vector_mb']:>6.1f}  {cells}")
    u = r["unlock_to_first_result"]
    lines.append(
        f"unlock to first semantic result: {u['total_s']:.2f} s, median of "
        f"{', '.join(f'{t:.2f}' for t in u.get('runs_s', [u['total_s']]))} "
        f"(unlock {u['unlock_s']:.2f}, "
        f"model+vectors {u['model_and_vectors_s']:.2f}, query {u['first_query_s']:.3f}); "
        f"vectors {u['vector_bytes'] / 1e6:.1f} MB, process RSS {u['rss_after_load_mb']:.0f} MB"
    )
    for name, q in r.get("quality", {}).items():
        lines.append(
            "quality MRR@10 on {n} questions ({name}): fts {fts:.3f}, semantic {semantic:.3f}, "
            "hybrid {hybrid:.3f}, naive RRF {rrf:.3f}".format(name=name, **q)
        )
    g = r.get("gui_stall")
    if g:
        if "error" in g:
            lines.append(f"GUI stall: not measured ({g['error']})")
        else:
            lines.append(
                f"GUI stall while indexing: longest {g['max_gap_ms']:.1f} ms, p99 "
                f"{g['p99_gap_ms']:.1f} ms over {g['ticks']} ticks ({g['embedded']} embedded)"
            )
    return "\n".join(lines)
