"""In-place editors for the session table: a time typed as digits (``0930``, ``9.30``), a list
to choose a kind or a room from, and the title.

Made for a whole day typed without the mouse: Tab saves a cell and opens the next one, and an
editor keeps what is being typed while the saved programme comes back from the database (each
editor is filled from the model once, when it opens)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from organiser.ui.agenda.model import parse_time, time_text

Index = QModelIndex | QPersistentModelIndex
QUARTER = 15
_FILLED = "agendaEditorFilled"


def _first_fill(editor: QWidget) -> bool:
    """True the first time an editor is filled: later refreshes of the model (the save coming
    back, conflicts judged again) must not overwrite what the user is typing."""
    if editor.property(_FILLED):
        return False
    editor.setProperty(_FILLED, True)
    return True


class TimeEdit(QLineEdit):
    """Hours and minutes as typed: ``0930``, ``930``, ``9.30``, ``09:30`` (Thai digits too);
    Up and Down step to the next or previous quarter of an hour."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setFrame(False)
        digits = "[0-9๐-๙]"
        pattern = QRegularExpression(f"{digits}{{0,4}}|{digits}{{1,2}}[.:]{digits}{{0,2}}")
        self.setValidator(QRegularExpressionValidator(pattern, self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.step(1 if event.key() == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)

    def step(self, direction: int) -> None:
        value = parse_time(self.text())
        minutes = value.hour * 60 + value.minute if value else 0
        if direction > 0:
            minutes = (minutes // QUARTER + 1) * QUARTER
        else:
            minutes = ((minutes - 1) // QUARTER) * QUARTER
        minutes = min(max(minutes, 0), 24 * 60 - QUARTER)
        self.setText(time_text(dt.time(minutes // 60, minutes % 60), self.lang))
        self.selectAll()


class TimeDelegate(QStyledItemDelegate):
    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return TimeEdit(self.lang, parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, TimeEdit) and _first_fill(editor):
            editor.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, TimeEdit):
            value = parse_time(editor.text())
            if value is not None:  # an unreadable time leaves the saved one as it was
                model.setData(index, time_text(value, self.lang), Qt.ItemDataRole.EditRole)


class ChoiceBox(QComboBox):
    """A combo box that tells apart a choice made in its open list (``picked``: a finished
    choice) from stepping with the arrow keys while closed (just a change, saved on Tab)."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._from_list = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:
        self._from_list = True
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._from_list = False
        super().keyPressEvent(event)

    def _activated(self, _index: int) -> None:
        if self._from_list:
            self._from_list = False
            self.picked.emit()


class ChoiceDelegate(QStyledItemDelegate):
    """A list of (value, label) pairs; the model receives the value."""

    def __init__(self, options: Callable[[], list[tuple[str, str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = ChoiceBox(parent)
        for value, label in self.options():
            combo.addItem(label, value)
        # a choice made in the open list is a finished edit: save it without another key press
        combo.picked.connect(lambda: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox) and _first_fill(editor):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    """Plain text (the title), filled once like the others."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if _first_fill(editor):
            super().setEditorData(editor, index)
