"""The same new person walked in at two desks before the desks saw each other: two person
records, two registrations, both kept (each desk checked someone in). Once their changes
meet, the pair is offered for merging with the usual merge of two people.

A pair is two walk-ins of the event made on different copies (the change log says which copy
made each person) with the same phone number or the same name (or a very similar one in the
same organisation) — the rules the walk-in form uses to warn about a duplicate."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from organiser.core.thaitext import format_name
from organiser.domain.desk import CheckIn, Registration, RegistrationStatus
from organiser.domain.people import Person
from organiser.services.desk.editing import SIMILAR_NAME, name_similarity, normalise_name
from organiser.store.db import UnitOfWork
from organiser.sync import clock
from organiser.sync.merge import connection_of


@dataclass(frozen=True)
class WalkInSide:
    person_id: str
    name: str
    organisation: str
    phone: str
    desk: str  # the desk that registered them


@dataclass(frozen=True)
class WalkInPair:
    first: WalkInSide
    second: WalkInSide
    reason: str  # "phone" | "name"


def _creators(uow: UnitOfWork, person_ids: list[str]) -> dict[str, str]:
    """Person id -> the copy that made the record (the origin of its oldest change)."""
    conn = connection_of(uow)
    out: dict[str, str] = {}
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row_id, stamp in conn.execute(
            f"SELECT row_id, min(stamp) FROM sync_change WHERE tbl = 'person' "
            f"AND row_id IN ({marks}) GROUP BY row_id",
            chunk,
        ):
            out[str(row_id)] = clock.origin_of(str(stamp))
    return out


def _organisation_key(p: Person) -> str:
    return " ".join(p.organisation.name.casefold().split()) if p.organisation else ""


def walk_ins_from_two_desks(uow: UnitOfWork, event_id: str) -> list[WalkInPair]:
    """Pairs of walk-in records of the event that may be one person registered at two desks.
    People already merged (or deleted) are not offered again."""
    regs = list(
        uow.session.scalars(
            select(Registration)
            .options(joinedload(Registration.person).joinedload(Person.organisation))
            .where(
                Registration.event_id == event_id,
                Registration.deleted_at.is_(None),
                Registration.status == RegistrationStatus.WALK_IN,
            )
        )
    )
    people = {
        r.person_id: r.person
        for r in regs
        if r.person.deleted_at is None and r.person.merged_into_id is None
    }
    if len(people) < 2:
        return []
    creators = _creators(uow, list(people))
    desks: dict[str, str] = {}
    for person_id, desk in uow.session.execute(
        select(Registration.person_id, CheckIn.desk)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .where(Registration.id.in_([r.id for r in regs]))
        .order_by(CheckIn.at)
    ):
        desks.setdefault(str(person_id), str(desk or ""))

    def side(p: Person) -> WalkInSide:
        org = p.organisation.name if p.organisation else ""
        name = format_name(p.title, p.given_name, p.family_name)
        return WalkInSide(p.id, name, org, p.phone, desks.get(p.id, ""))

    listed = sorted(people.values(), key=lambda p: (p.created_at, p.id))
    names = {p.id: normalise_name(p.given_name, p.family_name) for p in listed}
    pairs: list[WalkInPair] = []
    for i, a in enumerate(listed):
        for b in listed[i + 1 :]:
            made_a, made_b = creators.get(a.id), creators.get(b.id)
            if made_a is None or made_b is None or made_a == made_b:
                continue  # one desk's own walk-ins: its walk-in form already warned
            reason = ""
            if a.phone and len(a.phone) >= 9 and a.phone == b.phone:
                reason = "phone"
            elif names[a.id] and names[b.id]:
                ratio = name_similarity(names[a.id], names[b.id])
                # two desks that each typed a new organisation made two records of it
                same_org = _organisation_key(a) != "" and _organisation_key(a) == _organisation_key(
                    b
                )
                if ratio >= 0.999 or (same_org and ratio >= SIMILAR_NAME):
                    reason = "name"
            if reason:
                pairs.append(WalkInPair(side(a), side(b), reason))
    return pairs
