"""People of a session who are not in the directory yet.

A speaker from another agency is often typed by name and position while the programme is
built. Before a new person is made, the likely matches already in the directory are offered
(the same indexed search as People: bounded by the page, never the whole directory); the new
people are created with the session's people, in the same unit of work, only when the session's
people are saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.core.thaitext import NameParts, split_full_name
from organiser.domain.agenda import SessionRole
from organiser.services.agenda import editing as editing
from organiser.services.people.directory import PersonRecord
from organiser.services.people.editing import save_person
from organiser.services.people.rows import PersonRow
from organiser.services.people.search import search_people
from organiser.store.db import UnitOfWork

MATCH_LIMIT = 5


@dataclass(frozen=True)
class NewPerson:
    """A person typed in the session's people dialog: ``name`` as typed, title included
    (``ดร.สมศักดิ์ ใจงาม``), and their position."""

    name: str
    position: str = ""

    @property
    def parts(self) -> NameParts:
        return split_full_name(self.name)

    @property
    def display_name(self) -> str:
        return self.parts.full()


def _key(given: str, family: str) -> tuple[str, str]:
    return "".join(given.casefold().split()), "".join(family.casefold().split())


def likely_matches(uow: UnitOfWork, name: str, limit: int = MATCH_LIMIT) -> list[PersonRow]:
    """People in the directory who may be the one typed: given and family name searched (the
    title left out, as it is often typed differently), those with exactly that name first;
    when nobody has both, those with the same family name, then the same given name."""
    parts = split_full_name(name)
    terms = [t for t in (parts.given, parts.family) if t]
    if not terms:
        return []
    found = search_people(uow, " ".join(terms), limit=limit * 4)
    if not found and len(terms) == 2:
        seen: set[str] = set()
        for term in (parts.family, parts.given):
            for row in search_people(uow, term, limit=limit):
                if row.id not in seen:
                    seen.add(row.id)
                    found.append(row)
    wanted = _key(parts.given, parts.family)
    found.sort(key=lambda r: _key(r.given_name, r.family_name) != wanted)  # stable: Thai order
    return found[:limit]


def create_person(uow: UnitOfWork, person: NewPerson) -> str:
    parts = person.parts
    if not parts.given:
        raise UserError(_("Type the new person's name."))
    record = PersonRecord(
        title=parts.title,
        given_name=parts.given,
        family_name=parts.family,
        position=person.position,
    )
    return save_person(uow, record)


def set_session_people(
    uow: UnitOfWork,
    session_id: str,
    people: Sequence[tuple[str | NewPerson, SessionRole | str]],
) -> list[str]:
    """Make these the session's people, in this order, first creating the new people (one
    person for a name chosen in two roles). Returns the ids of the people created."""
    created: dict[NewPerson, str] = {}
    pairs: list[tuple[str, SessionRole | str]] = []
    for who, role in people:
        if isinstance(who, NewPerson):
            if who not in created:
                created[who] = create_person(uow, who)
            who = created[who]
        pairs.append((who, role))
    editing.set_people(uow, session_id, pairs)
    return list(created.values())
