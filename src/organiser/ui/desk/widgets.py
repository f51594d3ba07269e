"""Small widgets of the desk: the always-focused search field and the big confirmation panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from organiser.core.areas import province_label
from organiser.core.i18n import current_language
from organiser.core.thaidate import format_date
from organiser.services.desk_checkin import CheckInResult, UndoResult, local_time_text


class SearchField(QLineEdit):
    """Up/Down move through the matches, Enter checks in, Escape clears: hands stay on keys."""

    moved = Signal(int)
    submitted = Signal(str)
    undo_requested = Signal()  # Ctrl+Z undoes the last check-in, not the typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskSearch")
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif key == Qt.Key.Key_Down:
            self.moved.emit(1)
        elif key == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.moved.emit(10)
        elif key == Qt.Key.Key_PageUp:
            self.moved.emit(-10)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit(self.text())
            self.clear()  # ready for the next person at once (a scanner may already be typing)
        elif key == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)


class ConfirmationPanel(QFrame):
    """Name, organisation and province, large; green when done, orange for a warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskConfirm")
        self.setProperty("state", "idle")
        self.headline = QLabel()
        self.headline.setObjectName("deskConfirmHeadline")
        self.name = QLabel()
        self.name.setObjectName("deskConfirmName")
        self.name.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("deskConfirmDetail")
        self.detail.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("deskConfirmWarning")
        self.warning.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(2)
        for w in (self.headline, self.name, self.detail, self.warning):
            layout.addWidget(w)
        self.show_idle()

    def _state(self, state: str) -> None:
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)

    def show_idle(self) -> None:
        self._state("idle")
        self.headline.setText(self.tr("Ready"))
        self.name.setText(self.tr("Type a name, or scan a QR code"))
        self.detail.setText(
            self.tr("Enter checks in the highlighted person · F2 walk-in · Ctrl+Z undo")
        )
        self.warning.hide()

    def show_result(self, result: CheckInResult) -> None:
        lang = current_language()
        warning = result.warning()
        self._state("warning" if warning else "done")
        self.headline.setText(
            self.tr("✓ Checked in · {day} · {time}").format(
                day=format_date(result.day, "short", lang), time=local_time_text(result.at, lang)
            )
        )
        self.name.setText(result.name)
        parts = [result.organisation, province_label(result.province, lang)]
        self.detail.setText(" · ".join(p for p in parts if p))
        self.warning.setText("⚠ " + warning if warning else "")
        self.warning.setVisible(bool(warning))

    def show_undone(self, result: UndoResult) -> None:
        self._state("undone")
        self.headline.setText(self.tr("Check-in undone"))
        self.name.setText(result.name)
        self.detail.setText(
            self.tr("{day}: no longer counted as here.").format(
                day=format_date(result.day, "short", current_language())
            )
        )
        self.warning.hide()

    def show_error(self, message: str) -> None:
        self._state("error")
        self.headline.setText(self.tr("Not checked in"))
        self.name.setText(message)
        self.detail.setText("")
        self.warning.hide()
