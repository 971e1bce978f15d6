"""import and export."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from memshadow_desktop.cli.common import command, emit, is_terminal, state
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.core.api import ExitCode


@command(name="import")
@click.argument("path", type=click.Path(path_type=Path))
def import_(path: Path) -> int:
    """Import a folder of .md/.txt notes (recursive), a single file, or an export folder."""
    with open_service() as svc:
        if is_terminal() and not state().json:
            with click.progressbar(length=1, label="Importing", file=sys.stderr) as bar:

                def progress(done: int, total: int) -> None:
                    bar.length = total
                    bar.update(done - bar.pos)

                report = svc.memories.import_path(path, progress)
        else:
            report = svc.memories.import_path(path)
    for source, reason in report.skipped:
        click.echo(f"memshadow: skipped {source}: {reason}", err=True)
    for source, bad in report.new_ids:
        click.echo(
            f"memshadow: {source}: id {bad!r} is not a UUID; imported with a new id", err=True
        )
    emit(
        report.to_json(),
        f"{report.scanned} files: {report.created} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped",
    )
    # Everything importable was imported; a skipped file still makes the exit code say so.
    return int(ExitCode.INVALID_INPUT) if report.skipped else 0


@command()
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
def export(directory: Path) -> None:
    """Export every memory as markdown plus a manifest that `import` reads back losslessly."""
    with open_service() as svc:
        count = svc.memories.export(directory)
    emit(
        {"exported": count, "directory": str(directory)},
        f"Exported {count} memories to {directory}",
    )
