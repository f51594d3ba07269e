"""Registrations of the current event with their check-in days (the desk issue adds desk mode)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from organiser.core.areas import province_label
from organiser.core.thaidate import format_date
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.services.desk import RegistrationRow, list_registrations
from organiser.ui.context import AppContext
from organiser.ui.widgets.list_page import ListPage
from organiser.ui.widgets.table import Column


def tr(text: str) -> str:
    return QCoreApplication.translate("DeskPage", text)


def create_page(ctx: AppContext) -> QWidget:
    columns: list[Column[RegistrationRow]] = [
        Column(tr("Name"), lambda r: r.name, sort=lambda r: r.sort_key),
        Column(tr("Organisation"), lambda r: r.organisation),
        Column(tr("Province"), lambda r: province_label(r.province, ctx.lang)),
        Column(tr("Role"), lambda r: label_of(RegistrationRole, r.role)),
        Column(tr("Status"), lambda r: label_of(RegistrationStatus, r.status)),
        Column(
            tr("Checked in"),
            lambda r: ", ".join(format_date(d, "short", ctx.lang) for d in r.checked_in_days),
        ),
        Column(tr("Code"), lambda r: r.code),
    ]
    return ListPage(
        ctx, tr("Registrations"), columns, list_registrations, areas=("desk", "people"), needs_event=True,
        empty_text=tr("Choose an event to see who is registered."),
    )  # fmt: skip
