"""Undo the last import, and take that back: the question with the counts, and the work.

The undo never goes ahead without a question that gives the counts ("300 people, 33 of them
checked in"); people used since are kept and the question says so; when nothing can be taken
back it only explains. A backup is made first, and the undo can be taken back with Redo (done
by the services, not a restore).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.services.people.importing.undo import (
    BatchRow,
    RedoResult,
    UndoPreview,
    UndoResult,
    preview_undo,
    redo_import,
    undo_import,
)
from organiser.services.safety.autobackup import BulkChange
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.people.work import StoreWork


class ImportUndo(QObject):
    """Owns the Undo and Redo buttons of the people page; `show_batches` keeps them right."""

    undone = Signal(object)  # UndoResult
    redone = Signal(object)  # RedoResult

    def __init__(self, ctx: AppContext, work: StoreWork, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.work, self.parent_widget = ctx, work, parent
        self.batch = ""  # the current seminar's newest import
        self.question: QMessageBox | None = None  # open while it waits for an answer
        self.undo_button = QPushButton(self.tr("Undo the last import…"))
        self.undo_button.setToolTip(
            self.tr("Take back the newest import of this seminar; you are asked first")
        )
        self.undo_button.clicked.connect(self.ask)
        self.undo_button.setEnabled(False)
        self.redo_button = QPushButton(self.tr("Redo the import"))
        self.redo_button.setToolTip(self.tr("Bring back what the undo took back"))
        self.redo_button.clicked.connect(self.redo)
        self.redo_button.setVisible(False)

    def show_batches(self, batches: list[BatchRow]) -> None:
        """Only the newest import is offered: undoing steps back one import, never more."""
        newest = batches[0] if batches else None
        self.batch = newest.id if newest else ""
        self.undo_button.setEnabled(newest is not None and not newest.undone)
        self.redo_button.setVisible(newest is not None and newest.undone)

    def ask(self) -> None:
        """Read what the undo would take back and keep, then ask."""
        batch = self.batch
        if batch:
            self.undo_button.setEnabled(False)  # one question at a time
            self.work.read(lambda uow: preview_undo(uow, batch), self._ask)

    def _ask(self, preview: UndoPreview) -> None:
        self.undo_button.setEnabled(True)
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle(self.tr("Undo the last import"))
        counts = preview.counts_text()  # the same words as the command line's
        if preview.nothing_to_undo:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                self.tr(
                    "Nothing of the import of {file} can be taken back: {counts}. Everyone is kept."
                ).format(file=preview.file_name, counts=counts)
            )
            box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        else:
            box.setIcon(QMessageBox.Icon.Question)
            if preview.touched:
                text = self.tr(
                    "The import of {file} added {counts}. Those are kept with their "
                    "invitations and check-ins. Take back the other {n} people?"
                ).format(file=preview.file_name, counts=counts, n=preview.people_to_undo)
                go = self.tr("Undo the other {n}").format(n=preview.people_to_undo)
            else:
                text = self.tr("Take back the import of {file}: {counts}?").format(
                    file=preview.file_name, counts=counts
                )
                go = self.tr("Undo the import")
            box.setText(text)
            box.setInformativeText(
                self.tr("A backup is made first, and 'Redo the import' brings it all back.")
            )
            yes = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(
                box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            )
            box.buttonClicked.connect(lambda b: self.undo(preview.batch_id) if b is yes else None)
        box.finished.connect(lambda _r: setattr(self, "question", None))
        self.question = box
        box.open()  # window-modal; a test answers it by clicking its buttons

    def undo(self, batch: str) -> None:
        def done(result: UndoResult) -> None:
            self.ctx.changed(Area.PEOPLE)
            message = self.tr("Import taken back: {people} people, {n} invitations.").format(
                people=result.people, n=result.invitations
            )
            if result.kept_people:
                message += " " + self.tr("{n} people were kept.").format(n=result.kept_people)
            self.ctx.status_message.emit(message)
            self.undone.emit(result)

        def work(uow: UnitOfWork) -> UndoResult:
            # what was touched between the question and now is kept as well
            return undo_import(uow, batch, only_untouched=True)

        self.work.write(work, done, backup_first=BulkChange.UNDO_IMPORT)

    def redo(self) -> None:
        batch = self.batch
        if not batch:
            return
        self.redo_button.setEnabled(False)

        def done(result: RedoResult) -> None:
            self.redo_button.setEnabled(True)
            self.ctx.changed(Area.PEOPLE)
            self.ctx.status_message.emit(
                self.tr("Import brought back: {people} people, {n} invitations.").format(
                    people=result.people, n=result.invitations
                )
            )
            self.redone.emit(result)

        def failed(message: str) -> None:
            self.redo_button.setEnabled(True)
            self.work.show_error(UserError(message))

        self.work.write(
            lambda uow: redo_import(uow, batch), done, failed, backup_first=BulkChange.REDO_IMPORT
        )
