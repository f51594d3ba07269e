"""The memoranda area: the list of memoranda and, in the same place, the one being edited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.services.memoranda import editing as editing
from organiser.services.memoranda import reading as service
from organiser.ui.context import AppContext
from organiser.ui.memoranda.editor import MemorandumEditor, pdf_name
from organiser.ui.memoranda.list_view import MemorandaList
from organiser.ui.widgets.files import FileKind, ask_save_path
from organiser.ui.writing import run_write


class MemorandaPage(QStackedWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = MemorandaList(ctx)
        self.editor = MemorandumEditor(ctx)
        self.addWidget(self.list)
        self.addWidget(self.editor)
        self.list.new_requested.connect(lambda: self.open_editor(None))
        self.list.open_requested.connect(self.open_editor)
        self.list.print_requested.connect(self.ask_and_print)
        self.list.delete_requested.connect(self.ask_and_delete)
        self.editor.back_requested.connect(self.back_to_list)
        ctx.data_changed.connect(self._on_data_changed)

    def reload(self) -> None:
        self.list.load_organisations()
        self.list.reload()

    def _on_data_changed(self, area: str) -> None:
        if area in (Area.ALL, Area.PEOPLE):
            self.list.load_organisations()
        if area in (Area.ALL, Area.MEMORANDA, Area.PEOPLE):
            self.list.reload()

    def open_editor(self, memorandum_id: str | None) -> None:
        self.editor.open_memorandum(memorandum_id)
        self.setCurrentWidget(self.editor)

    def back_to_list(self) -> None:
        if self.editor.dirty and not self.confirm_discard():
            return
        self.setCurrentWidget(self.list)
        if self.editor.draft.id:
            self.list.select_id(self.editor.draft.id)

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The memorandum has changes that are not saved. Leave without saving them?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ from the list

    def ask_and_print(self, memorandum_id: str) -> None:
        row = next((r for r in self.list.model.rows if r.id == memorandum_id), None)
        name = (
            (row.reference_no or row.title).replace("/", "-") + ".pdf" if row else "memorandum.pdf"
        )
        path = ask_save_path(
            self.ctx, self, FileKind.DOCUMENT, self.tr("Print the memorandum to PDF"), name,
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path is not None:
            self.print_memorandum(memorandum_id, path, open_after=True)

    def print_memorandum(
        self, memorandum_id: str, path: Path, lang: str | None = None, open_after: bool = False
    ) -> Any:
        from organiser.services.memoranda.reports import write_memorandum

        store, doc_lang = self.ctx.store, lang or self.ctx.lang

        def work(_p: Any) -> Path:
            with store.reader() as uow:
                memo = service.load_memorandum(uow, memorandum_id)
            return write_memorandum(memo, path, doc_lang)

        def done(written: Path) -> None:
            self.ctx.status_message.emit(self.tr("Printed to {path}.").format(path=written))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        return self.ctx.tasks.run(work, done, self._report)

    def ask_and_delete(self, memorandum_id: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete the draft"), self.tr("Delete this draft memorandum?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_memorandum(memorandum_id)

    def delete_memorandum(self, memorandum_id: str) -> Any:
        return run_write(
            self.ctx,
            lambda uow: editing.delete_memorandum(uow, memorandum_id),
            show=self._say,
            owner=self,
            changed=[Area.MEMORANDA],
        )

    def _report(self, exc: BaseException) -> None:
        self._say(exc.message if isinstance(exc, UserError) else str(exc))

    def _say(self, message: str) -> None:
        self.ctx.status_message.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Memoranda"), message, parent=self)
        box.open()  # not exec(): the window stays responsive and tests are never held up


def create_page(ctx: AppContext) -> QWidget:
    return MemorandaPage(ctx)


__all__ = ["MemorandaPage", "create_page", "pdf_name"]
