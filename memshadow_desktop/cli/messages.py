"""Words for the core's error codes (the core itself carries no prose); its notices' words
are in cli/notices.py."""

from __future__ import annotations

from memshadow_desktop.cli.notices import describe_notice
from memshadow_desktop.core.api import MemshadowError, OwnedElsewhereError

_MESSAGES = {
    "not_found": "not found: {detail}",
    "wrong_passphrase": "wrong passphrase for this vault",
    "vault_locked": "the vault is locked: {detail}",
    "no_vault": "no vault at {detail} (create one with `memshadow init`)",
    "vault_exists": "a vault already exists at {detail}",
    "corrupt_header": "the vault header is missing or damaged: {detail}",
    "not_a_vault": "not a MEMSHADOW vault, or the key does not open it: {detail}",
    "vault_busy": "the vault is busy in another MEMSHADOW process: {detail}",
    "owned_elsewhere": "the vault's background work already runs in {detail}",
    "invalid_input": "{detail}",
    "storage_full": "the disk is full; nothing was lost, free some space and retry ({detail})",
    "storage_error": "storage error: {detail}",
    "network": "network error: {detail}",
    "conflict": "conflict: {detail}",
    "inference": "{detail}",
}


def describe(exc: MemshadowError) -> str:
    template = _MESSAGES.get(exc.code, "{detail}")
    detail = _owner(exc) if isinstance(exc, OwnedElsewhereError) else exc.detail
    text = template.format(detail=detail).strip()
    # Keep it to one line whatever the detail holds.
    return " ".join(text.split()) or exc.code


def _owner(exc: OwnedElsewhereError) -> str:
    name = {"window": "the MEMSHADOW window", "agent": "a `memshadow agent`"}.get(
        exc.kind, "another MEMSHADOW process"
    )
    return f"{name} (process {exc.pid})" if exc.pid else name


__all__ = ["describe", "describe_notice"]
