"""The Sync place's "Desks at the venue": this desk's name (a setting of this laptop, stored with
every check-in it makes and shown to the other desks in their warnings), and the other desks
whose changes of the current seminar's day this copy may not hold yet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from organiser.core.notices import Area
from organiser.services import settings as settings_service
from organiser.services.sync.desks import DeskNotReceived, desks_not_received
from organiser.ui.context import AppContext
from organiser.ui.sync.end_of_day import desk_line
from organiser.ui.writing import run_write


class DesksBox(QWidget):
    def __init__(
        self, ctx: AppContext, receive: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("venueDesks")
        self.setAccessibleName(self.tr("Desks at the venue"))
        self.ctx = ctx
        self.today: Callable[[], dt.date] = dt.date.today
        self.desk_label = QLabel()
        self.desk_label.setObjectName("thisDeskName")
        self.rename_button = QPushButton(self.tr("Rename this desk…"))
        self.rename_button.setObjectName("renameDesk")
        self.rename_button.clicked.connect(self.ask_name)
        self.not_received = QLabel()
        self.not_received.setObjectName("desksNotReceived")
        self.not_received.setWordWrap(True)
        self.receive_button = QPushButton(self.tr("Receive changes…"))
        self.receive_button.setObjectName("desksReceive")
        self.receive_button.clicked.connect(receive)
        self.rename_dialog: QInputDialog | None = None
        self.desks: list[DeskNotReceived] = []
        # one row: the Sync place has little height to spare on a laptop screen
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.desk_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addSpacing(24)
        layout.addWidget(self.not_received, 1)
        layout.addWidget(self.receive_button, 0, Qt.AlignmentFlag.AlignTop)

    def reload(self) -> None:
        store, event_id, day = self.ctx.store, self.ctx.current_event_id, self.today()

        def work(_p: Any) -> tuple[str, bool, list[DeskNotReceived]]:
            with store.reader() as uow:
                named = settings_service.get(uow, settings_service.DESK_NAME).strip()
                desks = desks_not_received(uow, event_id, day) if event_id else []
                return settings_service.desk_name(uow), bool(named), desks

        self.ctx.tasks.run(work, self._show, owner=self)

    def _show(self, found: tuple[str, bool, list[DeskNotReceived]]) -> None:
        name, named, self.desks = found
        self.desk_name = name
        self.desk_label.setText(
            self.tr("This desk: {name}").format(name=name)
            if named
            else self.tr("This desk: {name} (the computer's name)").format(name=name)
        )
        lang = self.ctx.lang
        if self.desks:
            self.not_received.setText(
                self.tr("Not received since their last check-in known here:")
                + " "
                + "\n".join(desk_line(d, lang) for d in self.desks)
            )
        else:
            self.not_received.setText(
                self.tr("Every other desk's check-ins of today known here have been received.")
            )
        self.receive_button.setVisible(bool(self.desks))

    def ask_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Name of this desk"))
        dialog.setLabelText(
            self.tr("The name the other desks see in their warnings, stored with every check-in:")
        )
        dialog.setTextValue(getattr(self, "desk_name", "") or settings_service.computer_name())
        dialog.textValueSelected.connect(self.rename)
        dialog.open()
        self.rename_dialog = dialog
        return dialog

    def rename(self, text: str) -> None:
        name = text.strip()
        if not name:
            return
        run_write(
            self.ctx,
            lambda uow: settings_service.put(uow, settings_service.DESK_NAME, name),
            owner=self,
            changed=(Area.SETTINGS,),
        )
