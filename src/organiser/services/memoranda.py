"""Memoranda of cooperation: listing (the memoranda issue adds the rest)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.domain.memoranda import Memorandum, Party
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class MemorandumRow:
    id: str
    title: str
    reference_no: str
    status: str
    parties: tuple[str, ...]
    signed_parties: int
    valid_from: dt.date | None
    valid_until: dt.date | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "reference_no": self.reference_no,
            "status": self.status,
            "parties": list(self.parties),
            "signed_parties": self.signed_parties,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
        }


def list_memoranda(uow: UnitOfWork) -> list[MemorandumRow]:
    stmt = (
        select(Memorandum)
        .options(selectinload(Memorandum.parties).selectinload(Party.organisation))
        .where(Memorandum.deleted_at.is_(None))
        .order_by(Memorandum.created_at.desc())
    )
    rows = []
    for m in uow.session.scalars(stmt):
        parties = [p for p in m.parties if p.deleted_at is None]
        rows.append(
            MemorandumRow(
                m.id,
                m.title,
                m.reference_no,
                m.status.value,
                tuple(p.organisation.short_name or p.organisation.name for p in parties),
                sum(1 for p in parties if p.signed_on),
                m.valid_from,
                m.valid_until,
            )  # fmt: skip
        )
    return rows


def reminders(uow: UnitOfWork, today: dt.date) -> list:  # type: ignore[type-arg]
    """Reminders for the start page (filled in by this area's issue)."""
    return []
