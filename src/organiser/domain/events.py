"""Events (seminars, forums) and their rooms."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from organiser.domain.base import Entity


class Event(Entity):
    __tablename__ = "event"

    # typed by people: two offices may give two seminars one code, and a merge then brings
    # both here; a duplicate typed on this copy is refused by services.events_editing
    code: Mapped[str | None] = mapped_column(String(40), index=True, default=None)
    title: Mapped[str] = mapped_column(String(400))
    title_en: Mapped[str] = mapped_column(String(400), default="")
    theme: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    venue: Mapped[str] = mapped_column(String(300), default="")
    province: Mapped[str] = mapped_column(String(60), default="")
    organising_office: Mapped[str] = mapped_column(String(300), default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    intended_outputs: Mapped[str] = mapped_column(Text, default="")
    # a cancelled seminar keeps everything it had (registrations, agenda, check-ins): it is
    # still a record of what was planned, and cancelling can be undone
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    rooms: Mapped[list[Room]] = relationship(back_populates="event", order_by="Room.name")

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates_in_order"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def days(self) -> list[dt.date]:
        count = (self.ends_on - self.starts_on).days + 1
        return [self.starts_on + dt.timedelta(days=i) for i in range(count)]


class Room(Entity):
    __tablename__ = "room"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    is_main: Mapped[bool] = mapped_column(default=False)

    event: Mapped[Event] = relationship(back_populates="rooms")

    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_positive"),
    )
