"""Registrations for an event, and check-ins at the venue (insert-only events)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from organiser.core.ids import short_code, uuid7
from organiser.domain.base import Base, Entity, str_enum, utcnow
from organiser.domain.events import Event
from organiser.domain.people import Person


class RegistrationRole(enum.StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    STAFF = "staff"
    OBSERVER = "observer"
    GUEST = "guest"


class RegistrationStatus(enum.StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    WALK_IN = "walk_in"
    CANCELLED = "cancelled"

    @property
    def expected(self) -> bool:
        return self in (RegistrationStatus.INVITED, RegistrationStatus.CONFIRMED)


class Registration(Entity):
    __tablename__ = "registration"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[RegistrationRole] = mapped_column(
        str_enum(RegistrationRole, "role"), default=RegistrationRole.PARTICIPANT
    )
    status: Mapped[RegistrationStatus] = mapped_column(
        str_enum(RegistrationStatus, "status"), default=RegistrationStatus.INVITED
    )
    code: Mapped[str] = mapped_column(String(16), unique=True, default=short_code)
    import_batch_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)

    event: Mapped[Event] = relationship()
    person: Mapped[Person] = relationship()

    # No UNIQUE(event_id, person_id): two desks offline may each register the same known
    # person, and merging keeps both rows. One is canonical, computed alike on every copy
    # (services.shared.registrations); `code` stays unique per row, so both badges keep scanning.


class CheckInMethod(enum.StrEnum):
    SEARCH = "search"
    SCAN = "scan"
    WALK_IN = "walk_in"
    CLI = "cli"


class CheckInKind(enum.StrEnum):
    CHECK_IN = "check_in"
    UNDO = "undo"  # cancels the check-in named by `undoes_id`


class CheckIn(Base):
    """One thing that happened at the desk. Never updated or deleted: an undo is a new row."""

    __tablename__ = "check_in"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    registration_id: Mapped[str] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date]
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_session.id", ondelete="SET NULL"), default=None
    )
    kind: Mapped[CheckInKind] = mapped_column(
        str_enum(CheckInKind, "kind"), default=CheckInKind.CHECK_IN
    )
    undoes_id: Mapped[str | None] = mapped_column(ForeignKey("check_in.id"), default=None)
    desk: Mapped[str] = mapped_column(String(80), default="")
    method: Mapped[CheckInMethod] = mapped_column(
        str_enum(CheckInMethod, "method"), default=CheckInMethod.SEARCH
    )
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(300), default="", server_default="")  # of an undo
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    registration: Mapped[Registration] = relationship()

    __table_args__ = (Index("ix_check_in_day", "day", "registration_id"),)
