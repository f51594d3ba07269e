"""Item models of the memoranda area: the list of memoranda and the editor's tables (clauses,
parties, commitments, filed documents, history), all over plain service dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from organiser.core.thaidate import format_date
from organiser.domain.labels import label_of
from organiser.domain.memoranda import CommitmentState, MemorandumStatus
from organiser.services.memoranda.reading import (
    AttachmentData,
    ClauseData,
    CommitmentData,
    MemorandumRow,
    PartyData,
    StatusChangeData,
)
from organiser.ui.widgets.table import Column, RowsModel


def tr(text: str) -> str:
    return QCoreApplication.translate("MemorandaModels", text)


class ListModel(RowsModel[Any]):
    """Rows that the editor changes in place: one row is refreshed without resetting the view."""

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def index_of(self, item: object) -> int:
        return next((i for i, r in enumerate(self.rows) if r is item), -1)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            value = super().data(index, Qt.ItemDataRole.DisplayRole)
            return value if value and len(value) > 40 else None
        return super().data(index, role)


def short(value: Any, lang: str) -> str:
    return format_date(value, "short", lang) if value else ""


def one_line(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def memoranda_columns(lang: str) -> list[Column[MemorandumRow]]:
    def validity(r: MemorandumRow) -> str:
        end = short(r.valid_until, lang) or tr("open-ended")
        return f"{short(r.valid_from, lang)} – {end}"

    return [
        Column(tr("Title"), lambda r: r.title),
        Column(tr("Reference"), lambda r: r.reference_no),
        Column(tr("Status"), lambda r: label_of(MemorandumStatus, r.status)),
        Column(
            tr("Signed"),
            lambda r: f"{r.signed_parties}/{len(r.parties)}",
            sort=lambda r: (r.signed_parties, len(r.parties)),
            align_right=True,
        ),
        Column(tr("Parties"), lambda r: ", ".join(r.parties)),
        Column(tr("Valid"), validity, sort=lambda r: r.valid_from or r.valid_until),
    ]


def clause_columns() -> list[Column[ClauseData]]:
    return [
        Column(tr("No."), lambda c: "", align_right=True),  # filled by ClausesModel
        Column(tr("Heading"), lambda c: c.heading),
        Column(tr("Text"), lambda c: one_line(c.text)),
    ]


class ClausesModel(ListModel):
    """Clauses are numbered by their place, as they will be printed (ข้อ 1, ข้อ 2 …)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        return super().data(index, role)


def party_columns(lang: str) -> list[Column[PartyData]]:
    def signed(p: PartyData) -> str:
        if p.signed_on:
            return short(p.signed_on, lang)
        return tr("not signed: {note}").format(note=p.unsigned_note) if p.unsigned_note else "—"

    return [
        Column(tr("Organisation"), lambda p: p.organisation_name or tr("(choose an organisation)")),
        Column(tr("Signatory"), lambda p: p.signatory),
        Column(tr("Position"), lambda p: p.signatory_position),
        Column(tr("Witness"), lambda p: p.witness_name),
        Column(tr("Signed on"), signed, sort=lambda p: p.signed_on),
    ]


@dataclass
class CommitmentRow:
    """A commitment with the party that makes it (the editor lists them all together)."""

    party: PartyData
    commitment: CommitmentData


def commitment_columns(lang: str) -> list[Column[CommitmentRow]]:
    return [
        Column(tr("Party"), lambda r: r.party.organisation_short or r.party.organisation_name),
        Column(tr("Category"), lambda r: r.commitment.category),
        Column(tr("What it will do"), lambda r: one_line(r.commitment.description)),
        Column(
            tr("Due"),
            lambda r: short(r.commitment.due_on, lang),
            sort=lambda r: r.commitment.due_on,
        ),
        Column(tr("State"), lambda r: label_of(CommitmentState, r.commitment.state)),
    ]


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{n} MB").format(n=f"{size / (1024 * 1024):.1f}")
    if size >= 1024:
        return tr("{n} KB").format(n=f"{size / 1024:.0f}")
    return tr("{n} bytes").format(n=size)


def attachment_columns(lang: str) -> list[Column[AttachmentData]]:
    return [
        Column(tr("File"), lambda a: a.filename),
        Column(tr("Description"), lambda a: a.description),
        Column(tr("Size"), lambda a: size_text(a.size), sort=lambda a: a.size, align_right=True),
        Column(tr("Filed on"), lambda a: short(a.added_at.date(), lang) if a.added_at else ""),
        Column(tr("SHA-256"), lambda a: a.sha256[:16] + "…", tooltip=lambda a: a.sha256),
    ]


def history_columns(lang: str) -> list[Column[StatusChangeData]]:
    return [
        Column(tr("Status"), lambda h: label_of(MemorandumStatus, h.status)),
        Column(tr("Date"), lambda h: short(h.changed_on, lang), sort=lambda h: h.changed_on),
        Column(tr("Note"), lambda h: h.note),
    ]
