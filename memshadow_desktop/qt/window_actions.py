"""The main window's commands as actions (text, icon, shortcut, tip), its toolbar and its
menus. The window connects each action to what it does."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QToolBar,
    QWidget,
)


class WindowActions(QObject):
    def __init__(self, window: QMainWindow, list_view: QWidget) -> None:
        super().__init__(window)
        self._window = window
        icon = window.style().standardIcon
        self.new = self._action(icon(QStyle.StandardPixmap.SP_FileIcon), self.tr("&New"))
        self.new.setShortcut(QKeySequence.StandardKey.New)
        self.new.setToolTip(self.tr("Write a new memory (Ctrl+N)"))

        self.save = self._action(icon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("&Save"))
        self.save.setShortcut(QKeySequence.StandardKey.Save)
        self.save.setToolTip(self.tr("Save a new revision (Ctrl+S)"))
        self.save.setEnabled(False)

        self.trash = self._action(
            icon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Move to &Trash")
        )
        # Delete moves a memory to the trash only from the list, never while typing.
        self.trash.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        list_view.addAction(self.trash)
        self.trash.setEnabled(False)

        self.find = self._action(None, self.tr("&Find"))
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        window.addAction(self.find)

        self.history = self._action(
            icon(QStyle.StandardPixmap.SP_FileDialogDetailedView), self.tr("&History")
        )
        self.history.setCheckable(True)
        self.history.setChecked(True)
        self.history.setToolTip(self.tr("Show or hide the history of the memory"))

        self.import_folder = self._action(None, self.tr("&Import Folder…"))
        self.import_folder.setToolTip(self.tr("Import the .md and .txt notes of a folder"))
        self.close = self._action(None, self.tr("&Close Window"))
        self.close.setShortcut(QKeySequence.StandardKey.Close)
        self.show_trash = self._action(None, self.tr("Show &Trash"))
        self.show_trash.setCheckable(True)
        self.dashboard = self._action(None, self.tr("&Hardware Dashboard…"))
        self.dashboard.setToolTip(
            self.tr("The system, the accelerators, the model in use and a benchmark")
        )
        self.sync_now = self._action(None, self.tr("Sync &Now"))
        self.sync_now.setToolTip(self.tr("Send and receive changes now"))
        self.conflicts = self._action(None, self.tr("Resolve &Conflicts…"))
        self.preferences = self._action(None, self.tr("&Preferences…"))
        self.preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.lock = self._action(None, self.tr("&Lock Vault"))
        self.lock.setShortcut(QKeySequence("Ctrl+L"))
        self.lock.setToolTip(self.tr("Hide every memory until the vault is unlocked again"))
        self.quit = self._action(None, self.tr("&Quit MEMSHADOW"))
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about = self._action(None, self.tr("&About MEMSHADOW"))
        self.about.triggered.connect(self._show_about)

        self.toolbar = self._build_toolbar()
        window.addToolBar(self.toolbar)
        self._build_menus()

    def vault_actions(self) -> list[QAction]:
        """What needs the open vault (disabled while it is locked)."""
        return [
            self.new,
            self.save,
            self.trash,
            self.find,
            self.history,
            self.import_folder,
            self.show_trash,
            self.dashboard,
            self.sync_now,
            self.conflicts,
            self.lock,
        ]

    def _action(self, icon: QIcon | None, text: str) -> QAction:
        if icon is None:
            return QAction(text, self._window)
        return QAction(icon, text, self._window)

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.new)
        bar.addAction(self.save)
        bar.addAction(self.trash)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.history)
        return bar

    def _build_menus(self) -> None:
        menu = self._window.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new)
        file_menu.addAction(self.save)
        file_menu.addSeparator()
        file_menu.addAction(self.trash)
        file_menu.addSeparator()
        file_menu.addAction(self.import_folder)
        file_menu.addSeparator()
        file_menu.addAction(self.lock)
        file_menu.addAction(self.close)
        file_menu.addAction(self.quit)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)

        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.history)
        view_menu.addAction(self.show_trash)
        view_menu.addSeparator()
        view_menu.addAction(self.dashboard)

        sync_menu = menu.addMenu(self.tr("&Sync"))
        sync_menu.addAction(self.sync_now)
        sync_menu.addAction(self.conflicts)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def _show_about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About MEMSHADOW"),
            self.tr(
                "<b>MEMSHADOW Desktop</b> {0}<br>Your memories, encrypted on this device."
            ).format(QApplication.applicationVersion() or ""),
        )
