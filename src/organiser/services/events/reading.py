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
        }


def list_events(uow: UnitOfWork) -> list[EventRow]:
    counts = (
        select(Registration.event_id, func.count().label("n"))
        .where(
            Registration.deleted_at.is_(None),
            Registration.status.not_in([RegistrationStatus.DECLINED, RegistrationStatus.CANCELLED]),
        )
        .group_by(Registration.event_id)
        .subquery()
    )
    stmt = (
        select(Event, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.event_id == Event.id)
        .where(Event.deleted_at.is_(None))
        .order_by(Event.starts_on.desc(), Event.title)
    )
    return [_row(e, n) for e, n in uow.session.execute(stmt)]


def _row(e: Event, registered: int) -> EventRow:
    return EventRow(
        e.id, e.code or "", e.title, e.starts_on, e.ends_on, e.venue, e.province, registered,
        cancelled=e.cancelled_at is not None,
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
