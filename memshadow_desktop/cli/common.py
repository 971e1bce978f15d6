"""Shared CLI plumbing: the command groups, global options, output and error reporting."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from memshadow_desktop.cli.messages import describe
from memshadow_desktop.core.api import AppPaths, MemshadowError

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class CliState:
    home: str | None = None
    json: bool = False
    passphrase_file: str | None = None

    @property
    def paths(self) -> AppPaths:
        return AppPaths.resolve(self.home)


_state = CliState()


def state() -> CliState:
    return _state


def _set_home(_ctx: click.Context, _p: click.Parameter, value: str | None) -> None:
    if value is not None:
        _state.home = value


def _set_json(_ctx: click.Context, _p: click.Parameter, value: bool) -> None:
    if value:
        _state.json = True


def _set_passfile(_ctx: click.Context, _p: click.Parameter, value: str | None) -> None:
    if value is not None:
        _state.passphrase_file = value


def common_options(f: F) -> F:
    """``--home``, ``--json`` and ``--passphrase-file`` on the group and on every command."""
    f = click.option(
        "--passphrase-file",
        type=click.Path(dir_okay=False),
        expose_value=False,
        callback=_set_passfile,
        help="Read the vault passphrase from this file.",
    )(f)
    f = click.option(
        "--json",
        is_flag=True,
        expose_value=False,
        callback=_set_json,
        help="Machine-readable output.",
    )(f)
    f = click.option(
        "--home",
        type=click.Path(file_okay=False),
        envvar="MEMSHADOW_HOME",
        expose_value=False,
        callback=_set_home,
        help="Keep every file of the app under this folder (or set MEMSHADOW_HOME).",
    )(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@common_options
def cli() -> None:
    """MEMSHADOW: an encrypted memory vault with search by meaning and encrypted sync."""


@cli.group()
@common_options
def bench() -> None:
    """Benchmarks that print figures."""


def command(group: click.Group = cli, **kwargs: Any) -> Callable[[F], F]:
    """Register a command on a group with the common options attached."""

    def wrap(f: F) -> F:
        return group.command(**kwargs)(common_options(f))  # type: ignore[return-value]

    return wrap


class MissingExtraError(MemshadowError):
    """A command needs a part of the install (a pip extra) that is not there."""

    code = "missing_extra"


def require_server_extra() -> None:
    """For commands that start a sync server: one line on what to install if it is missing."""
    from memshadow_desktop.server.extra import missing_extra_message

    message = missing_extra_message()
    if message:
        raise MissingExtraError(message)


def emit(obj: Any, text: str | Callable[[], str] | None = None) -> None:
    """Print ``obj`` as JSON with ``--json``, else the human text."""
    if _state.json:
        click.echo(json.dumps(obj, ensure_ascii=False, indent=None, default=str))
        return
    if text is None:
        return
    click.echo(text() if callable(text) else text)


def report_error(exc: MemshadowError) -> int:
    message = describe(exc)
    if _state.json:
        click.echo(json.dumps({"error": {"code": exc.code, "message": message}}))
    click.echo(f"memshadow: {message}", err=True)
    return int(exc.exit_code)


def is_terminal() -> bool:
    return sys.stderr.isatty()
