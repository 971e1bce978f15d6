"""Words for the core's typed errors (the core carries codes and facts, never prose)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from memshadow_desktop.core.errors import MemshadowError

_CTX = "Errors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def describe_error(exc: BaseException) -> str:
    """One readable sentence for an error; never a traceback."""
    if not isinstance(exc, MemshadowError):
        return _tr("Something went wrong: {0}").format(type(exc).__name__)
    detail = exc.detail
    code = exc.code
    if code == "wrong_passphrase":
        return _tr("That passphrase does not unlock this vault. Check it and try again.")
    if code == "vault_locked":
        return _tr("The vault is locked: the key is not available ({0}).").format(detail)
    if code == "no_vault":
        return _tr("There is no vault at {0}.").format(detail)
    if code == "vault_exists":
        return _tr("A vault already exists at {0}.").format(detail)
    if code == "corrupt_header":
        return _tr("The vault header is missing or damaged ({0}). Nothing was changed.").format(
            detail
        )
    if code == "not_a_vault":
        return _tr("This is not a MEMSHADOW vault, or the key does not open it ({0}).").format(
            detail
        )
    if code == "vault_busy":
        return _tr(
            "The vault is open in another MEMSHADOW window or command. Close it and try again."
        )
    if code == "not_found":
        return _tr("Not found: {0}").format(detail)
    if code == "invalid_input":
        return _tr("Not accepted: {0}").format(detail)
    if code == "storage_full":
        return _tr("The disk is full. Nothing was lost; free some space and try again.")
    if code == "storage_error":
        return _tr("Storage error: {0}").format(detail)
    return _tr("Error ({0}): {1}").format(code, detail)


def one_line(text: str) -> str:
    return " ".join(text.split())
