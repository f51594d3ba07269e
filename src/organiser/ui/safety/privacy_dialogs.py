"""Personal data: the audit log viewer, and erasing a person's data for good."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.core.thaitext import insert_word_breaks
from organiser.services.safety.erasure_reach import (
    ErasureReport,
    deletable,
    erase_everywhere,
    outside_message,
    unfinished_message,
)
from organiser.services.safety.labels import action_label, when_text
from organiser.services.safety.privacy import (
    AuditRow,
    ErasureResult,
    PersonChoice,
    list_audit,
    people_to_erase,
)
from organiser.ui.context import AppContext
from organiser.ui.widgets.table import Column, RowsModel, Widths, make_table

SEARCH_PAUSE_MS = 120  # the People place's pause after a keystroke (ui/people/search.py)
SHOWN = 100  # people listed at most, as in People: the one sought is found by typing more


def tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyDialogs", text)


def _table(model: Any) -> QTableView:
    return make_table(
        model, sortable=False, alternating=False, single=True, widths=Widths.CONTENTS, wrap=True
    )


def audit_columns(lang: str) -> list[Column[AuditRow]]:
    return [
        Column(tr("When"), lambda r: when_text(r.at, lang), sort=lambda r: r.at),
        Column(tr("What"), lambda r: action_label(r.action)),
        Column(tr("Who"), lambda r: r.actor),
        Column(tr("Details"), lambda r: insert_word_breaks(r.detail), tooltip=lambda r: r.detail),
    ]


class AuditDialog(QDialog):
    """Help → Personal data log: imports, exports, erasures and restores, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Personal data log"))
        self.resize(900, 480)
        intro = QLabel(
            insert_word_breaks(
                self.tr(
                    "What was done with personal data in this data folder: imports, exports, "
                    "erasures and restores, with who and when (PDPA)."
                )
            )
        )
        intro.setWordWrap(True)
        self.model: RowsModel[AuditRow] = RowsModel(audit_columns(ctx.lang), self)
        self.view = _table(self.model)
        self.empty = QLabel(self.tr("Nothing has been recorded yet."))
        self.empty.hide()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    def load(self) -> None:
        store = self.ctx.store

        def work(_p: Any) -> list[AuditRow]:
            with store.reader() as uow:
                return list_audit(uow)

        self.ctx.tasks.run(work, self.fill)

    def fill(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()


def person_columns() -> list[Column[PersonChoice]]:
    return [
        Column(tr("Name"), lambda r: r.name, sort=lambda r: r.sort_key),
        Column(tr("Organisation"), lambda r: r.organisation),
        Column(tr("Province"), lambda r: r.province),
        Column(tr("Phone"), lambda r: r.phone_hint),
    ]


class ErasePersonDialog(QDialog):
    """File → Erase a person's data: find them, confirm, and their identity is gone for good
    (also from the backups); attendance and history stay, without a name."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, person_id: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id  # chosen on the People page: selected once found
        self.setWindowTitle(self.tr("Erase a person's data"))
        self.resize(760, 480)
        intro = QLabel(
            insert_word_breaks(
                self.tr(
                    "When someone asks for their personal data to be deleted (PDPA), find them here. "
                    "Their name becomes an anonymous label and their contact details, notes, needs "
                    "and consent are removed from the database and from its backups. Attendance "
                    "and plans keep working, without their identity. This cannot be undone."
                )
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, nickname, phone or organisation"))
        # as in People: a short pause after the last keystroke, then one bounded search off
        # the GUI thread; an answer to text typed before is dropped
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._pause.start())
        self._asked = 0
        self.answered: str | None = None  # the text the list shows the answer to
        self.model: RowsModel[PersonChoice] = RowsModel(person_columns(), self)
        self.view = _table(self.model)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # columns fitted to the rows on screen, not to all 200 (measuring every cell of every
        # row at each keystroke made 100 ms frames)
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        self.view.setWordWrap(False)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase for good…"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.erase_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.last: ErasureResult | None = None
        self.last_report: ErasureReport | None = None

    def load(self) -> None:
        store, text = self.ctx.store, self.search.text()
        self._pause.stop()
        self._asked += 1
        asked = self._asked

        def work(_p: Any) -> list[PersonChoice]:
            with store.reader() as uow:
                return people_to_erase(uow, text, limit=SHOWN)

        def done(rows: list[PersonChoice]) -> None:
            if asked == self._asked:  # otherwise a newer search is on its way
                self.fill(rows)
                self.answered = text

        self.ctx.tasks.run(work, done, owner=self)

    def fill(self, rows: list[PersonChoice]) -> None:
        self.model.set_rows(rows)
        chosen = next((n for n, r in enumerate(rows) if r.id == self.person_id), -1)
        if chosen >= 0:
            self.view.selectRow(chosen)
            self.view.scrollTo(self.model.index(chosen, 0))
        self._update()

    def selected(self) -> PersonChoice | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        self.erase_button.setEnabled(self.selected() is not None)

    def confirm(self, person: PersonChoice) -> bool:
        """Asked before anything changes (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase a person's data"))
        box.setText(self.tr("Erase the personal data of {name} for good?").format(name=person.name))
        box.setInformativeText(self.tr("This cannot be undone, not even from a backup."))
        erase = box.addButton(self.tr("Erase for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is erase

    def erase_selected(self) -> None:
        person = self.selected()
        if person is None or not self.confirm(person):
            return
        store = self.ctx.store
        self.erase_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda _p: erase_everywhere(store, person.id), self._done, self._failed, write=True
        )

    def confirm_delete(self, files: list[Path]) -> bool:
        """Asked before copies that could not be scrubbed are deleted (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Erase a person's data"),
            self.tr(
                "These copies still hold the person's data and could not be scrubbed:\n{files}\n"
                "Delete them?"
            ).format(files="\n".join(str(f) for f in files)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, report: ErasureReport) -> None:
        self.last = report.result
        self.last_report = report
        if report.complete:
            text = self.tr("Erased. The person is now shown as {label}.").format(
                label=report.result.label
            )
        else:
            # success is said only once no file of the app holds the values
            text = unfinished_message(report)
        outside = outside_message(report)
        self.status.setText(insert_word_breaks(" ".join(t for t in (text, outside) if t)))
        self.ctx.changed(Area.PEOPLE)
        self.load()
        store, person_id = self.ctx.store, report.result.person_id
        copies = deletable(report, store)
        if copies and self.confirm_delete(copies):
            self.ctx.tasks.run(
                lambda _p: erase_everywhere(store, person_id, delete_copies=True),
                self._done,
                self._failed,
                write=True,
            )

    def _failed(self, exc: BaseException) -> None:
        self._update()
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self.status.setText(insert_word_breaks(message))


def open_audit_dialog(ctx: AppContext, parent: QWidget) -> AuditDialog:
    dialog = AuditDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.load()
    dialog.open()
    return dialog


def open_erase_dialog(
    ctx: AppContext, parent: QWidget, person_id: str = "", search: str = ""
) -> ErasePersonDialog:
    """The erase dialog; from the People page with the chosen person found and selected."""
    dialog = ErasePersonDialog(ctx, parent, person_id)
    if search:
        dialog.search.blockSignals(True)
        dialog.search.setText(search)
        dialog.search.blockSignals(False)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.load()
    dialog.open()
    return dialog
