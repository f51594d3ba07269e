"""Finding the person to erase: the People place's bounded search, never the whole directory."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from organiser.domain.people import Organisation, Person
from organiser.services.safety.privacy import erase_person, people_to_erase
from organiser.store.db import Store


def haystack(store: Store, person_id: str) -> str:
    with store.reader() as uow:
        p = uow.session.get(Person, person_id)
        assert p is not None
        org = uow.session.get(Organisation, p.organisation_id) if p.organisation_id else None
        return " ".join(
            (p.title, p.given_name, p.full_name, p.nickname, p.phone, org.name if org else "")
        ).lower()


@pytest.fixture
def people(demo_store: Store) -> list[Person]:
    with demo_store.reader() as uow:
        found = list(uow.session.scalars(select(Person).order_by(Person.sort_key)).all())
        uow.session.expunge_all()
        return found


def test_the_person_typed_is_found_first_and_everyone_found_matches(
    demo_store: Store, people: list[Person]
) -> None:
    p, q = people[3], people[40]
    for text, expected in (
        (p.full_name, p.id),  # the title attached: นายสมชาย ใจดี
        (f"{p.given_name} {p.family_name}", p.id),
        (f"{q.given_name} {q.family_name[:3]}", q.id),
    ):
        with demo_store.reader() as uow:
            found = people_to_erase(uow, text)
        assert found and found[0].id == expected, text
        for choice in found:
            for word in text.lower().split():
                assert word in haystack(demo_store, choice.id) or word.startswith(
                    p.title.lower()
                ), (text, choice.name)
    with demo_store.reader() as uow:
        assert people_to_erase(uow, "zzz-nobody") == []
        assert len(people_to_erase(uow, "", limit=500)) == 124
        assert len(people_to_erase(uow, "", limit=10)) == 10


def test_a_word_half_the_directory_shares_gives_a_page_not_everyone(demo_store: Store) -> None:
    # the dialog asked for every match and drew them all (at 100,000 people, a second a key)
    with demo_store.reader() as uow:
        assert len(people_to_erase(uow, "กลุ่ม")) > 10
        assert len(people_to_erase(uow, "กลุ่ม", limit=10)) == 10


def test_someone_already_erased_is_not_offered_again(
    demo_store: Store, people: list[Person]
) -> None:
    p = people[5]
    with demo_store.writer() as uow:
        erase_person(uow, p.id)
        uow.commit()
    with demo_store.reader() as uow:
        assert p.id not in [c.id for c in people_to_erase(uow, "")]
        assert p.id not in [c.id for c in people_to_erase(uow, p.family_name)]
