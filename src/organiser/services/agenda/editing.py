"""Editing the programme: sessions (create, change, duplicate, delete, move, ripple), the people
in them, rooms, and starting from a previous event's agenda.

Every function works inside the caller's unit of work and leaves committing to it. Conflicts
never stop a change: they are judged afterwards (`services.agenda.judge`) and shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from organiser.core import positions
from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.domain.agenda import AgendaSession, SessionKind, SessionPerson, SessionRole
from organiser.domain.events import Event, Room
from organiser.domain.people import Person
from organiser.services.shared.merged_people import people_followed
from organiser.store.db import UnitOfWork

EDITABLE = ("day", "starts_at", "ends_at", "kind", "title", "description", "expected_output",
            "room_id")  # fmt: skip
MAX_TITLE = 400


@dataclass(frozen=True)
class SessionDraft:
    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    title: str
    kind: SessionKind = SessionKind.TALK
    room_id: str | None = None
    description: str = ""
    expected_output: str = ""
    people: tuple[tuple[str, SessionRole], ...] = ()  # (person id, role)


@dataclass(frozen=True)
class EditResult:
    session_id: str
    shifted: tuple[str, ...] = ()  # later sessions moved by a ripple


def minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def at(total: int) -> dt.time:
    """A time from minutes after midnight; outside the day is a user error."""
    if not 0 <= total < 24 * 60:
        raise UserError(_("That would move a session past midnight; shorten it or move it first."))
    return dt.time(total // 60, total % 60)


def _event(uow: UnitOfWork, event_id: str) -> Event:
    event = uow.session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound(_("That event no longer exists."))
    return event


def _session(uow: UnitOfWork, session_id: str) -> AgendaSession:
    item = uow.session.get(AgendaSession, session_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(_("That session no longer exists."))
    return item


def _day_sessions(uow: UnitOfWork, event_id: str, day: dt.date) -> list[AgendaSession]:
    stmt = (
        select(AgendaSession)
        .where(
            AgendaSession.event_id == event_id,
            AgendaSession.day == day,
            AgendaSession.deleted_at.is_(None),
        )
        .order_by(AgendaSession.starts_at, AgendaSession.position, AgendaSession.id)
    )
    return list(uow.session.scalars(stmt))


def _key_after_day(uow: UnitOfWork, event_id: str, day: dt.date) -> str:
    """An order key after every session of the day: sessions are ordered by their start, the
    key only decides among sessions that start together, and a new one goes last. Only the new
    or moved session is written; the others keep their keys (core.positions)."""
    last = uow.session.scalar(
        select(func.max(AgendaSession.position)).where(
            AgendaSession.event_id == event_id, AgendaSession.day == day
        )
    )
    return positions.after(last) if positions.is_key(last) else positions.FIRST


def _clean_title(title: str) -> str:
    text = " ".join(title.split())
    if not text:
        raise UserError(_("A session needs a title."))
    if len(text) > MAX_TITLE:
        raise UserError(_("A session title can be at most {n} characters.").format(n=MAX_TITLE))
    return text


def _check_room(uow: UnitOfWork, event_id: str, room_id: str | None) -> None:
    if room_id is None:
        return
    room = uow.session.get(Room, room_id)
    if room is None or room.deleted_at is not None or room.event_id != event_id:
        raise UserError(_("That room is not one of this event's rooms."))


# ------------------------------------------------------------------ sessions


def create_session(uow: UnitOfWork, event_id: str, draft: SessionDraft) -> str:
    _event(uow, event_id)
    _check_room(uow, event_id, draft.room_id)
    item = AgendaSession(
        event_id=event_id, day=draft.day, starts_at=draft.starts_at, ends_at=draft.ends_at,
        kind=draft.kind, title=_clean_title(draft.title), room_id=draft.room_id,
        description=draft.description.strip(), expected_output=draft.expected_output.strip(),
        position=_key_after_day(uow, event_id, draft.day),
    )  # fmt: skip
    uow.session.add(item)
    uow.flush()
    set_people(uow, item.id, draft.people)
    uow.flush()
    return item.id


def next_free_slot(uow: UnitOfWork, event_id: str, day: dt.date, length: int = 60) -> dt.time:
    """Where a new session on ``day`` would start: after the day's last session, else 09.00."""
    items = _day_sessions(uow, event_id, day)
    if not items:
        return dt.time(9, 0)
    end = max(minutes(i.ends_at) for i in items)
    return at(min(end, 24 * 60 - length - 1))


def update_session(
    uow: UnitOfWork, session_id: str, changes: dict[str, Any], *, ripple: bool = False
) -> EditResult:
    """Change some of a session's fields (names in ``EDITABLE``). With ``ripple``, when the
    session's end moves, every later session of that day moves by as much."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    item = _session(uow, session_id)
    old_day, old_end = item.day, minutes(item.ends_at)
    if "title" in changes:
        changes = {**changes, "title": _clean_title(changes["title"])}
    if "kind" in changes:
        changes = {**changes, "kind": SessionKind(changes["kind"])}
    if "room_id" in changes:
        changes = {**changes, "room_id": changes["room_id"] or None}
        _check_room(uow, item.event_id, changes["room_id"])
    for name in ("description", "expected_output"):
        if name in changes:
            changes = {**changes, name: str(changes[name]).strip()}
    for name, value in changes.items():
        setattr(item, name, value)
    shifted: list[str] = []
    delta = minutes(item.ends_at) - old_end
    if ripple and delta and item.day == old_day:
        later = [
            other
            for other in _day_sessions(uow, item.event_id, old_day)
            if other.id != item.id and minutes(other.starts_at) >= old_end
        ]
        moves = [
            (other, at(minutes(other.starts_at) + delta), at(minutes(other.ends_at) + delta))
            for other in later
        ]
        for other, start, end in moves:
            other.starts_at, other.ends_at = start, end
            shifted.append(other.id)
    uow.flush()
    return EditResult(item.id, tuple(shifted))


def duplicate_session(uow: UnitOfWork, session_id: str) -> str:
    """A copy with the same people, right after the original (same length)."""
    item = _session(uow, session_id)
    length = max(minutes(item.ends_at) - minutes(item.starts_at), 0)
    start = minutes(item.ends_at)
    if start + length >= 24 * 60:
        start = minutes(item.starts_at)
    copy = AgendaSession(
        event_id=item.event_id, day=item.day, starts_at=at(start), ends_at=at(start + length),
        kind=item.kind, title=item.title, room_id=item.room_id, description=item.description,
        expected_output=item.expected_output,
        position=_key_after_day(uow, item.event_id, item.day),
    )  # fmt: skip
    uow.session.add(copy)
    uow.flush()
    live = [(sp.person_id, sp.role) for sp in item.people if sp.deleted_at is None]
    set_people(uow, copy.id, live)
    uow.flush()
    return copy.id


def delete_session(uow: UnitOfWork, session_id: str) -> None:
    item = _session(uow, session_id)
    item.soft_delete()
    uow.flush()


def restore_session(uow: UnitOfWork, session_id: str) -> None:
    item = uow.session.get(AgendaSession, session_id)
    if item is None:
        raise NotFound(_("That session no longer exists."))
    item.restore()
    uow.flush()


def move_session(uow: UnitOfWork, session_id: str, step: int) -> bool:
    """Swap a session with the one before (``step=-1``) or after (``+1``) it on its day: they
    trade places in time, each keeping its length and the gap between them staying put.
    Returns False when there is nothing to swap with."""
    item = _session(uow, session_id)
    items = _day_sessions(uow, item.event_id, item.day)
    index = next(i for i, s in enumerate(items) if s.id == item.id)
    other_index = index + (1 if step > 0 else -1)
    if not 0 <= other_index < len(items):
        return False
    first, second = sorted((items[index], items[other_index]), key=items.index)
    begin = minutes(first.starts_at)
    gap = minutes(second.starts_at) - minutes(first.ends_at)
    len_first = max(minutes(first.ends_at) - minutes(first.starts_at), 0)
    len_second = max(minutes(second.ends_at) - minutes(second.starts_at), 0)
    second.starts_at, second.ends_at = at(begin), at(begin + len_second)
    start_first = begin + len_second + max(gap, 0)
    first.starts_at, first.ends_at = at(start_first), at(start_first + len_first)
    # both rows are written anyway (their times): trading keys too keeps sessions that start
    # together in the order asked for
    first.position, second.position = second.position, first.position
    uow.flush()
    return True


def move_to_day(uow: UnitOfWork, session_id: str, day: dt.date) -> None:
    """Move a session to another day, keeping its times (a clash shows as a conflict)."""
    item = _session(uow, session_id)
    if item.day != day:
        item.position = _key_after_day(uow, item.event_id, day)
        item.day = day
    uow.flush()


# ------------------------------------------------------------------ people


def set_people(
    uow: UnitOfWork, session_id: str, people: Sequence[tuple[str, SessionRole | str]]
) -> None:
    """Make these (person, role) pairs the session's people, in this order, writing only the
    rows that change: a pair removed is marked deleted, a pair that comes back has the mark
    cleared (its id is made from the pair, the same on every copy), and a pair moved gets an
    order key between its new neighbours while the others keep theirs."""
    item = _session(uow, session_id)
    wanted: list[tuple[str, SessionRole]] = []
    for person_id, role in people:
        pair = (person_id, SessionRole(role))
        if pair not in wanted:
            wanted.append(pair)
    for person_id, _role in wanted:
        person = uow.session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise UserError(_("One of the people chosen is no longer in the directory."))
    # a row naming a record merged into another is the survivor's (reads follow merges too);
    # of two rows for one pair, a live one and then the survivor's own is the one kept
    followed = people_followed(uow, [sp.person_id for sp in item.people])
    existing: dict[tuple[str, SessionRole], SessionPerson] = {}
    for sp in sorted(
        item.people,
        key=lambda r: (r.deleted_at is not None, r.person_id != followed.root(r.person_id)),
    ):
        key = (followed.root(sp.person_id), sp.role)
        existing.setdefault(key, sp)
        if key not in wanted and sp.deleted_at is None:
            sp.soft_delete()
    rows: list[SessionPerson] = []
    for key in wanted:
        found = existing.get(key)
        if found is None:
            found = SessionPerson(session_id=item.id, person_id=key[0], role=key[1], position="")
            uow.session.add(found)
            item.people.append(found)
        elif found.deleted_at is not None:
            found.restore()
        rows.append(found)
    # a new row has no key yet (""); one coming back keeps its old key if it still fits
    for index, new_key in positions.placed([r.position for r in rows]).items():
        rows[index].position = new_key
    uow.flush()


# ------------------------------------------------------------------ rooms


def _room(uow: UnitOfWork, room_id: str) -> Room:
    room = uow.session.get(Room, room_id)
    if room is None or room.deleted_at is not None:
        raise NotFound(_("That room no longer exists."))
    return room


def _clean_room(
    uow: UnitOfWork, event_id: str, name: str, capacity: int | None, room_id: str | None
) -> str:
    text = " ".join(name.split())
    if not text:
        raise UserError(_("A room needs a name."))
    if capacity is not None and capacity < 0:
        raise UserError(_("A room's capacity cannot be negative."))
    clash = uow.session.scalar(
        select(Room).where(
            Room.event_id == event_id, Room.deleted_at.is_(None), Room.name == text,
            Room.id != (room_id or ""),
        )
    )  # fmt: skip
    if clash is not None:
        raise UserError(_("This event already has a room named '{name}'.").format(name=text))
    return text


def _make_main(uow: UnitOfWork, room: Room) -> None:
    for other in uow.session.scalars(
        select(Room).where(Room.event_id == room.event_id, Room.id != room.id)
    ):
        other.is_main = False
    room.is_main = True


def add_room(
    uow: UnitOfWork, event_id: str, name: str, capacity: int | None = None, is_main: bool = False
) -> str:
    _event(uow, event_id)
    room = Room(
        event_id=event_id, name=_clean_room(uow, event_id, name, capacity, None), capacity=capacity
    )
    uow.session.add(room)
    uow.flush()
    if is_main:
        _make_main(uow, room)
    uow.flush()
    return room.id


def update_room(
    uow: UnitOfWork, room_id: str, name: str, capacity: int | None, is_main: bool
) -> None:
    room = _room(uow, room_id)
    room.name = _clean_room(uow, room.event_id, name, capacity, room.id)
    room.capacity = capacity
    if is_main:
        _make_main(uow, room)
    else:
        room.is_main = False
    uow.flush()


def delete_room(uow: UnitOfWork, room_id: str) -> int:
    """Remove a room; its sessions keep their times and lose the room. Returns how many."""
    room = _room(uow, room_id)
    room.soft_delete()
    room.is_main = False
    moved = 0
    for item in uow.session.scalars(select(AgendaSession).where(AgendaSession.room_id == room.id)):
        item.room_id = None
        moved += 1
    uow.flush()
    return moved


# ------------------------------------------------------------------ copying


def copy_agenda(
    uow: UnitOfWork, source_event_id: str, target_event_id: str, *, replace: bool = False
) -> int:
    """Copy another event's programme into this one, shifted so its first day falls on this
    event's first day; rooms are matched by name (missing ones are added) and people come
    along. Returns the number of sessions copied."""
    if source_event_id == target_event_id:
        raise UserError(_("Choose another event to copy the agenda from."))
    source = _event(uow, source_event_id)
    target = _event(uow, target_event_id)
    existing = [
        s for s in uow.session.scalars(
            select(AgendaSession).where(
                AgendaSession.event_id == target.id, AgendaSession.deleted_at.is_(None)
            )
        )
    ]  # fmt: skip
    if existing and not replace:
        raise UserError(
            _("This event already has {n} sessions; choose to replace them.").format(
                n=len(existing)
            )
        )
    for item in existing:
        item.soft_delete()
    shift = target.starts_on - source.starts_on
    rooms = {r.name: r for r in target.rooms if r.deleted_at is None}
    target_main = next((r for r in rooms.values() if r.is_main), None)
    room_map: dict[str, str] = {}
    for room in source.rooms:
        if room.deleted_at is not None:
            continue
        if room.is_main and target_main is not None:
            room_map[room.id] = target_main.id
            continue
        mapped = rooms.get(room.name)
        if mapped is None:
            mapped = Room(
                event_id=target.id, name=room.name, capacity=room.capacity,
                is_main=room.is_main and target_main is None,
            )  # fmt: skip
            uow.session.add(mapped)
            uow.flush()
            rooms[mapped.name] = mapped
        room_map[room.id] = mapped.id
    sources = uow.session.scalars(
        select(AgendaSession)
        .where(AgendaSession.event_id == source.id, AgendaSession.deleted_at.is_(None))
        .order_by(
            AgendaSession.day, AgendaSession.starts_at, AgendaSession.position, AgendaSession.id
        )
    ).all()
    for item in sources:
        copy = AgendaSession(
            event_id=target.id, day=item.day + shift, starts_at=item.starts_at,
            ends_at=item.ends_at, kind=item.kind, title=item.title,
            room_id=room_map.get(item.room_id) if item.room_id else None,
            description=item.description, expected_output=item.expected_output,
            position=item.position,
        )  # fmt: skip
        uow.session.add(copy)
        uow.flush()
        people = [
            (sp.person_id, sp.role)
            for sp in item.people
            if sp.deleted_at is None and sp.person.deleted_at is None
        ]
        set_people(uow, copy.id, people)
    uow.flush()
    return len(sources)
