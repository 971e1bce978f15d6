"""``memshadow ask``: an answer from the vault's notes, streamed, with its sources; and
``memshadow bench ask``.

The answer is generated on a worker thread and printed here as it comes; Ctrl-C cancels the
generation (the text so far stays on screen) and exits 130. Neither the question nor the
answer is written anywhere.
"""

from __future__ import annotations

import queue
import sys
import threading
from pathlib import Path
from typing import Any

import click

from memshadow_desktop.cli.common import bench, command, emit, is_terminal, state
from memshadow_desktop.cli.notices import describe_notice
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.core.api import Answer, AskState, InvalidInputError, Source

DEVICES = ("auto", "cpu", "cuda", "metal", "vulkan", "directml")
CANCELLED_EXIT = 130


def _source_lines(sources: list[Source]) -> list[str]:
    lines = []
    for s in sources:
        mark = "  cited" if s.cited else ""
        cos = f"  cos {s.cosine:.2f}" if s.cosine is not None else ""
        lines.append(f"  [{s.n}] {s.title or '(untitled)'}  ({s.memory_id}){cos}{mark}")
    return lines


def figures(result: Answer) -> str:
    g, st = result.generator, result.stats
    if g is None or st is None:
        return ""
    cached = f", {st.cached_tokens} cached" if st.cached_tokens else ""
    prompt_rate = f" at {st.prompt_tokens_per_s:.0f} tokens/s" if st.prompt_tokens_per_s else ""
    rate = f", {st.tokens_per_s:.1f} tokens/s" if st.tokens_per_s else ""
    return (
        f"{g.model} on {g.backend}/{g.device}: first token {st.first_token_s:.2f} s{rate}; "
        f"prompt {st.prompt_tokens} tokens{cached}{prompt_rate} "
        f"({result.note_tokens} of {result.budget_tokens} note tokens); "
        f"{st.generated_tokens} generated in {st.total_s:.2f} s"
    )


def _run(
    question: str, *, model: str | None, max_tokens: int | None, budget: int | None, device: str
) -> tuple[Answer | None, bool]:
    """Ask on a worker thread; print pieces as they come (not with --json)."""
    stream = not state().json
    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    cancel = threading.Event()
    with open_service(for_search=True) as svc:
        svc.ask.device = device

        def work() -> None:
            try:
                result = svc.ask.answer(
                    question,
                    model=model,
                    budget=budget,
                    max_tokens=max_tokens,
                    on_sources=lambda s: events.put(("sources", s)),
                    on_token=lambda piece: events.put(("piece", piece)),
                    cancel=cancel,
                )
                events.put(("done", result))
            except BaseException as exc:
                events.put(("error", exc))

        worker = threading.Thread(target=work, name="ask", daemon=True)
        worker.start()
        interrupted = False
        result: Answer | None = None
        while True:
            try:
                kind, value = events.get(timeout=0.1)
            except queue.Empty:
                continue
            except KeyboardInterrupt:
                interrupted = True
                cancel.set()
                continue
            if kind == "piece" and stream:
                click.echo(value, nl=False)
                sys.stdout.flush()
            elif kind == "error":
                worker.join()
                raise value
            elif kind == "done":
                result = value
                break
        worker.join()
    return result, interrupted


@command()
@click.argument("question")
@click.option("--model", help="Generation model (default: the one in use).")
@click.option("--max-tokens", type=click.IntRange(1, 2048), help="Longest answer, in tokens (200).")
@click.option(
    "--budget",
    type=click.IntRange(50, 8000),
    help="Tokens of notes the prompt may hold (600 on a CPU, 1500 on a GPU).",
)
@click.option("--device", type=click.Choice(DEVICES), default="auto", show_default=True)
def ask(
    question: str, model: str | None, max_tokens: int | None, budget: int | None, device: str
) -> None:
    """Answer QUESTION from your notes, with the notes it used as sources."""
    if not question.strip():
        raise InvalidInputError("the question is empty")
    result, interrupted = _run(
        question, model=model, max_tokens=max_tokens, budget=budget, device=device
    )
    assert result is not None
    if state().json:
        emit(result.to_json())
    else:
        _print_result(result)
    if interrupted or result.state == AskState.CANCELLED:
        sys.exit(CANCELLED_EXIT)


def _print_result(result: Answer) -> None:
    if result.state == AskState.EMPTY_VAULT:
        click.echo("The vault holds no memories yet: nothing to answer from.")
        return
    if result.state == AskState.NOT_FOUND and not result.sources:
        click.echo(result.text)
        click.echo("(no note is close enough to the question; nothing was generated)", err=True)
        return
    if result.state == AskState.CANCELLED:
        click.echo("\n[cancelled]")
    else:
        click.echo("")
    if result.sources:
        click.echo("\nSources:")
        click.echo("\n".join(_source_lines(result.sources)))
    if result.considered:
        click.echo(f"  (+{len(result.considered)} more found, over the note budget)")
    line = figures(result)
    if line:
        click.echo(line, err=True)
    g = result.generator
    if g is not None and g.fallback is not None:
        click.echo(f"note: {describe_notice(g.fallback)}", err=True)


@command(group=bench, name="ask")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--questions",
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSON lines of q and source (default: tests/data/til_questions.jsonl).",
)
@click.option("--model", "models_", multiple=True, help="Generation models (default: all).")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--max-tokens", type=click.IntRange(8, 1024), default=64, show_default=True)
@click.option("--device", type=click.Choice(DEVICES), default="auto", show_default=True)
def bench_ask(
    corpus: Path | None,
    questions: Path | None,
    models_: tuple[str, ...],
    limit: int,
    max_tokens: int,
    device: str,
) -> None:
    """Time to first token, tokens/s (prompt, generation), RSS, per model and backend, beside
    the backend's own API; answers citing the right note vs retrieval alone."""
    import memshadow_desktop.bench.ask as ask_bench
    from memshadow_desktop.bench.corpus import default_corpus
    from memshadow_desktop.cli.search_cmds import _load_questions, _question_files

    corpus = corpus or default_corpus()
    if corpus is None:
        raise InvalidInputError("no corpus found (pass --corpus DIR)")
    files = (
        [questions] if questions else [f for f in _question_files() if f.stem == "til_questions"]
    )
    if not files:
        raise InvalidInputError("no question set found (pass --questions FILE.jsonl)")
    qs = _load_questions(files[0])
    say = (lambda m: click.echo(f"  {m}", err=True)) if is_terminal() and not state().json else None
    result = ask_bench.run(
        state().paths,
        corpus=corpus,
        questions=qs,
        question_set=files[0].stem,
        models=list(models_) or None,
        limit=limit,
        max_tokens=max_tokens,
        device=device,
        progress=say,
    )
    emit(result, lambda: ask_bench.format_result(result, describe_notice))
