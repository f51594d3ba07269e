"""Dialogs of the agenda editor: people in a session, the event's rooms, copying a programme.

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
from organiser.core.thaitext import thai_sort_key
from organiser.domain.agenda import SessionRole
from organiser.domain.labels import label_of
from organiser.services.agenda import RoomRow
from organiser.services.events import EventRow
from organiser.services.people import PersonRow

ID = Qt.ItemDataRole.UserRole
ROLE = Qt.ItemDataRole.UserRole + 1
NAME = Qt.ItemDataRole.UserRole + 2


class PeopleDialog(QDialog):
    """Pick people from the directory and give each a role in the session."""

    def __init__(
        self,
        title: str,
        directory: Sequence[PersonRow],
        chosen: Sequence[tuple[str, str, str]],  # (person id, name, role)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People in “{title}”").format(title=title))
        self.resize(760, 460)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find by name, nickname or organisation…"))
        self.filter.setClearButtonEnabled(True)
        self.directory = QListWidget()
        for person in sorted(directory, key=lambda p: p.sort_key or thai_sort_key(p.full_name)):
            extra = " · ".join(x for x in (person.nickname, person.organisation) if x)
            item = QListWidgetItem(f"{person.full_name}  —  {extra}" if extra else person.full_name)
            item.setData(ID, person.id)
            item.setData(NAME, person.full_name)
            self.directory.addItem(item)
        self.role = QComboBox()
        for each in SessionRole:
            self.role.addItem(label_of(SessionRole, each.value), each.value)
        self.add_button = QPushButton(self.tr("Add →"))
        self.chosen = QListWidget()
        for person_id, name, role in chosen:
            self._add(person_id, name, role)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Directory")))
        left.addWidget(self.filter)
        left.addWidget(self.directory)
        middle = QVBoxLayout()
        middle.addStretch()
        middle.addWidget(QLabel(self.tr("Role")))
        middle.addWidget(self.role)
        middle.addWidget(self.add_button)
        middle.addStretch()
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("In this session")))
        right.addWidget(self.chosen)
        row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(button)
        right.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(middle, 1)
        columns.addLayout(right, 3)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(self.add_current)
        self.add_button.clicked.connect(self.add_current)
        self.directory.itemDoubleClicked.connect(lambda _item: self.add_current())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button.clicked.connect(lambda: self.shift(1))

    def apply_filter(self, text: str) -> None:
        terms = text.casefold().split()
        first_visible = -1
        for row in range(self.directory.count()):
            item = self.directory.item(row)
            hay = item.text().casefold()
            hidden = not all(term in hay for term in terms)
            item.setHidden(hidden)
            if not hidden and first_visible < 0:
                first_visible = row
        if first_visible >= 0:
            self.directory.setCurrentRow(first_visible)

    def _add(self, person_id: str, name: str, role: str) -> None:
        for row in range(self.chosen.count()):
            item = self.chosen.item(row)
            if item.data(ID) == person_id and item.data(ROLE) == role:
                return
        item = QListWidgetItem(f"{name} ({label_of(SessionRole, role)})")
        item.setData(ID, person_id)
        item.setData(ROLE, role)
        self.chosen.addItem(item)

    def add_current(self) -> None:
        item = self.directory.currentItem()
        if item is None or item.isHidden():
            return
        self._add(item.data(ID), item.data(NAME), self.role.currentData())

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def shift(self, step: int) -> None:
        row = self.chosen.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)

    def result_people(self) -> list[tuple[str, SessionRole]]:
        return [
            (self.chosen.item(i).data(ID), SessionRole(self.chosen.item(i).data(ROLE)))
            for i in range(self.chosen.count())
        ]


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
