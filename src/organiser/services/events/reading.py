"""Events: list, find by id prefix or code, create. Changing one: `services.events_editing`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.domain.desk import Registration, RegistrationStatus
from organiser.domain.events import Event, Room
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class EventRow:
    id: str
    code: str
    title: str
    starts_on: dt.date
    ends_on: dt.date
    venue: str
    province: str
    registered: int
    cancelled: bool = False
    # another seminar has the same code: codes are typed at each office, and a merge may
    # bring two seminars with one code; shown, never refused (see `events_sharing_a_code`)
    code_shared: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "code": self.code,
            "title": self.title,
            "starts_on": self.starts_on.isoformat(),
            "ends_on": self.ends_on.isoformat(),
            "venue": self.venue,
            "province": self.province,
            "registered": self.registered,
            "cancelled": self.cancelled,
            "code_shared": self.code_shared,
        }


def list_events(uow: UnitOfWork) -> list[EventRow]:
    """Live seminars, newest first; `registered` counts people, once each (two registrations of
    one person after a merge, or of people merged into one, count once)."""
    from organiser.services.shared.registrations import person_roots

    roots = person_roots(uow)
    people: dict[str, set[str]] = {}
    for event_id, person_id in uow.session.execute(
        select(Registration.event_id, Registration.person_id).where(
            Registration.deleted_at.is_(None),
            Registration.status.not_in([RegistrationStatus.DECLINED, RegistrationStatus.CANCELLED]),
        )
    ):
        people.setdefault(event_id, set()).add(roots.get(person_id, person_id))
    shared = {e.id for group in events_sharing_a_code(uow) for e in group}
    stmt = (
        select(Event)
        .where(Event.deleted_at.is_(None))
        .order_by(Event.starts_on.desc(), Event.title)
    )
    return [_row(e, len(people.get(e.id, ())), e.id in shared) for e in uow.session.scalars(stmt)]


def events_sharing_a_code(uow: UnitOfWork) -> list[list[Event]]:
    """Live seminars that share their code with another, in groups (one per code, in code
    order; each group oldest first). Only a merge of copies makes these: this copy refuses a
    duplicate code typed here."""
    dup = (
        select(Event.code)
        .where(Event.deleted_at.is_(None), Event.code.is_not(None), Event.code != "")
        .group_by(Event.code)
        .having(func.count() > 1)
    )
    stmt = (
        select(Event)
        .where(Event.deleted_at.is_(None), Event.code.in_(dup))
        .order_by(Event.code, Event.starts_on, Event.id)
    )
    groups: dict[str, list[Event]] = {}
    for e in uow.session.scalars(stmt):
        groups.setdefault(e.code or "", []).append(e)
    return list(groups.values())


def _row(e: Event, registered: int, code_shared: bool = False) -> EventRow:
    return EventRow(
        e.id, e.code or "", e.title, e.starts_on, e.ends_on, e.venue, e.province, registered,
        cancelled=e.cancelled_at is not None, code_shared=code_shared,
    )  # fmt: skip


def resolve_event(uow: UnitOfWork, ref: str) -> Event:
    """An event by its code, its id, or a unique prefix of its id."""
    ref = ref.strip()
    if not ref:
        raise NotFound(_("No event was named."))
    stmt = select(Event).where(
        Event.deleted_at.is_(None),
        or_(Event.code == ref, Event.id == ref, Event.id.startswith(ref.lower())),
    )
    found = list(uow.session.scalars(stmt))
    exact = [e for e in found if e.code == ref or e.id == ref]
    if len(exact) == 1:
        return exact[0]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(_("No event matches '{ref}'. See 'organiser events list'.").format(ref=ref))
    raise NotFound(
        _("'{ref}' matches {n} events; type more of the id.").format(ref=ref, n=len(found))
    )


def create_event(
    uow: UnitOfWork,
    title: str,
    starts_on: dt.date,
    ends_on: dt.date,
    venue: str = "",
    province: str = "",
    code: str | None = None,
    **fields: str,
) -> Event:
    if not title.strip():
        raise UserError(_("An event needs a title."))
    if ends_on < starts_on:
        raise UserError(_("The event cannot end before it starts."))
    if code:
        clash = uow.session.scalar(select(Event).where(Event.code == code))
        if clash is not None:
            raise UserError(_("Another event already uses the code '{code}'.").format(code=code))
    event = Event(
        title=title.strip(), starts_on=starts_on, ends_on=ends_on, venue=venue,
        province=province, code=code or None, **fields,
    )  # fmt: skip
    uow.session.add(event)
    uow.session.add(Room(event=event, name=_("Main hall"), is_main=True))
    uow.flush()
    return event
