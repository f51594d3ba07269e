"""Lists in and out of the People place: importing an invitation list (after a seminar is
chosen, with the preview dialog), saying what an import did, taking it back, and exporting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from organiser.ui.widgets.files import FileKind, ask_open_path, ask_save_path

if TYPE_CHECKING:
    from organiser.services.people.importing.writing import ImportResult
    from organiser.ui.people.import_dialog import ImportDialog
    from organiser.ui.people.page import PeoplePage


class PeopleTransfers(QObject):
    def __init__(self, page: PeoplePage) -> None:
        super().__init__(page)
        self.page = page

    def start_import(self, path: str | Path | None = None) -> ImportDialog | None:
        """Ask for a file (unless given) and open the import preview for the current seminar."""
        event_id = self.page.ctx.current_event_id
        if not event_id:
            answer = QMessageBox.question(
                self.page,
                self.tr("Import"),
                self.tr(
                    "An invitation list is imported into a seminar, and none is chosen. Create "
                    "a new seminar now? (To use an existing one, choose it in the toolbar.)"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                from organiser.ui.events.page import create_event_interactively

                def then(_event_id: str) -> None:
                    self.start_import(path)

                create_event_interactively(self.page.ctx, self.page, then=then)
            return None
        if path is None:
            chosen = ask_open_path(
                self.page.ctx,
                self.page,
                FileKind.INVITATION_LIST,
                self.tr("Import an invitation list"),
                self.tr("Spreadsheets (*.xlsx *.csv)"),
            )
            if chosen is None:
                return None
            path = chosen
        from organiser.ui.people.import_dialog import ImportDialog

        title = next((e.title for e in self.page.events if e.id == event_id), "")
        dialog = ImportDialog(self.page.ctx, Path(path), event_id, title, self.page)
        dialog.import_finished.connect(self.imported)
        self.page.import_dialog = dialog
        dialog.open()
        return dialog

    def imported(self, result: ImportResult) -> None:
        self.page.controller.last_import = result
        said = self.tr("Imported: {created} added, {merged} merged, {registered} invited.").format(
            created=result.created, merged=result.merged, registered=result.registered
        )
        self.page.ctx.status_message.emit(said)
        # said here too, where the import was started: the status bar is easy to miss
        details = [said]
        if result.skipped:
            details.append(self.tr("{n} rows were skipped.").format(n=result.skipped))
        if result.organisations_created:
            details.append(
                self.tr("{n} new organisations were added to the directory.").format(
                    n=result.organisations_created
                )
            )
        self.page.import_result_box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import"), "\n".join(details),
            QMessageBox.StandardButton.Ok, self.page,
        )  # fmt: skip
        self.page.import_result_box.open()

    def undo_last_import(self) -> None:
        """Asks first, with the counts (see ui.people.undo_import); a backup is made before."""
        self.page.import_undo.ask()

    def start_export(self) -> None:
        from organiser.ui.people.dialogs import ExportDialog

        dialog = ExportDialog(bool(self.page.ctx.current_event_id), self.page)
        if not dialog.exec():
            return
        path = ask_save_path(
            self.page.ctx, self.page, FileKind.SPREADSHEET, self.tr("Export people"), "people.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )  # fmt: skip
        if path is not None:
            self.page.export_to(path, dialog.columns(), dialog.for_event())
