"""The editor's text: the memorandum's particulars, and its clauses (ordered, editable)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from organiser.services.memoranda.reading import ClauseData, EventChoice, MemorandumData
from organiser.ui.memoranda.models import ClausesModel, clause_columns
from organiser.ui.widgets.dates import OptionalDateEdit
from organiser.ui.widgets.table import keep_columns_fitted, make_table


def plain_edit(height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class ParticularsTab(QWidget):
    """Title, reference, event, signing place, validity, purpose, background and scope."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = MemorandumData()
        self.title = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. พอช.ต. 1/2550"))
        self.event_box = QComboBox()
        self.signing_place = QLineEdit()
        self.valid_from = OptionalDateEdit(self.tr("from the day it is signed"))
        self.valid_until = OptionalDateEdit(self.tr("open-ended"))
        self.purpose = plain_edit(60)
        self.background = plain_edit(90)
        self.scope = plain_edit(60)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Reference no."), self.reference)
        form.addRow(self.tr("To be signed at the event"), self.event_box)
        form.addRow(self.tr("Signing place"), self.signing_place)
        form.addRow(self.tr("Valid from"), self.valid_from)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Background"), self.background)
        form.addRow(self.tr("Scope"), self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for line in (self.title, self.reference, self.signing_place):
            line.textEdited.connect(lambda _t: self._store())
        for text in (self.purpose, self.background, self.scope):
            text.textChanged.connect(self._store)
        self.valid_from.changed.connect(self._store)
        self.valid_until.changed.connect(self._store)
        self.event_box.currentIndexChanged.connect(lambda _i: self._store())
        self._loading = False

    def set_events(self, events: list[EventChoice]) -> None:
        self._loading = True
        self.event_box.clear()
        self.event_box.addItem(self.tr("(none)"), "")
        for e in events:
            self.event_box.addItem(e.title, e.id)
        self.event_box.setCurrentIndex(max(self.event_box.findData(self.draft.event_id or ""), 0))
        self._loading = False

    def show_draft(self, draft: MemorandumData, locked: bool) -> None:
        self._loading = True
        self.draft = draft
        self.title.setText(draft.title)
        self.reference.setText(draft.reference_no)
        self.signing_place.setText(draft.signing_place)
        self.purpose.setPlainText(draft.purpose)
        self.background.setPlainText(draft.background)
        self.scope.setPlainText(draft.scope)
        self.valid_from.set_value(draft.valid_from, dt.date.today())
        self.valid_until.set_value(draft.valid_until, (draft.valid_from or dt.date.today()))
        self.event_box.setCurrentIndex(max(self.event_box.findData(draft.event_id or ""), 0))
        for widget in (self.title, self.reference, self.purpose, self.background, self.scope):
            widget.setReadOnly(locked)
        self._loading = False

    def _store(self) -> None:
        if self._loading:
            return
        d = self.draft
        d.title = self.title.text()
        d.reference_no = self.reference.text()
        d.signing_place = self.signing_place.text()
        d.purpose = self.purpose.toPlainText()
        d.background = self.background.toPlainText()
        d.scope = self.scope.toPlainText()
        d.valid_from = self.valid_from.value()
        d.valid_until = self.valid_until.value()
        d.event_id = self.event_box.currentData() or None
        self.edited.emit()


class ClausesTab(QWidget):
    """The clauses in the order they are printed; add, remove, move, edit."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = MemorandumData()
        self.locked = False
        self.model = ClausesModel(clause_columns(), self)
        self.table = make_table(self.model, sortable=False, alternating=False, single=True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        keep_columns_fitted(self.table, widest=260)

        self.add_button = QPushButton(self.tr("Add clause"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_clause)
        self.remove_button.clicked.connect(self.remove_clause)
        self.up_button.clicked.connect(lambda: self.move_clause(-1))
        self.down_button.clicked.connect(lambda: self.move_clause(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.heading = QLineEdit()
        self.heading.setPlaceholderText(self.tr("Heading (optional), e.g. การประสานงาน"))
        self.text = plain_edit(120)
        self.heading.textEdited.connect(lambda _t: self._store())
        self.text.textChanged.connect(self._store)
        self.number = QLabel()
        box = QGroupBox(self.tr("Clause"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.number)
        box_layout.addWidget(self.heading)
        box_layout.addWidget(self.text, 1)
        self.editor_box = box

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._loading = False
        self._current = -1

    def show_draft(self, draft: MemorandumData, locked: bool) -> None:
        self.draft, self.locked = draft, locked
        self.model.set_rows(draft.clauses)
        self.model.rows = draft.clauses  # the model edits the draft's own list
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 260))
        self._select(0 if draft.clauses else -1)

    def _select(self, row: int) -> None:
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show(row)

    def _show(self, row: int) -> None:
        self._loading = True
        self._current = row
        has = 0 <= row < len(self.draft.clauses)
        clause = self.draft.clauses[row] if has else ClauseData()
        self.number.setText(self.tr("Clause {n}").format(n=row + 1) if has else "")
        self.heading.setText(clause.heading)
        self.text.setPlainText(clause.text)
        editable = has and not self.locked
        self.heading.setReadOnly(not editable)
        self.text.setReadOnly(not editable)
        self.add_button.setEnabled(not self.locked)
        self.remove_button.setEnabled(editable)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and row < len(self.draft.clauses) - 1)
        self._loading = False

    def _store(self) -> None:
        if self._loading or not (0 <= self._current < len(self.draft.clauses)):
            return
        clause = self.draft.clauses[self._current]
        clause.heading = self.heading.text()
        clause.text = self.text.toPlainText()
        self.model.refresh_row(self._current)
        self.edited.emit()

    def add_clause(self) -> None:
        self.model.beginResetModel()
        self.draft.clauses.append(ClauseData())
        self.model.endResetModel()
        self._select(len(self.draft.clauses) - 1)
        self.text.setFocus()
        self.edited.emit()

    def remove_clause(self) -> None:
        row = self._current
        if not (0 <= row < len(self.draft.clauses)):
            return
        self.model.beginResetModel()
        del self.draft.clauses[row]
        self.model.endResetModel()
        self._select(min(row, len(self.draft.clauses) - 1))
        self.edited.emit()

    def move_clause(self, step: int) -> None:
        row, clauses = self._current, self.draft.clauses
        target = row + step
        if not (0 <= row < len(clauses) and 0 <= target < len(clauses)):
            return
        self.model.beginResetModel()
        clauses[row], clauses[target] = clauses[target], clauses[row]
        self.model.endResetModel()
        self._select(target)
        self.edited.emit()
