"""Which registration counts, and for whom, whatever merging brought.

Copies that merge may hold several registrations of one person for one event (two desks
checked in the same known person offline; two people records were merged). Nothing is
rewritten to tidy that up: every copy computes the same answer from the rows alone.

- A person merged into another (`person.merged_into_id`, chains too) is read as the person at
  the end of the chain (`person_roots`). Should two copies have merged two people into each
  other, the chain is a loop; its smallest id is the person, on every copy alike.
- Of the live registrations of one event for one person, the smallest id is canonical: it is
  the one listed, counted and printed, and every check-in on the others counts for it. With no
  live one, the smallest id stands for the deleted ones (their check-ins stay the desk's record).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from organiser.domain.desk import Registration, RegistrationRole, RegistrationStatus
from organiser.domain.people import Person
from organiser.store.db import UnitOfWork


def person_roots(uow: UnitOfWork) -> dict[str, str]:
    """Person id → the person it was merged into, at the end of the chain; only the ids of
    merged people are keys (merges are few: the index on `merged_into_id` finds them)."""
    parent = {
        str(pid): str(into)
        for pid, into in uow.session.execute(
            select(Person.id, Person.merged_into_id).where(Person.merged_into_id.is_not(None))
        )
    }
    roots: dict[str, str] = {}
    for start in parent:
        path: list[str] = []
        seen: set[str] = set()
        node = start
        while node in parent and node not in roots and node not in seen:
            seen.add(node)
            path.append(node)
            node = parent[node]
        if node in roots:
            root = roots[node]
        elif node in seen:  # a loop: the same person on every copy, its smallest id
            loop = path[path.index(node) :]
            root = min(loop)
        else:
            root = node
        for pid in path:
            roots[pid] = root
    return {pid: root for pid, root in roots.items() if pid != root}


def root_of(roots: dict[str, str], person_id: str) -> str:
    return roots.get(person_id, person_id)


def same_person(roots: dict[str, str], person_id: str) -> set[str]:
    """Every person id read as `person_id`'s person (itself and those merged into it)."""
    root = root_of(roots, person_id)
    return {root} | {pid for pid, r in roots.items() if r == root}


@dataclass(frozen=True)
class Canonical:
    """An event's registrations: each (live or deleted) id → the canonical one of its person,
    and each canonical id → the person it is for (merges followed)."""

    canonical_of: dict[str, str]
    person_of: dict[str, str]
    roots: dict[str, str]
    live: frozenset[str]  # the canonical ids that are live registrations

    def live_by_person(self) -> dict[str, str]:
        """Person (merges followed) → their live canonical registration."""
        return {self.person_of[c]: c for c in self.live}

    def of(self, registration_id: str) -> str:
        return self.canonical_of.get(registration_id, registration_id)


def canonical_registrations(uow: UnitOfWork, event_id: str) -> Canonical:
    roots = person_roots(uow)
    groups: dict[str, list[tuple[bool, str]]] = {}
    for reg_id, person_id, deleted_at in uow.session.execute(
        select(Registration.id, Registration.person_id, Registration.deleted_at).where(
            Registration.event_id == event_id
        )
    ):
        groups.setdefault(root_of(roots, person_id), []).append((deleted_at is not None, reg_id))
    canonical_of: dict[str, str] = {}
    person_of: dict[str, str] = {}
    live: set[str] = set()
    for person_id, regs in groups.items():
        deleted, canonical = min(regs)  # live ones first (False < True), then the smallest id
        person_of[canonical] = person_id
        if not deleted:
            live.add(canonical)
        for _deleted, reg_id in regs:
            canonical_of[reg_id] = canonical
    return Canonical(canonical_of, person_of, roots, frozenset(live))


def registrations_of_person(uow: UnitOfWork, event_id: str, person_id: str) -> list[str]:
    """Ids of every registration (live or deleted) of the event that is this person's, merges
    followed; the canonical (live, smallest id) first. For one check-in: no whole-event read."""
    roots = person_roots(uow)
    people = same_person(roots, person_id)
    rows = uow.session.execute(
        select(Registration.id, Registration.deleted_at).where(
            Registration.event_id == event_id, Registration.person_id.in_(people)
        )
    ).all()
    return [reg_id for _deleted, reg_id in sorted((d is not None, i) for i, d in rows)]


@dataclass(frozen=True)
class CountedRegistration:
    """A canonical registration as lists, counts and documents read it: its own row, and the
    person it is for (the survivor, when that person was merged into another)."""

    registration: Registration
    person: Person

    @property
    def id(self) -> str:
        return self.registration.id

    @property
    def person_id(self) -> str:
        return self.person.id

    @property
    def event_id(self) -> str:
        return self.registration.event_id

    @property
    def role(self) -> RegistrationRole:
        return self.registration.role

    @property
    def status(self) -> RegistrationStatus:
        return self.registration.status

    @property
    def code(self) -> str:
        return self.registration.code

    @property
    def created_at(self) -> dt.datetime:
        return self.registration.created_at


def counted_registrations(uow: UnitOfWork, event_id: str) -> list[CountedRegistration]:
    """The event's live canonical registrations, one per person, with their person (merges
    followed); people deleted (not merged) keep their registration, as before."""
    canon = canonical_registrations(uow, event_id)
    live = [
        r
        for r in uow.session.scalars(
            select(Registration)
            .options(joinedload(Registration.person).joinedload(Person.organisation))
            .where(Registration.event_id == event_id, Registration.deleted_at.is_(None))
        )
        if canon.of(r.id) == r.id
    ]
    wanted = {canon.person_of[r.id] for r in live if canon.person_of[r.id] != r.person_id}
    others: dict[str, Person] = {}
    if wanted:
        others = {
            p.id: p
            for p in uow.session.scalars(
                select(Person).options(joinedload(Person.organisation)).where(Person.id.in_(wanted))
            )
        }
    out = []
    for r in live:
        person = others.get(canon.person_of[r.id], r.person)
        out.append(CountedRegistration(r, person))
    return out
