"""Counts go through plural entries: each language's own forms for one and for many (German:
0 is plural; French: 0 and 1 are singular), read from the widgets and helpers that show them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from memshadow_desktop.core.api import Counts


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from memshadow_desktop.qt.app import install_translators

    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, request.param)
    added = set(qapp.findChildren(QTranslator)) - before
    yield request.param
    for translator in added:
        qapp.removeTranslator(translator)


# (count, sync changes, sync conflicts, status bar counts, its tooltip)
EXPECTED = {
    "en": [
        (0, "0 changes", "0 conflicts", "0 memories · 0 in trash", "0 revisions in all"),
        (1, "1 change", "1 conflict", "1 memory · 1 in trash", "1 revision in all"),
        (2, "2 changes", "2 conflicts", "2 memories · 2 in trash", "2 revisions in all"),
    ],
    "de": [
        (
            0,
            "0 Änderungen",
            "0 Konflikte",
            "0 Erinnerungen · 0 im Papierkorb",
            "0 Revisionen insgesamt",
        ),
        (1, "1 Änderung", "1 Konflikt", "1 Erinnerung · 1 im Papierkorb", "1 Revision insgesamt"),
        (
            3,
            "3 Änderungen",
            "3 Konflikte",
            "3 Erinnerungen · 3 im Papierkorb",
            "3 Revisionen insgesamt",
        ),
    ],
    "fr": [
        (
            0,
            "0 modification",
            "0 conflit",
            "0 souvenir · 0 dans la corbeille",
            "0 révision en tout",
        ),
        (
            1,
            "1 modification",
            "1 conflit",
            "1 souvenir · 1 dans la corbeille",
            "1 révision en tout",
        ),
        (
            2,
            "2 modifications",
            "2 conflits",
            "2 souvenirs · 2 dans la corbeille",
            "2 révisions en tout",
        ),
    ],
}


@pytest.mark.parametrize("language", sorted(EXPECTED), indirect=True)
def test_sync_and_vault_counts_take_the_languages_plural_forms(language: str, qtbot: Any) -> None:
    from memshadow_desktop.qt.status_bar import VaultStatusBar
    from memshadow_desktop.qt.sync_words import changes, conflicts

    bar = VaultStatusBar()
    qtbot.addWidget(bar)
    for n, change, conflict, counts, tip in EXPECTED[language]:
        assert (changes(n), conflicts(n)) == (change, conflict)
        bar.show_counts(Counts(memories=n, trashed=n, revisions=n, outbox=0))
        assert (bar.counts.text(), bar.counts.toolTip()) == (counts, tip)


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_the_wizards_and_the_trays_counts_read_as_words(
    language: str, qtbot: Any, tmp_path: Path
) -> None:
    from memshadow_desktop.core.paths import AppPaths
    from memshadow_desktop.core.service import MemshadowService
    from memshadow_desktop.qt.count_words import count_words
    from memshadow_desktop.qt.wizard import FirstRunWizard

    paths = AppPaths.resolve(tmp_path / "home")
    wizard = FirstRunWizard(paths, MemshadowService.status(paths))
    qtbot.addWidget(wizard)
    received = []
    for done, total in ((0, 1), (1, 4)):
        wizard.sync_page._on_progress("pull", done, total)
        received.append(wizard.sync_page.state.text())
    expected = {
        "de": [
            "Erste Synchronisation: 0 von 1 Änderung empfangen",
            "Erste Synchronisation: 1 von 4 Änderungen empfangen",
        ],
        "fr": [
            "Première synchronisation : 0 sur 1 modification reçue",
            "Première synchronisation : 1 sur 4 modifications reçues",
        ],
    }
    assert received == expected[language]

    def synced(n: int) -> str:  # the text SyncPage shows once the first sync is done
        return QCoreApplication.translate(
            "SyncPage", "Synced: %Ln memory(ies) on this device.", "", n
        )

    one, many = (
        (
            "Synchronisiert: 1 Erinnerung auf diesem Gerät.",
            "Synchronisiert: 5 Erinnerungen auf diesem Gerät.",
        )
        if language == "de"
        else (
            "Synchronisé : 1 souvenir sur cet appareil.",
            "Synchronisé : 5 souvenirs sur cet appareil.",
        )
    )
    assert (synced(1), synced(5)) == (one, many)
    need = count_words().conflicts_need_you
    if language == "de":
        assert need(1).startswith("1 Konflikt braucht Sie") and need(2).startswith(
            "2 Konflikte brauchen"
        )
    else:
        assert need(1).startswith("1 conflit demande") and need(2).startswith(
            "2 conflits demandent"
        )
