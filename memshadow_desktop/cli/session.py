"""Opening the vault for a command."""

from __future__ import annotations

from memshadow_desktop.cli.common import state
from memshadow_desktop.cli.passphrase import current_passphrase
from memshadow_desktop.core.service import MemshadowService


def open_service(*, for_search: bool = False) -> MemshadowService:
    return MemshadowService.unlock(state().paths, current_passphrase, for_search=for_search)
