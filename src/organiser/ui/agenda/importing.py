"""The agenda page's Import menu: a programme from a file (Excel, CSV, Word), rows pasted from
Excel (Ctrl+V on the table), and taking the last import back. Each opens the same preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.core.progress import Progress
from organiser.services.agenda.importing.writing import (
    AgendaImportResult,
    AgendaImportRow,
    UndoResult,
    last_agenda_import,
    undo_agenda_import,
)
from organiser.services.safety.autobackup import BulkChange
from organiser.ui.agenda.import_dialog import AgendaImportController, AgendaImportDialog
from organiser.ui.widgets.files import FileKind, ask_open_path
from organiser.ui.writing import run_write

if TYPE_CHECKING:
    from organiser.ui.agenda.page import AgendaPage


class AgendaImporting(QObject):
    def __init__(self, page: AgendaPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: AgendaImportDialog | None = None
        # replaceable in tests: the question before an undo
        self.confirm: Callable[[str], bool] = self._confirm
        self.button = QToolButton()
        self.button.setText(self.tr("Import"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.file_action = menu.addAction(self.tr("From a file (Excel, CSV, Word)…"))
        self.file_action.triggered.connect(lambda: self.from_file())
        self.paste_action = QAction(self.tr("Paste rows copied from Excel"), page)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        # on the page's table only: a text box being edited keeps its own Ctrl+V
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(lambda: self.paste())
        page.addAction(self.paste_action)
        menu.addAction(self.paste_action)
        menu.addSeparator()
        self.undo_action = menu.addAction(self.tr("Take back the last import…"))
        self.undo_action.triggered.connect(self.undo_last)
        self.button.setMenu(menu)

    def _event(self) -> tuple[str, str] | None:
        agenda = self.page.editor.agenda
        return (agenda.event.id, agenda.event.title) if agenda is not None else None

    def from_file(self, path: Path | None = None) -> AgendaImportDialog | None:
        event = self._event()
        if event is None:
            return None
        if path is None:
            path = ask_open_path(
                self.page.ctx, self.page, FileKind.INVITATION_LIST,
                self.tr("Import a programme"),
                self.tr("Programmes (*.xlsx *.csv *.docx)"),
            )  # fmt: skip
            if path is None:
                return None
        return self._open(AgendaImportController(self.page.ctx, event[0], path=path), event[1])

    def paste(self, text: str | None = None) -> AgendaImportDialog | None:
        event = self._event()
        if event is None:
            return None
        if text is None:
            text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.page._show_error(self.tr("The clipboard holds no rows; copy them in Excel first."))
            return None
        index = self.page.tabs.currentIndex()
        day = self.page.days[index] if 0 <= index < len(self.page.days) else None
        controller = AgendaImportController(self.page.ctx, event[0], pasted=text, default_day=day)
        return self._open(controller, event[1])

    def _open(self, controller: AgendaImportController, title: str) -> AgendaImportDialog:
        dialog = AgendaImportDialog(controller, title, self.page)
        dialog.import_finished.connect(self._imported)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, result: AgendaImportResult) -> None:
        self.page.reload()
        text = self.tr("Imported {n} sessions ({conflicts} with a conflict).").format(
            n=result.sessions, conflicts=result.conflicts
        )
        if result.speakers:
            text += " " + self.tr("{n} speakers found in the directory.").format(n=result.speakers)
        self.page._show_message(text)

    def undo_last(self) -> None:
        event = self._event()
        if event is None:
            return
        store = self.page.ctx.store

        def find(_p: Progress) -> AgendaImportRow | None:
            with store.reader() as uow:
                return last_agenda_import(uow, event[0])

        def ask(last: AgendaImportRow | None) -> None:
            if last is None:
                self.page._show_message(self.tr("No import to take back."))
                return
            source = last.source or self.tr("pasted rows")
            question = self.tr(
                "Take back the {n} sessions imported from {source}? Sessions changed since "
                "then go too; a backup is made first."
            ).format(n=last.sessions, source=source)
            if self.confirm(question):
                self._undo(last.id)

        self.page.ctx.tasks.run(find, ask, self._failed, owner=self)

    def _undo(self, import_id: str) -> None:
        def done(result: UndoResult) -> None:
            self.page.reload()
            self.page._show_message(
                self.tr("Import taken back: {n} sessions removed.").format(n=result.sessions)
            )

        run_write(
            self.page.ctx,
            lambda uow: undo_agenda_import(uow, import_id),
            done,
            show=self.page._show_error,
            owner=self,
            backup_first=BulkChange.UNDO_IMPORT,
            changed=[Area.AGENDA],
        )

    def _failed(self, exc: BaseException) -> None:
        self.page._show_error(exc.message if isinstance(exc, UserError) else str(exc))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.page, self.tr("Take back the import"), question)
        return answer == QMessageBox.StandardButton.Yes
