"""File → Send changes… and File → Receive changes…; the sending and receiving itself (and
the encryption it needs) is loaded the first time one is chosen, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from organiser.ui.context import AppContext

if TYPE_CHECKING:
    from organiser.ui.sync.exchange import ChangeFiles


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncMenu", text)


class SyncMenu(QObject):
    def __init__(self, ctx: AppContext, window: QWidget, file_menu: QMenu,
                 before: QAction | None) -> None:  # fmt: skip
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._change_files: ChangeFiles | None = None
        self.send_action = QAction(tr("Send changes…"), window)
        self.send_action.setObjectName("sendChangesAction")
        self.send_action.triggered.connect(lambda: self.change_files.send_changes())
        self.receive_action = QAction(tr("Receive changes…"), window)
        self.receive_action.setObjectName("receiveChangesAction")
        self.receive_action.triggered.connect(lambda: self.change_files.receive_changes())
        self.venue_action = QAction(tr("Desks at the venue…"), window)
        self.venue_action.setObjectName("venueDesksAction")
        self.venue_action.triggered.connect(self.show_venue_desks)
        for action in (self.send_action, self.receive_action, self.venue_action):
            if before is None:
                file_menu.addAction(action)
            else:
                file_menu.insertAction(before, action)
        if before is not None:
            file_menu.insertSeparator(before)

    @property
    def change_files(self) -> ChangeFiles:
        if self._change_files is None:
            from organiser.ui.sync.exchange import ChangeFiles

            self._change_files = ChangeFiles(self.ctx, self.window)
        return self._change_files

    def show_venue_desks(self) -> None:
        """The Sync place, on its "Desks at the venue" tab (Add a desk, Join a desk, the desks)."""
        page = self.window.show_area("sync")  # type: ignore[attr-defined]
        page.tabs.setCurrentWidget(page.desks_tab)
