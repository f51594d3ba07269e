"""Check-in, undo and walk-ins at the venue desk: the writes.

Every function here runs inside a writer unit of work (BEGIN IMMEDIATE, synchronous=FULL); the
caller commits, and only then tells the person at the desk that it is done. Check-ins are
insert-only: a second check-in on the same day is stored too (and reported as a warning), and
an undo is a new row pointing at the check-in it cancels.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _, current_language
from organiser.core.provinces import find_province
from organiser.core.thaidate import format_date, format_time
from organiser.core.thaitext import format_name, normalise_phone, split_full_name
from organiser.domain.base import utcnow
from organiser.domain.desk import (
    CheckIn,
    CheckInKind,
    CheckInMethod,
    Registration,
    RegistrationRole,
    RegistrationStatus,
)
from organiser.domain.events import Event
from organiser.domain.people import Organisation, Person
from organiser.services import settings as settings_service
from organiser.services.desk.reading import find_by_code
from organiser.services.shared.registrations import (
    canonical_registrations,
    counted_registrations,
    person_roots,
    registrations_of_person,
)
from organiser.store.db import UnitOfWork

_DESK_WORD = re.compile(r"^\s*(?:โต๊ะ|desk)\s*", re.IGNORECASE)


def desk_called(name: str) -> str:
    """A desk's name after the word "desk": "โต๊ะ 2" and "Desk 2" are desk "2" in "at desk 2"
    (ที่โต๊ะ 2), not "at desk Desk 2"; a name that is only the word stays as it is."""
    rest = _DESK_WORD.sub("", name, count=1).strip()
    return rest or name.strip()


def local_time_text(at: dt.datetime, lang: str | None = None) -> str:
    """`08.12 น.` (Thai) or `08:12` (English), in this laptop's time zone."""
    return format_time(at.astimezone().time(), lang or current_language())


@dataclass(frozen=True)
class CheckInResult:
    check_in_id: str
    registration_id: str
    person_id: str
    name: str
    organisation: str
    province: str
    role: str
    status: str
    code: str
    day: dt.date
    at: dt.datetime
    desk: str
    method: str
    already_at: dt.datetime | None  # the earlier check-in on the same day, if there was one
    already_id: str | None = None  # … its id
    already_desk: str = ""  # … the desk that made it
    # … made at another desk: another laptop (the change log knows), or another desk's name
    already_elsewhere: bool = False

    @property
    def is_repeat(self) -> bool:
        return self.already_at is not None

    def warning(self) -> str:
        """What the desk shows in orange: already here today, or not expected. A check-in at
        another desk says which, so the two desks can find the person's first record."""
        if self.already_at is not None:
            time = local_time_text(self.already_at)
            if self.already_elsewhere and self.already_desk:
                desk = desk_called(self.already_desk)
                if self.day == dt.date.today():
                    return _("Already checked in at desk {desk} at {time}.").format(
                        desk=desk, time=time
                    )
                return _("Already checked in at desk {desk} on {day} at {time}.").format(
                    desk=desk,
                    day=format_date(self.day, "short", current_language()),
                    time=time,
                )
            if self.day == dt.date.today():
                return _("Already checked in today at {time}.").format(time=time)
            return _("Already checked in on {day} at {time}.").format(
                day=format_date(self.day, "short", current_language()), time=time
            )
        if self.status in (RegistrationStatus.DECLINED, RegistrationStatus.CANCELLED):
            return _("Registered as declined or cancelled; checked in anyway.")
        return ""

    def as_json(self) -> dict[str, object]:
        return {
            "check_in_id": self.check_in_id,
            "registration_id": self.registration_id,
            "person_id": self.person_id,
            "name": self.name,
            "organisation": self.organisation,
            "province": self.province,
            "code": self.code,
            "day": self.day.isoformat(),
            "at": self.at.isoformat(),
            "desk": self.desk,
            "method": self.method,
            "already_checked_in_at": self.already_at.isoformat() if self.already_at else None,
            "already_checked_in_at_desk": self.already_desk if self.already_at else None,
            "already_checked_in_elsewhere": self.already_elsewhere,
            "warning": self.warning(),
        }


def desk_name(uow: UnitOfWork) -> str:
    return settings_service.desk_name(uow)


def _event_day(event: Event, day: dt.date) -> dt.date:
    """The day, if people can be checked in for the event on it; else a user error."""
    if event.cancelled_at is not None:
        raise UserError(
            _(
                "'{title}' is cancelled: nobody can be checked in for it. If it takes place "
                "after all, reopen it on the Seminars page first."
            ).format(title=event.title)
        )
    if day not in event.days:
        lang = current_language()
        raise UserError(
            _("{day} is not a day of this event ({first} to {last}).").format(
                day=format_date(day, "short", lang),
                first=format_date(event.starts_on, "short", lang),
                last=format_date(event.ends_on, "short", lang),
            )
        )
    return day


def _active_on_day(uow: UnitOfWork, registration_ids: list[str], day: dt.date) -> list[CheckIn]:
    """The person's check-ins of the day not undone, on any of their registrations."""
    rows = list(
        uow.session.scalars(
            select(CheckIn)
            .where(CheckIn.registration_id.in_(registration_ids), CheckIn.day == day)
            .order_by(CheckIn.at, CheckIn.id)
        )
    )
    undone = {r.undoes_id for r in rows if r.kind is CheckInKind.UNDO}
    return [r for r in rows if r.kind is CheckInKind.CHECK_IN and r.id not in undone]


def check_in(
    uow: UnitOfWork,
    registration_id: str,
    day: dt.date,
    *,
    method: CheckInMethod = CheckInMethod.SEARCH,
    desk: str | None = None,
    session_id: str | None = None,
) -> CheckInResult:
    """Store one check-in of a registration for a day (and optionally a session). It is
    recorded on the person's canonical registration, and a check-in of the day on any of the
    person's registrations makes it a repeat."""
    reg = uow.session.get(Registration, registration_id)
    if reg is None or reg.deleted_at is not None:
        raise NotFound(_("This registration no longer exists."))
    mine = registrations_of_person(uow, reg.event_id, reg.person_id)
    canonical = mine[0] if mine else reg.id
    reg = uow.session.scalar(
        select(Registration)
        .options(
            joinedload(Registration.person).joinedload(Person.organisation),
            joinedload(Registration.event),
        )
        .where(Registration.id == canonical)
    )
    assert reg is not None
    event = reg.event
    _event_day(event, day)
    earlier = _active_on_day(uow, mine or [reg.id], day)
    row = CheckIn(
        registration_id=reg.id,
        day=day,
        session_id=session_id or None,
        kind=CheckInKind.CHECK_IN,
        desk=desk if desk is not None else desk_name(uow),
        method=method,
        at=utcnow(),
    )
    uow.session.add(row)
    uow.flush()
    person = _followed(uow, reg.person)
    first = earlier[0] if earlier else None
    return CheckInResult(
        row.id, reg.id, person.id, format_name(person.title, person.given_name, person.family_name),
        person.organisation.name if person.organisation else "", person.province,
        reg.role.value, reg.status.value, reg.code, day, row.at, row.desk, row.method.value,
        first.at if first else None, first.id if first else None,
        first.desk if first else "",
        first is not None and bool(first.desk) and first.desk != row.desk,
    )  # fmt: skip


def check_in_by_code(
    uow: UnitOfWork,
    event_id: str,
    code: str,
    day: dt.date,
    *,
    method: CheckInMethod = CheckInMethod.SCAN,
    desk: str | None = None,
    session_id: str | None = None,
) -> CheckInResult:
    reg = find_by_code(uow, event_id, code)
    if reg is None:
        raise NotFound(
            _("No registration of this event has the code '{code}'.").format(code=code.strip())
        )
    return check_in(uow, reg.id, day, method=method, desk=desk, session_id=session_id)


def check_in_person(
    uow: UnitOfWork,
    event_id: str,
    person_id: str,
    day: dt.date,
    *,
    method: CheckInMethod = CheckInMethod.SEARCH,
    desk: str | None = None,
) -> CheckInResult:
    """Check in a person by id (or a unique prefix of it) registered for the event."""
    ref = person_id.strip().lower()
    # one registration per person, merges followed: the survivor's id finds the registrations
    # of the people merged into them
    regs = [r for r in counted_registrations(uow, event_id) if r.person_id.startswith(ref)] if ref else []  # fmt: skip
    exact = [r for r in regs if r.person_id == ref]
    if len(exact) == 1 or len(regs) == 1:
        return check_in(uow, (exact or regs)[0].id, day, method=method, desk=desk)
    if not regs:
        raise NotFound(
            _("No person with the id '{ref}' is registered for this event.").format(ref=person_id)
        )
    raise NotFound(
        _("'{ref}' matches {n} people; type more of the id.").format(ref=ref, n=len(regs))
    )


def _followed(uow: UnitOfWork, person: Person) -> Person:
    """The person a merged person was merged into (chains too); the person itself otherwise."""
    if person.merged_into_id is None:
        return person
    root = uow.session.get(Person, person_roots(uow).get(person.id, person.id))
    return root if root is not None else person


@dataclass(frozen=True)
class UndoResult:
    undo_id: str
    undone_id: str
    name: str
    day: dt.date
    reason: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "undo_id": self.undo_id,
            "cancelled_check_in_id": self.undone_id,
            "name": self.name,
            "day": self.day.isoformat(),
            "reason": self.reason,
        }


REASON_MAX = 300


def undo_check_in(
    uow: UnitOfWork,
    check_in_id: str,
    desk: str | None = None,
    *,
    reason: str = "",
    event_id: str | None = None,
) -> UndoResult:
    """Cancel any check-in (not only the last) with a new undo row that points at it and says
    why; nothing is deleted. With `event_id`, a check-in of another event is not found."""
    target = uow.session.get(CheckIn, check_in_id.strip().lower())
    if target is None or target.kind is not CheckInKind.CHECK_IN:
        raise NotFound(_("That check-in was not found."))
    reg = uow.session.get(Registration, target.registration_id)
    assert reg is not None
    if event_id is not None and reg.event_id != event_id:
        raise NotFound(_("That check-in is not one of this event."))
    already = uow.session.scalar(
        select(CheckIn.id).where(CheckIn.kind == CheckInKind.UNDO, CheckIn.undoes_id == target.id)
    )
    if already is not None:
        raise UserError(_("That check-in has already been undone."))
    reason = " ".join(reason.split())
    if len(reason) > REASON_MAX:
        raise UserError(_("The reason is too long; keep it under 300 characters."))
    row = CheckIn(
        registration_id=target.registration_id,
        day=target.day,
        session_id=target.session_id,
        kind=CheckInKind.UNDO,
        undoes_id=target.id,
        desk=desk if desk is not None else desk_name(uow),
        method=target.method,
        at=utcnow(),
        reason=reason,
    )
    uow.session.add(row)
    uow.flush()
    person = _followed(uow, reg.person)
    return UndoResult(
        row.id, target.id, format_name(person.title, person.given_name, person.family_name),
        target.day, reason,
    )  # fmt: skip


# ---------------------------------------------------------------- walk-ins


@dataclass(frozen=True)
class WalkIn:
    title: str
    given_name: str
    family_name: str
    phone: str = ""
    organisation_id: str | None = None  # an existing organisation …
    organisation_name: str = ""  # … or the name of a new one
    province: str = ""

    @property
    def full_name(self) -> str:
        return format_name(self.title, self.given_name, self.family_name)


@dataclass(frozen=True)
class Duplicate:
    """A person already in the database who may be the walk-in."""

    person_id: str
    name: str
    organisation: str
    province: str
    phone: str
    reason: str  # "phone" | "name"
    registration_id: str | None  # their registration for this event, if any

    def explain(self) -> str:
        if self.reason == "phone":
            return _("same phone number")
        return _("very similar name in the same organisation")


_TITLE_MARKS = re.compile(r"[\u0e47-\u0e4e]")  # tone marks and similar: often typed wrong


def normalise_name(given: str, family: str) -> str:
    text = unicodedata.normalize("NFC", f"{given} {family}").casefold()
    text = _TITLE_MARKS.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def name_similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


SIMILAR_NAME = 0.8


def _resolve_organisation_id(uow: UnitOfWork, form: WalkIn) -> str | None:
    if form.organisation_id:
        return form.organisation_id
    name = form.organisation_name.strip()
    if not name:
        return None
    return uow.session.scalar(
        select(Organisation.id).where(
            Organisation.deleted_at.is_(None),
            (Organisation.name == name) | (Organisation.short_name == name),
        )
    )


def likely_duplicates(uow: UnitOfWork, event_id: str, form: WalkIn) -> list[Duplicate]:
    """People who may already be the walk-in: the same phone, or a very similar name in the
    same organisation (or the exact same name anywhere)."""
    phone = normalise_phone(form.phone)
    wanted = normalise_name(form.given_name, form.family_name)
    org_id = _resolve_organisation_id(uow, form)
    # candidates from the indexes (phone, organisation, given name): never the whole table
    alternatives = []
    if phone and len(phone) >= 9:
        alternatives.append(Person.phone == phone)
    if org_id is not None:
        alternatives.append(Person.organisation_id == org_id)
    given = split_full_name(form.given_name).given if not form.title else form.given_name.strip()
    if given:
        alternatives.append(Person.given_name == given)
    if not alternatives:
        return []
    people = uow.session.scalars(
        select(Person)
        .options(joinedload(Person.organisation))
        .where(Person.deleted_at.is_(None), Person.merged_into_id.is_(None), or_(*alternatives))
    )
    # their canonical registration, counting those of people merged into them
    regs = canonical_registrations(uow, event_id).live_by_person()
    found: list[tuple[float, Duplicate]] = []
    for p in people:
        reason = ""
        score = 0.0
        if phone and len(phone) >= 9 and p.phone == phone:
            reason, score = "phone", 2.0
        elif wanted:
            ratio = name_similarity(wanted, normalise_name(p.given_name, p.family_name))
            same_org = org_id is not None and p.organisation_id == org_id
            if ratio >= 0.999 or (same_org and ratio >= SIMILAR_NAME):
                reason, score = "name", ratio
        if reason:
            found.append(
                (
                    score,
                    Duplicate(
                        p.id,
                        p.full_name,
                        p.organisation.name if p.organisation else "",
                        p.province,
                        p.phone,
                        reason,
                        regs.get(p.id),
                    ),
                )
            )
    found.sort(key=lambda item: -item[0])
    return [d for _s, d in found[:5]]


def _validate(form: WalkIn) -> None:
    if not form.given_name.strip():
        raise UserError(_("A walk-in needs at least a given name."))
    phone = normalise_phone(form.phone)
    if form.phone.strip() and len(phone) < 9:
        raise UserError(_("The phone number '{phone}' is too short.").format(phone=form.phone))


def register_walk_in(
    uow: UnitOfWork,
    event_id: str,
    form: WalkIn,
    day: dt.date,
    *,
    desk: str | None = None,
    existing_person_id: str | None = None,
) -> CheckInResult:
    """Person (new, or an existing one the desk chose), registration and check-in at once."""
    if existing_person_id is None:
        _validate(form)
    event = uow.session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound(_("The event no longer exists."))
    _event_day(event, day)
    if existing_person_id is not None:
        found = uow.session.get(Person, existing_person_id)
        if found is None:
            raise NotFound(_("That person no longer exists."))
        person = _followed(uow, found)
    else:
        org_id = _resolve_organisation_id(uow, form)
        province = form.province.strip()
        found_province = find_province(province) if province else None
        if org_id is None and form.organisation_name.strip():
            org = Organisation(name=form.organisation_name.strip(), province=province)
            org.refresh_sort_key()
            uow.session.add(org)
            uow.flush()
            org_id = org.id
        title = form.title.strip()
        given = form.given_name.strip()
        if not title:  # "นายสมชาย" typed in the given-name field
            parts = split_full_name(given)
            title, given = parts.title, parts.given or given
        person = Person(
            title=title, given_name=given, family_name=form.family_name.strip(),
            phone=normalise_phone(form.phone), organisation_id=org_id,
            province=found_province.name_th if found_province else province,
        )  # fmt: skip
        person.refresh_sort_key()
        uow.session.add(person)
        uow.flush()
    mine = registrations_of_person(uow, event_id, person.id)
    reg = uow.session.get(Registration, mine[0]) if mine else None
    if reg is None:
        reg = Registration(
            event_id=event_id,
            person_id=person.id,
            status=RegistrationStatus.WALK_IN,
            role=RegistrationRole.PARTICIPANT,
        )
        uow.session.add(reg)
        uow.flush()
    elif reg.deleted_at is not None:
        reg.restore()
        reg.status = RegistrationStatus.WALK_IN
    return check_in(uow, reg.id, day, method=CheckInMethod.WALK_IN, desk=desk)


@dataclass(frozen=True)
class OrganisationChoice:
    id: str
    name: str
    short_name: str
    province: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


def organisation_choices(uow: UnitOfWork) -> list[OrganisationChoice]:
    """Organisations for the walk-in form's type-ahead, in Thai order."""
    stmt = (
        select(Organisation)
        .where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
        .order_by(Organisation.sort_key)
    )
    return [
        OrganisationChoice(o.id, o.name, o.short_name, o.province)
        for o in uow.session.scalars(stmt)
    ]
