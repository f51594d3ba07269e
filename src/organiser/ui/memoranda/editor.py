"""One memorandum: its text, clauses, parties and signatures, commitments, filed documents and
status history; saved, printed and moved through its life from here.

Every read and write runs on the task runner; refusals and problems (a missing or altered
filed copy) are shown in the message line at the top, in words, and nothing is opened silently.
The heading and the message line are one line each, always: the fields below never move.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.domain.labels import label_of
from organiser.domain.memoranda import MemorandumStatus
from organiser.domain.memoranda_rules import text_locked
from organiser.services.memoranda import editing as editing
from organiser.services.memoranda import files as files
from organiser.services.memoranda import reading as service
from organiser.services.memoranda.reading import MemorandumData
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.memoranda.files_tab import FilesTab
from organiser.ui.memoranda.header import OneLineLabel
from organiser.ui.memoranda.party_tabs import CommitmentsTab, PartiesTab
from organiser.ui.memoranda.status_dialog import StatusDialog
from organiser.ui.memoranda.text_tabs import ClausesTab, ParticularsTab
from organiser.ui.widgets.files import FileKind, ask_open_path, ask_save_path
from organiser.ui.writing import run_write

log = logging.getLogger(__name__)

STATUS_COLOURS = {
    "draft": ("#eeeeee", "#424242"),
    "in_review": ("#fff3e0", "#8a4b00"),
    "signed": ("#e3f2fd", "#0d47a1"),
    "in_force": ("#e8f5e9", "#1b5e20"),
    "expired": ("#f3e5f5", "#4a148c"),
    "terminated": ("#fdecea", "#8a1c12"),
}


def pdf_name(memo: MemorandumData) -> str:
    base = (memo.reference_no or memo.title or "memorandum").replace("/", "-").strip()
    return "".join(ch for ch in base if ch not in '\\:*?"<>|')[:80] + ".pdf"


class MemorandumEditor(QWidget):
    back_requested = Signal()
    loaded = Signal()
    saved = Signal(str)
    printed = Signal(str)
    failed = Signal(str)  # the message shown in the banner
    attachment_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft = MemorandumData()
        self.dirty = False
        self.busy = False
        self.message = ("", False)  # the last thing said (text, problem) until it is outdated
        self.lock_text = ""

        self.back_button = QPushButton(self.tr("← Memoranda"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.heading = OneLineLabel()
        self.heading.setObjectName("pageTitle")
        self.status_label = QLabel()
        self.status_label.setObjectName("statusBadge")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.clicked.connect(lambda: self.open_status_dialog())
        self.print_button = QPushButton(self.tr("Print to PDF"))
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("In Thai…"), lambda: self.ask_and_print("th"))
        menu.addAction(self.tr("In English…"), lambda: self.ask_and_print("en"))
        self.print_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.status_button)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        # what happened last, or else why the text is locked: always there, one line high
        self.banner = OneLineLabel()
        self.banner.setObjectName("banner")
        self.banner.setContentsMargins(8, 4, 8, 4)

        lang = ctx.lang
        self.particulars = ParticularsTab()
        self.clauses = ClausesTab()
        self.parties = PartiesTab(lang)
        self.commitments = CommitmentsTab(lang)
        self.files = FilesTab(lang)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.particulars, self.tr("Memorandum"))
        self.tabs.addTab(self.clauses, self.tr("Clauses"))
        self.tabs.addTab(self.parties, self.tr("Parties and signatures"))
        self.tabs.addTab(self.commitments, self.tr("Commitments"))
        self.tabs.addTab(self.files, self.tr("Documents and history"))
        # commitments list the parties: rebuild when the user comes to them
        self.tabs.currentChanged.connect(self._tab_changed)
        for tab in (self.particulars, self.clauses, self.parties, self.commitments):
            tab.edited.connect(self._edited)
        self.files.attach_requested.connect(self.ask_and_attach)
        self.files.open_requested.connect(self.open_attachment)
        self.files.remove_requested.connect(self.remove_attachment)
        self.files.status_requested.connect(lambda: self.open_status_dialog())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        ctx.data_changed.connect(self._on_data_changed)

    # ------------------------------------------------------------ loading

    def open_memorandum(self, memorandum_id: str | None) -> None:
        """Load a memorandum (None: a new one for the current seminar) with the choices."""
        store = self.ctx.store

        def work(_p: Any) -> tuple[MemorandumData, list[Any], list[Any]]:
            with store.reader() as uow:
                memo = (
                    service.load_memorandum(uow, memorandum_id)
                    if memorandum_id
                    else MemorandumData(event_id=self.ctx.current_event_id or None)
                )
                return memo, service.organisation_choices(uow), service.event_choices(uow)

        self.busy = True
        self.ctx.tasks.run(work, self._loaded, self._error)

    def _loaded(self, result: tuple[MemorandumData, list[Any], list[Any]]) -> None:
        memo, organisations, events = result
        self.busy = False
        self.parties.set_organisations(organisations)
        self.particulars.draft = memo
        self.particulars.set_events(events)
        self.message = ("", False)
        self.show_draft(memo)
        from organiser.ui.sync.marks import mark_conflicts  # fields another office changed

        mark_conflicts(self.ctx, self.particulars, "memorandum", memo.id or "")
        self.loaded.emit()

    def _on_data_changed(self, area: str) -> None:
        """An organisation added elsewhere (the directory, the desk, an import) can be chosen
        without leaving the memorandum."""
        if area not in (Area.ALL, Area.PEOPLE):
            return
        store = self.ctx.store

        def work(_p: Any) -> list[Any]:
            with store.reader() as uow:
                return service.organisation_choices(uow)

        self.ctx.tasks.run(work, self.parties.set_organisations, self._error)

    def show_draft(self, memo: MemorandumData) -> None:
        self.draft = memo
        locked = text_locked(MemorandumStatus(memo.status))
        for tab in (self.particulars, self.clauses, self.parties, self.commitments, self.files):
            tab.show_draft(memo, locked)
        self.lock_text = (
            self.tr(
                "Signed: the text and the parties are what the agencies signed and cannot change. "
                "Late signatures, commitments and documents can still be recorded."
            )
            if locked
            else ""
        )
        self.dirty = False
        self._update_header()
        self._show_message()

    def _update_header(self) -> None:
        memo = self.draft
        title = memo.title.strip() or self.tr("New memorandum")
        self.heading.setText(title + (" *" if self.dirty else ""))
        self.status_label.setText(label_of(MemorandumStatus, memo.status))
        background, colour = STATUS_COLOURS.get(memo.status, ("#eeeeee", "#333333"))
        self.status_label.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; padding: 4px 10px;"
            " border-radius: 10px; font-weight: bold; }"
        )
        self.status_button.setEnabled(memo.id is not None)

    def _edited(self) -> None:
        self.dirty = True
        self._update_header()
        if self.message[0] and not self.message[1]:
            self.message = ("", False)  # "Saved." is no longer true; a refusal still holds
            self._show_message()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.commitments:
            self.commitments.show_draft(self.draft, False)

    # ------------------------------------------------------------ feedback

    def say(self, text: str, problem: bool = False) -> None:
        self.message = (text, problem)
        self._show_message()
        self.ctx.status_message.emit(text)  # whole there when the line has to cut it short
        if problem:
            self.failed.emit(text)

    def _show_message(self) -> None:
        """The message line: the problem, or what was done followed by why the text is locked,
        or only that."""
        text, problem = self.message
        if problem:
            colours = "#fdecea; color: #8a1c12"
        elif text:
            text, colours = f"{text}  {self.lock_text}".strip(), "#e8f5e9; color: #1b5e20"
        else:
            text, colours = self.lock_text, "transparent; color: #666"
        self.banner.setText(text)
        self.banner.setProperty("problem", problem)
        self.banner.setStyleSheet(f"QLabel {{ background: {colours}; border-radius: 4px; }}")

    def _write(self, fn: Callable[[UnitOfWork], Any], done: Callable[[Any], Any]) -> None:
        def failed(_exc: BaseException) -> None:
            self.busy = False

        run_write(self.ctx, fn, done, show=lambda text: self.say(text, problem=True), failed=failed)

    def _error(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, UserError):
            self.say(exc.message, problem=True)
        else:
            log.error("memorandum task failed", exc_info=exc)
            self.say(self.tr("Something went wrong: {error}").format(error=exc), problem=True)

    # ------------------------------------------------------------ saving and status

    def save(self, then_status: tuple[str, dt.date, str] | None = None) -> None:
        """Save the memorandum (and, in the same step, change its status if asked)."""
        draft = copy.deepcopy(self.draft)
        # a party typed by name joins the directory on saving: the other pages learn of it
        adds = any(not p.organisation_id for p in draft.parties)

        def work(uow: UnitOfWork) -> MemorandumData:
            memo_id = editing.save_memorandum(uow, draft)
            if then_status is not None:
                editing.change_status(uow, memo_id, *then_status)
            return service.load_memorandum(uow, memo_id)  # as it will be once committed

        self.busy = True
        self._write(work, lambda memo: self._saved(memo, adds))

    def _saved(self, memo: MemorandumData, added_organisations: bool = False) -> None:
        self.busy = False
        self.show_draft(memo)
        self.say(self.tr("Saved."))
        self.ctx.changed(Area.MEMORANDA)
        if added_organisations:
            self.ctx.changed(Area.PEOPLE)
        assert memo.id is not None
        self.saved.emit(memo.id)

    def open_status_dialog(self) -> StatusDialog | None:
        """A window to choose the next status; it is applied when accepted (not modal-blocking)."""
        if self.draft.id is None:
            return None
        dialog = StatusDialog(self.draft, self)
        dialog.accepted.connect(
            lambda: self.apply_status(dialog.target(), dialog.on(), dialog.note())
        )
        dialog.open()
        return dialog

    def apply_status(self, target: str, on: dt.date, note: str = "") -> None:
        self.save(then_status=(target, on, note))

    # ------------------------------------------------------------ printing

    def ask_and_print(self, lang: str) -> None:
        path = ask_save_path(
            self.ctx, self, FileKind.DOCUMENT, self.tr("Print the memorandum to PDF"),
            pdf_name(self.draft), self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path is not None:
            self.export_pdf(path, lang, open_after=True)

    def export_pdf(self, path: Path, lang: str | None = None, open_after: bool = False) -> None:
        """Print what is on screen (saved or not) to a PDF file."""
        from organiser.services.memoranda.reports import write_memorandum

        memo, doc_lang = copy.deepcopy(self.draft), lang or self.ctx.lang

        def work(_p: Any) -> Path:
            return write_memorandum(memo, path, doc_lang)

        def done(written: Path) -> None:
            self.say(self.tr("Printed to {path}.").format(path=written))
            self.printed.emit(str(written))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        self.ctx.tasks.run(work, done, self._error)

    # ------------------------------------------------------------ filed documents

    def ask_and_attach(self) -> None:
        path = ask_open_path(
            self.ctx,
            self,
            FileKind.FILED_DOCUMENT,
            self.tr("File a document with the memorandum"),
            self.tr(
                "Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;Every file (*)"
            ),
        )
        if path is not None:
            self.attach_file(path)

    def attach_file(self, path: Path, description: str = "") -> None:
        memo_id, store = self.draft.id, self.ctx.store
        if memo_id is None:
            self.say(self.tr("Save the memorandum first, then file its documents."), problem=True)
            return

        def copy(_p: Any) -> files.IncomingFile:
            # not on the writer: a large scan copies for seconds, and check-ins go on meanwhile
            return files.take_in(store, path)

        def file(incoming: files.IncomingFile) -> None:
            def work(uow: UnitOfWork) -> MemorandumData:
                files.add_attachment(uow, memo_id, incoming, description)
                return service.load_memorandum(uow, memo_id)

            self._write(work, done)

        def done(memo: MemorandumData) -> None:
            self.draft.attachments = memo.attachments
            self.files.show_draft(self.draft, False)
            self.say(self.tr("Filed {name}.").format(name=path.name))
            self.ctx.changed(Area.MEMORANDA)

        self.ctx.tasks.run(copy, file, self._error)

    def open_attachment(self, attachment_id: str) -> None:
        """Open a filed copy with the system's viewer, after checking it is still the same file."""
        store = self.ctx.store

        def work(_p: Any) -> files.VerifiedFile:
            with store.reader() as uow:
                return files.verified_path(uow, attachment_id)

        def done(found: files.VerifiedFile) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(found.path)))
            self.attachment_opened.emit(str(found.path))

        self.ctx.tasks.run(work, done, self._error)

    def remove_attachment(self, attachment_id: str) -> None:
        memo_id = self.draft.id

        def work(uow: UnitOfWork) -> MemorandumData:
            assert memo_id is not None
            files.remove_attachment(uow, attachment_id)
            return service.load_memorandum(uow, memo_id)

        def done(memo: MemorandumData) -> None:
            self.draft.attachments = memo.attachments
            self.files.show_draft(self.draft, False)

        self._write(work, done)
