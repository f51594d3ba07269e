"""In-place editors for the session table: a time editor (``09.30``), and a list to choose a
kind or a room from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class TimeDelegate(QStyledItemDelegate):
    """Hours and minutes, with the arrow keys stepping a quarter of an hour at a time."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QTimeEdit(parent)
        editor.setDisplayFormat("HH.mm" if self.lang == "th" else "HH:mm")
        editor.setFrame(False)
        editor.setCurrentSection(QTimeEdit.Section.HourSection)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QTimeEdit) and isinstance(value, QTime):
            editor.setTime(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QTimeEdit):
            editor.interpretText()
            model.setData(index, editor.time(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A list of (value, label) pairs; the model receives the value."""

    def __init__(self, options: Callable[[], list[tuple[str, str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.options():
            combo.addItem(label, value)
        # a choice made in the list is a finished edit: save it without another key press
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
