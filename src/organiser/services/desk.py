"""Registrations and check-ins: listing (the desk issue adds check-in, walk-ins, documents)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from organiser.core.thaitext import format_name
from organiser.domain.desk import CheckIn, CheckInKind, Registration
from organiser.domain.people import Person
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class RegistrationRow:
    id: str
    person_id: str
    name: str
    organisation: str
    province: str
    role: str
    status: str
    code: str
    checked_in_days: tuple[dt.date, ...]
    sort_key: str


def checked_in_days(uow: UnitOfWork, event_id: str) -> dict[str, set[dt.date]]:
    """Registration id → days with a check-in that was not undone."""
    rows = uow.session.execute(
        select(CheckIn.id, CheckIn.registration_id, CheckIn.day, CheckIn.kind, CheckIn.undoes_id)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .where(Registration.event_id == event_id)
    ).all()
    undone = {r.undoes_id for r in rows if r.kind is CheckInKind.UNDO}
    days: dict[str, set[dt.date]] = {}
    for r in rows:
        if r.kind is CheckInKind.CHECK_IN and r.id not in undone:
            days.setdefault(r.registration_id, set()).add(r.day)
    return days


def list_registrations(uow: UnitOfWork, event_id: str) -> list[RegistrationRow]:
    stmt = (
        select(Registration)
        .options(joinedload(Registration.person).joinedload(Person.organisation))
        .where(Registration.event_id == event_id, Registration.deleted_at.is_(None))
    )
    days = checked_in_days(uow, event_id)
    rows = [
        RegistrationRow(
            r.id,
            r.person_id,
            format_name(r.person.title, r.person.given_name, r.person.family_name),
            r.person.organisation.name if r.person.organisation else "",
            r.person.province,
            r.role.value,
            r.status.value,
            r.code,
            tuple(sorted(days.get(r.id, ()))),
            r.person.sort_key,
        )  # fmt: skip
        for r in uow.session.scalars(stmt)
    ]
    return sorted(rows, key=lambda r: r.sort_key)
