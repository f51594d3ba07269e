"""Seminars: the list; creating, correcting, cancelling and deleting one, each undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.core.provinces import province_label
from organiser.core.thaidate import format_date_range
from organiser.services import settings as settings_service
from organiser.services.events import editing as events_editing
from organiser.services.events import reading as events_service
from organiser.services.events.editing import ChangeKind, EventChange, EventDetails
from organiser.services.events.reading import EventRow
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.events.dialog import EventDialog
from organiser.ui.widgets.list_page import ListPage
from organiser.ui.widgets.table import ROW_ROLE, Column
from organiser.ui.writing import run_write


def tr(text: str) -> str:
    return QCoreApplication.translate("EventsPage", text)


def create_event_interactively(
    ctx: AppContext, parent: QWidget, then: Callable[[str], None] | None = None
) -> None:
    """Ask for a new seminar and make it the current one; `then` gets its id once created."""
    with ctx.store.reader() as uow:
        office = settings_service.office(uow)
    dialog = EventDialog(parent, default_province=office.province)
    if dialog.exec() != EventDialog.DialogCode.Accepted:
        return
    values = dialog.values()

    def create(uow: UnitOfWork) -> str:
        event = events_service.create_event(uow, **values)  # type: ignore[arg-type]
        settings_service.put(uow, settings_service.CURRENT_EVENT, event.id)
        return event.id

    def done(event_id: str) -> None:
        ctx.set_current_event(event_id)
        if then is not None:
            then(event_id)

    def show(message: str) -> None:
        QMessageBox.warning(parent, tr("The seminar was not created"), message)

    run_write(ctx, create, done, show=show, changed=[Area.EVENTS])


class SeminarsPage(ListPage):
    """The list of seminars with what can be done to the selected one; the last change can be
    undone from the line under the list."""

    written = Signal(object)  # an EventChange (or None after an undo), once saved
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns: list[Column[EventRow]] = [
            Column(
                tr("Dates"),
                lambda r: format_date_range(r.starts_on, r.ends_on, ctx.lang, "short"),
                sort=lambda r: r.starts_on,
            ),
            Column(tr("Title"), lambda r: r.title),
            Column(tr("Status"), lambda r: tr("Cancelled") if r.cancelled else ""),
            Column(
                tr("Code"),
                lambda r: f"{r.code} ⚠" if r.code_shared else r.code,
                sort=lambda r: r.code,
                tooltip=lambda r: (
                    tr(
                        "Another seminar has this code too: it came from another office. "
                        "Give one of them a new code."
                    )
                    if r.code_shared
                    else ""
                ),
            ),
            Column(tr("Venue"), lambda r: r.venue),
            Column(tr("Province"), lambda r: province_label(r.province, ctx.lang)),
            Column(tr("Registered"), lambda r: r.registered, align_right=True),
        ]
        super().__init__(
            ctx, tr("Seminars"), columns,
            lambda uow, _e: events_service.list_events(uow), areas=(Area.EVENTS,),
            empty_text=tr("No seminars yet. Create one, or explore the demo seminar."),
            parent=parent,
        )  # fmt: skip
        self.dialog: EventDialog | None = None
        self.last_change: EventChange | None = None

        self.new_button = QPushButton(tr("New seminar…"))
        self.new_button.clicked.connect(lambda: create_event_interactively(ctx, self))
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button = QPushButton(tr("Cancel seminar…"))
        self.cancel_button.clicked.connect(self.cancel_or_reopen_selected)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.new_button, self.edit_button, self.cancel_button, self.delete_button):
            self.toolbar.addWidget(button)
        self.toolbar.addStretch(1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(bottom)

        self.activated_row.connect(lambda row: ctx.set_current_event(row.id) if row else None)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.loaded.connect(lambda _n: self._update_buttons())
        self._update_buttons()

    # ------------------------------------------------------------ selection
    def selected(self) -> EventRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, EventRow) else None

    def select_event(self, event_id: str) -> None:
        for n in range(self.proxy.rowCount()):
            row = self.proxy.index(n, 0).data(ROW_ROLE)
            if row is not None and row.id == event_id:
                self.table.selectRow(n)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.cancel_button, self.delete_button):
            button.setEnabled(row is not None)
        cancelled = row is not None and row.cancelled
        self.cancel_button.setText(tr("Reopen") if cancelled else tr("Cancel seminar…"))

    # ------------------------------------------------------------ asking
    def confirm(self, text: str) -> bool:
        """Ask before a change (a method, so that tests can answer)."""
        answer = QMessageBox.question(self, tr("Seminars"), text)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ writing
    def _write(
        self,
        fn: Callable[[Any], EventChange | None],
        done_text: str,
        dialog: EventDialog | None = None,
    ) -> None:
        def done(change: EventChange | None) -> None:
            if dialog is not None:
                dialog.done_ok()
            self.last_change = change
            self.message.setText(done_text)
            self.undo_button.setVisible(change is not None)
            self.ctx.changed(Area.EVENTS)
            self.ctx.changed(Area.AGENDA)  # sessions may have moved with the dates
            self.written.emit(change)

        def show(text: str) -> None:
            if dialog is not None:
                dialog.show_error(text)
            else:
                self.message.setText(text)
            self.failed.emit(text)

        self.undo_button.hide()
        run_write(self.ctx, fn, done, show=show, owner=self)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        store = self.ctx.store

        def load(_p: Any) -> EventDetails:
            with store.reader() as uow:
                return events_editing.event_details(uow, row.id)

        def opened(details: EventDetails) -> None:
            dialog = EventDialog(self, details=details)
            dialog.submitted.connect(lambda values: self._save(details.id, values, dialog))
            self.dialog = dialog
            dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
            dialog.open()

        self.ctx.tasks.run(load, opened, lambda exc: self.failed.emit(str(exc)), owner=self)

    def _save(self, event_id: str, values: dict[str, Any], dialog: EventDialog) -> None:
        self._write(
            lambda uow: events_editing.edit_event(
                uow, event_id, title=values["title"], code=values["code"] or "",
                starts_on=values["starts_on"], ends_on=values["ends_on"], venue=values["venue"],
                province=values["province"], objectives=values["objectives"],
                move_agenda=values["move_agenda"],
            ),
            tr("Seminar saved."),
            dialog,
        )  # fmt: skip

    def cancel_or_reopen_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.cancelled:
            self._write(
                lambda uow: events_editing.reopen_event(uow, row.id),
                tr("'{title}' is no longer cancelled.").format(title=row.title),
            )
            return
        if not self.confirm(
            tr(
                "Cancel '{title}'? Its registrations and programme are kept, and the desk will "
                "not check anyone in for it."
            ).format(title=row.title)
        ):
            return
        self._write(
            lambda uow: events_editing.cancel_event(uow, row.id),
            tr("'{title}' is cancelled.").format(title=row.title),
        )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not self.confirm(
            tr("Delete '{title}'? Only a seminar with nothing in it can be deleted.").format(
                title=row.title
            )
        ):
            return
        self._write(
            lambda uow: events_editing.delete_event(uow, row.id),
            tr("'{title}' is deleted.").format(title=row.title),
        )

    def undo(self) -> None:
        change = self.last_change
        if change is None:
            return
        texts = {
            ChangeKind.EDITED: tr("The change is undone."),
            ChangeKind.CANCELLED: tr("The seminar is no longer cancelled."),
            ChangeKind.REOPENED: tr("The seminar is cancelled again."),
            ChangeKind.DELETED: tr("The seminar is back."),
        }

        def inverse(uow: Any) -> None:
            events_editing.undo_change(uow, change)

        self._write(inverse, texts[change.kind])


def create_page(ctx: AppContext) -> QWidget:
    return SeminarsPage(ctx)
