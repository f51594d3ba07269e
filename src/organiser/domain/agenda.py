"""The programme: sessions per day and the people in them."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from organiser.core.ids import natural_id
from organiser.core.positions import FIRST
from organiser.domain.base import Entity, str_enum
from organiser.domain.events import Event, Room
from organiser.domain.people import Person


class SessionKind(enum.StrEnum):
    REGISTRATION = "registration"
    OPENING = "opening"
    TALK = "talk"
    PANEL = "panel"
    GROUP_WORK = "group_work"
    PLENARY = "plenary"
    PLANNING = "planning"
    BREAK = "break"
    MEAL = "meal"
    TRAVEL = "travel"
    CLOSING = "closing"

    @property
    def is_pause(self) -> bool:
        return self in (SessionKind.BREAK, SessionKind.MEAL, SessionKind.TRAVEL)


class SessionRole(enum.StrEnum):
    SPEAKER = "speaker"
    FACILITATOR = "facilitator"
    PANELIST = "panelist"
    NOTE_TAKER = "note_taker"


class AgendaSession(Entity):
    __tablename__ = "agenda_session"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date]
    starts_at: Mapped[dt.time]
    ends_at: Mapped[dt.time]
    kind: Mapped[SessionKind] = mapped_column(
        str_enum(SessionKind, "kind"), default=SessionKind.TALK
    )
    title: Mapped[str] = mapped_column(String(400))
    description: Mapped[str] = mapped_column(Text, default="")
    expected_output: Mapped[str] = mapped_column(Text, default="")
    room_id: Mapped[str | None] = mapped_column(
        ForeignKey("room.id", ondelete="SET NULL"), default=None
    )
    # among sessions that start together; an order key (core.positions), ties broken by id
    position: Mapped[str] = mapped_column(String(200), default=FIRST)

    event: Mapped[Event] = relationship()
    room: Mapped[Room | None] = relationship()
    people: Mapped[list[SessionPerson]] = relationship(
        back_populates="session", order_by="[SessionPerson.position, SessionPerson.id]"
    )

    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),)


class SessionPerson(Entity):
    __tablename__ = "session_person"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("agenda_session.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[SessionRole] = mapped_column(str_enum(SessionRole, "role"))
    position: Mapped[str] = mapped_column(String(200), default=FIRST)

    session: Mapped[AgendaSession] = relationship(back_populates="people")
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("session_id", "person_id", "role"),)


def session_person_id(session_id: str, person_id: str, role: SessionRole | str) -> str:
    """A person in a role in a session is one row on every copy: taking them out marks the row
    deleted, putting them back clears the mark (never a second row)."""
    return natural_id("session_person", session_id, person_id, SessionRole(role).value)


@event.listens_for(SessionPerson, "before_insert")
def _session_person_natural_id(_mapper: Any, _connection: Any, row: SessionPerson) -> None:
    row.id = session_person_id(row.session_id, row.person_id, row.role)


class AgendaImport(Entity):
    """One confirmed import of a programme (a file or pasted rows): the sessions and rooms it
    added, so that the whole import can be taken back as one step."""

    __tablename__ = "agenda_import"

    event_id: Mapped[str | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), default=None, index=True
    )
    source: Mapped[str] = mapped_column(String(300), default="")  # file name, or "" for a paste
    rows_read: Mapped[int] = mapped_column(default=0)
    created_sessions: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_rooms: Mapped[list[str]] = mapped_column(JSON, default=list)
    undone_at: Mapped[dt.datetime | None] = mapped_column(default=None)
