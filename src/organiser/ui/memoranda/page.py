"""Memoranda of cooperation, read-only (the memoranda issue adds the editor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from organiser.core.thaidate import format_date
from organiser.domain.labels import label_of
from organiser.domain.memoranda import MemorandumStatus
from organiser.services.memoranda import MemorandumRow, list_memoranda
from organiser.ui.context import AppContext
from organiser.ui.widgets.list_page import ListPage
from organiser.ui.widgets.table import Column


def tr(text: str) -> str:
    return QCoreApplication.translate("MemorandaPage", text)


def create_page(ctx: AppContext) -> QWidget:
    def validity(r: MemorandumRow) -> str:
        start = format_date(r.valid_from, "short", ctx.lang) if r.valid_from else ""
        end = format_date(r.valid_until, "short", ctx.lang) if r.valid_until else tr("open-ended")
        return f"{start} – {end}"

    columns: list[Column[MemorandumRow]] = [
        Column(tr("Title"), lambda r: r.title),
        Column(tr("Reference"), lambda r: r.reference_no),
        Column(tr("Status"), lambda r: label_of(MemorandumStatus, r.status)),
        Column(
            tr("Signed"),
            lambda r: f"{r.signed_parties}/{len(r.parties)}",
            sort=lambda r: r.signed_parties,
        ),
        Column(tr("Parties"), lambda r: ", ".join(r.parties)),
        Column(tr("Valid"), validity, sort=lambda r: r.valid_from or r.valid_until),
    ]
    return ListPage(
        ctx, tr("Memoranda of cooperation"), columns, lambda uow, _e: list_memoranda(uow), areas=("memoranda",),
        empty_text=tr("No memoranda yet."),
    )  # fmt: skip
