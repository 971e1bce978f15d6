"""Preferences, round trip through the service: General (start at login for real, close to
tray, language, notifications), Sync (join, create, pause, sign out), Devices (this device
marked, renamed; revoking another), Search (catalogue, import, precision, index again, a
download with Cancel) and Security (auto-lock, passphrase, keyring)."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from memshadow_desktop.core.api import KdfParams
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.preferences import PreferencesDialog
from memshadow_desktop.qt.shell import AppShell
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.qt.shells import (  # noqa: F401  (fixtures)
    WAIT_MS,
    Homes,
    Shells,
    homes,
    loopback,
    run,
    shells,
    wait_kind,
    wait_synced,
)
from tests.sync.conftest import FAST_ACCOUNT_KDF, SYNC_PASSPHRASE


def open_prefs(qtbot: Any, shell: AppShell, tab: str, **extras: Any) -> PreferencesDialog:
    shell.prefs_extras = {"vault_kdf": FAST_KDF, "account_kdf": FAST_ACCOUNT_KDF, **extras}
    dialog = shell.open_preferences(tab)
    run(qtbot, dialog.load())
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)
    return dialog


def idle(qtbot: Any, dialog: PreferencesDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every question is answered Yes (sign out, index again); revoking is given the account
    passphrase."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (SYNC_PASSPHRASE, True))


# --- General ----------------------------------------------------------------------------------


def test_general_round_trip(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    svc = homes.vault("Work laptop")
    shell = shells.open(svc)
    dialog = open_prefs(qtbot, shell, "general")
    tab = dialog.general
    assert dialog.tabs.currentWidget() is tab
    assert not tab.at_login.isChecked() and tab.to_tray.isChecked() and tab.notify.isChecked()

    tab.at_login.setChecked(True)
    idle(qtbot, dialog)
    entries = list((tmp_path / "xdg" / "autostart").glob("memshadow-desktop*.desktop"))
    assert len(entries) == 1 and "--background" in entries[0].read_text()
    assert str(entries[0]) in tab.login_where.text()
    tab.at_login.setChecked(False)
    idle(qtbot, dialog)
    assert not list((tmp_path / "xdg" / "autostart").glob("*.desktop"))

    tab.to_tray.setChecked(False)
    tab.notify.setChecked(False)
    tab.language.setCurrentIndex(tab.language.findData("en"))
    tab.language.activated.emit(tab.language.currentIndex())
    idle(qtbot, dialog)
    saved = svc.settings.get()
    assert not saved.close_to_tray and not saved.notifications and saved.language == "en"
    assert not shell.notifier.prefs.enabled  # the shell follows at once
    assert not shell._hide_on_close()

    tab.notify.setChecked(True)
    tab.snooze.setCurrentIndex(tab.snooze.findData("hour"))
    tab.snooze.activated.emit(tab.snooze.currentIndex())
    idle(qtbot, dialog)
    snoozed = svc.settings.get().notifications_snoozed_until
    assert 3500 < snoozed - time.time() <= 3600
    assert tab.snoozed.text().startswith("Snoozed until ")
    assert shell.notifier.prefs.snoozed_until == snoozed

    # Read back by a new dialog: the same choices.
    dialog.close()
    shell.preferences = None
    again = open_prefs(qtbot, shell, "general")
    assert not again.general.to_tray.isChecked()
    assert again.general.language.currentData() == "en"


def test_without_a_tray_close_to_tray_cannot_be_chosen(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    shell = shells.open(homes.vault("Work laptop"), tray=False)
    dialog = open_prefs(qtbot, shell, "general")
    assert not dialog.general.to_tray.isEnabled() and not dialog.general.to_tray.isChecked()


# --- Sync -------------------------------------------------------------------------------------


def fill(form: Any, homes: Homes, *, create: bool, passphrase: str = SYNC_PASSPHRASE) -> None:  # noqa: F811
    (form.create_choice if create else form.join_choice).setChecked(True)
    form.server.setText(homes.server.url)
    form.account.setText(homes.account)
    form.passphrase.setText(passphrase)
    form.repeat.setText(passphrase)
    form.device_name.setText("Work laptop")


def test_sync_create_pause_and_sign_out(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    yes: None,
) -> None:
    svc = homes.vault("Work laptop")
    svc.memories.add("stays after signing out", title="Stays")
    shell = shells.open(svc)
    dialog = open_prefs(qtbot, shell, "sync")
    tab = dialog.sync
    assert tab.pages.currentIndex() == 0  # not set up: the form
    form = tab.form
    fill(form, homes, create=True, passphrase="short")
    assert form.meter.isVisible() or form.meter.label.text()
    form.submit_button.click()
    assert "at least" in form.error.text()  # checked before anything is sent
    fill(form, homes, create=True)
    assert form.meter.label.text() in ("Strong", "Very strong", "Fair")
    form.submit_button.click()
    qtbot.waitUntil(lambda: tab.pages.currentIndex() == 1, timeout=WAIT_MS)
    assert form.passphrase.text() == "" and form.repeat.text() == ""  # not kept around
    assert tab.server.text() == homes.server.url and tab.account.text() == homes.account
    wait_synced(qtbot, shell)

    tab.pause.click()
    qtbot.waitUntil(lambda: tab.pause.text() == "Resume Sync", timeout=WAIT_MS)
    assert svc.sync.status(remote=False).paused
    tab.pause.click()
    qtbot.waitUntil(lambda: tab.pause.text() == "Pause Sync", timeout=WAIT_MS)

    tab.sign_out.click()
    qtbot.waitUntil(lambda: tab.pages.currentIndex() == 0, timeout=WAIT_MS)
    assert not svc.sync.status(remote=False).configured
    assert [m.title for m in svc.memories.list()] == ["Stays"]


def test_sync_join_with_a_wrong_passphrase_then_the_right_one(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    first = homes.device("Phone")
    first.memories.add("from the phone", title="Phone note")
    homes.call(first.sync.now)
    svc = homes.vault("Work laptop")
    shell = shells.open(svc)
    dialog = open_prefs(qtbot, shell, "sync")
    form = dialog.sync.form
    fill(form, homes, create=False, passphrase="not the sync passphrase")
    assert not form.meter.isVisible() and not form.repeat.isVisible()
    form.submit_button.click()
    qtbot.waitUntil(lambda: bool(form.error.text()), timeout=WAIT_MS)
    assert "passphrase" in form.error.text().lower()
    assert "not the sync passphrase" not in form.error.text()
    fill(form, homes, create=False)
    form.submit_button.click()
    qtbot.waitUntil(lambda: dialog.sync.pages.currentIndex() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Phone note" in [m.title for m in svc.memories.list()], timeout=WAIT_MS)


# --- Devices ----------------------------------------------------------------------------------


def test_devices_marked_renamed_and_revoked(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    yes: None,
) -> None:
    laptop = homes.device("Work laptop")
    phone = homes.device("Phone")
    shell = shells.open(laptop)
    dialog = open_prefs(qtbot, shell, "devices")
    tab = dialog.devices
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 2, timeout=WAIT_MS)
    rows = {tab.list.topLevelItem(i).text(0): tab.list.topLevelItem(i) for i in range(2)}
    assert set(rows) == {"Work laptop (this device)", "Phone"}
    mine = rows["Work laptop (this device)"]
    assert mine.font(0).bold() and mine.text(1).startswith("Linux")
    assert mine.text(2) and mine.text(3) == "online now"
    assert "cannot erase" in tab.explanation.text()

    tab.list.setCurrentItem(mine)
    assert not tab.revoke_button.isEnabled()  # not this one: that is signing out
    tab.name.setText("Laptop at work")
    tab.rename_button.click()
    qtbot.waitUntil(
        lambda: any(
            tab.list.topLevelItem(i).text(0) == "Laptop at work (this device)"
            for i in range(tab.list.topLevelItemCount())
        ),
        timeout=WAIT_MS,
    )
    names = {d.name for d in homes.call(phone.devices.list)}
    assert "Laptop at work" in names

    phone_row = next(
        tab.list.topLevelItem(i)
        for i in range(tab.list.topLevelItemCount())
        if tab.list.topLevelItem(i).text(0) == "Phone"
    )
    tab.list.setCurrentItem(phone_row)
    assert tab.revoke_button.isEnabled()
    tab.revoke_button.click()
    qtbot.waitUntil(
        lambda: any(
            tab.list.topLevelItem(i).text(3) == "revoked"
            for i in range(tab.list.topLevelItemCount())
        ),
        timeout=WAIT_MS,
    )


# --- Search -----------------------------------------------------------------------------------


def tiny_catalog(tmp_path: Path) -> tuple[Path, Any, Path]:
    from memshadow_desktop.core.inference.download import sha256_of
    from memshadow_desktop.core.inference.testing import write_tiny_st_folder
    from tests.core.inference.conftest import TINY
    from tests.core.inference.test_download import FileServer

    folder = tmp_path / "tiny-minilm"
    write_tiny_st_folder(folder, TINY, seed=3)
    server = FileServer(folder)
    files = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
    entry = {
        "name": "tiny-test",
        "description": "A tiny model for tests",
        "files": [
            {
                "path": f,
                "url": server.base + f,
                "sha256": sha256_of(folder / f),
                "size": (folder / f).stat().st_size,
            }
            for f in files
        ],
    }
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps([entry]))
    return catalog, server, folder


def test_search_import_precision_download_cancel_and_index_again(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    tmp_path: Path,
    yes: None,
) -> None:
    catalog, server, folder = tiny_catalog(tmp_path)
    try:
        svc = homes.vault("Work laptop")
        svc.memories.add("a note about rivers", title="Rivers")
        shell = shells.open(svc)
        dialog = open_prefs(qtbot, shell, "search", catalog=catalog)
        tab = dialog.search
        getter = tab.getter
        names = [getter.choice.itemData(i) for i in range(getter.choice.count())]
        assert names == ["all-MiniLM-L6-v2", "tiny-test"]
        assert tab.model.text().startswith("None")

        # Cancel a download: nothing is installed, the parts stay to resume.
        getter.choice.setCurrentIndex(1)
        getter.download()
        getter.cancel()
        qtbot.waitUntil(lambda: not getter.busy, timeout=WAIT_MS)
        assert "stopped" in getter.status.text().lower()
        assert svc.models.list() == []

        # Import a folder: the first model becomes the one in use.
        getter.import_folder(folder)
        qtbot.waitUntil(lambda: not getter.busy, timeout=120_000)
        assert getter.status.text().startswith("Installed tiny-minilm")
        qtbot.waitUntil(lambda: tab.model.text() == "tiny-minilm", timeout=WAIT_MS)
        precisions = [tab.precision.itemData(i) for i in range(tab.precision.count())]
        assert "fp32" in precisions and len(precisions) >= 2
        qtbot.waitUntil(lambda: shell.window.session.available, timeout=WAIT_MS)

        other = next(p for p in precisions if p != tab.precision.currentData())
        tab.precision.setCurrentIndex(tab.precision.findData(other))
        tab.precision.activated.emit(tab.precision.currentIndex())
        qtbot.waitUntil(lambda: svc.settings.get().precision == other, timeout=WAIT_MS)

        tab.reindex.click()
        idle(qtbot, dialog)
        qtbot.waitUntil(lambda: shell.window.session.available, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: (svc.search.status() or _none()).indexed == 1, timeout=WAIT_MS)

        # The download goes on from the parts this time.
        getter.choice.setCurrentIndex(getter.choice.findData("tiny-test"))
        getter.download()
        qtbot.waitUntil(lambda: not getter.busy, timeout=120_000)
        assert getter.status.text().startswith("Installed tiny-test"), getter.status.text()
    finally:
        server.close()


def _none() -> Any:
    class Nothing:
        indexed = -1

    return Nothing()


# --- Security ---------------------------------------------------------------------------------


def test_security_auto_lock_passphrase_and_keyring(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring

    from tests.support.file_keyring import FileKeyring

    monkeypatch.setenv("MEMSHADOW_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        svc = homes.vault("Work laptop")
        shell = shells.open(svc)
        dialog = open_prefs(qtbot, shell, "security")
        tab = dialog.security
        assert tab.current.isVisible() and tab.to_keyring.isVisible()

        tab.auto_lock.setCurrentIndex(tab.auto_lock.findData(5))
        tab.auto_lock.activated.emit(tab.auto_lock.currentIndex())
        qtbot.waitUntil(lambda: svc.settings.get().auto_lock_minutes == 5, timeout=WAIT_MS)

        tab.current.setText("not it at all")
        tab.new.setText("a brand new passphrase")
        tab.repeat.setText("a brand new passphrase")
        tab.change.click()
        qtbot.waitUntil(lambda: "does not unlock" in tab.done.text(), timeout=WAIT_MS)
        tab.current.setText(PASSPHRASE)
        tab.change.click()
        qtbot.waitUntil(lambda: "new passphrase" in tab.done.text(), timeout=WAIT_MS)
        assert tab.current.text() == ""
        MemshadowService.unlock(svc.paths, lambda: "a brand new passphrase").close()

        tab.current.setText("a brand new passphrase")
        tab.to_keyring.click()
        qtbot.waitUntil(lambda: "keyring" in tab.done.text(), timeout=WAIT_MS)
        assert svc.vault.protection == "keyring"
        qtbot.waitUntil(lambda: not tab.current.isVisible(), timeout=WAIT_MS)
        assert tab.change.text() == "Use This Passphrase"
    finally:
        keyring.set_keyring(previous)


def test_the_fast_kdf_is_only_for_tests() -> None:
    assert KdfParams().memory_cost_kib > FAST_KDF.memory_cost_kib


def test_creating_an_account_on_an_invite_only_server_asks_for_the_code(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
) -> None:
    homes.server.stop()
    homes.server.config = dataclasses.replace(homes.server.config, registration="invite")
    homes.server.start()
    assert homes.server.thread is not None
    code = homes.server.thread.app.state.repo.accounts.create_invite()
    shell = shells.open(homes.vault("Work laptop"))
    dialog = open_prefs(qtbot, shell, "sync")
    tab, form = dialog.sync, dialog.sync.form
    fill(form, homes, create=False)
    assert not form.invite.isVisibleTo(dialog)  # joining needs no code
    fill(form, homes, create=True)
    assert form.invite.isVisibleTo(dialog)
    form.submit_button.click()
    qtbot.waitUntil(lambda: bool(form.error.text()), timeout=WAIT_MS)
    assert "invite code" in form.error.text()
    form.invite.setText(code)
    form.submit_button.click()
    qtbot.waitUntil(lambda: tab.pages.currentIndex() == 1, timeout=WAIT_MS)
