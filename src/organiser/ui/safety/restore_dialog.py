"""File → Restore from a backup: the backups with date, size and what they hold; one click back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.core.thaitext import insert_word_breaks
from organiser.services.safety import labels
from organiser.services.safety.backups import BackupRow, RestoreResult, restore_database
from organiser.services.safety.labels import reason_label
from organiser.ui.context import AppContext
from organiser.ui.widgets.table import Column, RowsModel, Widths, make_table


def tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def when_text(row: BackupRow, lang: str) -> str:
    return labels.when_text(row.made_at, lang)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def count_text(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def backup_columns(lang: str) -> list[Column[BackupRow]]:
    return [
        Column(tr("Made"), lambda r: when_text(r, lang), sort=lambda r: r.made_at),
        Column(
            tr("Why"),
            lambda r: tr("DAMAGED, cannot be restored") if r.damaged else reason_label(r.reason),
        ),
        Column(tr("Size"), lambda r: size_text(r.size), sort=lambda r: r.size, align_right=True),
        Column(tr("People"), lambda r: count_text(r.contents.people), align_right=True),
        Column(tr("Seminars"), lambda r: count_text(r.contents.events), align_right=True),
        Column(tr("Memoranda"), lambda r: count_text(r.contents.memoranda), align_right=True),
        Column(tr("Plans"), lambda r: count_text(r.contents.plans), align_right=True),
    ]


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoreResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(860, 460)
        intro = QLabel(
            insert_word_breaks(
                self.tr(
                    "Choose the backup to go back to. The database as it is now is backed up first, "
                    "so a restore can itself be undone."
                )
            )
        )
        intro.setWordWrap(True)
        self.model: RowsModel[BackupRow] = RowsModel(backup_columns(ctx.lang), self)
        self.view = make_table(  # "Why" (column 1) takes the room
            self.model,
            sortable=False,
            alternating=False,
            single=True,
            widths=Widths.CONTENTS,
            stretch=1,
        )
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = QLabel(self.tr("There are no backups yet. Use File → Back up now."))
        self.empty.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.clicked.connect(self.choose_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.result_: RestoreResult | None = None

    # ------------------------------------------------------------ loading
    def load(self) -> None:
        from organiser.services.safety.backups import list_backup_rows

        store = self.ctx.store
        self.ctx.tasks.run(lambda _p: list_backup_rows(store), self.fill)

    def fill(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        if rows:
            self.view.selectRow(0)

    def selected(self) -> BackupRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        row = self.selected()
        self.restore_button.setEnabled(row is not None and not row.damaged)

    # ------------------------------------------------------------ restoring
    def confirm(self, text: str) -> bool:
        """Asked before anything changes (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        row = self.selected()
        if row is None or row.damaged:
            return
        text = self.tr(
            "Go back to the backup made {when}? It holds {people} people and {events} seminars. "
            "The database as it is now is backed up first."
        ).format(
            when=when_text(row, self.ctx.lang),
            people=count_text(row.contents.people),
            events=count_text(row.contents.events),
        )
        if self.confirm(text):
            self.start_restore(row.path)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(self.ctx.store.backups_dir),
            self.tr("Organiser databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name and self.confirm(
            self.tr(
                "Replace the database with {file}? The database as it is now is backed up first."
            ).format(file=Path(name).name)
        ):
            self.start_restore(Path(name))

    def start_restore(self, path: Path) -> None:
        ctx = self.ctx
        self.restore_button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        ctx.tasks.run(
            lambda _p: restore_database(ctx.data_dir, path, store=ctx.store),
            self._done,
            self._failed,
            write=True,
        )

    def _done(self, result: RestoreResult) -> None:
        self.result_ = result
        self.ctx.changed(Area.ALL)
        message = self.tr("Restored. The database before the restore was kept as {file}.").format(
            file=result.previous_saved_as.name if result.previous_saved_as else "–"
        )
        self.status.setText(insert_word_breaks(message))
        self.ctx.status_message.emit(message)
        self.restored.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.file_button.setEnabled(True)
        self._selection_changed()
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self.status.setText(insert_word_breaks(message))
        self.show_error(message)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Restore from a backup"), message)


def open_restore_dialog(ctx: AppContext, parent: QWidget) -> RestoreDialog:
    dialog = RestoreDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.load()
    dialog.open()
    return dialog
