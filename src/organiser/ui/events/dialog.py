"""Create a seminar: title, dates (B.E. in Thai mode), venue, province."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from organiser.core.areas import PROVINCE_NAMES_TH, province_label
from organiser.core.i18n import current_language
from organiser.ui.widgets.dates import ThaiDateEdit


class EventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, default_province: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New seminar"))
        lang = current_language()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Seminar on community financial organisations")
        )
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("short code, e.g. south-2550 (optional)"))
        today = dt.date.today()
        self.starts = ThaiDateEdit()
        self.starts.set_value(today)
        self.ends = ThaiDateEdit()
        self.ends.set_value(today)
        self.starts.dateChanged.connect(self._keep_order)
        self.venue_edit = QLineEdit()
        self.province = QComboBox()
        self.province.addItem("", "")
        for name in PROVINCE_NAMES_TH:
            self.province.addItem(province_label(name, lang), name)
        if default_province:
            self.province.setCurrentIndex(max(0, self.province.findData(default_province)))
        self.objectives = QPlainTextEdit()
        self.objectives.setFixedHeight(70)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("First day"), self.starts)
        form.addRow(self.tr("Last day"), self.ends)
        form.addRow(self.tr("Venue"), self.venue_edit)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Objectives"), self.objectives)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _keep_order(self) -> None:
        if self.ends.value() < self.starts.value():
            self.ends.set_value(self.starts.value())

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("Give the seminar a title."))
            self.title_edit.setFocus()
            return
        if self.ends.value() < self.starts.value():
            self.error.setText(self.tr("The last day cannot be before the first day."))
            return
        self.accept()

    def values(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text().strip(),
            "code": self.code_edit.text().strip() or None,
            "starts_on": self.starts.value(),
            "ends_on": self.ends.value(),
            "venue": self.venue_edit.text().strip(),
            "province": self.province.currentData() or "",
            "objectives": self.objectives.toPlainText().strip(),
        }
