"""Vault commands: init, info, passwd."""

from __future__ import annotations

import click

from memshadow_desktop.cli.common import command, emit, state
from memshadow_desktop.cli.passphrase import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    current_passphrase,
    new_passphrase,
)
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.core.api import InvalidInputError
from memshadow_desktop.core.service import MemshadowService


@command()
@click.option("--no-keyring", is_flag=True, help="Protect the key with a passphrase only.")
@click.option("--keyring", "force_keyring", is_flag=True, help="Require the OS keyring.")
def init(no_keyring: bool, force_keyring: bool) -> None:
    """Create a new encrypted vault."""
    paths = state().paths
    status = MemshadowService.status(paths)
    if no_keyring and force_keyring:
        raise InvalidInputError("choose either --keyring or --no-keyring")
    if force_keyring and status.keyring_backend is None:
        raise InvalidInputError("no OS keyring is available on this system; use a passphrase")
    use_keyring = not no_keyring and status.keyring_backend is not None
    passphrase = None
    if not use_keyring:
        passphrase = new_passphrase(
            env=PASSPHRASE_ENV, file=state().passphrase_file, prompt="Choose a vault passphrase"
        )
    with MemshadowService.create(paths, passphrase=passphrase, use_keyring=use_keyring) as svc:
        info = svc.vault.info()
    where = (
        f"the OS keyring ({status.keyring_backend})"
        if use_keyring
        else "your passphrase (Argon2id)"
    )
    emit(
        info.to_json(),
        f"Created an encrypted vault at {info.vault}\nThe key is protected by {where}.",
    )


@command()
def info() -> None:
    """Show the vault, its protection and counts."""
    with open_service() as svc:
        data = svc.vault.info().to_json()
    emit(
        data,
        lambda: "\n".join(
            [
                f"vault:       {data['vault']}",
                f"protection:  {data['protection']}"
                + (f" ({data['keyring_backend']})" if data["protection"] == "keyring" else ""),
                f"encryption:  {data['encryption']}",
                f"memories:    {data['memories']} ({data['trashed']} in trash)",
                f"revisions:   {data['revisions']}",
                f"unsynced:    {data['outbox']}",
                f"size:        {data['size_bytes'] / 1e6:.1f} MB",
            ]
        ),
    )


@command()
@click.option(
    "--new-passphrase-file",
    type=click.Path(dir_okay=False),
    help=f"Read the new passphrase from this file (or set {NEW_PASSPHRASE_ENV}).",
)
def passwd(new_passphrase_file: str | None) -> None:
    """Change the vault passphrase (re-wraps the key; the data is not re-encrypted)."""
    with open_service() as svc:
        new = new_passphrase(
            env=NEW_PASSPHRASE_ENV, file=new_passphrase_file, prompt="New vault passphrase"
        )
        svc.vault.change_passphrase(current_passphrase, new)
    emit({"changed": True, "protection": "passphrase"}, "Passphrase changed.")
