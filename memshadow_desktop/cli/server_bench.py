"""`memshadow bench server`: the sync server's throughput and latency."""

from __future__ import annotations

from typing import Any

import click

from memshadow_desktop.cli.common import (
    bench,
    command,
    emit,
    is_terminal,
    require_server_extra,
    state,
)
from memshadow_desktop.core.api import InvalidInputError, NetworkError


@command(group=bench, name="server")
@click.option(
    "--db", "db_url", help="postgresql://... to bench PostgreSQL (default: a temporary SQLite)."
)
@click.option(
    "--devices",
    type=click.IntRange(1, 64),
    default=2,
    show_default=True,
    help="Devices pushing at once.",
)
@click.option("--records", type=click.IntRange(min=10), default=10_000, show_default=True)
@click.option("--batch", type=click.IntRange(1, 1000), default=100, show_default=True)
@click.option("--record-bytes", type=click.IntRange(1, 1 << 20), default=512, show_default=True)
@click.option(
    "--samples",
    type=click.IntRange(1, 10_000),
    default=50,
    show_default=True,
    help="Event latency samples.",
)
@click.option(
    "--replicas",
    type=click.IntRange(1, 8),
    multiple=True,
    help="Server processes on the one database (repeatable; default: 1, and 2 for PostgreSQL).",
)
def bench_server(
    db_url: str | None,
    devices: int,
    records: int,
    batch: int,
    record_bytes: int,
    samples: int,
    replicas: tuple[int, ...],
) -> None:
    """Records accepted per second, first pull, and push-to-event latency on loopback."""
    require_server_extra()
    from memshadow_desktop.bench import server as server_bench

    show = is_terminal() and not state().json
    try:
        result = server_bench.run(
            db_url,
            devices=devices,
            records=records,
            batch=batch,
            record_bytes=record_bytes,
            samples=samples,
            replicas=list(replicas) or None,
            progress=(lambda msg: click.echo(f"  {msg}", err=True)) if show else None,
        )
    except ValueError as exc:
        raise InvalidInputError(str(exc)) from None
    except RuntimeError as exc:
        raise NetworkError(str(exc)) from None

    def text() -> str:
        t = result["targets"]
        lines = [
            f"server benchmark: {records} records of {record_bytes} B, batches of {batch}, "
            f"{devices} pushing device(s), {samples} event samples",
            f"{'database':<12} {'replicas':>8} {'push rec/s':>11} {'first pull':>11} "
            f"{'event p50':>10} {'p95':>8}",
        ]
        for s in result["scenarios"]:
            lines.append(
                f"{s['database']:<12} {s['replicas']:>8} {s['push']['records_per_s']:>11,.0f} "
                f"{s['pull']['seconds']:>10.2f}s {s['events']['p50_ms']:>8.1f}ms "
                f"{s['events']['p95_ms']:>6.1f}ms"
            )
        lines.append(
            f"targets: push >= {t['push_records_per_s']:,.0f} rec/s (SQLite), event p50 <= "
            f"{t['event_p50_ms']:.0f} ms, first pull of 10,000 <= {t['first_pull_10k_s']:.0f} s"
        )
        return "\n".join(lines)

    emit(result, text)


__all__: list[Any] = ["bench_server"]
