"""`memshadow bench store`."""

from __future__ import annotations

from pathlib import Path

import click

from memshadow_desktop.bench import store as store_bench
from memshadow_desktop.bench.corpus import default_corpus
from memshadow_desktop.cli.common import bench, command, emit, is_terminal, state


@command(group=bench, name="store")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), help="Notes to import.")
@click.option("--memories", "count", type=click.IntRange(min=10), default=500, show_default=True)
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True)
def bench_store(corpus: Path | None, count: int, rounds: int) -> None:
    """Insert, update, search and import throughput: SQLCipher against plain SQLite."""
    corpus = corpus or default_corpus()
    show = is_terminal() and not state().json
    result = store_bench.run(
        corpus=corpus,
        count=count,
        rounds=rounds,
        progress=(lambda msg: click.echo(f"  {msg}", err=True)) if show else None,
    )
    result["corpus"] = str(corpus) if corpus else None

    def text() -> str:
        lines = [
            f"store benchmark: {count} memories, {result['queries']} queries, "
            f"{result['import_notes']} notes imported, median of {rounds} rounds",
            f"{'figure':<8} {'SQLCipher':>12} {'SQLite':>12}  {'cost':>6}",
        ]
        for name, f in result["figures"].items():
            cipher, plain, cost = f["sqlcipher"], f["sqlite"], f["cost_ratio"]
            lines.append(f"{name:<8} {cipher:>12,.0f} {plain:>12,.0f}  {cost:>5.2f}x  {f['unit']}")
        lines.append("cost = SQLite rate / SQLCipher rate (1.00x = encryption is free)")
        return "\n".join(lines)

    emit(result, text)
