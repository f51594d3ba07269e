"""The programme: listing (the agenda issue adds editing, conflicts and documents)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.domain.agenda import AgendaSession, SessionPerson
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class SessionRow:
    id: str
    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    kind: str
    title: str
    room: str
    people: tuple[tuple[str, str], ...]  # (role, name)


def list_sessions(uow: UnitOfWork, event_id: str) -> list[SessionRow]:
    stmt = (
        select(AgendaSession)
        .options(
            selectinload(AgendaSession.room),
            selectinload(AgendaSession.people).selectinload(SessionPerson.person),
        )
        .where(AgendaSession.event_id == event_id, AgendaSession.deleted_at.is_(None))
        .order_by(AgendaSession.day, AgendaSession.starts_at, AgendaSession.position)
    )
    return [
        SessionRow(
            s.id,
            s.day,
            s.starts_at,
            s.ends_at,
            s.kind.value,
            s.title,
            s.room.name if s.room else "",
            tuple((sp.role.value, sp.person.full_name) for sp in s.people if sp.deleted_at is None),
        )  # fmt: skip
        for s in uow.session.scalars(stmt)
    ]
