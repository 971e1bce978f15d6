"""CLI: ``embed`` (texts to vectors with an installed model) and ``bench embed``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import numpy as np

from memshadow_desktop.cli.common import bench, command, emit, state
from memshadow_desktop.cli.inference_cmds import models, precision_list, say_step
from memshadow_desktop.cli.notices import describe_notice
from memshadow_desktop.core.api import InvalidInputError, NotFoundError, StorageError


def _read_texts(input_file: Path | None, texts: tuple[str, ...]) -> list[str]:
    if texts and input_file is not None:
        raise InvalidInputError("give texts as arguments or with --input, not both")
    if texts:
        return list(texts)
    if input_file is None or str(input_file) == "-":
        raw = sys.stdin.read()
        jsonl = False
    else:
        try:
            raw = input_file.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise NotFoundError(str(input_file)) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError(f"{input_file} cannot be read as UTF-8 text: {exc}") from exc
        jsonl = input_file.suffix.lower() == ".jsonl"
    lines = raw.splitlines()
    if not jsonl:
        return lines
    out = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise InvalidInputError(f"line {no} of {input_file} is not JSON: {exc}") from exc
        if not isinstance(value, str):
            raise InvalidInputError(f"line {no} of {input_file} is not a JSON string")
        out.append(value)
    return out


def _save_npy(output: Path, vectors: np.ndarray) -> None:
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".tmp.npy")
        np.save(tmp, vectors.astype(np.float32))
        tmp.replace(output)
    except OSError as exc:
        raise StorageError(f"{output}: {exc.strerror or exc}") from exc


@command(name="embed")
@click.argument("texts", nargs=-1)
@click.option(
    "--input",
    "input_file",
    type=click.Path(path_type=Path),
    help="Texts one per line (.jsonl: one JSON string per line); '-' for stdin.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the vectors to this .npy file (float32, input order).",
)
@click.option("--model", "model_name", help="Installed model (default: the one in use).")
@click.option("--precision", help="fp32, int8, int4, fp16 (default: the model's default).")
@click.option("--provider", help="auto, cpu, cuda, coreml, directml, ...")
def embed_cmd(
    texts: tuple[str, ...],
    input_file: Path | None,
    output: Path | None,
    model_name: str | None,
    precision: str | None,
    provider: str | None,
) -> None:
    """Embed texts into L2-normalised float32 vectors."""
    if output is not None and output.suffix.lower() != ".npy":
        raise InvalidInputError(f"{output}: the output file must end in .npy")
    items = _read_texts(input_file, texts)
    if not items:
        raise InvalidInputError("no text to embed")
    result = models().embed(
        items, name=model_name, precision=precision, provider=provider, log=say_step
    )
    engine, vectors = result.engine, result.vectors
    info = engine.to_json() | {"count": len(items)}
    if output is not None:
        _save_npy(output, vectors)
        fb = f" (fallback: {describe_notice(engine.fallback)})" if engine.fallback else ""
        emit(
            info | {"output": str(output)},
            f"wrote {len(items)} x {vectors.shape[1]} vectors to {output} "
            f"[{engine.model} {engine.precision} on {engine.provider}{fb}]",
        )
        return
    emit(
        info | {"vectors": [[round(float(x), 7) for x in row] for row in vectors]},
        lambda: "\n".join(" ".join(f"{x:.6f}" for x in row) for row in vectors),
    )


@command(group=bench, name="embed")
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of .md/.txt notes (default: the built-in probe set).",
)
@click.option("--compare", is_flag=True, help="Run sentence-transformers on the same texts.")
@click.option(
    "--reference",
    type=click.Path(file_okay=False, path_type=Path),
    help="sentence-transformers folder for --compare (default: the import source).",
)
@click.option("--model", "model_name", help="Installed model (default: the one in use).")
@click.option("--precision", "precisions", help="Comma list (default: every offered one).")
@click.option("--provider", "providers", help="Comma list (default: auto).")
@click.option("--limit", type=int, default=0, help="Use only the first N corpus files.")
@click.option("--repeat", type=int, default=1, help="Rounds; the best of them is kept.")
@click.option("--threads", type=int, help="Threads (default: physical cores).")
def bench_embed(
    corpus: Path | None,
    compare: bool,
    reference: Path | None,
    model_name: str | None,
    precisions: str | None,
    providers: str | None,
    limit: int,
    repeat: int,
    threads: int | None,
) -> None:
    """Embedding throughput and accuracy per precision and provider."""
    from memshadow_desktop.bench.inference import bench_installed, format_bench

    def log(message: str) -> None:
        if not state().json:
            click.echo(message, err=True)

    result = bench_installed(
        state().paths,
        model_name,
        steps=say_step,
        corpus=corpus,
        limit=limit,
        precisions=precision_list(precisions),
        providers=precision_list(providers),
        compare=compare,
        reference_folder=reference,
        repeat=repeat,
        threads=threads,
        log=log,
    )
    emit(result, lambda: format_bench(result, describe_notice))
