"""Opening the vault for a command."""

from __future__ import annotations

import click

from memshadow_desktop.cli.common import state
from memshadow_desktop.cli.notices import describe_notice
from memshadow_desktop.cli.passphrase import current_passphrase
from memshadow_desktop.core.api import MODEL_NOTICE, Event, Notice
from memshadow_desktop.core.service import MemshadowService


def open_service(*, for_search: bool = False) -> MemshadowService:
    service = MemshadowService.unlock(state().paths, current_passphrase, for_search=for_search)
    service.events.subscribe(_say_model_notices)
    return service


def _say_model_notices(event: Event) -> None:
    """A command that waits on something slow (rebuilding the model) says so on stderr."""
    if event.kind == MODEL_NOTICE:
        step = Notice(str(event.data.get("code", "")), dict(event.data.get("params") or {}))
        click.echo(f"memshadow: {describe_notice(step)}", err=True)
