"""Plain rows of people and organisations, as the CLI and the other areas list them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from organiser.core.thaitext import format_name, format_phone
from organiser.domain.people import Organisation, Person
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class PersonRow:
    id: str
    title: str
    given_name: str
    family_name: str
    nickname: str
    phone: str
    organisation: str
    position: str
    province: str
    sort_key: str

    @property
    def full_name(self) -> str:
        return format_name(self.title, self.given_name, self.family_name)

    @property
    def phone_display(self) -> str:
        return format_phone(self.phone)

    def as_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "title": self.title,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "nickname": self.nickname,
            "phone": self.phone,
            "organisation": self.organisation,
            "position": self.position,
            "province": self.province,
        }


def person_row(p: Person) -> PersonRow:
    return PersonRow(
        p.id,
        p.title,
        p.given_name,
        p.family_name,
        p.nickname,
        p.phone,
        p.organisation.name if p.organisation else "",
        p.position,
        p.province,
        p.sort_key,
    )


def list_people(uow: UnitOfWork, event_id: str | None = None) -> list[PersonRow]:
    stmt = (
        select(Person)
        .options(selectinload(Person.organisation))
        .where(Person.deleted_at.is_(None), Person.merged_into_id.is_(None))
        .order_by(Person.sort_key)
    )
    if event_id:  # once each, merges followed: registrations of merged people count too
        from organiser.services.shared.registrations import counted_registrations

        stmt = stmt.where(
            Person.id.in_({r.person_id for r in counted_registrations(uow, event_id)})
        )
    return [person_row(p) for p in uow.session.scalars(stmt)]


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    short_name: str
    kind: str
    province: str
    members: int


def list_organisations(uow: UnitOfWork) -> list[OrganisationRow]:
    """Current organisations in Thai order, with how many current people belong to each
    (counted in SQL: loading the members themselves would read every person)."""
    members = (
        select(func.count(Person.id))
        .where(
            Person.organisation_id == Organisation.id,
            Person.deleted_at.is_(None),
            Person.merged_into_id.is_(None),
        )
        .scalar_subquery()
    )
    stmt = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.short_name,
            Organisation.kind,
            Organisation.province,
            members,
        )
        .where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
        .order_by(Organisation.sort_key)
    )
    return [
        OrganisationRow(oid, name, short, kind.value, province, int(count))
        for oid, name, short, kind, province, count in uow.session.execute(stmt)
    ]
