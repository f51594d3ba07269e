"""Add, edit, delete (soft), restore and merge people and organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, update

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.core.provinces import find_province
from organiser.core.thaitext import format_name, is_plausible_phone, normalise_phone
from organiser.domain.agenda import SessionPerson
from organiser.domain.base import utcnow
from organiser.domain.desk import Registration
from organiser.domain.memoranda import Party
from organiser.domain.people import Organisation, OrganisationKind, Person
from organiser.domain.plans import Action, TeamMember
from organiser.services.people.directory import EDITABLE_PERSON_FIELDS, PersonRecord
from organiser.store.db import UnitOfWork

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LIMITS = {
    "title": 40, "given_name": 120, "family_name": 120, "nickname": 60, "email": 200,
    "line_id": 100, "position": 200, "province": 60, "district": 80, "subdistrict": 80,
    "village_no": 10, "diet": 200, "access_needs": 200, "consent_purpose": 300,
}  # fmt: skip


def clean_person(record: PersonRecord) -> PersonRecord:
    """Trim, normalise the phone and the province, and check what a person record must be.
    Raises UserError with the first problem, in the user's words."""
    for name in EDITABLE_PERSON_FIELDS:
        value = getattr(record, name)
        if isinstance(value, str):
            setattr(record, name, " ".join(value.split()) if name != "notes" else value.strip())
    if not record.given_name:
        raise UserError(_("A person needs at least a given name."))
    for name, limit in _LIMITS.items():
        if len(getattr(record, name)) > limit:
            raise UserError(
                _("The field '{field}' is too long (at most {n} characters).").format(
                    field=name, n=limit
                )
            )
    if record.phone:
        digits = normalise_phone(record.phone)
        if not is_plausible_phone(digits):
            raise UserError(
                _("'{phone}' is not a Thai phone number (9 or 10 digits starting with 0).").format(
                    phone=record.phone
                )
            )
        record.phone = digits
    if record.email and not EMAIL.match(record.email):
        raise UserError(_("'{email}' is not an e-mail address.").format(email=record.email))
    if record.province:
        province = find_province(record.province)
        if province is None:
            raise UserError(_("'{name}' is not a Thai province.").format(name=record.province))
        record.province = province.name_th
    if record.village_no and not record.village_no.isdigit():
        raise UserError(_("The village number must be a number (หมู่ที่)."))
    return record


def save_person(uow: UnitOfWork, record: PersonRecord) -> str:
    """Create (id '') or update a person; returns the id."""
    record = clean_person(record)
    s = uow.session
    if record.id:
        person = s.get(Person, record.id)
        if person is None or person.deleted_at is not None:
            raise NotFound(_("This person no longer exists; reload the list."))
        refuse_erased(person)
    else:
        person = Person(given_name=record.given_name)
        s.add(person)
    for name in EDITABLE_PERSON_FIELDS:
        setattr(person, name, getattr(record, name))
    person.organisation_id = record.organisation_id or _organisation_named(uow, record.organisation)
    person.refresh_sort_key()
    s.flush()
    return person.id


def _organisation_named(uow: UnitOfWork, name: str) -> str | None:
    """The organisation called `name` (created when nobody has it yet); None for no name."""
    name = " ".join(name.split())
    if not name:
        return None
    key = "".join(name.casefold().split())
    for org in uow.session.scalars(
        select(Organisation).where(
            Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
        )
    ):
        if key in ("".join(org.name.casefold().split()), "".join(org.label.casefold().split())):
            return org.id
    org = Organisation(name=name[:300])
    org.refresh_sort_key()
    uow.session.add(org)
    uow.session.flush()
    return org.id


def find_or_add_organisation(uow: UnitOfWork, name: str) -> str | None:
    """The organisation called `name`, added to the directory when it has none by that name
    (an agency typed as a memorandum's party, say); None for no name."""
    return _organisation_named(uow, name)


def _person(uow: UnitOfWork, person_id: str) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None:
        raise NotFound(_("No such person."))
    return person


def refuse_erased(person: Person) -> None:
    """An erased person's data is gone for good (PDPA): nothing may be typed back into it."""
    if person.erased_at is not None:
        raise UserError(
            _("This person's data was erased on request and cannot be edited or merged; "
              "add them again as a new person if they agree.")
        )  # fmt: skip


def delete_person(uow: UnitOfWork, person_id: str) -> None:
    _person(uow, person_id).soft_delete()


def restore_person(uow: UnitOfWork, person_id: str) -> None:
    person = _person(uow, person_id)
    if person.merged_into_id:
        raise UserError(_("This record was merged into another person and cannot be restored."))
    person.restore()


@dataclass(frozen=True)
class DeletedRow:
    id: str
    label: str
    deleted_at: str  # ISO, UTC
    kind: str  # "person" or "organisation"


def recently_deleted(uow: UnitOfWork, limit: int = 500) -> list[DeletedRow]:
    s = uow.session
    people = s.scalars(
        select(Person)
        .where(Person.deleted_at.is_not(None), Person.merged_into_id.is_(None))
        .order_by(Person.deleted_at.desc())
        .limit(limit)
    )
    orgs = s.scalars(
        select(Organisation)
        .where(Organisation.deleted_at.is_not(None), Organisation.merged_into_id.is_(None))
        .order_by(Organisation.deleted_at.desc())
        .limit(limit)
    )
    rows = [
        DeletedRow(p.id, p.full_name, p.deleted_at.isoformat(), "person")
        for p in people
        if p.deleted_at
    ]
    rows += [
        DeletedRow(o.id, o.label, o.deleted_at.isoformat(), "organisation")
        for o in orgs
        if o.deleted_at
    ]
    return sorted(rows, key=lambda r: r.deleted_at, reverse=True)


# ------------------------------------------------------------------ merging


@dataclass(frozen=True)
class MergeResult:
    survivor_id: str
    moved_registrations: int
    moved_roles: int
    moved_memberships: int
    moved_actions: int


def merge_people(uow: UnitOfWork, survivor_id: str, loser_id: str) -> MergeResult:
    """Fold the duplicate `loser` into `survivor`: the loser is soft-deleted with
    `merged_into_id` pointing at the survivor, and empty fields of the survivor are filled from
    the loser. The loser's registrations and check-ins are not rewritten: check-ins are facts
    other copies hold too, and reads follow `merged_into_id` (services.shared.registrations), so the
    survivor is listed and counted once per event with every check-in of both. Session roles,
    team memberships and actions' owners are not rewritten either: their lists read them as
    the survivor's (services.shared.merged_people). A merge writes the two people rows only."""
    if survivor_id == loser_id:
        raise UserError(_("Choose two different people to merge."))
    s = uow.session
    survivor, loser = _person(uow, survivor_id), _person(uow, loser_id)
    if survivor.deleted_at or loser.deleted_at:
        raise UserError(_("Deleted people cannot be merged; restore them first."))
    refuse_erased(survivor)
    refuse_erased(loser)
    regs = len(
        s.scalars(
            select(Registration.id).where(
                Registration.person_id == loser.id, Registration.deleted_at.is_(None)
            )
        ).all()
    )
    # session roles, team memberships and actions' owners stay as they are: reads follow the merge
    # (services.shared.merged_people), so a merge sends no burst of rewritten rows to other copies
    roles = len(
        s.scalars(
            select(SessionPerson.id).where(
                SessionPerson.person_id == loser.id, SessionPerson.deleted_at.is_(None)
            )
        ).all()
    )
    memberships = len(
        s.scalars(
            select(TeamMember.id).where(
                TeamMember.person_id == loser.id, TeamMember.deleted_at.is_(None)
            )
        ).all()
    )
    actions = len(
        s.scalars(
            select(Action.id).where(Action.owner_person_id == loser.id, Action.deleted_at.is_(None))
        ).all()
    )
    for name in EDITABLE_PERSON_FIELDS:
        if not getattr(survivor, name) and getattr(loser, name):
            setattr(survivor, name, getattr(loser, name))
    if survivor.organisation_id is None:
        survivor.organisation_id = loser.organisation_id
    if loser.notes and loser.notes not in survivor.notes:
        survivor.notes = (survivor.notes + "\n" + loser.notes).strip()
    survivor.refresh_sort_key()
    loser.merged_into_id = survivor.id
    loser.soft_delete()
    s.flush()
    return MergeResult(survivor.id, regs, roles, memberships, actions)


# ------------------------------------------------------------------ organisations


@dataclass
class OrganisationRecord:
    id: str = ""
    name: str = ""
    name_en: str = ""
    short_name: str = ""
    kind: str = OrganisationKind.OTHER.value
    province: str = ""
    district: str = ""
    subdistrict: str = ""
    village_no: str = ""
    issue_tags: list[str] | None = None
    phone: str = ""
    email: str = ""
    notes: str = ""
    representatives: list[tuple[str, str, str]] | None = None  # person id, name, position


ORG_FIELDS = (
    "name", "name_en", "short_name", "province", "district", "subdistrict", "village_no",
    "phone", "email", "notes",
)  # fmt: skip


def get_organisation(uow: UnitOfWork, organisation_id: str) -> OrganisationRecord | None:
    o = uow.session.get(Organisation, organisation_id)
    if o is None:
        return None
    record = OrganisationRecord(id=o.id, kind=o.kind.value, issue_tags=list(o.issue_tags or []))
    for name in ORG_FIELDS:
        setattr(record, name, getattr(o, name))
    record.representatives = [
        (p.id, format_name(p.title, p.given_name, p.family_name), p.position)
        for p in sorted(o.members, key=lambda p: p.sort_key)
        if p.deleted_at is None
    ]
    return record


def save_organisation(uow: UnitOfWork, record: OrganisationRecord) -> str:
    name = " ".join(record.name.split())
    if not name:
        raise UserError(_("An organisation needs a name."))
    if len(name) > 300 or len(record.short_name.strip()) > 60:
        raise UserError(_("The organisation's name or short form is too long."))
    try:
        kind = OrganisationKind(record.kind)
    except ValueError as exc:
        raise UserError(_("Unknown kind of organisation.")) from exc
    province = ""
    if record.province.strip():
        found = find_province(record.province)
        if found is None:
            raise UserError(_("'{name}' is not a Thai province.").format(name=record.province))
        province = found.name_th
    phone = normalise_phone(record.phone) if record.phone.strip() else ""
    s = uow.session
    if record.id:
        org = s.get(Organisation, record.id)
        if org is None or org.deleted_at is not None:
            raise NotFound(_("This organisation no longer exists; reload the list."))
    else:
        org = Organisation(name=name)
        s.add(org)
    for field_name in ORG_FIELDS:
        setattr(org, field_name, " ".join(str(getattr(record, field_name)).split()))
    org.notes = record.notes.strip()
    org.name, org.kind, org.province, org.phone = name, kind, province, phone
    org.issue_tags = sorted({t.strip() for t in (record.issue_tags or []) if t.strip()})
    org.refresh_sort_key()
    s.flush()
    return org.id


def _organisation(uow: UnitOfWork, organisation_id: str) -> Organisation:
    org = uow.session.get(Organisation, organisation_id)
    if org is None:
        raise NotFound(_("No such organisation."))
    return org


def delete_organisation(uow: UnitOfWork, organisation_id: str) -> None:
    _organisation(uow, organisation_id).soft_delete()


def restore_organisation(uow: UnitOfWork, organisation_id: str) -> None:
    org = _organisation(uow, organisation_id)
    if org.merged_into_id:
        raise UserError(
            _("This record was merged into another organisation and cannot be restored.")
        )
    org.restore()


def merge_organisations(uow: UnitOfWork, survivor_id: str, loser_id: str) -> str:
    """Members, memorandum parties and plan actions of `loser` move to `survivor`."""
    if survivor_id == loser_id:
        raise UserError(_("Choose two different organisations to merge."))
    s = uow.session
    survivor, loser = _organisation(uow, survivor_id), _organisation(uow, loser_id)
    s.execute(
        update(Person).where(Person.organisation_id == loser.id).values(organisation_id=survivor.id)
    )
    s.execute(
        update(Party).where(Party.organisation_id == loser.id).values(organisation_id=survivor.id)
    )
    s.execute(
        update(Action)
        .where(Action.owner_organisation_id == loser.id)
        .values(owner_organisation_id=survivor.id)
    )
    for name in ORG_FIELDS:
        if not getattr(survivor, name) and getattr(loser, name):
            setattr(survivor, name, getattr(loser, name))
    survivor.issue_tags = sorted(set(survivor.issue_tags or []) | set(loser.issue_tags or []))
    loser.merged_into_id = survivor.id
    loser.deleted_at = utcnow()
    s.flush()
    return survivor.id
