"""Small widgets of the desk: the always-focused search field and the big confirmation panel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.core.i18n import current_language
from organiser.core.provinces import province_label
from organiser.core.thaidate import format_date
from organiser.services.desk.editing import CheckInResult, UndoResult, local_time_text
from organiser.ui.widgets.table import Widths, make_table

DESK_STYLE = """
#deskEventTitle { font-size: 15pt; font-weight: bold; color: #1f3b57; }
#deskSearch { font-size: 22pt; padding: 10px 14px; border: 2px solid #1f5f8b; border-radius: 10px;
  background: white; }
#deskMatches { font-size: 14pt; }
#deskMatches::item { padding: 6px 8px; }
#deskMatches::item:selected { background: #1f5f8b; color: white; }
#deskNotHere, #deskProvinces { font-size: 11pt; }
#deskNumber { font-size: 30pt; font-weight: bold; color: #1f5f8b; }
#deskConfirm { border-radius: 12px; border: 1px solid #ddd8cc; background: #faf8f3; }
#deskConfirm[state="done"] { background: #e7f4ea; border: 2px solid #2e7d46; }
#deskConfirm[state="warning"] { background: #fff3df; border: 2px solid #c77700; }
#deskConfirm[state="error"] { background: #fdecee; border: 2px solid #b00020; }
#deskConfirm[state="undone"] { background: #eef1f5; border: 2px solid #5b6b7d; }
#deskConfirmHeadline { font-size: 13pt; color: #2e5b3a; font-weight: bold; }
#deskConfirmName { font-size: 26pt; font-weight: bold; color: #1b1b1b; }
#deskConfirmDetail { font-size: 15pt; color: #333; }
#deskConfirmWarning { font-size: 16pt; font-weight: bold; color: #9a4f00; }
#deskWarningText { color: #9a4f00; font-weight: bold; }
#deskDayNote { font-size: 13pt; font-weight: bold; color: #9a4f00; background: #fff3df;
  border: 2px solid #c77700; border-radius: 8px; padding: 4px 10px; }
QPushButton { font-size: 12pt; padding: 6px 14px; }
QComboBox { font-size: 12pt; }
"""


def desk_table(
    model: Any, object_name: str, stretch: int, kind: type[QTableView] = QTableView
) -> QTableView:
    table = make_table(
        model,
        sortable=False,
        alternating=False,
        single=True,
        widths=Widths.CONTENTS,
        stretch=stretch,
        wrap=False,
        name=object_name,
        kind=kind,
    )
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keyboard
    table.setShowGrid(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


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
            # the desk clears the field once it acts on it (at once for a scanned code, so a
            # scanner may type on); when several match equally it stays, and the list is shown
            self.submitted.emit(self.text())
        elif key == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)


class MatchList(QTableView):
    """The matches. It takes the keyboard only when Enter found several equally good matches:
    ↑↓ choose, Enter checks in the chosen one, Escape or typing goes back to the search."""

    chosen = Signal(int)  # Enter on a row
    back_to_search = Signal(str)  # what was typed here, to continue in the search field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.chosen.emit(self.currentIndex().row())
        elif key == Qt.Key.Key_Escape:
            self.back_to_search.emit("")
        elif plain and text and text.isprintable():
            self.back_to_search.emit(text)
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

    def show_result(self, result: CheckInResult, today: dt.date | None = None) -> None:
        lang = current_language()
        warning = result.warning()
        if not warning and today is not None and result.day != today:
            warning = self.tr("Checked in for {day}, which is not today.").format(
                day=format_date(result.day, "short", lang)
            )
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
        detail = self.tr("{day}: no longer counted as here.").format(
            day=format_date(result.day, "short", current_language())
        )
        if result.reason:
            detail += " " + self.tr("Reason: {reason}").format(reason=result.reason)
        self.detail.setText(detail)
        self.warning.hide()

    def show_error(self, message: str) -> None:
        self._state("error")
        self.headline.setText(self.tr("Not checked in"))
        self.name.setText(message)
        self.detail.setText("")
        self.warning.hide()
