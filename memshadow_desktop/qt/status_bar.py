"""The window's status bar pieces: an import's progress, search by meaning (indexing
progress, what search can do now, the model in use) and the vault (where it is, how it is
protected, what it holds)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QWidget

from memshadow_desktop.core.api import AppPaths, Counts, EngineSnapshot
from memshadow_desktop.qt.dashboard_widgets import provider_name
from memshadow_desktop.qt.messages import describe_notice

# Each piece keeps this much room on either side, so neighbours do not run together.
SIDE_MARGIN = 8
VAULT_PATH_WIDTH = 140  # pixels of the vault's folder shown; the tooltip has all of it


def _row(widget: QWidget) -> QHBoxLayout:
    # The default spacing, as the status bar puts between its own widgets.
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    return row


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 0)
    return label


class ImportProgress(QProgressBar):
    """Shown while a folder is imported: busy until the first count, then done of total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.setMaximumWidth(180)
        self.setTextVisible(False)
        self.hide()

    def start(self) -> None:
        self.setRange(0, 0)
        self.show()

    def step(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(done)


class IndexStatusBar(QWidget):
    """Indexing progress, what search by meaning can do now, and the model in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = _row(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("indexProgress")
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        row.addWidget(self.progress)
        self.label = _label("indexLabel")
        self.engine = _label("engineLabel")
        row.addWidget(self.label)
        row.addWidget(self.engine)
        self._run_total = 0  # size of the current indexing run (for the progress bar)

    def show_loading(self) -> None:
        self.label.setText(self.tr("Loading the search index…"))

    def show_unavailable(self, reason: str) -> None:
        self.label.setText(self.tr("Search by meaning is unavailable"))
        self.label.setToolTip(reason)
        self.engine.setText("")

    def show_full_text_only(self) -> None:
        self.label.setText(self.tr("Search: full text"))
        self.label.setToolTip(
            self.tr("Get an embedding model in Preferences › Search to search by meaning")
        )
        self.engine.setText(self.tr("No embedding model"))
        self.engine.setToolTip("")

    def show_model_notice(self, why: str) -> None:
        """The model is being rebuilt (after an upgrade): say so while search waits for it."""
        self.label.setText(self.tr("Updating the embedding model…"))
        self.label.setToolTip(why)

    def show_index(self, pending: int, indexed: int | None, paused: str | None = None) -> None:
        """``indexed`` None: not known (a progress event), keep the text shown."""
        if pending > 0:
            self._show_indexing(pending, paused)
            return
        self._run_total = 0
        self.progress.hide()
        if indexed is not None:
            self.label.setText(self.tr("Search by meaning: %Ln indexed", "", indexed))
        self.label.setToolTip(self.tr("Every memory is indexed for search by meaning"))

    def _show_indexing(self, pending: int, paused: str | None) -> None:
        self._run_total = max(self._run_total, pending)
        self.progress.setRange(0, self._run_total)
        self.progress.setValue(self._run_total - pending)
        self.progress.setVisible(not paused)
        if paused:
            self.label.setText(self.tr("Indexing paused: %Ln to go", "", pending))
            self.label.setToolTip(self.tr("Paused: {0}").format(paused))
        else:
            self.label.setText(self.tr("Indexing: %Ln to go", "", pending))
            self.label.setToolTip(
                self.tr("Memories are embedded in the background for search by meaning")
            )

    def show_engine(self, snap: EngineSnapshot) -> None:
        """Provider and precision actually in use, as the inference engine reports them (the
        model fingerprint where it does not)."""
        parts = [snap.model, provider_name(snap.provider) or "", (snap.precision or "").upper()]
        self.engine.setText(" · ".join(p for p in parts if p))
        tip = self.tr("Embedding model: {0}").format(snap.fingerprint)
        if snap.fallback is not None:
            tip += "\n" + self.tr("Fallback: {0}").format(describe_notice(snap.fallback))
        self.engine.setToolTip(tip)

    def show_locked(self) -> None:
        """The index is not in memory while the vault is locked."""
        self._run_total = 0
        self.progress.hide()
        self.label.setText(self.tr("Search: locked"))
        self.label.setToolTip("")
        self.engine.setText("")

    def clear_engine(self) -> None:
        self.engine.setText("")

    def shows_engine(self) -> bool:
        return bool(self.engine.text())


class VaultStatusBar(QWidget):
    """The vault's folder, how its key is protected, and its counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = _row(self)
        self.vault = _label("vaultLabel")
        self.protection = _label("protectionLabel")
        self.counts = _label("countsLabel")
        for w in (self.vault, self.protection, self.counts):
            row.addWidget(w)

    def show_vault(self, paths: AppPaths, protection: str) -> None:
        # The folder's middle gives way: the sync state and the counts need the room.
        shown = QFontMetrics(self.vault.font()).elidedText(
            str(paths.data_dir), Qt.TextElideMode.ElideMiddle, VAULT_PATH_WIDTH
        )
        self.vault.setText(self.tr("Vault: {0}").format(shown))
        self.vault.setToolTip(str(paths.vault_db))
        by_passphrase = protection == "passphrase"
        self.protection.setText(
            self.tr("Passphrase (Argon2id)") if by_passphrase else self.tr("System keyring")
        )
        self.protection.setToolTip(
            self.tr("The vault key is protected by your passphrase")
            if by_passphrase
            else self.tr("The vault key is kept in the system keyring")
        )

    def show_counts(self, counts: Counts) -> None:
        # Each count its own plural entry ("1 memory", "2 memories"); the template orders them.
        self.counts.setText(
            self.tr("{0} · {1}").format(
                self.tr("%Ln memory(ies)", "", counts.memories),
                self.tr("%Ln in trash", "", counts.trashed),
            )
        )
        self.counts.setToolTip(self.tr("%Ln revision(s) in all", "", counts.revisions))


class GiveWay(QObject):
    """Keeps the status bar's parts from crowding: while they do not fit its width, the least
    important labels step out, one by one (``parts``, least important first), and come back
    when there is room. What they said is the status bar's tooltip meanwhile. A longer
    translation (German, the pseudo-locale: 40% longer) would otherwise cut every part short."""

    def __init__(self, bar: QStatusBar, pieces: list[QWidget], parts: list[QLabel]) -> None:
        super().__init__(bar)
        self.bar = bar
        self.pieces = pieces  # every piece shown side by side, ``parts`` among them
        self.parts = parts
        self._fitting = False
        bar.installEventFilter(self)
        # A piece's new text reaches its container first: fit again then too.
        for parent in {id(p.parentWidget()): p.parentWidget() for p in pieces}.values():
            if parent is not None and parent is not bar:
                parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and not self._fitting:
            self.fit()
        return False

    def fit(self) -> None:
        self._fitting = True
        try:
            # Pieces hidden for their own reasons (an idle progress bar) take no room.
            shown = [p for p in self.pieces if p in self.parts or not p.isHidden()]
            spacing = 2 * SIDE_MARGIN
            need = sum(p.sizeHint().width() + spacing for p in shown)
            room = self.bar.width() - 24  # the size grip, the bar's own margins
            gone: list[str] = []
            for part in self.parts:
                away = need > room and bool(part.text())
                part.setVisible(not away)
                if away:
                    need -= part.sizeHint().width() + spacing
                    gone.append(part.text())
            self.bar.setToolTip("\n".join(gone))
        finally:
            self._fitting = False
