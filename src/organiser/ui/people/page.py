"""People: read-only directory (editing, search and import come with the people issue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from organiser.core.areas import province_label
from organiser.services.people import PersonRow, list_people
from organiser.ui.context import AppContext
from organiser.ui.widgets.list_page import ListPage
from organiser.ui.widgets.table import Column


def tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


def create_page(ctx: AppContext) -> QWidget:
    columns: list[Column[PersonRow]] = [
        Column(tr("Name"), lambda r: r.full_name, sort=lambda r: r.sort_key),
        Column(tr("Nickname"), lambda r: r.nickname),
        Column(tr("Organisation"), lambda r: r.organisation),
        Column(tr("Position"), lambda r: r.position),
        Column(tr("Province"), lambda r: province_label(r.province, ctx.lang)),
        Column(tr("Phone"), lambda r: r.phone_display, sort=lambda r: r.phone),
    ]
    return ListPage(
        ctx, tr("People"), columns, lambda uow, _event: list_people(uow), areas=("people",),
        empty_text=tr("No people yet. Import an invitation list or add people."),
    )  # fmt: skip
