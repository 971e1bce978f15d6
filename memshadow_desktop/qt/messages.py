"""Words for the core's typed errors (the core carries codes and facts, never prose)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from memshadow_desktop.core.api import PAUSED_BATTERY, MemshadowError, Notice
from memshadow_desktop.qt.notice_words import notice_words


def describe_error(exc: BaseException) -> str:
    """One readable sentence for an error; never a traceback."""
    if not isinstance(exc, MemshadowError):
        return QCoreApplication.translate("Errors", "Something went wrong: {0}").format(
            type(exc).__name__
        )
    detail = exc.detail
    code = exc.code
    if code == "wrong_passphrase":
        return QCoreApplication.translate(
            "Errors", "That passphrase does not unlock this vault. Check it and try again."
        )
    if code == "vault_locked":
        return QCoreApplication.translate(
            "Errors", "The vault is locked: the key is not available ({0})."
        ).format(detail)
    if code == "no_vault":
        return QCoreApplication.translate("Errors", "There is no vault at {0}.").format(detail)
    if code == "vault_exists":
        return QCoreApplication.translate("Errors", "A vault already exists at {0}.").format(detail)
    if code == "corrupt_header":
        return QCoreApplication.translate(
            "Errors", "The vault header is missing or damaged ({0}). Nothing was changed."
        ).format(detail)
    if code == "not_a_vault":
        return QCoreApplication.translate(
            "Errors", "This is not a MEMSHADOW vault, or the key does not open it ({0})."
        ).format(detail)
    if code == "vault_busy":
        return QCoreApplication.translate(
            "Errors", "The vault is busy in another MEMSHADOW process. Try again in a moment."
        )
    if code == "owned_elsewhere":
        return QCoreApplication.translate(
            "Errors", "MEMSHADOW already runs for this vault (process {0})."
        ).format(getattr(exc, "pid", 0))
    if code == "not_found":
        return QCoreApplication.translate("Errors", "Not found: {0}").format(detail)
    if code == "invalid_input":
        return _invalid_input(exc)
    if code == "storage_full":
        return QCoreApplication.translate(
            "Errors", "The disk is full. Nothing was lost; free some space and try again."
        )
    if code == "storage_error":
        return QCoreApplication.translate("Errors", "Storage error: {0}").format(detail)
    return QCoreApplication.translate("Errors", "Error ({0}): {1}").format(code, detail)


def _invalid_input(exc: MemshadowError) -> str:
    words: dict[str, str] = {
        "empty_memory": str(QT_TRANSLATE_NOOP("Errors", "A memory needs a title or some text.")),
        "nul_bytes": str(
            QT_TRANSLATE_NOOP("Errors", "The text holds characters that cannot be kept.")
        ),
        "nothing_to_change": str(QT_TRANSLATE_NOOP("Errors", "There is nothing to change.")),
        "passphrase_needed": str(QT_TRANSLATE_NOOP("Errors", "Choose a passphrase for the vault.")),
        "conflict_resolved": str(QT_TRANSLATE_NOOP("Errors", "This conflict is already resolved.")),
        "no_merged_text": str(QT_TRANSLATE_NOOP("Errors", "There is no merged text to keep.")),
        "unknown_resolution": str(QT_TRANSLATE_NOOP("Errors", "That is not a way to resolve it.")),
    }
    if exc.reason == "passphrase_too_short":
        return QCoreApplication.translate(
            "Errors", "The passphrase is too short: at least {0} characters."
        ).format(exc.params.get("minimum", 8))
    if exc.reason in words:
        return QCoreApplication.translate("Errors", words[exc.reason])
    # A case the window does not name yet: the facts, marked as such.
    return QCoreApplication.translate("Errors", "Not accepted: {0}").format(exc.detail)


def describe_notice(notice: Notice) -> str:
    """Words for a state, a reason or a piece of advice the core gives as a code (the
    inference codes' words are in qt/notice_words.py)."""
    params = notice.params
    if notice.code == PAUSED_BATTERY:
        return QCoreApplication.translate("Notices", "on battery at {0}% (below {1}%)").format(
            params.get("percent", "?"), params.get("floor", "?")
        )
    words = notice_words(notice)
    if words is not None:
        return words
    # A code this version has no words for (a newer core): say so rather than show nothing.
    return QCoreApplication.translate("Notices", "(no description: {0})").format(notice.code)


def one_line(text: str) -> str:
    return " ".join(text.split())
