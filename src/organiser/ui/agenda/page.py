"""The programme of the current event, read-only (the agenda issue adds the editor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from organiser.core.thaidate import format_date, format_time_range
from organiser.domain.agenda import SessionKind, SessionRole
from organiser.domain.labels import label_of
from organiser.services.agenda import SessionRow, list_sessions
from organiser.ui.context import AppContext
from organiser.ui.widgets.list_page import ListPage
from organiser.ui.widgets.table import Column


def tr(text: str) -> str:
    return QCoreApplication.translate("AgendaPage", text)


def create_page(ctx: AppContext) -> QWidget:
    def people(row: SessionRow) -> str:
        return "; ".join(f"{name} ({label_of(SessionRole, role)})" for role, name in row.people)

    columns: list[Column[SessionRow]] = [
        Column(
            tr("Day"),
            lambda r: format_date(r.day, "short", ctx.lang),
            sort=lambda r: (r.day, r.starts_at),
        ),
        Column(
            tr("Time"),
            lambda r: format_time_range(r.starts_at, r.ends_at, ctx.lang),
            sort=lambda r: (r.day, r.starts_at),
        ),
        Column(tr("Kind"), lambda r: label_of(SessionKind, r.kind)),
        Column(tr("Session"), lambda r: r.title),
        Column(tr("Room"), lambda r: r.room),
        Column(tr("People"), people),
    ]
    return ListPage(
        ctx, tr("Agenda"), columns, list_sessions, areas=("agenda",), needs_event=True,
        empty_text=tr("Choose an event to see its programme."),
    )  # fmt: skip
