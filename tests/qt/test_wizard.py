"""The first-run wizard's paths: create a vault, create a sync account, import a folder and a
model; join an existing account and watch the first sync finish; skip everything (keyring);
close it before anything exists."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.app import first_run
from memshadow_desktop.qt.wizard import FirstRunWizard
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.qt.shells import WAIT_MS, Homes, homes, loopback  # noqa: F401  (fixtures)
from tests.sync.conftest import FAST_ACCOUNT_KDF, SYNC_PASSPHRASE

NOTES = {
    "git/amend.md": "# Amend the last commit\n\n`git commit --amend --no-edit` keeps it.\n",
    "shell/jobs.md": "# Background jobs\n\n`jobs`, `fg %1` and `bg %1` manage them.\n",
    "readme.txt": "Plain text note without a heading.\n",
}


def start(qtbot: Any, paths: AppPaths, **options: Any) -> tuple[asyncio.Task[Any], FirstRunWizard]:
    status = MemshadowService.status(paths)
    task = asyncio.ensure_future(
        first_run(paths, status, vault_kdf=FAST_KDF, account_kdf=FAST_ACCOUNT_KDF, **options)
    )
    found: list[FirstRunWizard] = []

    def shown() -> bool:
        from PySide6.QtWidgets import QApplication

        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstRunWizard) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return task, found[0]


def press(qtbot: Any, wizard: FirstRunWizard, button: QWizard.WizardButton) -> None:
    qtbot.waitUntil(lambda: wizard.button(button).isEnabled(), timeout=WAIT_MS)
    wizard.button(button).click()


def on_page(qtbot: Any, wizard: FirstRunWizard, name: str) -> None:
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.page_named(name), timeout=WAIT_MS)


def create_vault(qtbot: Any, wizard: FirstRunWizard) -> None:
    page = wizard.vault_page
    assert page.use_passphrase.isChecked()
    page.passphrase.setText("short")
    page.repeat.setText("short")
    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert "at least" in page.error.text() and wizard.service is None
    page.passphrase.setText(PASSPHRASE)
    assert page.meter.label.text() in ("Fair", "Strong", "Very strong")
    page.repeat.setText(PASSPHRASE)
    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    on_page(qtbot, wizard, "sync")
    assert wizard.service is not None
    assert page.passphrase.text() == ""  # not kept once the vault exists


def notes_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    for rel, text in NOTES.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    return folder


def finish(qtbot: Any, task: asyncio.Task[Any]) -> MemshadowService:
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    service = task.result()
    assert isinstance(service, MemshadowService)
    return service


def test_create_everything_from_the_wizard(
    qtbot: Any,
    qloop: Any,
    homes: Homes,  # noqa: F811
    tmp_path: Path,
) -> None:
    from memshadow_desktop.core.inference.testing import write_tiny_st_folder
    from tests.core.inference.conftest import TINY

    paths = AppPaths.resolve(tmp_path / "new-home")
    task, wizard = start(qtbot, paths)
    create_vault(qtbot, wizard)

    form = wizard.sync_page.form
    assert form is not None
    form.create_choice.setChecked(True)
    form.server.setText(homes.server.url)
    form.account.setText(homes.account)
    form.passphrase.setText(SYNC_PASSPHRASE)
    form.repeat.setText(SYNC_PASSPHRASE)
    form.device_name.setText("Work laptop")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)  # Next sets it up, then syncs
    qtbot.waitUntil(lambda: wizard.sync_page.synced, timeout=WAIT_MS)
    assert wizard.sync_page.state.text() == "Synced: 0 memories on this device."
    press(qtbot, wizard, QWizard.WizardButton.NextButton)

    on_page(qtbot, wizard, "import")
    wizard.import_page.import_folder(notes_folder(tmp_path))
    qtbot.waitUntil(lambda: wizard.import_page.imported == 3, timeout=WAIT_MS)
    assert wizard.import_page.state.text() == "Imported notes: 3 new, 0 skipped."
    press(qtbot, wizard, QWizard.WizardButton.NextButton)

    on_page(qtbot, wizard, "model")
    getter = wizard.model_page.getter
    assert getter is not None
    qtbot.waitUntil(lambda: getter.choice.count() > 0, timeout=WAIT_MS)
    assert getter.choice.itemData(0) == "all-MiniLM-L6-v2"
    model = tmp_path / "tiny-minilm"
    write_tiny_st_folder(model, TINY, seed=3)
    getter.import_folder(model)
    qtbot.waitUntil(lambda: wizard.model_page.model_name == "tiny-minilm", timeout=120_000)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)

    on_page(qtbot, wizard, "done")
    qtbot.waitUntil(lambda: bool(wizard.done_page.summary.text()), timeout=WAIT_MS)
    summary = wizard.done_page.summary.text()
    assert f"Sync: account {homes.account}" in summary
    assert "Memories: 3" in summary and "Search by meaning: tiny-minilm" in summary
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    service = finish(qtbot, task)
    try:
        assert service.sync.status(remote=False).configured
        assert len(service.memories.list()) == 3
        assert service.search.load()  # search by meaning, with no command line
    finally:
        service.close()


def test_join_an_account_and_watch_the_first_sync_finish(
    qtbot: Any,
    qloop: Any,
    homes: Homes,  # noqa: F811
    tmp_path: Path,
) -> None:
    phone = homes.device("Phone")
    for i in range(60):
        phone.memories.add(f"memory {i} from the phone", title=f"Phone {i}")
    homes.call(phone.sync.now)

    paths = AppPaths.resolve(tmp_path / "laptop")
    task, wizard = start(qtbot, paths)
    create_vault(qtbot, wizard)
    page = wizard.sync_page
    form = page.form
    assert form is not None and form.join_choice.isChecked()
    form.server.setText(homes.server.url)
    form.account.setText(homes.account)
    form.passphrase.setText(SYNC_PASSPHRASE)
    form.device_name.setText("Work laptop")
    seen: list[str] = []
    wizard.bridge.syncProgress.connect(  # type: ignore[union-attr]
        lambda *_a: seen.append(page.state.text())
    )
    form.submit_button.click()
    qtbot.waitUntil(lambda: page.synced, timeout=WAIT_MS)
    assert any(text.startswith("First sync: ") and " of 60 " in text for text in seen), seen
    assert page.state.text() == "Synced: 60 memories on this device."
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    on_page(qtbot, wizard, "import")
    wizard.close()  # closed after the vault exists: the app goes on with it
    service = finish(qtbot, task)
    try:
        assert len(service.memories.list()) == 60
    finally:
        service.close()


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    import keyring

    from tests.support.file_keyring import FileKeyring

    monkeypatch.setenv("MEMSHADOW_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield
    keyring.set_keyring(previous)


def test_keyring_vault_and_skip_everything_else(
    qtbot: Any, qloop: Any, tmp_path: Path, file_keyring: Any
) -> None:
    paths = AppPaths.resolve(tmp_path / "kr-home")
    task, wizard = start(qtbot, paths)
    page = wizard.vault_page
    assert page.use_keyring.isChecked() and not page.passphrase.isEnabled()
    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    on_page(qtbot, wizard, "sync")
    wizard.sync_page.skip.setChecked(True)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    on_page(qtbot, wizard, "import")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    on_page(qtbot, wizard, "model")
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    on_page(qtbot, wizard, "done")
    qtbot.waitUntil(lambda: bool(wizard.done_page.summary.text()), timeout=WAIT_MS)
    summary = wizard.done_page.summary.text()
    assert "Protection: the system keyring" in summary
    assert "Sync: not set up" in summary and "Search: by words" in summary
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    service = finish(qtbot, task)
    try:
        assert service.vault.protection == "keyring"
        assert not service.sync.status(remote=False).configured
    finally:
        service.close()


def test_closing_it_before_the_vault_exists_makes_nothing(
    qtbot: Any, qloop: Any, tmp_path: Path
) -> None:
    paths = AppPaths.resolve(tmp_path / "nothing")
    task, wizard = start(qtbot, paths)
    wizard.reject()
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    assert task.result() is None
    assert not MemshadowService.status(paths).exists
