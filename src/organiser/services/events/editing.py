"""Correcting a seminar: edit its title, dates, venue…; cancel it; delete an empty one; and undo
each of these.

What a user would expect, and so the rules here:
- Moving the dates moves the programme by the same number of days when asked (`move_agenda`).
  A change that would leave a session outside the seminar's days is refused, never orphaned.
- Check-ins are history. The days on which people were checked in stay days of the seminar (it
  may grow around them, say one more day at the end), and once anyone has been checked in the
  programme no longer moves with the dates: the check-ins would then belong to other sessions.
- A seminar with content (registrations, sessions, check-ins) can only be cancelled; an empty
  one can be deleted (soft deletion: `deleted_at`, the row stays).
- Every change returns an `EventChange`; `undo_change` reverses it as long as the seminar has not
  been changed again since.

Every function works inside the caller's unit of work and leaves committing to it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _, current_language
from organiser.core.thaidate import format_date
from organiser.domain.agenda import AgendaSession
from organiser.domain.base import utcnow
from organiser.domain.desk import CheckIn, CheckInKind, Registration
from organiser.domain.events import Event
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class EventFields:
    """What a person can correct about a seminar."""

    title: str
    code: str | None
    starts_on: dt.date
    ends_on: dt.date
    venue: str
    province: str
    objectives: str

    @classmethod
    def of(cls, event: Event) -> EventFields:
        return cls(
            event.title, event.code, event.starts_on, event.ends_on, event.venue, event.province,
            event.objectives,
        )  # fmt: skip

    def apply_to(self, event: Event) -> None:
        for name, value in asdict(self).items():
            setattr(event, name, value)


class ChangeKind(enum.StrEnum):
    EDITED = "edited"
    CANCELLED = "cancelled"
    REOPENED = "reopened"
    DELETED = "deleted"


@dataclass(frozen=True)
class EventChange:
    """One correction, with what undoing it needs."""

    kind: ChangeKind
    event_id: str
    before: EventFields
    after: EventFields
    shift_days: int = 0  # how far the programme moved
    moved_sessions: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.event_id,
            "change": self.kind.value,
            "title": self.after.title,
            "starts_on": self.after.starts_on.isoformat(),
            "ends_on": self.after.ends_on.isoformat(),
            "venue": self.after.venue,
            "sessions_moved": len(self.moved_sessions),
            "days_moved": self.shift_days,
        }


@dataclass(frozen=True)
class EventContent:
    registrations: int
    sessions: int
    check_ins: int
    checked_in_days: tuple[dt.date, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.registrations or self.sessions or self.check_ins)


@dataclass(frozen=True)
class EventDetails:
    """A seminar as the edit form shows it."""

    id: str
    fields: EventFields
    cancelled: bool
    content: EventContent


def _event(uow: UnitOfWork, event_id: str, *, deleted_too: bool = False) -> Event:
    event = uow.session.get(Event, event_id)
    if event is None or (event.deleted_at is not None and not deleted_too):
        raise NotFound(_("That seminar no longer exists."))
    return event


def _days_text(days: Iterable[dt.date]) -> str:
    lang = current_language()
    return ", ".join(format_date(d, "short", lang) for d in sorted(set(days)))


def checked_in_days(uow: UnitOfWork, event_id: str) -> set[dt.date]:
    """Days on which someone is checked in for the event (undone check-ins do not count)."""
    undone = select(CheckIn.undoes_id).where(
        CheckIn.kind == CheckInKind.UNDO, CheckIn.undoes_id.is_not(None)
    )
    stmt = (
        select(CheckIn.day)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .where(
            Registration.event_id == event_id,
            CheckIn.kind == CheckInKind.CHECK_IN,
            CheckIn.id.not_in(undone),
        )
        .distinct()
    )
    return set(uow.session.scalars(stmt))


def event_content(uow: UnitOfWork, event_id: str) -> EventContent:
    registrations = uow.session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(Registration.event_id == event_id, Registration.deleted_at.is_(None))
    )
    sessions = uow.session.scalar(
        select(func.count())
        .select_from(AgendaSession)
        .where(AgendaSession.event_id == event_id, AgendaSession.deleted_at.is_(None))
    )
    # every check-in row counts here, undone ones too: they are the desk's record
    check_ins = uow.session.scalar(
        select(func.count())
        .select_from(CheckIn)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .where(Registration.event_id == event_id)
    )
    return EventContent(
        registrations or 0, sessions or 0, check_ins or 0,
        tuple(sorted(checked_in_days(uow, event_id))),
    )  # fmt: skip


def event_details(uow: UnitOfWork, event_id: str) -> EventDetails:
    event = _event(uow, event_id)
    return EventDetails(
        event.id, EventFields.of(event), event.is_cancelled, event_content(uow, event_id)
    )


def _check_code(uow: UnitOfWork, event: Event, code: str | None) -> None:
    if not code:
        return
    clash = uow.session.scalar(select(Event.id).where(Event.code == code, Event.id != event.id))
    if clash is not None:
        raise UserError(_("Another event already uses the code '{code}'.").format(code=code))


def _check_dates(uow: UnitOfWork, event: Event, first: dt.date, last: dt.date, shift: int) -> None:
    """Refuse new dates that would strand check-ins or sessions (after a shift of `shift` days)."""
    if last < first:
        raise UserError(_("The event cannot end before it starts."))
    checked = checked_in_days(uow, event.id)
    if checked and shift:
        raise UserError(
            _(
                "People have already been checked in, so the programme cannot move to other "
                "days. Change the dates without moving the programme."
            )
        )
    stranded = [d for d in checked if not first <= d <= last]
    if stranded:
        raise UserError(
            _("People were checked in on {days}; those days must stay days of the seminar.").format(
                days=_days_text(stranded)
            )
        )
    days = uow.session.scalars(
        select(AgendaSession.day).where(
            AgendaSession.event_id == event.id, AgendaSession.deleted_at.is_(None)
        )
    ).all()
    outside = [d for d in days if not first <= d + dt.timedelta(days=shift) <= last]
    if not outside:
        return
    if shift:
        text = _(
            "{n} sessions (on {days}) would fall outside the new dates even with the programme "
            "moved. Move or delete those sessions first, or keep the seminar longer."
        )
    else:
        text = _(
            "{n} sessions (on {days}) would fall outside the new dates. Move the programme with "
            "the seminar, or move or delete those sessions first."
        )
    raise UserError(text.format(n=len(outside), days=_days_text(outside)))


def edit_event(
    uow: UnitOfWork,
    event_id: str,
    *,
    title: str | None = None,
    code: str | None = None,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    venue: str | None = None,
    province: str | None = None,
    objectives: str | None = None,
    move_agenda: bool = False,
) -> EventChange:
    """Change what is given (None leaves a field as it is; code "" clears the code).
    With `move_agenda`, sessions move by as many days as the first day moved."""
    event = _event(uow, event_id)
    before = EventFields.of(event)
    if title is not None and not title.strip():
        raise UserError(_("An event needs a title."))
    after = EventFields(
        title.strip() if title is not None else before.title,
        (code.strip() or None) if code is not None else before.code,
        starts_on or before.starts_on,
        ends_on or before.ends_on,
        venue.strip() if venue is not None else before.venue,
        province.strip() if province is not None else before.province,
        objectives.strip() if objectives is not None else before.objectives,
    )
    if after.code != before.code:  # a code shared by merge does not block other edits
        _check_code(uow, event, after.code)
    shift = (after.starts_on - before.starts_on).days if move_agenda else 0
    if (after.starts_on, after.ends_on) != (before.starts_on, before.ends_on):
        _check_dates(uow, event, after.starts_on, after.ends_on, shift)
    moved: list[str] = []
    if shift:
        # deleted sessions move too, so that undoing their deletion puts them on the right day
        for session in uow.session.scalars(
            select(AgendaSession).where(AgendaSession.event_id == event.id)
        ):
            session.day = session.day + dt.timedelta(days=shift)
            moved.append(session.id)
    after.apply_to(event)
    uow.flush()
    return EventChange(ChangeKind.EDITED, event.id, before, after, shift, tuple(moved))


def cancel_event(uow: UnitOfWork, event_id: str) -> EventChange:
    """Mark the seminar cancelled; everything it has is kept, and the desk stops checking in."""
    event = _event(uow, event_id)
    if event.is_cancelled:
        raise UserError(_("This seminar is already cancelled."))
    event.cancelled_at = utcnow()
    uow.flush()
    fields = EventFields.of(event)
    return EventChange(ChangeKind.CANCELLED, event.id, fields, fields)


def reopen_event(uow: UnitOfWork, event_id: str) -> EventChange:
    """Take back a cancellation."""
    event = _event(uow, event_id)
    if not event.is_cancelled:
        raise UserError(_("This seminar is not cancelled."))
    event.cancelled_at = None
    uow.flush()
    fields = EventFields.of(event)
    return EventChange(ChangeKind.REOPENED, event.id, fields, fields)


def delete_event(uow: UnitOfWork, event_id: str) -> EventChange:
    """Delete a seminar that has nothing in it yet (soft: the row stays, restorable)."""
    event = _event(uow, event_id)
    content = event_content(uow, event.id)
    if not content.is_empty:
        raise UserError(
            _(
                "This seminar has {registrations} registrations, {sessions} sessions and "
                "{check_ins} check-ins; a seminar with content can only be cancelled."
            ).format(
                registrations=content.registrations,
                sessions=content.sessions,
                check_ins=content.check_ins,
            )
        )
    event.soft_delete()
    uow.flush()
    fields = EventFields.of(event)
    return EventChange(ChangeKind.DELETED, event.id, fields, fields)


def restore_event(uow: UnitOfWork, event_id: str) -> None:
    event = _event(uow, event_id, deleted_too=True)
    if event.deleted_at is None:
        raise UserError(_("This seminar is not deleted."))
    _check_code(uow, event, event.code)
    event.restore()
    uow.flush()


def undo_change(uow: UnitOfWork, change: EventChange) -> None:
    """The inverse of `change`, refused when the seminar was changed again since."""
    if change.kind is ChangeKind.DELETED:
        restore_event(uow, change.event_id)
        return
    event = _event(uow, change.event_id)
    if change.kind is ChangeKind.CANCELLED:
        reopen_event(uow, event.id)
        return
    if change.kind is ChangeKind.REOPENED:
        cancel_event(uow, event.id)
        return
    if EventFields.of(event) != change.after:
        raise UserError(_("The seminar has been changed since; nothing was undone."))
    before = change.before
    if before.code != change.after.code:
        _check_code(uow, event, before.code)
    if (before.starts_on, before.ends_on) != (change.after.starts_on, change.after.ends_on):
        _check_dates(uow, event, before.starts_on, before.ends_on, -change.shift_days)
    back = dt.timedelta(days=change.shift_days)
    for session_id in change.moved_sessions:
        session = uow.session.get(AgendaSession, session_id)
        if session is not None:
            session.day = session.day - back
    before.apply_to(event)
    uow.flush()
