"""Merge two duplicates; export with a column chooser."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from organiser.services.people.directory import PersonRecord
from organiser.services.people.exports import COLUMNS, column_title


class MergeDialog(QDialog):
    """Two records side by side; the user picks which one stays."""

    def __init__(
        self, first: PersonRecord, second: PersonRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two records of the same person"))
        self.records = (first, second)
        grid = QGridLayout()
        self.choice = QButtonGroup(self)
        rows: list[tuple[str, Callable[[PersonRecord], str]]] = [
            (self.tr("Name"), lambda r: r.full_name),
            (self.tr("Nickname"), lambda r: r.nickname),
            (self.tr("Phone"), lambda r: r.phone_display),
            (self.tr("Organisation"), lambda r: r.organisation),
            (self.tr("Position"), lambda r: r.position),
            (self.tr("Province"), lambda r: r.province),
            (self.tr("Seminars"), lambda r: str(len(r.registrations))),
        ]
        for col, record in enumerate(self.records, start=1):
            button = QRadioButton(self.tr("Keep this one"))
            self.choice.addButton(button, col - 1)
            grid.addWidget(button, 0, col)
            for n, (title, value) in enumerate(rows, start=1):
                if col == 1:
                    grid.addWidget(QLabel(title), n, 0)
                grid.addWidget(QLabel(value(record) or "—"), n, col)
        self.choice.button(0).setChecked(True)
        note = QLabel(
            self.tr(
                "The other record's seminars, session roles, team memberships and actions move to the one kept; its empty fields are filled in. The other record goes to 'Recently deleted'."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def survivor_and_loser(self) -> tuple[str, str]:
        keep = self.choice.checkedId()
        survivor = self.records[keep]
        loser = self.records[1 - keep]
        return survivor.id, loser.id


class ExportDialog(QDialog):
    """Which columns, and whether all people or the current seminar's registrations."""

    def __init__(self, has_event: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export people"))
        self.boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(group)
        for n, column in enumerate(COLUMNS):
            box = QCheckBox(column_title(column.key))
            box.setChecked(column.default)
            if column.personal:
                box.setToolTip(self.tr("Contact data: export it only when it is needed."))
            self.boxes[column.key] = box
            grid.addWidget(box, n // 2, n % 2)
        self.scope_event = QRadioButton(self.tr("Registrations of the current seminar"))
        self.scope_all = QRadioButton(self.tr("Everyone in the directory"))
        self.scope_event.setEnabled(has_event)
        (self.scope_event if has_event else self.scope_all).setChecked(True)
        note = QLabel(
            self.tr("Exports are recorded in the audit log. The file is readable by you only.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(self.scope_event)
        layout.addWidget(self.scope_all)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def columns(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def for_event(self) -> bool:
        return self.scope_event.isChecked()
