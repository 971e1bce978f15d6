"""Typed errors with stable codes.

Core code raises these; the CLI and the GUI turn them into words and exit codes.
The ``detail`` carries facts (a path, an id), never prose meant for the user.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the ``memshadow`` command (documented in the README)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    NOT_FOUND = 3
    LOCKED = 4
    NO_VAULT = 5
    CORRUPT = 6
    BUSY = 7
    INVALID_INPUT = 8
    STORAGE = 9
    NETWORK = 10
    CONFLICT = 11
    INFERENCE = 12


class MemshadowError(Exception):
    """Base class: every error the core raises on purpose.

    ``detail`` carries facts for logs and the CLI; ``reason`` (with ``params``) says which
    case of the error this is, as a code the GUI puts in its own words."""

    code: str = "error"
    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, detail: str = "", *, reason: str = "", **params: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.reason = reason
        self.params = params


class NotFoundError(MemshadowError):
    code = "not_found"
    exit_code = ExitCode.NOT_FOUND


class WrongPassphraseError(MemshadowError):
    code = "wrong_passphrase"
    exit_code = ExitCode.LOCKED


class VaultLockedError(MemshadowError):
    """The vault key is not available (no passphrase given, keyring entry missing)."""

    code = "vault_locked"
    exit_code = ExitCode.LOCKED


class NoVaultError(MemshadowError):
    code = "no_vault"
    exit_code = ExitCode.NO_VAULT


class VaultExistsError(MemshadowError):
    code = "vault_exists"
    exit_code = ExitCode.NO_VAULT


class CorruptHeaderError(MemshadowError):
    code = "corrupt_header"
    exit_code = ExitCode.CORRUPT


class NotAVaultError(MemshadowError):
    """The database file is not a MEMSHADOW vault, or the key does not open it."""

    code = "not_a_vault"
    exit_code = ExitCode.CORRUPT


class VaultBusyError(MemshadowError):
    code = "vault_busy"
    exit_code = ExitCode.BUSY


class InvalidInputError(MemshadowError):
    code = "invalid_input"
    exit_code = ExitCode.INVALID_INPUT


class StorageFullError(MemshadowError):
    code = "storage_full"
    exit_code = ExitCode.STORAGE


class StorageError(MemshadowError):
    code = "storage_error"
    exit_code = ExitCode.STORAGE


class NetworkError(MemshadowError):
    code = "network"
    exit_code = ExitCode.NETWORK


class ConflictError(MemshadowError):
    code = "conflict"
    exit_code = ExitCode.CONFLICT


class InferenceError(MemshadowError):
    code = "inference"
    exit_code = ExitCode.INFERENCE


class OwnedElsewhereError(VaultBusyError):
    """Another process runs the vault's background work (the window, or an agent)."""

    code = "owned_elsewhere"

    def __init__(self, detail: str = "", *, kind: str = "", pid: int = 0) -> None:
        super().__init__(detail)
        self.kind = kind
        self.pid = pid

    @classmethod
    def of(cls, owner: object) -> OwnedElsewhereError:
        kind = str(getattr(owner, "kind", "") or "")
        pid = int(getattr(owner, "pid", 0) or 0)
        return cls(f"{kind} {pid}".strip(), kind=kind, pid=pid)


class CancelledError(MemshadowError):
    """The user stopped a long operation (a download); what it had done is kept to resume."""

    code = "cancelled"
    exit_code = ExitCode.ERROR
