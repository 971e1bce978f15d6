"""The ``memshadow`` command line: headless, scriptable, ``--json`` on every command.

Every command module registers its commands on :data:`cli` (and benchmarks on :data:`bench`).
Errors become one line on stderr (or a JSON object with ``--json``) and a documented exit code.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from memshadow_desktop.cli.common import bench, cli, report_error
from memshadow_desktop.core.api import ExitCode, MemshadowError

# Command modules, imported for their registrations.
_COMMAND_MODULES = (
    "memshadow_desktop.cli.vault_cmds",
    "memshadow_desktop.cli.memory_cmds",
    "memshadow_desktop.cli.transfer_cmds",
    "memshadow_desktop.cli.bench_store",
    "memshadow_desktop.cli.inference_cmds",
    "memshadow_desktop.cli.embed_cmds",
    "memshadow_desktop.cli.server_bench",
    "memshadow_desktop.cli.sync_cmds",
    "memshadow_desktop.cli.conflict_cmds",
    "memshadow_desktop.cli.agent_cmds",
    "memshadow_desktop.cli.account_cmds",
    "memshadow_desktop.cli.search_cmds",
    "memshadow_desktop.cli.ask_cmds",
    "memshadow_desktop.cli.edge_cmds",
)


def _load_commands() -> None:
    for name in _COMMAND_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # Only tolerate the module itself being absent (a subsystem not yet landed).
            if exc.name != name:
                raise


def main(argv: list[str] | None = None) -> None:
    _load_commands()
    args = sys.argv[1:] if argv is None else argv
    try:
        rv = cli.main(args=args, prog_name="memshadow", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("memshadow: aborted", err=True)
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"memshadow: {exc.format_message()}", err=True)
        sys.exit(ExitCode.USAGE)
    except MemshadowError as exc:
        sys.exit(report_error(exc))
    except KeyboardInterrupt:
        click.echo("memshadow: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(ExitCode.OK)
    except Exception as exc:  # last resort: one line, never a traceback unless asked
        if os.environ.get("MEMSHADOW_DEBUG"):
            raise
        click.echo(f"memshadow: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(ExitCode.ERROR)
    sys.exit(rv if isinstance(rv, int) else ExitCode.OK)


__all__ = ["bench", "cli", "main"]
