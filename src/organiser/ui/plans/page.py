"""Follow-up actions across plans, read-only (the plans issue adds the editor and views)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from organiser.core.areas import province_label
from organiser.core.thaidate import format_date
from organiser.domain.labels import label_of
from organiser.domain.plans import ActionStatus
from organiser.services.plans import ActionRow, list_actions
from organiser.ui.context import AppContext
from organiser.ui.widgets.list_page import ListPage
from organiser.ui.widgets.table import Column


def tr(text: str) -> str:
    return QCoreApplication.translate("PlansPage", text)


def create_page(ctx: AppContext) -> QWidget:
    columns: list[Column[ActionRow]] = [
        Column(tr("Action"), lambda r: r.title),
        Column(tr("Plan"), lambda r: r.plan_title),
        Column(tr("Owner"), lambda r: r.owner),
        Column(
            tr("Province"),
            lambda r: province_label(r.province, ctx.lang) if r.province else tr("Whole region"),
        ),
        Column(
            tr("Due"),
            lambda r: format_date(r.due_on, "short", ctx.lang) if r.due_on else "",
            sort=lambda r: r.due_on,
        ),
        Column(tr("Status"), lambda r: label_of(ActionStatus, r.status)),
        Column(
            tr("Progress"), lambda r: f"{r.progress}%", sort=lambda r: r.progress, align_right=True
        ),
    ]
    return ListPage(
        ctx, tr("Follow-up plans"), columns, lambda uow, _e: list_actions(uow), areas=("plans",),
        empty_text=tr("No plans yet."),
    )  # fmt: skip
