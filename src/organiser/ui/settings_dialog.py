"""Settings: office, this desk's name, language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from organiser.core.i18n import current_language
from organiser.core.provinces import PROVINCE_NAMES_TH, province_label


class SettingsDialog(QDialog):
    def __init__(
        self, office: str, province: str, desk: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        lang = current_language()
        self.office = QLineEdit(office)
        self.province = QComboBox()
        self.province.addItem("", "")
        for name in PROVINCE_NAMES_TH:
            self.province.addItem(province_label(name, lang), name)
        self.province.setCurrentIndex(max(0, self.province.findData(province)))
        self.desk = QLineEdit(desk)
        self.desk.setPlaceholderText(self.tr("e.g. Desk 1"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout(self)
        form.addRow(self.tr("Office name"), self.office)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Name of this desk (laptop)"), self.desk)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {
            "office": self.office.text().strip(),
            "province": str(self.province.currentData() or ""),
            "desk": self.desk.text().strip(),
            "language": str(self.language.currentData() or ""),
        }
