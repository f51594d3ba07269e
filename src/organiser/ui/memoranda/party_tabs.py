"""The editor's parties (organisations from the directory, signatories, witnesses, signatures
recorded party by party) and what each party commits to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.domain.labels import label
from organiser.domain.memoranda import CommitmentState
from organiser.services.memoranda.reading import (
    CommitmentData,
    MemorandumData,
    OrganisationChoice,
    PartyData,
)
from organiser.ui.memoranda.models import (
    CommitmentRow,
    ListModel,
    commitment_columns,
    party_columns,
)
from organiser.ui.memoranda.text_tabs import plain_edit
from organiser.ui.widgets.dates import OptionalDateEdit, ThaiDateEdit
from organiser.ui.widgets.table import fit_columns, keep_columns_fitted, make_table

TITLES = ("นาย", "นาง", "นางสาว", "ดร.", "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.")


def select_row(view: QTableView, row: int) -> None:
    if row >= 0:
        view.selectionModel().setCurrentIndex(
            view.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


class PartiesTab(QWidget):
    edited = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = MemorandumData()
        self.locked = False
        self.organisations: dict[str, OrganisationChoice] = {}  # label -> choice
        self._signed_at_load: dict[int, dt.date | None] = {}
        self.model = ListModel(party_columns(lang), self)
        self.table = make_table(self.model, sortable=False, single=True)
        keep_columns_fitted(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.add_button = QPushButton(self.tr("Add party"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_party)
        self.remove_button.clicked.connect(self.remove_party)
        self.up_button.clicked.connect(lambda: self.move_party(-1))
        self.down_button.clicked.connect(lambda: self.move_party(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Type part of the name, e.g. ธ.ก.ส. or ออมสิน"))
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.organisation.setCompleter(self.completer)
        self.completer.activated.connect(self.choose_organisation)
        self.organisation.editingFinished.connect(
            lambda: self.choose_organisation(self.organisation.text())
        )
        self.new_note = QLabel()
        self.new_note.setObjectName("hint")
        self.new_note.setWordWrap(True)
        organisation_box = QWidget()
        organisation_column = QVBoxLayout(organisation_box)
        organisation_column.setContentsMargins(0, 0, 0, 0)
        organisation_column.addWidget(self.organisation)
        organisation_column.addWidget(self.new_note)
        self.sig_title = QComboBox()
        self.sig_title.setEditable(True)
        self.sig_title.addItems(TITLES)
        self.sig_name = QLineEdit()
        self.sig_name.setPlaceholderText(self.tr("Given name and family name"))
        self.sig_position = QLineEdit()
        self.witness_name = QLineEdit()
        self.witness_name.setPlaceholderText(self.tr("Optional: title, name and family name"))
        self.witness_position = QLineEdit()
        self.signed = QCheckBox(self.tr("Signed on"))
        self.signed_on = ThaiDateEdit()
        self.unsigned_note = QLineEdit()
        self.unsigned_note.setPlaceholderText(
            self.tr("If it does not sign (yet): why, e.g. ผู้บริหารติดราชการ ลงนามภายหลัง")
        )
        signed_row = QHBoxLayout()
        signed_row.addWidget(self.signed)
        signed_row.addWidget(self.signed_on)
        signed_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Organisation"), organisation_box)
        form.addRow(self.tr("Signatory's title"), self.sig_title)
        form.addRow(self.tr("Signatory"), self.sig_name)
        form.addRow(self.tr("Signatory's position"), self.sig_position)
        form.addRow(self.tr("Witness"), self.witness_name)
        form.addRow(self.tr("Witness's position"), self.witness_position)
        form.addRow(self.tr("Signature"), signed_row)
        form.addRow(self.tr("Not signed because"), self.unsigned_note)
        self.form_box = QGroupBox(self.tr("Party"))
        self.form_box.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form_box)
        for line in (self.sig_name, self.sig_position, self.witness_name, self.witness_position,
                     self.unsigned_note):  # fmt: skip
            line.textEdited.connect(lambda _t: self._store())
        self.sig_title.currentTextChanged.connect(lambda _t: self._store())
        self.signed.toggled.connect(lambda _on: self._store())
        self.signed_on.dateChanged.connect(lambda _d: self._store())
        self._loading = False
        self._current = -1

    # ------------------------------------------------------------ data in

    def set_organisations(self, choices: list[OrganisationChoice]) -> None:
        """The directory's organisations (again, when one was added elsewhere meanwhile)."""
        self.organisations = {c.label: c for c in choices}
        self.completer_model.setStringList([c.label for c in choices])
        if not self.organisation.hasFocus():  # never change what someone is typing
            self._show_new_note(self.current)

    def find_organisation(self, text: str) -> OrganisationChoice | None:
        """The organisation `text` names exactly: as listed, by its name or its short name."""
        wanted = "".join(text.casefold().split())
        if not wanted:
            return None
        for listed, org in self.organisations.items():
            names = (listed, org.name, org.short_name)
            if any(wanted == "".join(n.casefold().split()) for n in names if n):
                return org
        return None

    def _show_new_note(self, party: PartyData | None) -> None:
        new = party is not None and not party.organisation_id and party.organisation_name
        self.new_note.setText(
            self.tr("Not in the directory yet: it is added there when you save.") if new else ""
        )
        self.new_note.setVisible(bool(new))

    def show_draft(self, draft: MemorandumData, locked: bool) -> None:
        self.draft, self.locked = draft, locked
        self._signed_at_load = {id(p): p.signed_on for p in draft.parties}
        self.model.set_rows(draft.parties)
        self.model.rows = draft.parties
        fit_columns(self.table)
        self._select(0 if draft.parties else -1)

    @property
    def current(self) -> PartyData | None:
        parties = self.draft.parties
        return parties[self._current] if 0 <= self._current < len(parties) else None

    def _select(self, row: int) -> None:
        select_row(self.table, row)
        self._show(row)

    def _show(self, row: int) -> None:
        self._loading = True
        self._current = row
        party = self.current or PartyData()
        has = self.current is not None
        org = self.organisations.get(self._label_of(party))
        self.organisation.setText(org.label if org else party.organisation_name)
        self.sig_title.setCurrentText(party.signatory_title)
        self.sig_name.setText(party.signatory_name)
        self.sig_position.setText(party.signatory_position)
        self.witness_name.setText(party.witness_name)
        self.witness_position.setText(party.witness_position)
        self.signed.setChecked(party.signed_on is not None)
        today = dt.date.today()
        likely = min(self.draft.signed_on or self.draft.valid_from or today, today)
        self.signed_on.set_value(party.signed_on or likely)  # the ceremony, most often
        self.unsigned_note.setText(party.unsigned_note)
        text_ok = has and not self.locked
        for w in (self.organisation, self.sig_name, self.sig_position, self.witness_name,
                  self.witness_position):  # fmt: skip
            w.setReadOnly(not text_ok)
        self.sig_title.setEnabled(text_ok)
        # a late signature may still be recorded once the memorandum is signed
        sign_ok = has and (not self.locked or self._signed_at_load.get(id(party)) is None)
        self.signed.setEnabled(sign_ok)
        self.signed_on.setEnabled(sign_ok and party.signed_on is not None)
        self.unsigned_note.setReadOnly(not sign_ok)
        self._show_new_note(self.current)
        self.add_button.setEnabled(not self.locked)
        self.remove_button.setEnabled(text_ok)
        self.up_button.setEnabled(text_ok and row > 0)
        self.down_button.setEnabled(text_ok and row < len(self.draft.parties) - 1)
        self._loading = False

    def _label_of(self, party: PartyData) -> str:
        for text, org in self.organisations.items():
            if org.id == party.organisation_id:
                return text
        return ""

    # ------------------------------------------------------------ edits

    def choose_organisation(self, text: str) -> None:
        """A name from the directory, or a new agency's name typed in full (it is added to
        the directory when the memorandum is saved)."""
        party = self.current
        name = " ".join(text.split())
        if party is None or self.locked or self._loading or not name:
            return
        org = self.organisations.get(text.strip()) or self.find_organisation(name)
        if org is not None:
            if org.id == party.organisation_id:
                return
            party.organisation_id = org.id
            party.organisation_name = org.name
            party.organisation_short = org.short_name
            self.organisation.setText(org.label)
        else:
            if party.organisation_name == name:
                return  # as it was (an organisation no longer listed keeps its place)
            party.organisation_id = ""
            party.organisation_name = name
            party.organisation_name_en = party.organisation_short = ""
        self._show_new_note(party)
        self.model.refresh_row(self._current)
        self.edited.emit()

    def _store(self) -> None:
        party = self.current
        if self._loading or party is None:
            return
        party.signatory_title = self.sig_title.currentText().strip()
        party.signatory_name = self.sig_name.text()
        party.signatory_position = self.sig_position.text()
        party.witness_name = self.witness_name.text()
        party.witness_position = self.witness_position.text()
        party.signed_on = self.signed_on.value() if self.signed.isChecked() else None
        party.unsigned_note = self.unsigned_note.text()
        self.signed_on.setEnabled(self.signed.isChecked() and self.signed.isEnabled())
        self.model.refresh_row(self._current)
        self.edited.emit()

    def add_party(self) -> None:
        self.model.beginResetModel()
        self.draft.parties.append(PartyData())
        self.model.endResetModel()
        self._select(len(self.draft.parties) - 1)
        self.organisation.setFocus()
        self.edited.emit()

    def remove_party(self) -> None:
        row = self._current
        if self.current is None:
            return
        self.model.beginResetModel()
        del self.draft.parties[row]
        self.model.endResetModel()
        self._select(min(row, len(self.draft.parties) - 1))
        self.edited.emit()

    def move_party(self, step: int) -> None:
        row, parties = self._current, self.draft.parties
        target = row + step
        if not (0 <= row < len(parties) and 0 <= target < len(parties)):
            return
        self.model.beginResetModel()
        parties[row], parties[target] = parties[target], parties[row]
        self.model.endResetModel()
        self._select(target)
        self.edited.emit()


class CommitmentsTab(QWidget):
    edited = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = MemorandumData()
        self.rows: list[CommitmentRow] = []
        self.model = ListModel(commitment_columns(lang), self)
        self.table = make_table(self.model, sortable=False, single=True)
        keep_columns_fitted(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.add_button = QPushButton(self.tr("Add commitment"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_commitment)
        self.remove_button.clicked.connect(self.remove_commitment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        self.party = QComboBox()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems([
            self.tr("budget"), self.tr("staff"), self.tr("training"), self.tr("loans"),
            self.tr("data"), self.tr("venue"), self.tr("academic support"),
        ])  # fmt: skip
        self.description = plain_edit(60)
        self.description.setMaximumHeight(110)
        self.due = OptionalDateEdit(self.tr("no date"))
        self.state = QComboBox()
        for s in CommitmentState:
            self.state.addItem(label(s), s.value)
        form = QFormLayout()
        form.addRow(self.tr("Party"), self.party)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("What it will do"), self.description)
        form.addRow(self.tr("By"), self.due)
        form.addRow(self.tr("State"), self.state)
        self.form_box = QGroupBox(self.tr("Commitment"))
        self.form_box.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.form_box, 1)
        self.party.currentIndexChanged.connect(lambda _i: self._store())
        self.category.currentTextChanged.connect(lambda _t: self._store())
        self.description.textChanged.connect(self._store)
        self.due.changed.connect(self._store)
        self.state.currentIndexChanged.connect(lambda _i: self._store())
        self._loading = False
        self._current = -1

    def show_draft(self, draft: MemorandumData, _locked: bool) -> None:
        self.draft = draft
        self._rebuild(0)

    def _rebuild(self, select: int) -> None:
        self.rows = [CommitmentRow(p, c) for p in self.draft.parties for c in p.commitments]
        self.model.set_rows(self.rows)
        fit_columns(self.table)
        self._loading = True
        self.party.clear()
        for i, p in enumerate(self.draft.parties):
            self.party.addItem(p.organisation_name or self.tr("(party {n})").format(n=i + 1), i)
        self._loading = False
        has_parties = bool(self.draft.parties)
        self.add_button.setEnabled(has_parties)
        self.hint.setText("" if has_parties else self.tr("Add the parties first."))
        row = min(select, len(self.rows) - 1)
        select_row(self.table, row)
        self._show(row)

    @property
    def current(self) -> CommitmentRow | None:
        return self.rows[self._current] if 0 <= self._current < len(self.rows) else None

    def _show(self, row: int) -> None:
        self._loading = True
        self._current = row
        item = self.current
        c = item.commitment if item else CommitmentData()
        self.party.setCurrentIndex(self.draft.parties.index(item.party) if item else -1)
        self.category.setCurrentText(c.category)
        self.description.setPlainText(c.description)
        self.due.set_value(c.due_on, dt.date.today())
        self.state.setCurrentIndex(max(self.state.findData(c.state), 0))
        self.form_box.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self._loading = False

    def _store(self) -> None:
        item = self.current
        if self._loading or item is None:
            return
        c = item.commitment
        c.category = self.category.currentText().strip()
        c.description = self.description.toPlainText()
        c.due_on = self.due.value()
        c.state = self.state.currentData() or c.state
        index = self.party.currentData()
        if index is not None and self.draft.parties[index] is not item.party:
            item.party.commitments.remove(c)
            item.party = self.draft.parties[index]
            item.party.commitments.append(c)
        self.model.refresh_row(self._current)
        self.edited.emit()

    def add_commitment(self) -> None:
        if not self.draft.parties:
            return
        index = self.party.currentData() if self.current else 0
        party = self.draft.parties[index or 0]
        party.commitments.append(CommitmentData())
        self._rebuild(len(self.rows))  # the new one is the last of its party
        new = next(i for i, r in enumerate(self.rows) if r.commitment is party.commitments[-1])
        select_row(self.table, new)
        self._show(new)
        self.description.setFocus()
        self.edited.emit()

    def remove_commitment(self) -> None:
        item = self.current
        if item is None:
            return
        item.party.commitments.remove(item.commitment)
        self._rebuild(self._current)
        self.edited.emit()
