"""The detail pane of an organisation: names, kind, area, issue tags, representatives."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organiser.core.provinces import PROVINCE_NAMES_TH
from organiser.domain.labels import label
from organiser.domain.people import OrganisationKind
from organiser.services.people.districts import districts_of, subdistricts_of
from organiser.services.people.editing import OrganisationRecord
from organiser.ui.people.editor import combo_with_completion, set_items
from organiser.ui.writing import error_line


class OrganisationEditor(QWidget):
    save_requested = Signal(object)  # OrganisationRecord
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record = OrganisationRecord()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.short_name = QLineEdit()
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(label(kind), kind.value)
        self.province = combo_with_completion(PROVINCE_NAMES_TH)
        self.district = combo_with_completion([])
        self.subdistrict = combo_with_completion([])
        self.province.currentTextChanged.connect(
            lambda p: set_items(self.district, districts_of(p.strip()))
        )
        self.district.currentTextChanged.connect(
            lambda d: set_items(
                self.subdistrict, subdistricts_of(self.province.currentText().strip(), d.strip())
            )
        )
        self.village_no = QLineEdit()
        self.issue_tags = QLineEdit()
        self.issue_tags.setPlaceholderText(self.tr("finance, welfare, enterprise, …"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.members = QListWidget()
        self.members.setMaximumHeight(140)
        self.error = error_line()
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Name in English"), self.name_en)
        form.addRow(self.tr("Short form"), self.short_name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Sub-district"), self.subdistrict)
        form.addRow(self.tr("Village no."), self.village_no)
        form.addRow(self.tr("Issues"), self.issue_tags)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Representatives"), self.members)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.record()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self._record.id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        # The form scrolls and Save stays below it: thirteen rows are taller than what a
        # 1366×768 laptop leaves under the toolbar, and Save must never fall off the screen.
        fields = QWidget()
        inner = QVBoxLayout(fields)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.heading)
        inner.addLayout(form)
        inner.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(fields)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.load(OrganisationRecord())

    def load(self, record: OrganisationRecord) -> None:
        self._record = record
        self.heading.setText(record.name or self.tr("New organisation"))
        self.name.setText(record.name)
        self.name_en.setText(record.name_en)
        self.short_name.setText(record.short_name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind)))
        self.province.setEditText(record.province)
        self.district.setEditText(record.district)
        self.subdistrict.setEditText(record.subdistrict)
        self.village_no.setText(record.village_no)
        self.issue_tags.setText(", ".join(record.issue_tags or []))
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        self.notes.setPlainText(record.notes)
        self.members.clear()
        for _pid, name, position in record.representatives or []:
            self.members.addItem(f"{name} — {position}" if position else name)
        self.delete_button.setEnabled(bool(record.id))
        self.show_error("")

    def record(self) -> OrganisationRecord:
        return OrganisationRecord(
            id=self._record.id,
            name=self.name.text(),
            name_en=self.name_en.text(),
            short_name=self.short_name.text(),
            kind=str(self.kind.currentData()),
            province=self.province.currentText(),
            district=self.district.currentText(),
            subdistrict=self.subdistrict.currentText(),
            village_no=self.village_no.text(),
            issue_tags=[t.strip() for t in self.issue_tags.text().replace("،", ",").split(",")],
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
