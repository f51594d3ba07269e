"""The check-ins of a day (or of one registration), to cancel a wrong one with a reason.

Ctrl+Z reaches only the newest check-in of a desk; a mistake noticed later — the wrong สุดา
checked in three people ago — is chosen here. Cancelling writes an undo row that points at the
check-in and keeps the reason; nothing is deleted, and cancelled check-ins stay listed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.thaidate import format_date
from organiser.domain.desk import CheckInMethod
from organiser.domain.labels import label_of
from organiser.services.desk import reading as desk_service
from organiser.services.desk.editing import UndoResult, local_time_text
from organiser.services.desk.reading import CheckInEntry
from organiser.ui.context import AppContext
from organiser.ui.widgets.table import Column, RowsModel, Widths, make_table


class CheckInsDialog(QDialog):
    """Lists check-ins newest first; `cancel_requested(check_in_id, reason)` asks the desk's
    controller to cancel one (it writes on the writer thread), and `show_undone` follows."""

    cancel_requested = Signal(str, str)
    loaded = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        event_id: str,
        *,
        day: dt.date | None = None,
        registration_id: str | None = None,
        heading: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id, self.day, self.registration_id = event_id, day, registration_id
        self.setWindowTitle(self.tr("Check-ins"))
        self.resize(820, 480)
        lang = ctx.lang
        self.heading = QLabel(heading)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.model: RowsModel[CheckInEntry] = RowsModel(
            [
                Column(self.tr("Day"), lambda e: format_date(e.day, "short", lang)),
                Column(self.tr("Time"), lambda e: local_time_text(e.at, lang)),
                Column(self.tr("Name"), lambda e: e.name),
                Column(self.tr("Organisation"), lambda e: e.organisation),
                Column(self.tr("Desk"), lambda e: e.desk),
                Column(self.tr("How"), lambda e: label_of(CheckInMethod, e.method)),
                Column(self.tr("Cancelled"), self._cancelled_text),
            ],
            self,
        )
        self.table = make_table(
            self.model,
            sortable=False,
            alternating=False,
            single=True,
            widths=Widths.CONTENTS,
            name="deskCheckIns",
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_button())
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(
            [
                "",
                self.tr("Wrong person chosen"),
                self.tr("Wrong day"),
                self.tr("Not here after all"),
            ]
        )
        line = self.reason.lineEdit()
        assert line is not None  # the combo box is editable
        line.setPlaceholderText(self.tr("Why is it cancelled? (required)"))
        self.reason.currentTextChanged.connect(lambda _t: self._update_button())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.cancel_button = QPushButton(self.tr("Cancel this check-in"))
        self.cancel_button.setObjectName("deskCancelCheckIn")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self._cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update_button()
        self.reload()

    def _cancelled_text(self, e: CheckInEntry) -> str:
        if e.cancelled_at is None:
            return ""
        when = local_time_text(e.cancelled_at, self.ctx.lang)
        return f"✗ {when} · {e.cancel_reason}" if e.cancel_reason else f"✗ {when}"

    def reload(self) -> None:
        store, event_id = self.ctx.store, self.event_id
        day, registration_id = self.day, self.registration_id

        def work(_p: Any) -> list[CheckInEntry]:
            with store.reader() as uow:
                return desk_service.list_check_ins(
                    uow, event_id, day=day, registration_id=registration_id
                )

        self.ctx.tasks.run(work, self._show, owner=self)

    def _show(self, rows: list[CheckInEntry]) -> None:
        chosen = self.chosen()
        self.model.set_rows(rows)
        if not rows:
            self.message.setText(self.tr("No check-ins yet."))
        for row, entry in enumerate(rows):
            if chosen is not None and entry.id == chosen.id:
                self.table.selectRow(row)
        self._update_button()
        self.loaded.emit(len(rows))

    def chosen(self) -> CheckInEntry | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _update_button(self) -> None:
        entry = self.chosen()
        self.cancel_button.setEnabled(
            entry is not None and not entry.cancelled and bool(self.reason.currentText().strip())
        )

    def _cancel(self) -> None:
        entry = self.chosen()
        reason = self.reason.currentText().strip()
        if entry is None or entry.cancelled or not reason:
            return
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit(entry.id, reason)

    def show_undone(self, result: UndoResult) -> None:
        self.message.setText(
            self.tr("Cancelled: {name} ({reason}).").format(name=result.name, reason=result.reason)
        )
        self.reason.setCurrentIndex(0)
        self.reload()

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self._update_button()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in the reason field must not close the dialog
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._cancel()
            return
        super().keyPressEvent(event)
