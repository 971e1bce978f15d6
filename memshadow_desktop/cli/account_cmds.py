"""What needs the account passphrase or ends this device's access: `devices revoke`,
`sync passwd`, `sync rotate-key`, `sync logout`."""

from __future__ import annotations

import click

from memshadow_desktop.cli.common import command, emit
from memshadow_desktop.cli.passphrase import new_passphrase
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.cli.sync_cmds import (
    _sync_passphrase,
    devices_group,
    friendly,
    sync_group,
)
from memshadow_desktop.core.api import InvalidInputError

NEW_SYNC_PASSPHRASE_ENV = "MEMSHADOW_NEW_SYNC_PASSPHRASE"


def revoke_text(device_id: str, version: int) -> str:
    return (
        f"Revoked {device_id}: its credential and every session of it ended now (its open "
        "event streams too), and it cannot sign in again under any id with what it kept.\n"
        f"Rotated the account's data key to version {version}: what any device writes from "
        f"now on cannot be read with the keys {device_id} kept.\n"
        f"It cannot be undone on that device: memories it already synced stay readable on it. "
        "If it ran a version before protocol v2 (it kept the account's auth secret), also "
        "change the account passphrase: memshadow sync passwd."
    )


@command(group=devices_group, name="revoke")
@click.argument("device_id")
@click.option("--sync-passphrase-file", type=click.Path(dir_okay=False), help="Account passphrase.")
@friendly
def devices_revoke(device_id: str, sync_passphrase_file: str | None) -> None:
    """Revoke a device and rotate the account's key (asks for the account passphrase)."""
    passphrase = _sync_passphrase(sync_passphrase_file)
    with open_service() as svc:
        version = svc.devices.revoke(device_id, passphrase=passphrase)
    emit(
        {
            "revoked": device_id,
            "key_version": version,
            "sessions_ended": True,
            "data_on_device_erased": False,
        },
        revoke_text(device_id, version),
    )


@command(group=sync_group, name="rotate-key")
@click.option("--sync-passphrase-file", type=click.Path(dir_okay=False), help="Account passphrase.")
@friendly
def sync_rotate_key(sync_passphrase_file: str | None) -> None:
    """A new data key for everything written from now on (every device gets it)."""
    passphrase = _sync_passphrase(sync_passphrase_file)
    with open_service() as svc:
        version = svc.sync.rotate_key(passphrase)
    emit({"key_version": version}, f"Rotated the account's data key to version {version}.")


@command(group=sync_group, name="passwd")
@click.option("--sync-passphrase-file", type=click.Path(dir_okay=False), help="Current one.")
@click.option(
    "--new-sync-passphrase-file",
    type=click.Path(dir_okay=False),
    help=f"The new one (or set {NEW_SYNC_PASSPHRASE_ENV}).",
)
@friendly
def sync_passwd(sync_passphrase_file: str | None, new_sync_passphrase_file: str | None) -> None:
    """Change the account passphrase: a new salt and keys; every device's session ends (each
    logs in again with its own credential, without the passphrase)."""
    old = _sync_passphrase(sync_passphrase_file)
    new = new_passphrase(
        env=NEW_SYNC_PASSPHRASE_ENV, file=new_sync_passphrase_file, prompt="New sync passphrase"
    )
    if len(new) < 8:
        raise InvalidInputError("the sync passphrase is too short (at least 8 characters)")
    with open_service() as svc:
        svc.sync.change_passphrase(old, new)
    emit({"changed": True}, "Sync passphrase changed; every device's session was ended.")


@command(group=sync_group, name="logout")
@friendly
def sync_logout() -> None:
    """End this device's sessions and forget its credential and keys (the memories stay);
    `sync setup` joins again."""
    with open_service() as svc:
        svc.sync.logout()
    emit({"logged_out": True}, "Logged out: this device no longer syncs until `sync setup`.")
