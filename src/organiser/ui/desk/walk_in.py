"""The short walk-in form: who they are, then register and check in at once.

Save first looks for a likely duplicate (same phone, or a very similar name in the same
organisation); if one is found it is shown, and the desk chooses: that person, or a new one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.i18n import current_language
from organiser.core.provinces import PROVINCE_NAMES_TH, province_label
from organiser.core.thaitext import COMMON_TITLES, format_phone
from organiser.services.desk.editing import Duplicate, OrganisationChoice, WalkIn
from organiser.ui.writing import error_line


class WalkInDialog(QDialog):
    save_requested = Signal(object)  # WalkIn: look for duplicates, then save
    save_new = Signal(object)  # WalkIn: save as a new person even though duplicates exist
    use_existing = Signal(object, str)  # WalkIn, person id: check in that person instead

    def __init__(
        self,
        organisations: list[OrganisationChoice],
        default_province: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Walk-in"))
        self.setMinimumWidth(680)
        self.organisations = organisations
        self._by_label = {o.label: o for o in organisations} | {o.name: o for o in organisations}
        lang = current_language()

        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(["", *COMMON_TITLES])
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("08x-xxx-xxxx")
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Type part of the name…"))
        completer = QCompleter([o.label for o in organisations], self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.organisation.setCompleter(completer)
        completer.activated.connect(self._organisation_chosen)
        self.province = QComboBox()
        self.province.addItem("", "")
        for name in PROVINCE_NAMES_TH:
            self.province.addItem(province_label(name, lang), name)
        self.province.setCurrentIndex(max(0, self.province.findData(default_province)))

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Given name"), self.given)
        form.addRow(self.tr("Family name"), self.family)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Province"), self.province)

        self.duplicate_label = QLabel(
            self.tr("This may be someone already known. Choose the person, or save as new:")
        )
        self.duplicate_label.setObjectName("deskWarningText")
        self.duplicate_label.setWordWrap(True)
        self.duplicates = QListWidget()
        self.duplicates.setObjectName("walkInDuplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.use_button = QPushButton(self.tr("Check in the chosen person"))
        # Enter in any field registers: this hidden button must not take the default role
        # (the chosen duplicate is checked in with Enter on the list itself)
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self._use_chosen)
        self.duplicates.itemActivated.connect(lambda _i: self._use_chosen())
        for w in (self.duplicate_label, self.duplicates, self.use_button):
            w.hide()

        self.message = error_line()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button = self.buttons.addButton(
            self.tr("Register and check in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.use_button)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._duplicates_shown = False
        self.given.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # set once the button is inside the dialog (before, Qt forgets it and Enter pressed
        # Cancel or a hidden button): Enter in any field registers
        self.save_button.setDefault(True)

    def _organisation_chosen(self, text: str) -> None:
        org = self._by_label.get(text)
        if org is not None and org.province and not self.province.currentData():
            self.province.setCurrentIndex(max(0, self.province.findData(org.province)))

    def form(self) -> WalkIn:
        text = self.organisation.text().strip()
        org = self._by_label.get(text)
        return WalkIn(
            title=self.title.currentText().strip(),
            given_name=self.given.text().strip(),
            family_name=self.family.text().strip(),
            phone=self.phone.text().strip(),
            organisation_id=org.id if org else None,
            organisation_name="" if org else text,
            province=str(self.province.currentData() or ""),
        )

    def _save(self) -> None:
        form = self.form()
        if not form.given_name:
            self.show_message(self.tr("Type at least the given name."))
            self.given.setFocus()
            return
        self.save_button.setEnabled(False)
        if self._duplicates_shown:
            self.save_new.emit(form)
        else:
            self.save_requested.emit(form)

    def show_duplicates(self, found: list[Duplicate]) -> None:
        self.save_button.setEnabled(True)
        self._duplicates_shown = True
        self.duplicates.clear()
        lang = current_language()
        for d in found:
            parts = [
                d.name,
                d.organisation,
                province_label(d.province, lang),
                format_phone(d.phone),
            ]
            text = " · ".join(p for p in parts if p) + f"  ({d.explain()})"
            if d.registration_id:
                text += " · " + self.tr("registered for this event")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.person_id)
            self.duplicates.addItem(item)
        self.duplicates.setCurrentRow(0)
        for w in (self.duplicate_label, self.duplicates, self.use_button):
            w.show()
        self.save_button.setText(self.tr("Save as a new person"))
        self.duplicates.setFocus()

    def _use_chosen(self) -> None:
        item = self.duplicates.currentItem()
        if item is not None:
            self.use_button.setEnabled(False)
            self.use_existing.emit(self.form(), str(item.data(Qt.ItemDataRole.UserRole)))

    def show_message(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.use_button.setEnabled(True)
        self.message.setText(text)
