"""Dialogs of the agenda editor: the event's rooms, copying a programme (the people of a
session are in ``people_dialog``).

Each is built without being shown, so tests (and the page) can fill it and call ``accept()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.core.thaidate import format_date_range
from organiser.services.agenda.reading import RoomRow
from organiser.services.events.reading import EventRow

ID = Qt.ItemDataRole.UserRole
ROLE = Qt.ItemDataRole.UserRole + 1
NAME = Qt.ItemDataRole.UserRole + 2


class RoomsDialog(QDialog):
    """The event's rooms: name, capacity and which one is the main room."""

    def __init__(self, rooms: Sequence[RoomRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rooms"))
        self.resize(560, 360)
        self.list = QListWidget()
        self.name = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("not known"))
        self.main = QCheckBox(self.tr("Main room (plenary sessions)"))
        self.new_button = QPushButton(self.tr("New room"))
        self.save_button = QPushButton(self.tr("Save room"))
        self.delete_button = QPushButton(self.tr("Delete room"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Capacity (people)"), self.capacity)
        form.addRow("", self.main)
        buttons = QGridLayout()
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.save_button, 0, 1)
        buttons.addWidget(self.delete_button, 0, 2)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.start_new)
        self.rooms: list[RoomRow] = []
        self.set_rooms(rooms)

    def set_rooms(self, rooms: Sequence[RoomRow]) -> None:
        current = self.current_id()
        self.rooms = list(rooms)
        self.list.blockSignals(True)
        self.list.clear()
        for room in self.rooms:
            parts = [room.name]
            if room.capacity:
                parts.append(self.tr("{n} seats").format(n=room.capacity))
            if room.is_main:
                parts.append(self.tr("main room"))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(ID, room.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in self.rooms]
        self.list.setCurrentRow(ids.index(current) if current in ids else -1)
        if self.list.currentRow() < 0:
            self.start_new()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID)) if item is not None else None

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.rooms):
            room = self.rooms[row]
            self.name.setText(room.name)
            self.capacity.setValue(room.capacity or 0)
            self.main.setChecked(room.is_main)
            self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        self.list.setCurrentRow(-1)
        self.name.clear()
        self.capacity.setValue(0)
        self.main.setChecked(False)
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def values(self) -> tuple[str | None, str, int | None, bool]:
        capacity = self.capacity.value() or None
        return self.current_id(), self.name.text(), capacity, self.main.isChecked()


class CopyDialog(QDialog):
    """Choose a previous event whose programme is copied here, moved to this event's dates."""

    def __init__(
        self, events: Sequence[EventRow], current_id: str, sessions_here: int, lang: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy the agenda of another event"))
        self.source = QComboBox()
        for event in events:
            if event.id == current_id:
                continue
            dates = format_date_range(event.starts_on, event.ends_on, lang, "short")
            self.source.addItem(f"{event.title} ({dates})", event.id)
        self.replace = QCheckBox(
            self.tr("Replace the {n} sessions this event has").format(n=sessions_here)
        )
        self.replace.setVisible(sessions_here > 0)
        explain = QLabel(
            self.tr(
                "The sessions, their rooms and people are copied; the first day of that event "
                "becomes the first day of this one."
            )
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.source.count() > 0 and sessions_here == 0)
        self.replace.toggled.connect(
            lambda on: self.ok_button.setEnabled(self.source.count() > 0 and on)
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.source)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.replace)
        if self.source.count() == 0:
            layout.addWidget(QLabel(self.tr("There is no other event to copy from yet.")))
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, bool]:
        return str(self.source.currentData()), self.replace.isChecked()
