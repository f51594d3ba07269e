"""The detail pane: edit one person (or add one), with official areas as type-ahead."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organiser.core.provinces import PROVINCE_NAMES_TH
from organiser.core.thaitext import COMMON_TITLES, format_phone, normalise_phone
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.services.people.directory import OrganisationOption, PersonRecord
from organiser.services.people.districts import districts_of, subdistricts_of
from organiser.ui.widgets.dates import ThaiDateEdit
from organiser.ui.writing import error_line


def combo_with_completion(items: list[str] | tuple[str, ...], editable: bool = True) -> QComboBox:
    """An editable combo whose completer matches anywhere in the text (type-ahead)."""
    combo = QComboBox()
    combo.setEditable(editable)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # long organisation names must not widen the pane
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.addItems(list(items))
    completer = QCompleter(list(items), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setCurrentIndex(-1)
    return combo


def set_items(combo: QComboBox, items: list[str] | tuple[str, ...]) -> None:
    text = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems(list(items))
    completer = QCompleter(list(items), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    combo.setEditText(text)
    combo.blockSignals(False)


class PersonEditor(QWidget):
    """Fields of a person. `load()` shows a record, `record()` reads it back (unchecked)."""

    save_requested = Signal(object)  # PersonRecord
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record = PersonRecord()
        self._known_districts: list[str] = []
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.title = combo_with_completion(COMMON_TITLES)
        self.title.setToolTip(self.tr("Choose or type a title (นาย, นาง, ดร., a rank, …)"))
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.nickname = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("081-234-5678")
        self.phone.editingFinished.connect(self._format_phone)
        self.email = QLineEdit()
        self.line_id = QLineEdit()
        self.organisation = combo_with_completion([])
        self.position = QLineEdit()
        self.province = combo_with_completion(PROVINCE_NAMES_TH)
        self.district = combo_with_completion([])
        self.subdistrict = combo_with_completion([])
        self.province.currentTextChanged.connect(self._province_changed)
        self.district.currentTextChanged.connect(self._district_changed)
        self.village_no = QLineEdit()
        self.village_no.setMaximumWidth(80)
        self.diet = QLineEdit()
        self.access_needs = QLineEdit()
        self.consent_given = QCheckBox(self.tr("Consent given on"))
        self.consent_on = ThaiDateEdit()
        self.consent_on.setEnabled(False)
        self.consent_given.toggled.connect(self.consent_on.setEnabled)
        self.consent_purpose = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.registrations = QLabel()
        self.registrations.setWordWrap(True)
        self.error = error_line()
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Given name"), self.given_name)
        form.addRow(self.tr("Family name"), self.family_name)
        form.addRow(self.tr("Nickname"), self.nickname)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("LINE ID"), self.line_id)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Sub-district"), self.subdistrict)
        form.addRow(self.tr("Village no."), self.village_no)
        form.addRow(self.tr("Diet"), self.diet)
        form.addRow(self.tr("Access needs"), self.access_needs)
        consent = QHBoxLayout()
        consent.addWidget(self.consent_given)
        consent.addWidget(self.consent_on, 1)
        form.addRow(self.tr("Consent"), consent)
        form.addRow(self.tr("Purpose of consent"), self.consent_purpose)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Seminars"), self.registrations)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.record()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self._record.id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.heading)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.load(PersonRecord())

    # ------------------------------------------------------------ areas
    def set_known_districts(self, values: list[str]) -> None:
        """Values already typed in the database, offered when a province has no official list."""
        self._known_districts = values

    def _province_changed(self, province: str) -> None:
        set_items(self.district, districts_of(province.strip()) or self._known_districts)

    def _district_changed(self, district: str) -> None:
        set_items(
            self.subdistrict, subdistricts_of(self.province.currentText().strip(), district.strip())
        )

    def _format_phone(self) -> None:
        digits = normalise_phone(self.phone.text())
        if digits and len(digits) in (9, 10):
            self.phone.setText(format_phone(digits))

    # ------------------------------------------------------------ data
    def set_organisations(self, options: list[OrganisationOption]) -> None:
        self._orgs = options
        text = self.organisation.currentText()
        set_items(self.organisation, [o.label for o in options])
        self.organisation.setEditText(text)

    def load(self, record: PersonRecord) -> None:
        self._record = record
        self.heading.setText(record.full_name or self.tr("New person"))
        self.title.setEditText(record.title)
        self.given_name.setText(record.given_name)
        self.family_name.setText(record.family_name)
        self.nickname.setText(record.nickname)
        self.phone.setText(format_phone(record.phone))
        self.email.setText(record.email)
        self.line_id.setText(record.line_id)
        self.organisation.setEditText(record.organisation)
        if (line := self.organisation.lineEdit()) is not None:
            line.setCursorPosition(0)  # show the start of a long name
        self.position.setText(record.position)
        self.province.setEditText(record.province)
        self.district.setEditText(record.district)
        self.subdistrict.setEditText(record.subdistrict)
        self.village_no.setText(record.village_no)
        self.diet.setText(record.diet)
        self.access_needs.setText(record.access_needs)
        self.consent_given.setChecked(record.consent_on is not None)
        self.consent_on.set_value(record.consent_on or dt.date.today())
        self.consent_purpose.setText(record.consent_purpose)
        self.notes.setPlainText(record.notes)
        self.registrations.setText(
            "\n".join(
                f"{title} · {label_of(RegistrationStatus, status)} · {label_of(RegistrationRole, role)}"
                for title, status, role in record.registrations
            )
            or "—"
        )
        self.delete_button.setEnabled(bool(record.id))
        self.show_error("")

    def record(self) -> PersonRecord:
        org_text = self.organisation.currentText().strip()
        org_id = next((o.id for o in getattr(self, "_orgs", []) if o.label == org_text), "")
        if not org_text:
            org_id = ""
        elif not org_id and org_text == self._record.organisation:
            org_id = self._record.organisation_id
        return PersonRecord(
            id=self._record.id,
            title=self.title.currentText().strip(),
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            nickname=self.nickname.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            line_id=self.line_id.text(),
            organisation_id=org_id,
            organisation=org_text,
            position=self.position.text(),
            province=self.province.currentText(),
            district=self.district.currentText(),
            subdistrict=self.subdistrict.currentText(),
            village_no=self.village_no.text(),
            diet=self.diet.text(),
            access_needs=self.access_needs.text(),
            consent_on=self.consent_on.value() if self.consent_given.isChecked() else None,
            consent_purpose=self.consent_purpose.text(),
            notes=self.notes.toPlainText(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
