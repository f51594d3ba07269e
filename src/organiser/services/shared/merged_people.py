"""People as merges leave them, for every list that names people: a session's speakers, a core
team's members, an action's owner. Merging two records writes no row of these tables (other copies hold the rows
too, and rewriting them one by one made every merge a burst of changes to send); the rows keep
pointing at the record merged away, and reads follow `merged_into_id` to the survivor, as
registrations do (services.shared.registrations)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import object_session, selectinload

from organiser.domain.people import Person
from organiser.services.shared.registrations import person_roots, root_of
from organiser.store.db import UnitOfWork


class PeopleFollowed:
    """Person id → the person it is read as (itself, or the survivor of its merges)."""

    def __init__(self, roots: dict[str, str], survivors: dict[str, Person]) -> None:
        self.roots = roots
        self._survivors = survivors

    def root(self, person_id: str) -> str:
        return root_of(self.roots, person_id)

    def person(self, person: Person) -> Person:
        """The person a row that names `person` is read as."""
        return self._survivors.get(self.root(person.id), person)


def people_followed(uow: UnitOfWork, person_ids: Iterable[str]) -> PeopleFollowed:
    """Load the survivors the given people were merged into (usually none: merges are few)."""
    roots = person_roots(uow)
    wanted = {root_of(roots, p) for p in person_ids if p in roots}
    survivors: dict[str, Person] = {}
    if wanted:
        survivors = {
            p.id: p
            for p in uow.session.scalars(
                select(Person)
                .options(selectinload(Person.organisation))
                .where(Person.id.in_(wanted))
            )
        }
    return PeopleFollowed(roots, survivors)


def survivor_of(person: Person) -> Person:
    """The person a row naming `person` is read as, through the session that loaded it: one
    read per merge followed (an action's owner; merges are few). A loop, left only by data
    from before loops were settled, ends where it closes."""
    session = object_session(person)
    seen: set[str] = set()
    while person.merged_into_id and person.id not in seen and session is not None:
        seen.add(person.id)
        found = session.get(Person, person.merged_into_id)
        if found is None:
            break
        person = found
    return person
