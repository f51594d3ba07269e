"""The speakers column of an imported programme matched to the directory.

Offices type the people of a session as names, often with a title and a position after the
name ("นายสมชาย ใจดี ผู้อำนวยการสำนักงาน"), several to a cell. A name is linked to a person
only when exactly one live person of the directory has that given and family name (the title
and anything after the family name are left out, as they are typed differently from file to
file); every other name stays in the session's description as typed, so nothing is guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from organiser.core.thaitext import split_full_name
from organiser.domain.people import Person
from organiser.store.db import UnitOfWork

# Between the names of one cell: new lines, commas, semicolons, slashes and "และ" / "and".
_SEPARATORS = re.compile(r"\s*(?:[\n,;/、]|\s(?:และ|and)\s)\s*")
_NUMBERING = re.compile(r"^\(?\d{1,2}[.)]\s*")


@dataclass(frozen=True)
class SpeakerName:
    typed: str  # the name as the cell has it
    given: str
    family: str  # its first word only: what follows is a position


def names_in(cell: str) -> list[SpeakerName]:
    out: list[SpeakerName] = []
    for part in _SEPARATORS.split(cell):
        typed = _NUMBERING.sub("", " ".join(part.split()))
        if not typed:
            continue
        parts = split_full_name(typed)
        family = parts.family.split()[0] if parts.family.split() else ""
        if parts.given and family:
            out.append(SpeakerName(typed, parts.given, family))
        else:  # "ผู้แทนกรมการพัฒนาชุมชน": not a name, kept as typed and never matched
            out.append(SpeakerName(typed, "", ""))
    return out


def _key(given: str, family: str) -> tuple[str, str]:
    return given.casefold(), family.casefold()


def find_speakers(uow: UnitOfWork, names: Iterable[SpeakerName]) -> dict[tuple[str, str], str]:
    """The person id for each (given, family) key that exactly one live person of the
    directory has; keys with nobody or with two people are left out."""
    wanted = {_key(n.given, n.family) for n in names if n.given}
    if not wanted:
        return {}
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    givens = sorted({g for g, _f in wanted})
    for start in range(0, len(givens), 500):  # SQLite's bound on the parameters of a statement
        rows = uow.session.execute(
            select(Person.id, Person.given_name, Person.family_name).where(
                Person.given_name.in_(givens[start : start + 500]),
                Person.deleted_at.is_(None),
                Person.merged_into_id.is_(None),
                Person.erased_at.is_(None),
            )
        )
        for person_id, given, family in rows:
            key = _key(given, family)
            if key in wanted:
                found[key].append(person_id)
    return {key: ids[0] for key, ids in found.items() if len(ids) == 1}


def match(cell: str, known: dict[tuple[str, str], str]) -> tuple[list[str], list[str]]:
    """(ids of the people found, in the cell's order; the names not found, as typed)."""
    ids: list[str] = []
    rest: list[str] = []
    for name in names_in(cell):
        person_id = known.get(_key(name.given, name.family))
        if person_id is None:
            rest.append(name.typed)
        elif person_id not in ids:
            ids.append(person_id)
    return ids, rest
