"""The programme of an event, read: sessions in time order, rooms, and their conflicts.

Editing is in `agenda_editing`, documents (PDF, iCalendar, xlsx) in `agenda_report`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from organiser.core.errors import NotFound
from organiser.core.i18n import _, current_language
from organiser.domain.agenda import AgendaSession, SessionKind, SessionPerson
from organiser.domain.agenda_conflicts import Conflict, Slot, find_conflicts
from organiser.domain.events import Event, Room
from organiser.services.shared.merged_people import PeopleFollowed, people_followed
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class SessionPersonRow:
    person_id: str
    name: str
    role: str


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
    room_id: str | None = None
    description: str = ""
    expected_output: str = ""
    position: str = ""  # the order key among sessions that start together
    participants: tuple[SessionPersonRow, ...] = ()

    @property
    def minutes(self) -> int:
        start = self.starts_at.hour * 60 + self.starts_at.minute
        return self.ends_at.hour * 60 + self.ends_at.minute - start

    @property
    def is_pause(self) -> bool:
        return SessionKind(self.kind).is_pause

    def slot(self) -> Slot:
        return Slot(
            self.id, self.day, self.starts_at, self.ends_at, self.title, self.room_id, self.room,
            tuple((p.person_id, p.name) for p in self.participants),
        )  # fmt: skip

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "day": self.day.isoformat(),
            "starts_at": self.starts_at.strftime("%H:%M"),
            "ends_at": self.ends_at.strftime("%H:%M"),
            "kind": self.kind,
            "title": self.title,
            "room": self.room,
            "description": self.description,
            "expected_output": self.expected_output,
            "people": [
                {"person_id": p.person_id, "name": p.name, "role": p.role}
                for p in self.participants
            ],
        }


@dataclass(frozen=True)
class RoomRow:
    id: str
    name: str
    capacity: int | None
    is_main: bool
    sessions: int = 0


@dataclass(frozen=True)
class EventInfo:
    id: str
    code: str
    title: str
    title_en: str
    theme: str
    venue: str
    province: str
    organising_office: str
    starts_on: dt.date
    ends_on: dt.date

    @property
    def days(self) -> list[dt.date]:
        count = (self.ends_on - self.starts_on).days + 1
        return [self.starts_on + dt.timedelta(days=i) for i in range(count)]


@dataclass(frozen=True)
class Agenda:
    event: EventInfo
    rooms: tuple[RoomRow, ...]
    sessions: tuple[SessionRow, ...]
    conflicts: dict[str, list[Conflict]] = field(default_factory=dict)

    @property
    def main_room_id(self) -> str | None:
        return next((r.id for r in self.rooms if r.is_main), None)

    @property
    def days(self) -> list[dt.date]:
        """The event's days, and any other day a session was put on (shown, to be fixed)."""
        extra = {s.day for s in self.sessions} - set(self.event.days)
        return sorted(set(self.event.days) | extra)

    def on(self, day: dt.date) -> list[SessionRow]:
        return [s for s in self.sessions if s.day == day]

    def session(self, session_id: str) -> SessionRow:
        for row in self.sessions:
            if row.id == session_id:
                return row
        raise NotFound(_("That session no longer exists."))


def _session_query(event_id: str) -> Select[AgendaSession]:
    return (
        select(AgendaSession)
        .options(
            selectinload(AgendaSession.room),
            selectinload(AgendaSession.people).selectinload(SessionPerson.person),
        )
        .where(AgendaSession.event_id == event_id, AgendaSession.deleted_at.is_(None))
        .order_by(
            AgendaSession.day, AgendaSession.starts_at, AgendaSession.position, AgendaSession.id
        )
    )


def session_row(s: AgendaSession, followed: PeopleFollowed | None = None) -> SessionRow:
    """A session as lists and documents show it: its people in order, each merged record read
    as the person it was merged into, once per role (both records may have been named)."""
    live: list[tuple[str, str, str]] = []  # person id, name, role
    for sp in s.people:
        person = followed.person(sp.person) if followed else sp.person
        entry = (person.id, person.full_name, sp.role.value)
        if sp.deleted_at is None and person.deleted_at is None and entry not in live:
            live.append(entry)
    room = s.room if s.room is not None and s.room.deleted_at is None else None
    return SessionRow(
        s.id, s.day, s.starts_at, s.ends_at, s.kind.value, s.title,
        room.name if room else "",
        tuple((role, name) for _pid, name, role in live),
        room.id if room else None, s.description, s.expected_output, s.position,
        tuple(SessionPersonRow(pid, name, role) for pid, name, role in live),
    )  # fmt: skip


def list_sessions(uow: UnitOfWork, event_id: str) -> list[SessionRow]:
    sessions = list(uow.session.scalars(_session_query(event_id)))
    followed = people_followed(uow, {sp.person_id for s in sessions for sp in s.people})
    return [session_row(s, followed) for s in sessions]


def list_rooms(uow: UnitOfWork, event_id: str) -> list[RoomRow]:
    counts = (
        select(AgendaSession.room_id, func.count().label("n"))
        .where(AgendaSession.event_id == event_id, AgendaSession.deleted_at.is_(None))
        .group_by(AgendaSession.room_id)
        .subquery()
    )
    stmt = (
        select(Room, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.room_id == Room.id)
        .where(Room.event_id == event_id, Room.deleted_at.is_(None))
        .order_by(Room.is_main.desc(), Room.name)
    )
    return [
        RoomRow(r.id, r.name, r.capacity, r.is_main, int(n)) for r, n in uow.session.execute(stmt)
    ]


def event_info(uow: UnitOfWork, event_id: str) -> EventInfo:
    event = uow.session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound(_("That event no longer exists."))
    return EventInfo(
        event.id, event.code or "", event.title, event.title_en, event.theme, event.venue,
        event.province, event.organising_office, event.starts_on, event.ends_on,
    )  # fmt: skip


def judge(
    event: EventInfo,
    rooms: tuple[RoomRow, ...] | list[RoomRow],
    sessions: tuple[SessionRow, ...] | list[SessionRow],
    lang: str | None = None,
) -> dict[str, list[Conflict]]:
    """The conflicts of a programme (the editor re-judges its rows after every edit)."""
    main = next((r.id for r in rooms if r.is_main), None)
    return find_conflicts(
        [s.slot() for s in sessions], event.starts_on, event.ends_on, main,
        lang or current_language(),
    )  # fmt: skip


def load_agenda(uow: UnitOfWork, event_id: str, lang: str | None = None) -> Agenda:
    event = event_info(uow, event_id)
    rooms = tuple(list_rooms(uow, event_id))
    sessions = tuple(list_sessions(uow, event_id))
    return Agenda(event, rooms, sessions, judge(event, rooms, sessions, lang))
