"""The people of one session: found in the directory as in People (a bounded search as you
type, never the whole directory loaded), or typed by name and position when they are not in
it yet, after the likely matches already there were offered."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.domain.agenda import SessionRole
from organiser.domain.labels import label_of
from organiser.services.agenda.speakers import NewPerson
from organiser.services.people.rows import PersonRow
from organiser.ui.people.search import SearchController

ID = Qt.ItemDataRole.UserRole
ROLE = Qt.ItemDataRole.UserRole + 1
NAME = Qt.ItemDataRole.UserRole + 2
NEW = Qt.ItemDataRole.UserRole + 3  # a NewPerson, for someone not in the directory yet


def _person_label(person: PersonRow) -> str:
    extra = " · ".join(x for x in (person.position, person.nickname, person.organisation) if x)
    return f"{person.full_name}  —  {extra}" if extra else person.full_name


class PeopleDialog(QDialog):
    """Pick people and give each a role in the session; add someone not in the directory."""

    def __init__(
        self,
        title: str,
        chosen: Sequence[tuple[str, str, str]],  # (person id, name, role)
        search: SearchController,
        matches: SearchController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = search
        self.matches = matches
        self.setWindowTitle(self.tr("People in “{title}”").format(title=title))
        self.resize(860, 560)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find by name, nickname, phone or organisation…"))
        self.filter.setClearButtonEnabled(True)
        self.directory = QListWidget()
        # one line each: the list lays out a hundred Thai lines without measuring each one
        self.directory.setUniformItemSizes(True)
        self.hint = QLabel(self.tr("Type a few letters of a name to find a person."))
        self._shown_for = ""  # the text the directory list answers
        self._add_when_found = False  # Enter pressed before the answer came
        self.hint.setWordWrap(True)

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Title and name, e.g. ดร.สมศักดิ์ ใจงาม"))
        self.new_position = QLineEdit()
        self.new_position.setPlaceholderText(self.tr("e.g. Director of the provincial office"))
        self.match_label = QLabel(self.tr("Already in the directory? Choose them instead:"))
        self.match_label.setWordWrap(True)
        self.match_list = QListWidget()
        self.match_list.setUniformItemSizes(True)
        self.match_list.setMaximumHeight(110)
        self.use_match_button = QPushButton(self.tr("Use this person →"))
        self.add_new_button = QPushButton(self.tr("Add as a new person →"))
        self.add_new_button.setEnabled(False)
        new_box = QGroupBox(self.tr("Not in the directory?"))
        new_form = QFormLayout(new_box)
        new_form.addRow(self.tr("Name"), self.new_name)
        new_form.addRow(self.tr("Position"), self.new_position)
        new_form.addRow(self.match_label)
        new_form.addRow(self.match_list)
        new_buttons = QHBoxLayout()
        new_buttons.addWidget(self.use_match_button)
        new_buttons.addStretch()
        new_buttons.addWidget(self.add_new_button)
        new_form.addRow(new_buttons)
        self._show_matches([])

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
        left.addWidget(self.hint)
        left.addWidget(self.directory, 1)
        left.addWidget(new_box)
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

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self.add_current)
        self.search.results.connect(self._show_results)
        self.search.cleared.connect(lambda: self._show_results("", []))
        self.add_button.clicked.connect(self.add_current)
        self.directory.itemDoubleClicked.connect(lambda _item: self.add_current())
        self.new_name.textChanged.connect(self._new_name_changed)
        self.new_name.returnPressed.connect(self.add_new)
        self.new_position.returnPressed.connect(self.add_new)
        self.matches.results.connect(lambda _text, rows: self._show_matches(rows))
        self.matches.cleared.connect(lambda: self._show_matches([]))
        self.use_match_button.clicked.connect(self.add_match)
        self.match_list.itemDoubleClicked.connect(lambda _item: self.add_match())
        self.add_new_button.clicked.connect(self.add_new)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button.clicked.connect(lambda: self.shift(1))

    # ------------------------------------------------------------ the directory

    @staticmethod
    def _fill(target: QListWidget, rows: Sequence[PersonRow]) -> None:
        target.clear()
        for person in rows:
            item = QListWidgetItem(_person_label(person))
            item.setData(ID, person.id)
            item.setData(NAME, person.full_name)
            target.addItem(item)
        if rows:
            target.setCurrentRow(0)

    def _filter_changed(self, text: str) -> None:
        self._add_when_found = False
        self.search.set_text(text)

    def _show_results(self, text: str, rows: list[Any]) -> None:
        if text != self.filter.text().strip():
            return  # an answer to what was typed before
        self._fill(self.directory, rows)
        self._shown_for = text
        if self._add_when_found and rows:
            self._add_when_found = False
            self.add_current()
        if not text:
            self.hint.setText(self.tr("Type a few letters of a name to find a person."))
        elif rows:
            self.hint.setText(self.tr("{n} found").format(n=len(rows)))
        else:
            self.hint.setText(self.tr("Nobody found. Add them below if they are new."))

    def add_current(self) -> None:
        if self._shown_for != self.filter.text().strip():
            # the list still answers what was typed before: add the first one found for this
            self._add_when_found = True
            return
        item = self.directory.currentItem()
        if item is not None:
            self._add(item.data(ID), item.data(NAME), self.role.currentData())

    # ------------------------------------------------------------ someone new

    def _new_name_changed(self, text: str) -> None:
        self.add_new_button.setEnabled(bool(NewPerson(text).parts.given))
        self.matches.set_text(text)

    def _show_matches(self, rows: Sequence[PersonRow]) -> None:
        self._fill(self.match_list, rows)
        for widget in (self.match_label, self.match_list, self.use_match_button):
            widget.setVisible(bool(rows))

    def add_match(self) -> None:
        """The person typed was in the directory after all."""
        item = self.match_list.currentItem()
        if item is not None and self.match_list.isVisibleTo(self):
            self._add(item.data(ID), item.data(NAME), self.role.currentData())
            self._clear_new()

    def add_new(self) -> None:
        person = NewPerson(" ".join(self.new_name.text().split()), self.new_position.text().strip())
        if not person.parts.given:
            return
        item = self._add("", person.display_name, self.role.currentData())
        if item is not None:
            item.setData(NEW, person)
            if person.position:
                item.setText(f"{item.text()} — {person.position}")
            item.setToolTip(self.tr("New: added to the directory when you press OK"))
        self._clear_new()

    def _clear_new(self) -> None:
        self.new_name.clear()
        self.new_position.clear()
        self._show_matches([])

    # ------------------------------------------------------------ the session's people

    def _add(self, person_id: str, name: str, role: str) -> QListWidgetItem | None:
        for row in range(self.chosen.count()):
            item = self.chosen.item(row)
            same = item.data(ID) == person_id if person_id else item.data(NAME) == name
            if same and item.data(ROLE) == role:
                return None
        label = f"{name} ({label_of(SessionRole, role)})"
        if not person_id:
            label = self.tr("{name} (new)").format(name=label)
        item = QListWidgetItem(label)
        item.setData(ID, person_id)
        item.setData(NAME, name)
        item.setData(ROLE, role)
        self.chosen.addItem(item)
        return item

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

    def result_people(self) -> list[tuple[str | NewPerson, SessionRole]]:
        """Each chosen person (an id, or a NewPerson to create) with their role, in order."""
        result: list[tuple[str | NewPerson, SessionRole]] = []
        for i in range(self.chosen.count()):
            item = self.chosen.item(i)
            new = item.data(NEW)
            who: str | NewPerson = new if isinstance(new, NewPerson) else str(item.data(ID))
            result.append((who, SessionRole(item.data(ROLE))))
        return result
