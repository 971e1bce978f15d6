"""Words for the core's typed errors (the core carries codes and facts, never prose)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from memshadow_desktop.core.api import PAUSED_BATTERY, MemshadowError, Notice
from memshadow_desktop.qt.notice_words import notice_words

# Words for an error, by its code and the case (reason) the core names. Placeholders are the
# error's facts: {path}, {id}, {pid}, {minimum}, {found}, {known}. The core's own ``detail``
# (prose for logs and the CLI) is never shown here.
_BY_REASON: dict[tuple[str, str], object] = {
    ("invalid_input", "empty_memory"): QT_TRANSLATE_NOOP(
        "Errors", "A memory needs a title or some text."
    ),
    ("invalid_input", "nul_bytes"): QT_TRANSLATE_NOOP(
        "Errors", "The text holds characters that cannot be kept."
    ),
    ("invalid_input", "nothing_to_change"): QT_TRANSLATE_NOOP(
        "Errors", "There is nothing to change."
    ),
    ("invalid_input", "passphrase_needed"): QT_TRANSLATE_NOOP(
        "Errors", "Choose a passphrase for the vault."
    ),
    ("invalid_input", "passphrase_too_short"): QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is too short: at least {minimum} characters."
    ),
    ("invalid_input", "passphrase_file_unreadable"): QT_TRANSLATE_NOOP(
        "Errors", "Cannot read the passphrase file {path}: {why}"
    ),
    ("vault_locked", "no_passphrase"): QT_TRANSLATE_NOOP(
        "Errors", "No passphrase given: set {env} or use --passphrase-file."
    ),
    ("vault_locked", "keyring_refused"): QT_TRANSLATE_NOOP(
        "Errors", "The system keyring refused to give the vault key."
    ),
    ("vault_locked", "keyring_unavailable"): QT_TRANSLATE_NOOP(
        "Errors", "The system keyring is not available, so the vault key cannot be read."
    ),
    ("vault_locked", "key_not_in_keyring"): QT_TRANSLATE_NOOP(
        "Errors", "The vault key is not in the system keyring."
    ),
    ("vault_locked", "locked"): QT_TRANSLATE_NOOP(
        "Errors", "The vault is locked. Unlock it to go on."
    ),
    ("invalid_input", "device_name_empty"): QT_TRANSLATE_NOOP("Errors", "A device needs a name."),
    ("confirmation_required", "account_switch"): QT_TRANSLATE_NOOP(
        "Errors",
        "This vault synced with another account before. Joining this one sends every memory "
        "to it; confirm to go on.",
    ),
    ("confirmation_required", "mass_delete"): QT_TRANSLATE_NOOP(
        "Errors",
        "Sync stopped before deleting many memories at once. Check the trash, then confirm "
        "with Sync now in the Sync preferences.",
    ),
    ("confirmation_required", "server_empty"): QT_TRANSLATE_NOOP(
        "Errors",
        "The sync server holds nothing of this account any more. Confirm to upload this "
        "vault to it again.",
    ),
    ("invalid_input", "conflict_resolved"): QT_TRANSLATE_NOOP(
        "Errors", "This conflict is already resolved."
    ),
    ("invalid_input", "no_merged_text"): QT_TRANSLATE_NOOP(
        "Errors", "There is no merged text to keep."
    ),
    ("invalid_input", "unknown_resolution"): QT_TRANSLATE_NOOP(
        "Errors", "That is not a way to resolve it."
    ),
    ("conflict", "memory_changed"): QT_TRANSLATE_NOOP(
        "Errors",
        "This memory changed in the meantime, so nothing was written. Reload and choose again.",
    ),
    ("invalid_input", "hunks_left"): QT_TRANSLATE_NOOP(
        "Errors", "Some conflicting changes have no choice yet."
    ),
    ("invalid_input", "no_such_hunk"): QT_TRANSLATE_NOOP(
        "Errors", "This conflict has no such change."
    ),
    ("invalid_input", "unknown_choice"): QT_TRANSLATE_NOOP(
        "Errors", "That is not a way to settle a change."
    ),
    ("invalid_input", "short_id"): QT_TRANSLATE_NOOP(
        "Errors", "Give at least six characters of the id."
    ),
    ("invalid_input", "ambiguous_id"): QT_TRANSLATE_NOOP(
        "Errors", "More than one item starts with that id: give more of it."
    ),
    ("corrupt_header", "header_missing"): QT_TRANSLATE_NOOP(
        "Errors", "The vault's header file is missing ({path}). Nothing was changed."
    ),
    ("corrupt_header", "database_missing"): QT_TRANSLATE_NOOP(
        "Errors", "The vault's database is missing ({path}). Nothing was changed."
    ),
    ("corrupt_header", "header_of_another_vault"): QT_TRANSLATE_NOOP(
        "Errors", "The vault's header belongs to another vault. Nothing was changed."
    ),
    ("not_a_vault", "newer_schema"): QT_TRANSLATE_NOOP(
        "Errors",
        "This vault was made by a newer MEMSHADOW (format {found}; this one reads up to "
        "{known}). Update MEMSHADOW to open it.",
    ),
    ("inference", "no_model"): QT_TRANSLATE_NOOP(
        "Errors", "No embedding model is installed, so search by meaning is off."
    ),
    ("inference", "vectors_mismatch"): QT_TRANSLATE_NOOP(
        "Errors", "The stored search index does not fit the model in use; it will be rebuilt."
    ),
    ("inference", "model_unloadable"): QT_TRANSLATE_NOOP(
        "Errors", "The embedding model cannot be loaded."
    ),
    ("inference", "no_provider"): QT_TRANSLATE_NOOP(
        "Errors", "No accelerator or CPU could run the embedding model."
    ),
    ("inference", "inference_failed"): QT_TRANSLATE_NOOP(
        "Errors", "The embedding model failed on this text."
    ),
    # asking the vault (core/ask, core/inference/gen_models.py, the generation backends)
    ("inference", "no_generation_model"): QT_TRANSLATE_NOOP(
        "Errors", "No generation model is installed: download one or import a GGUF file."
    ),
    ("inference", "generator_not_installed"): QT_TRANSLATE_NOOP(
        "Errors", "The library that runs this generation model ({backend}) is not installed."
    ),
    ("inference", "generator_unloadable"): QT_TRANSLATE_NOOP(
        "Errors", "The generation model cannot be loaded."
    ),
    ("inference", "generation_failed"): QT_TRANSLATE_NOOP(
        "Errors", "The generation model stopped with an error."
    ),
    ("invalid_input", "not_gguf"): QT_TRANSLATE_NOOP(
        "Errors", "This is neither a GGUF model file nor an ONNX GenAI model folder."
    ),
    ("invalid_input", "model_exists"): QT_TRANSLATE_NOOP(
        "Errors", "A generation model of that name is already installed."
    ),
    ("invalid_input", "not_pinned"): QT_TRANSLATE_NOOP(
        "Errors", "This catalogue model has no pinned checksum, so it is not downloaded."
    ),
    ("invalid_input", "empty_question"): QT_TRANSLATE_NOOP("Errors", "The question is empty."),
    ("invalid_input", "question_too_long"): QT_TRANSLATE_NOOP(
        "Errors", "The question is too long: at most {limit} characters."
    ),
    ("invalid_input", "empty_answer"): QT_TRANSLATE_NOOP(
        "Errors", "There is no answer to save yet."
    ),
}
_BY_CODE: dict[str, object] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "That passphrase does not unlock this vault. Check it and try again."
    ),
    "vault_locked": QT_TRANSLATE_NOOP("Errors", "The vault is locked: its key is not available."),
    "no_vault": QT_TRANSLATE_NOOP("Errors", "There is no vault at {detail}."),
    "vault_exists": QT_TRANSLATE_NOOP("Errors", "A vault already exists at {detail}."),
    "corrupt_header": QT_TRANSLATE_NOOP(
        "Errors", "The vault header is damaged. Nothing was changed."
    ),
    "not_a_vault": QT_TRANSLATE_NOOP(
        "Errors", "This is not a MEMSHADOW vault, or the key does not open it."
    ),
    "vault_busy": QT_TRANSLATE_NOOP(
        "Errors", "The vault is busy in another MEMSHADOW process. Try again in a moment."
    ),
    "owned_elsewhere": QT_TRANSLATE_NOOP(
        "Errors", "MEMSHADOW already runs for this vault (process {pid})."
    ),
    "not_found": QT_TRANSLATE_NOOP("Errors", "Not found: {detail}"),
    "invalid_input": QT_TRANSLATE_NOOP("Errors", "This was not accepted."),
    "storage_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Nothing was lost; free some space and try again."
    ),
    "storage_error": QT_TRANSLATE_NOOP(
        "Errors", "The vault could not be read or written. Nothing saved was lost."
    ),
    "network": QT_TRANSLATE_NOOP("Errors", "The sync server cannot be reached."),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "Stopped. What was done is kept."),
    "wrong_sync_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "That sync passphrase does not open this account."
    ),
    "account_exists": QT_TRANSLATE_NOOP(
        "Errors", "That account exists already: join it instead of creating it."
    ),
    "device_revoked": QT_TRANSLATE_NOOP("Errors", "This device was removed from the sync account."),
    "sync_not_configured": QT_TRANSLATE_NOOP("Errors", "Sync is not set up on this device."),
    "registration_closed": QT_TRANSLATE_NOOP(
        "Errors",
        "This server takes new accounts only with an invite code from its owner, or not at all.",
    ),
    "quota_exceeded": QT_TRANSLATE_NOOP(
        "Errors",
        "This account's room on the sync server is full. Nothing was lost here; the changes "
        "wait until the server's owner makes room.",
    ),
    "insecure_server": QT_TRANSLATE_NOOP(
        "Errors", "Sync needs an https:// server address (plain http:// only to this computer)."
    ),
    "device_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The sync account does not know this device any more: set up sync again."
    ),
    "unauthorized": QT_TRANSLATE_NOOP(
        "Errors", "The sync server did not accept this device's login: set up sync again."
    ),
    "protocol": QT_TRANSLATE_NOOP(
        "Errors", "The sync server sent something this version cannot read. Nothing was applied."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "Errors", "This changed meanwhile somewhere else. Look at it again and retry."
    ),
    "confirmation_required": QT_TRANSLATE_NOOP(
        "Errors", "Sync waits for you to confirm what it is about to do."
    ),
    "server_error": QT_TRANSLATE_NOOP("Errors", "The sync server refused the request."),
    "record_rejected": QT_TRANSLATE_NOOP("Errors", "The sync server refused a change."),
    "sync": QT_TRANSLATE_NOOP("Errors", "Sync failed."),
    "inference": QT_TRANSLATE_NOOP("Errors", "Search by meaning failed."),
}
# Codes whose detail is a fact (a path, an id), so the words may show it.
_FACT_DETAIL = {"no_vault", "vault_exists", "not_found"}


def describe_error(exc: BaseException) -> str:
    """One readable sentence for an error; never a traceback, never the core's prose."""
    if not isinstance(exc, MemshadowError):
        return QCoreApplication.translate("Errors", "Something went wrong: {0}").format(
            type(exc).__name__
        )
    template = _BY_REASON.get((exc.code, exc.reason)) or _BY_CODE.get(exc.code)
    if template is None:
        return QCoreApplication.translate("Errors", "Something went wrong ({0}).").format(exc.code)
    facts: dict[str, object] = {"pid": getattr(exc, "pid", 0), **exc.params}
    if exc.code in _FACT_DETAIL:
        facts["detail"] = exc.detail
    return QCoreApplication.translate("Errors", str(template)).format_map(_Facts(facts))


class _Facts(dict[str, object]):
    """A placeholder the error has no fact for stays as it is, rather than failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


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
