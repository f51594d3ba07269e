"""Finding the person to erase: narrowed in SQL, the same answer as matching every person."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from organiser.domain.people import Organisation, Person
from organiser.services.safety.privacy import people_to_erase
from organiser.store.db import Store


def everyone_matching(store: Store, text: str) -> list[str]:
    needle = text.strip().lower()
    with store.reader() as uow:
        rows = uow.session.execute(
            select(Person, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.erased_at.is_(None), Person.deleted_at.is_(None))
            .order_by(Person.sort_key)
        ).all()
    return [
        p.id
        for p, org in rows
        if needle in " ".join((p.full_name, p.nickname, p.phone, org or "")).lower()
    ]


@pytest.fixture
def samples(demo_store: Store) -> list[str]:
    with demo_store.reader() as uow:
        people = uow.session.scalars(select(Person).order_by(Person.sort_key)).all()
        p, q = people[3], people[40]
        org = uow.session.get(Organisation, q.organisation_id) if q.organisation_id else None
        return [
            p.full_name,  # the title attached: นายสมชาย ใจดี
            f"{p.given_name} {p.family_name}",
            p.phone[-4:] or p.given_name,
            q.nickname or q.given_name,
            (org.name.split()[0] if org else q.family_name),
            "กลุ่ม",
            "zzz-nobody",
        ]


def test_the_answer_is_the_same_as_matching_every_person(demo_store: Store, samples) -> None:
    for text in samples:
        with demo_store.reader() as uow:
            found = [c.id for c in people_to_erase(uow, text)]
        assert found == everyone_matching(demo_store, text), text
    with demo_store.reader() as uow:
        assert len(people_to_erase(uow, "")) == 124
        assert len(people_to_erase(uow, "", limit=10)) == 10
