"""Events: the list, and creating a seminar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from organiser.core.areas import province_label
from organiser.core.errors import UserError
from organiser.core.thaidate import format_date_range
from organiser.services import events as events_service
from organiser.services import settings as settings_service
from organiser.services.events import EventRow
from organiser.ui.context import AppContext
from organiser.ui.events.dialog import EventDialog
from organiser.ui.widgets.list_page import ListPage
from organiser.ui.widgets.table import Column


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

    def work(_p: Any) -> str:
        with ctx.store.writer() as uow:
            event = events_service.create_event(uow, **values)  # type: ignore[arg-type]
            settings_service.put(uow, settings_service.CURRENT_EVENT, event.id)
            uow.commit()
            return event.id

    def done(event_id: str) -> None:
        ctx.changed("events")
        ctx.set_current_event(event_id)
        if then is not None:
            then(event_id)

    def failed(exc: BaseException) -> None:
        message = exc.message if isinstance(exc, UserError) else str(exc)
        QMessageBox.warning(parent, tr("The seminar was not created"), message)

    ctx.tasks.run(work, done, failed, write=True)


def create_page(ctx: AppContext) -> QWidget:
    columns: list[Column[EventRow]] = [
        Column(
            tr("Dates"),
            lambda r: format_date_range(r.starts_on, r.ends_on, ctx.lang, "short"),
            sort=lambda r: r.starts_on,
        ),
        Column(tr("Title"), lambda r: r.title),
        Column(tr("Code"), lambda r: r.code),
        Column(tr("Venue"), lambda r: r.venue),
        Column(tr("Province"), lambda r: province_label(r.province, ctx.lang)),
        Column(tr("Registered"), lambda r: r.registered, align_right=True),
    ]
    page = ListPage(
        ctx, tr("Seminars"), columns, lambda uow, _e: events_service.list_events(uow), areas=("events",),
        empty_text=tr("No seminars yet. Create one, or explore the demo seminar."),
    )  # fmt: skip
    new = QPushButton(tr("New seminar…"))
    new.clicked.connect(lambda: create_event_interactively(ctx, page))
    page.toolbar.addWidget(new)
    page.toolbar.addStretch(1)
    page.activated_row.connect(lambda row: ctx.set_current_event(row.id) if row else None)
    return page
