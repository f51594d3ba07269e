"""Create or correct a seminar: title, dates (B.E. in Thai mode), venue, province.

Creating closes the dialog on OK (`exec()`); correcting emits `submitted` and stays open until
the page has saved (`done_ok`), so that a refusal (sessions outside the new dates, a code in use)
is shown here with everything typed still in place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from organiser.core.i18n import current_language
from organiser.core.provinces import PROVINCE_NAMES_TH, province_label
from organiser.core.thaidate import format_date
from organiser.services.events.editing import EventDetails
from organiser.ui.widgets.dates import ThaiDateEdit
from organiser.ui.writing import error_line


class EventDialog(QDialog):
    submitted = Signal(dict)  # when correcting: the values, the dialog still open

    def __init__(
        self,
        parent: QWidget | None = None,
        default_province: str = "",
        details: EventDetails | None = None,
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("New seminar") if details is None else self.tr("Edit seminar"))
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
        self._last_start: dt.date | None = None  # when correcting: the first day shown before
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
        self.move_agenda = QCheckBox()
        self.move_agenda.setChecked(True)  # a seminar that moves usually takes its programme
        self.move_agenda.hide()
        self.dates_note = QLabel()
        self.dates_note.setWordWrap(True)
        self.dates_note.hide()
        self.error = error_line()

        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("First day"), self.starts)
        form.addRow(self.tr("Last day"), self.ends)
        form.addRow(self.move_agenda)
        form.addRow(self.dates_note)
        form.addRow(self.tr("Venue"), self.venue_edit)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Objectives"), self.objectives)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create") if details is None else self.tr("Save"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if details is not None:
            self._fill(details)
            self._last_start = details.fields.starts_on
        self.starts.dateChanged.connect(self._dates_changed)
        self.ends.dateChanged.connect(self._dates_changed)
        self.resize(520, self.sizeHint().height())

    def _fill(self, details: EventDetails) -> None:
        f = details.fields
        self.title_edit.setText(f.title)
        self.code_edit.setText(f.code or "")
        self.starts.set_value(f.starts_on)
        self.ends.set_value(f.ends_on)
        self.venue_edit.setText(f.venue)
        index = self.province.findData(f.province)
        if index < 0 and f.province:  # a province written some other way is kept as it is
            self.province.addItem(f.province, f.province)
            index = self.province.count() - 1
        self.province.setCurrentIndex(max(0, index))
        self.objectives.setPlainText(f.objectives)
        self.move_agenda.setText(
            self.tr("Move the programme ({n} sessions) by as many days as the first day moves")
            .format(n=details.content.sessions)
        )  # fmt: skip

    def _dates_changed(self) -> None:
        """Ask about the programme only when the first day moves and there is one to move."""
        details = self.details
        if details is None:
            return
        moved = self.starts.value() != details.fields.starts_on
        changed = moved or self.ends.value() != details.fields.ends_on
        checked_days = details.content.checked_in_days
        self.move_agenda.setVisible(moved and details.content.sessions > 0 and not checked_days)
        if changed and checked_days:
            lang = current_language()
            self.dates_note.setText(
                self.tr(
                    "People were checked in on {days}: those days stay in the seminar, and the "
                    "programme stays on its days."
                ).format(days=", ".join(format_date(d, "short", lang) for d in checked_days))
            )
        self.dates_note.setVisible(changed and bool(checked_days))

    def _keep_order(self) -> None:
        start = self.starts.value()
        if self._last_start is not None:
            # a seminar that moves keeps its length: the last day moves with the first
            self.ends.set_value(self.ends.value() + (start - self._last_start))
        elif self.ends.value() < start:
            self.ends.set_value(start)
        if self.details is not None and self._last_start is not None:
            self._last_start = start

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("Give the seminar a title."))
            self.title_edit.setFocus()
            return
        if self.ends.value() < self.starts.value():
            self.error.setText(self.tr("The last day cannot be before the first day."))
            return
        if self.details is None:
            self.accept()
            return
        self.error.clear()
        self.ok_button.setEnabled(False)  # until the page has saved or refused
        self.submitted.emit(self.values())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.ok_button.setEnabled(True)

    def done_ok(self) -> None:
        self.accept()

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {
            "title": self.title_edit.text().strip(),
            "code": self.code_edit.text().strip() or None,
            "starts_on": self.starts.value(),
            "ends_on": self.ends.value(),
            "venue": self.venue_edit.text().strip(),
            "province": self.province.currentData() or "",
            "objectives": self.objectives.toPlainText().strip(),
        }
        if self.details is not None:
            values["move_agenda"] = not self.move_agenda.isHidden() and self.move_agenda.isChecked()
        return values
