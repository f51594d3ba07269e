"""The directory for the people view: rows with what the filters need, and one person's record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select, text

from organiser.core.thaitext import format_name, format_phone
from organiser.domain.desk import Registration
from organiser.domain.events import Event
from organiser.domain.people import Organisation, Person
from organiser.services.people.rows import PersonRow
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class DirectoryRow(PersonRow):
    """A person as the people view shows them (see services.people.listing)."""

    organisation_id: str = ""
    organisation_kind: str = ""
    email: str = ""
    status: str = ""  # registration status in the chosen event ('' when not registered)
    role: str = ""


@dataclass(frozen=True)
class DirectoryFilter:
    """What the people view narrows the directory to ('' for any)."""

    province: str = ""
    organisation_kind: str = ""
    issue_tag: str = ""
    event_id: str = ""  # only people registered for this event
    status: str = ""  # with this registration status in the event whose status is shown


def issue_tags_in_use(uow: UnitOfWork) -> list[str]:
    tags: set[str] = set()
    for (value,) in uow.session.execute(
        select(Organisation.issue_tags).where(Organisation.deleted_at.is_(None))
    ):
        tags.update(value or ())
    return sorted(tags)


@dataclass
class PersonRecord:
    """Everything the detail pane edits. `id` is '' for a new person."""

    id: str = ""
    title: str = ""
    given_name: str = ""
    family_name: str = ""
    nickname: str = ""
    phone: str = ""  # digits only
    email: str = ""
    line_id: str = ""
    organisation_id: str = ""
    organisation: str = ""  # its name, for display
    position: str = ""
    province: str = ""
    district: str = ""
    subdistrict: str = ""
    village_no: str = ""
    diet: str = ""
    access_needs: str = ""
    consent_on: dt.date | None = None
    consent_purpose: str = ""
    notes: str = ""
    registrations: list[tuple[str, str, str]] = field(default_factory=list)  # event, status, role

    @property
    def full_name(self) -> str:
        return format_name(self.title, self.given_name, self.family_name)

    @property
    def phone_display(self) -> str:
        return format_phone(self.phone)


EDITABLE_PERSON_FIELDS = (
    "title", "given_name", "family_name", "nickname", "phone", "email", "line_id", "position",
    "province", "district", "subdistrict", "village_no", "diet", "access_needs", "consent_on",
    "consent_purpose", "notes",
)  # fmt: skip


def get_person(uow: UnitOfWork, person_id: str) -> PersonRecord | None:
    """The person, or the one they were merged into (chains followed), with their
    registrations and those of everyone merged into them, one per event."""
    from organiser.services.shared.registrations import person_roots, same_person

    roots = person_roots(uow)
    p = uow.session.get(Person, roots.get(person_id, person_id))
    if p is None:
        return None
    record = PersonRecord(id=p.id)
    for name in EDITABLE_PERSON_FIELDS:
        setattr(record, name, getattr(p, name))
    record.organisation_id = p.organisation_id or ""
    record.organisation = p.organisation.name if p.organisation else ""
    people = same_person(roots, p.id) if roots else {p.id}
    stmt = (
        select(Event.id, Registration.id, Event.title, Registration.status, Registration.role)
        .join(Event, Event.id == Registration.event_id)
        .where(Registration.person_id.in_(people), Registration.deleted_at.is_(None))
        .order_by(Event.starts_on.desc(), Event.id, Registration.id)
    )
    seen: set[str] = set()
    record.registrations = []
    for event_id, _reg_id, t, s, r in uow.session.execute(stmt):
        if event_id not in seen:  # the canonical (smallest id) registration of each event
            seen.add(event_id)
            record.registrations.append((t, str(s), str(r)))
    return record


@dataclass(frozen=True)
class OrganisationOption:
    id: str
    label: str


def organisation_options(uow: UnitOfWork) -> list[OrganisationOption]:
    stmt = (
        select(Organisation)
        .where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
        .order_by(Organisation.sort_key)
    )
    return [OrganisationOption(o.id, o.label) for o in uow.session.scalars(stmt)]


def known_places(uow: UnitOfWork, column: str) -> list[str]:
    """Districts or sub-districts already typed somewhere (completion beside the official list)."""
    if column not in ("district", "subdistrict"):
        raise ValueError(column)
    values: set[str] = set()
    for table in ("person", "organisation"):
        for (v,) in uow.session.execute(text(f"SELECT DISTINCT {column} FROM {table}")):
            if v:
                values.add(v)
    return sorted(values)
