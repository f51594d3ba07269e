"""Writing a checked programme in one transaction, and taking an import back as a whole."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select

from organiser.core import positions
from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.domain.agenda import AgendaImport, AgendaSession, SessionRole
from organiser.domain.base import utcnow
from organiser.domain.events import Event, Room
from organiser.services import settings
from organiser.services.agenda import editing
from organiser.services.agenda.importing.planning import AgendaImportPlan, room_key
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class AgendaImportResult:
    import_id: str
    sessions: int
    rooms: int
    skipped: int
    conflicts: int
    speakers: int = 0  # people of the directory linked from the speakers column

    def as_json(self) -> dict[str, object]:
        return {
            "import_id": self.import_id,
            "sessions": self.sessions,
            "rooms": self.rooms,
            "skipped": self.skipped,
            "conflicts": self.conflicts,
            "speakers": self.speakers,
        }


@dataclass(frozen=True)
class AgendaImportRow:
    id: str
    event_id: str | None
    source: str
    made_at: dt.datetime
    sessions: int
    undone: bool

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "event_id": self.event_id,
            "source": self.source,
            "made_at": self.made_at.isoformat(),
            "sessions": self.sessions,
            "undone": self.undone,
        }


@dataclass(frozen=True)
class UndoResult:
    sessions: int
    rooms: int

    def as_json(self) -> dict[str, object]:
        return {"sessions": self.sessions, "rooms": self.rooms}


def run_agenda_import(uow: UnitOfWork, plan: AgendaImportPlan, event_id: str) -> AgendaImportResult:
    """Add the plan's sessions (and the rooms they name that the event lacks). The caller
    commits; any error leaves the whole transaction to be rolled back."""
    s = uow.session
    event = s.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound(_("That event no longer exists."))
    rows = plan.to_import
    if not rows:
        raise UserError(_("There is no session to import."))
    rooms = {
        room_key(r.name): r
        for r in s.scalars(select(Room).where(Room.event_id == event_id, Room.deleted_at.is_(None)))
    }
    created_rooms: list[str] = []
    for name in plan.new_rooms:
        if room_key(name) not in rooms:
            room = Room(event_id=event_id, name=name)
            s.add(room)
            s.flush()
            rooms[room_key(name)] = room
            created_rooms.append(room.id)
    created: list[AgendaSession] = []
    last_key = _last_keys(uow, event_id, {row.day for row in rows if row.day is not None})
    for row in rows:
        assert row.day is not None and row.starts_at is not None and row.ends_at is not None
        chosen = rooms.get(room_key(row.room)) if row.room else None
        item = AgendaSession(
            event_id=event_id, day=row.day, starts_at=row.starts_at, ends_at=row.ends_at,
            kind=row.kind, title=row.title, room_id=chosen.id if chosen else None,
            description=row.description.strip(), expected_output=row.expected_output.strip(),
            position=last_key[row.day],
        )  # fmt: skip
        last_key[row.day] = positions.after(last_key[row.day])
        s.add(item)
        created.append(item)
    s.flush()
    linked = 0
    for row, item in zip(rows, created, strict=True):
        if row.speakers:
            editing.set_people(uow, item.id, [(pid, SessionRole.SPEAKER) for pid in row.speakers])
            linked += len(row.speakers)
    record = AgendaImport(
        event_id=event_id,
        source=plan.source[:300],
        rows_read=len(plan.rows) + len(plan.joined),
        created_sessions=[item.id for item in created],
        created_rooms=created_rooms,
    )
    s.add(record)
    s.flush()
    settings.audit(
        uow,
        "agenda_import",
        json.dumps(
            {"source": plan.source, "event": event_id, "import": record.id,
             "sessions": len(created), "rooms": len(created_rooms)},
            ensure_ascii=False,
        ),
    )  # fmt: skip
    return AgendaImportResult(
        record.id,
        len(created),
        len(created_rooms),
        len(plan.skipped),
        len(plan.with_conflicts),
        linked,
    )


def _last_keys(uow: UnitOfWork, event_id: str, days: set[dt.date]) -> dict[dt.date, str]:
    """Per day, the order key the first imported session gets: after the day's sessions, so
    that no session already there is written (sessions sort by their start first)."""
    found: dict[dt.date, str] = {
        day: key
        for day, key in uow.session.execute(
            select(AgendaSession.day, func.max(AgendaSession.position))
            .where(AgendaSession.event_id == event_id, AgendaSession.day.in_(days))
            .group_by(AgendaSession.day)
        )
    }
    return {
        day: positions.after(found[day]) if positions.is_key(found.get(day)) else positions.FIRST
        for day in days
    }


def list_agenda_imports(uow: UnitOfWork, event_id: str | None = None) -> list[AgendaImportRow]:
    stmt = select(AgendaImport).order_by(AgendaImport.created_at.desc(), AgendaImport.id.desc())
    if event_id is not None:
        stmt = stmt.where(AgendaImport.event_id == event_id)
    return [
        AgendaImportRow(
            r.id,
            r.event_id,
            r.source,
            r.created_at,
            len(r.created_sessions),
            r.undone_at is not None,
        )
        for r in uow.session.scalars(stmt)
    ]


def last_agenda_import(uow: UnitOfWork, event_id: str) -> AgendaImportRow | None:
    """The newest import into this event that has not been taken back."""
    return next((r for r in list_agenda_imports(uow, event_id) if not r.undone), None)


def undo_agenda_import(uow: UnitOfWork, import_id: str) -> UndoResult:
    """Take back every session the import added (edited since or not: they are soft-deleted
    and stay in the database), and the rooms it added that no other session uses."""
    s = uow.session
    record = s.get(AgendaImport, import_id)
    if record is None:
        matches = list(
            s.scalars(select(AgendaImport).where(AgendaImport.id.startswith(import_id)).limit(2))
        )
        record = matches[0] if len(matches) == 1 and len(import_id) >= 4 else None
    if record is None:
        raise NotFound(_("No agenda import has the id {id}.").format(id=import_id))
    if record.undone_at is not None:
        raise UserError(_("This import was already taken back."))
    sessions = 0
    for session_id in record.created_sessions:
        item = s.get(AgendaSession, session_id)
        if item is not None and item.deleted_at is None:
            item.soft_delete()
            sessions += 1
    s.flush()
    rooms = 0
    for room_id in record.created_rooms:
        room = s.get(Room, room_id)
        in_use = s.scalar(
            select(AgendaSession.id).where(
                AgendaSession.room_id == room_id, AgendaSession.deleted_at.is_(None)
            )
        )
        if room is not None and room.deleted_at is None and in_use is None:
            room.soft_delete()
            room.is_main = False
            rooms += 1
    # the sessions left keep their order keys: nothing else is written (core.positions)
    record.undone_at = utcnow()
    settings.audit(
        uow,
        "agenda_import_undo",
        json.dumps({"import": record.id, "sessions": sessions, "rooms": rooms}),
    )
    s.flush()
    return UndoResult(sessions, rooms)
