"""Printing from the desk: badges, the day's sign-in sheet, who has not come yet, the attendance
workbook, and invitation letters with QR codes (PDF, or PNG pictures for LINE)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.core.errors import UserError
from organiser.core.i18n import current_language, use_language
from organiser.core.thaidate import format_date, format_weekday
from organiser.services.desk import exports as desk_exports
from organiser.services.desk import letters as desk_letters
from organiser.services.desk.reading import DeskEvent, DeskMatch
from organiser.ui.context import AppContext
from organiser.ui.tasks import run_with_progress
from organiser.ui.widgets.files import FileKind, remember_folder, start_folder
from organiser.ui.writing import error_line


class ExportDialog(QDialog):
    """One small form per document; OK writes the file off the GUI thread."""

    exported = Signal(str, int)  # path, how many people

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        event: DeskEvent,
        day: dt.date,
        person: DeskMatch | None = None,
        last_print: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.seminar, self.person = ctx, kind, event, person
        self.setMinimumWidth(520)
        lang = current_language()
        form = QFormLayout()
        self.layout_choice = QComboBox()
        self.which = QButtonGroup(self)
        self.all_people = QRadioButton()
        self.one_person = QRadioButton()
        self.walk_ins = QRadioButton()
        self.day = QComboBox()
        self.by_province = QCheckBox(self.tr("Group the names by province"))
        self.blank = QCheckBox(self.tr("Blank rows only, for walk-ins to sign"))
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(1, 500)
        self.blank_rows.setValue(40)
        self.blank_rows.setEnabled(False)
        self.blank.toggled.connect(self.blank_rows.setEnabled)
        self.letter_form = QComboBox()
        if kind == "badges":
            self.setWindowTitle(self.tr("Print badges"))
            self.layout_choice.addItem(self.tr("2 × 4 per A4 sheet (99 × 68 mm)"), "2x4")
            self.layout_choice.addItem(self.tr("2 × 5 per A4 sheet (99 × 57 mm)"), "2x5")
            form.addRow(self.tr("Layout"), self.layout_choice)
            self.all_people.setText(self.tr("Everyone registered"))
            self.one_person.setText(
                self.tr("Only {name}").format(name=person.name)
                if person
                else self.tr("Only one person")
            )
            self.one_person.setEnabled(person is not None)
            since = (
                self.tr("since the last print ({when})").format(
                    when=f"{format_date(last_print.astimezone().date(), 'short', lang)} "
                    f"{last_print.astimezone():%H:%M}"
                )
                if last_print
                else self.tr("(no badges printed yet)")
            )
            self.walk_ins.setText(self.tr("Walk-ins {since}").format(since=since))
            box = QVBoxLayout()
            for n, button in enumerate((self.all_people, self.one_person, self.walk_ins)):
                self.which.addButton(button, n)
                box.addWidget(button)
            self.all_people.setChecked(True)
            form.addRow(self.tr("Badges for"), box)
            name = "badges.pdf"
        elif kind == "signin":
            self.setWindowTitle(self.tr("Sign-in sheet"))
            self._add_days(form, event, day, lang)
            form.addRow("", self.by_province)
            blank_row = QHBoxLayout()
            blank_row.addWidget(self.blank)
            blank_row.addWidget(self.blank_rows)
            form.addRow("", blank_row)
            name = f"signin-{day.isoformat()}.pdf"
        elif kind == "not_here":
            self.setWindowTitle(self.tr("People not here yet"))
            self._add_days(form, event, day, lang)
            form.addRow(
                QLabel(self.tr("Who was expected that day and has not checked in, by province."))
            )
            name = f"not-here-{day.isoformat()}.pdf"
        elif kind == "letters":
            self.setWindowTitle(self.tr("Invitation letters with QR codes"))
            self.letter_form.addItem(self.tr("One PDF of letters, a page per person"), "pdf")
            self.letter_form.addItem(self.tr("A PDF per person, into a folder"), "pdfs")
            self.letter_form.addItem(
                self.tr("A picture per person for LINE (PNG), into a folder"), "png"
            )
            self.letter_form.currentIndexChanged.connect(self._name_after_form)
            form.addRow(self.tr("Form"), self.letter_form)
            self.all_people.setText(self.tr("Everyone registered"))
            self.one_person.setText(
                self.tr("Only {name}").format(name=person.name)
                if person
                else self.tr("Only one person")
            )
            self.one_person.setEnabled(person is not None)
            box = QVBoxLayout()
            for n, button in enumerate((self.all_people, self.one_person)):
                self.which.addButton(button, n)
                box.addWidget(button)
            self.all_people.setChecked(True)
            form.addRow(self.tr("Letters for"), box)
            name = "letters.pdf"
        else:
            self.setWindowTitle(self.tr("Attendance"))
            form.addRow(
                QLabel(self.tr("One row per person, for each day: here or not, desk and time."))
            )
            name = "attendance.xlsx"
        self.document_lang = QComboBox()
        self.document_lang.addItem("ไทย", "th")
        self.document_lang.addItem("English", "en")
        self.document_lang.setCurrentIndex(max(0, self.document_lang.findData(lang)))
        form.addRow(self.tr("Document language"), self.document_lang)
        self.suggested_name = name
        self.file_kind = FileKind.SPREADSHEET if kind == "attendance" else FileKind.DOCUMENT
        self.path = QLineEdit(str(start_folder(ctx, self.file_kind) / name))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)
        form.addRow(self.tr("Save as"), path_row)
        self.message = error_line()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _add_days(self, form: QFormLayout, event: DeskEvent, day: dt.date, lang: str) -> None:
        for d in event.days:
            self.day.addItem(f"{format_weekday(d, lang)} {format_date(d, 'short', lang)}", d)
        self.day.setCurrentIndex(event.days.index(day) if day in event.days else 0)
        form.addRow(self.tr("Day"), self.day)
        self.day.currentIndexChanged.connect(self._name_after_day)

    def _suggest(self, name: str) -> None:
        """Follow the choices with the suggested name, unless the user typed another."""
        current = Path(self.path.text().strip())
        if current.name != self.suggested_name:
            return
        self.suggested_name = name
        self.path.setText(str(current.with_name(name)))

    def _name_after_day(self, _index: int) -> None:
        day = self.day.currentData()
        if day is not None:
            prefix = "not-here" if self.kind == "not_here" else "signin"
            self._suggest(f"{prefix}-{day.isoformat()}.pdf")

    def _name_after_form(self, _index: int) -> None:
        self._suggest("letters.pdf" if self.letter_form.currentData() == "pdf" else "letters")

    def choose_path(self) -> None:
        if self.kind == "letters" and self.letter_form.currentData() != "pdf":
            folder = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.path.text())
            if folder:
                self.path.setText(folder)
                remember_folder(self.ctx, self.file_kind, Path(folder) / "letters")
            return
        suffix = "*.xlsx" if self.kind == "attendance" else "*.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), suffix
        )
        if chosen:
            self.path.setText(chosen)
            remember_folder(self.ctx, self.file_kind, Path(chosen))

    def start(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the file."))
            return
        target = Path(text).expanduser()
        store, event_id, kind = self.ctx.store, self.seminar.id, self.kind
        layout = str(self.layout_choice.currentData() or "2x4")
        which_id = self.which.checkedId()
        person_id = self.person.person_id if (self.person and which_id == 1) else None
        day = self.day.currentData()
        by_province, blank = self.by_province.isChecked(), self.blank.isChecked()
        blank_rows = self.blank_rows.value() if blank else 0
        lang = str(self.document_lang.currentData())
        letter_form = str(self.letter_form.currentData() or "pdf")
        if kind == "letters" and letter_form == "pdf" and target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        elif kind == "letters" and letter_form != "pdf" and target.suffix.lower() == ".pdf":
            target = target.with_suffix("")  # a folder, named after the file typed

        def work(_p: Any) -> int:
            with use_language(lang):  # this worker thread's language only, not the window's
                return write(_p)

        def write(_p: Any) -> int:
            if kind == "badges":
                return desk_exports.export_badges(
                    store, event_id, target, layout=layout,
                    which="person" if person_id else ("walk_ins" if which_id == 2 else "all"),
                    person_id=person_id,
                )  # fmt: skip
            if kind == "signin":
                return desk_exports.export_signin(
                    store, event_id, day, target, by_province=by_province, blank_rows=blank_rows
                )
            if kind == "not_here":
                return desk_exports.export_not_here(store, event_id, day, target)
            if kind == "letters":
                return desk_letters.export_letters(
                    store, event_id, target, png=letter_form == "png", person_id=person_id
                )
            return desk_exports.export_attendance(store, event_id, target)

        self.buttons.setEnabled(False)
        self.message.setText("")
        run_with_progress(
            self.ctx.tasks, self, self.tr("Writing {name}…").format(name=target.name), work,
            lambda n: self._done(str(target), n), self._failed, write=True,
            cancel_text=self.tr("Cancel"),
        )  # fmt: skip

    def _done(self, path: str, count: int) -> None:
        self.buttons.setEnabled(True)
        self.exported.emit(path, count)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserError):
            self.message.setText(exc.message)
        elif isinstance(exc, OSError):
            self.message.setText(
                self.tr("The file could not be written: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
        else:
            self.message.setText(self.tr("Something went wrong: {error}").format(error=exc))
