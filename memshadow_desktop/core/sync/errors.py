"""Typed errors of the sync engine (codes are stable; the CLI and GUI turn them into words)."""

from __future__ import annotations

from memshadow_desktop.core.errors import (
    ConflictError,
    InvalidInputError,
    MemshadowError,
    NetworkError,
    StorageError,
    WrongPassphraseError,
)


class SyncError(MemshadowError):
    """Base of the errors below (all carry facts in ``detail``, never prose)."""

    code = "sync"


class NotConfiguredError(SyncError, InvalidInputError):
    """This vault has not been set up for sync (``memshadow sync setup``)."""

    code = "sync_not_configured"


class SyncPassphraseError(WrongPassphraseError):
    """The account passphrase is wrong (login refused, or the data key does not unwrap)."""

    code = "wrong_sync_passphrase"


class AccountExistsError(SyncError, ConflictError):
    code = "account_exists"


class DeviceRevokedError(SyncError, NetworkError):
    """The server revoked this device: sync stops until it is set up again."""

    code = "device_revoked"


class ServerError(SyncError, NetworkError):
    """The server answered with an error (``detail``: status and code)."""

    code = "server_error"


class ConfirmationRequiredError(SyncError, ConflictError):
    """A fail-safe stopped sync; ``reason`` is mass_delete, server_empty or account_switch."""

    code = "confirmation_required"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


class RecordRejectedError(SyncError):
    """A record did not verify (checksum, authentication tag, revision hash)."""

    code = "record_rejected"


class DeviceUnknownError(SyncError, NetworkError):
    """The server does not know this device's credential (it forgot the device, or this
    vault logged out): set sync up again with the passphrase."""

    code = "device_unknown"


class QuotaExceededError(SyncError, StorageError):
    """The server's byte or record quota for this account is full (``detail``: figures)."""

    code = "quota_exceeded"


class RegistrationClosedError(SyncError, InvalidInputError):
    """The server takes no new accounts, or only with a valid invite (``detail``: which)."""

    code = "registration_closed"


class InsecureServerError(SyncError, InvalidInputError):
    """A plain ``http://`` server that is not on this machine (``detail``: the URL)."""

    code = "insecure_server"
