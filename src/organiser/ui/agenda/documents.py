"""The agenda's documents from the Agenda place: export (PDF, iCalendar, spreadsheet), the
programme booklet, and a preview in the system's PDF viewer (with a way out when there is none).
The files are written by the page's AgendaEditor, off the GUI thread."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from organiser.core.paths import ensure_private_dir
from organiser.ui.widgets.files import FileKind, ask_save_path

if TYPE_CHECKING:
    from organiser.ui.agenda.page import AgendaPage

FILTERS = {"pdf": "PDF (*.pdf)", "ics": "iCalendar (*.ics)", "xlsx": "Excel (*.xlsx)"}


class AgendaDocuments(QObject):
    def __init__(self, page: AgendaPage) -> None:
        super().__init__(page)
        self.page = page
        self.preview_pending = False

    def ask_save_path(self, fmt: str, suggested: str) -> Path | None:
        kind = FileKind.SPREADSHEET if fmt == "xlsx" else FileKind.DOCUMENT
        target = ask_save_path(
            self.page.ctx, self.page, kind, self.tr("Save the agenda"), suggested, FILTERS[fmt]
        )
        if target is None:
            return None
        return target if target.suffix else target.with_suffix("." + fmt)

    def _file_name(self, fmt: str) -> str:
        agenda = self.page.editor.agenda
        code = agenda.event.code if agenda and agenda.event.code else "agenda"
        stem = self.tr("agenda") + "-" + code
        return f"{stem}.{fmt}"

    def export(self, fmt: str) -> None:
        if self.page.editor.agenda is None:
            return
        target = self.page.ask_save_path(fmt, self._file_name(fmt))
        if target is None:
            return
        self.page._show_message(self.tr("Writing {name}…").format(name=target.name))
        self.page.editor.export(fmt, target, self.page.document_lang())

    def export_booklet(self, target: Path | None = None) -> None:
        """The programme booklet in the document language, written on a worker."""
        agenda = self.page.editor.agenda
        if agenda is None:
            return
        if target is None:
            code = agenda.event.code or "seminar"
            target = ask_save_path(
                self.page.ctx, self.page, FileKind.DOCUMENT, self.tr("Save the programme booklet"),
                self.tr("booklet") + f"-{code}.pdf", FILTERS["pdf"],
            )  # fmt: skip
            if target is None:
                return
        self.page._show_message(self.tr("Writing {name}…").format(name=target.name))
        self.page.editor.export_booklet(target, self.page.document_lang())

    def preview(self) -> None:
        """Write the PDF to a private temporary folder and open it in the system's viewer."""
        if self.page.editor.agenda is None:
            return
        folder = ensure_private_dir(Path(tempfile.gettempdir()) / "organiser-preview")
        target = (
            folder
            / f"agenda-{self.page.editor.agenda.event.id[:8]}-{self.page.document_lang()}.pdf"
        )
        self.preview_pending = True
        self.page._show_message(self.tr("Preparing the preview…"))
        self.page.editor.export("pdf", target, self.page.document_lang())

    def exported(self, fmt: str, path: str) -> None:
        if self.preview_pending and fmt == "pdf" and "organiser-preview" in path:
            self.preview_pending = False
            if self.page.open_file(Path(path)) is False:
                self._no_viewer()
                return
            self.page._show_message(self.tr("Preview opened."))
            return
        self.page._show_message(self.tr("Saved {path}").format(path=path))

    def _no_viewer(self) -> None:
        """No program shows PDFs here: say so, and offer the file itself instead."""
        self.page._show_error(self.tr("No program to show PDF files was found on this computer."))
        if self.page.ask_to_save_instead():
            self.export("pdf")

    def ask_to_save_instead(self) -> bool:
        box = QMessageBox(self.page)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Preview PDF"))
        box.setText(self.tr("No program to show PDF files was found on this computer."))
        box.setInformativeText(
            self.tr("Save the agenda as a PDF file, to open or print on another computer?")
        )
        save = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton() is save
        box.deleteLater()
        return chosen
