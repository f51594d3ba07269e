"""Registrations at the venue desk: listing, fast search, live counts, who is not here yet.

Check-ins, undo and walk-ins (the writes) are in `desk_checkin`; documents in `desk_exports`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import joinedload

from organiser.core.thaitext import format_name
from organiser.domain.desk import CheckIn, CheckInKind, Registration, RegistrationStatus
from organiser.domain.events import Event
from organiser.domain.people import Person
from organiser.services.people.ranking import MatchRank, clearly_best, match_rank, read_typed
from organiser.services.people.search import parse_query
from organiser.services.shared.registrations import (
    CountedRegistration,
    canonical_registrations,
    counted_registrations,
    registrations_of_person,
)
from organiser.store.db import UnitOfWork

CODE_PATTERN = re.compile(r"[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6,16}")


@dataclass(frozen=True)
class RegistrationRow:
    id: str
    person_id: str
    name: str
    organisation: str
    province: str
    role: str
    status: str
    code: str
    checked_in_days: tuple[dt.date, ...]
    sort_key: str


def active_check_ins(
    uow: UnitOfWork, event_id: str, day: dt.date | None = None
) -> dict[str, list[CheckIn]]:
    """Canonical registration id → the person's check-ins that were not undone (oldest
    first), optionally of one day: check-ins on any registration of the person count."""
    stmt = (
        select(CheckIn)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .where(Registration.event_id == event_id)
        .order_by(CheckIn.at, CheckIn.id)
    )
    if day is not None:
        stmt = stmt.where(CheckIn.day == day)
    rows = list(uow.session.scalars(stmt))
    undone = {r.undoes_id for r in rows if r.kind is CheckInKind.UNDO}
    canon = canonical_registrations(uow, event_id) if rows else None
    result: dict[str, list[CheckIn]] = {}
    for r in rows:
        if r.kind is CheckInKind.CHECK_IN and r.id not in undone:
            assert canon is not None
            result.setdefault(canon.of(r.registration_id), []).append(r)
    return result


def checked_in_days(uow: UnitOfWork, event_id: str) -> dict[str, set[dt.date]]:
    """Registration id → days with a check-in that was not undone."""
    return {
        reg_id: {c.day for c in rows} for reg_id, rows in active_check_ins(uow, event_id).items()
    }


def _registrations(uow: UnitOfWork, event_id: str) -> list[CountedRegistration]:
    """One registration per person (the canonical one), with the person merges lead to."""
    return counted_registrations(uow, event_id)


def _row(r: CountedRegistration, days: set[dt.date]) -> RegistrationRow:
    return RegistrationRow(
        r.id,
        r.person_id,
        format_name(r.person.title, r.person.given_name, r.person.family_name),
        r.person.organisation.name if r.person.organisation else "",
        r.person.province,
        r.role.value,
        r.status.value,
        r.code,
        tuple(sorted(days)),
        r.person.sort_key,
    )


def list_registrations(uow: UnitOfWork, event_id: str) -> list[RegistrationRow]:
    days = checked_in_days(uow, event_id)
    rows = [_row(r, days.get(r.id, set())) for r in _registrations(uow, event_id)]
    return sorted(rows, key=lambda r: r.sort_key)


@dataclass(frozen=True)
class CheckInEntry:
    """One check-in as the desk lists it, with its cancellation if it was undone."""

    id: str
    registration_id: str
    name: str
    organisation: str
    day: dt.date
    at: dt.datetime
    desk: str
    method: str
    cancelled_at: dt.datetime | None
    cancel_reason: str

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


def list_check_ins(
    uow: UnitOfWork,
    event_id: str,
    *,
    day: dt.date | None = None,
    registration_id: str | None = None,
) -> list[CheckInEntry]:
    """The check-ins of an event (of one day, or of one registration), newest first; undone
    ones included, each with when and why it was cancelled."""
    stmt = (
        select(CheckIn)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .options(
            joinedload(CheckIn.registration)
            .joinedload(Registration.person)
            .joinedload(Person.organisation)
        )
        .where(Registration.event_id == event_id)
    )
    if day is not None:
        stmt = stmt.where(CheckIn.day == day)
    canon = canonical_registrations(uow, event_id)
    if registration_id is not None:  # any registration of the person: all of theirs
        group = canon.of(registration_id)
        stmt = stmt.where(
            CheckIn.registration_id.in_(
                [r for r, c in canon.canonical_of.items() if c == group] or [registration_id]
            )
        )
    rows = list(uow.session.scalars(stmt))
    wanted = {canon.person_of.get(canon.of(r.registration_id), "") for r in rows}
    people = _people_by_id(uow, wanted - {r.registration.person_id for r in rows} - {""})
    undos = {r.undoes_id: r for r in rows if r.kind is CheckInKind.UNDO}
    entries = []
    for r in rows:
        if r.kind is not CheckInKind.CHECK_IN:
            continue
        canonical = canon.of(r.registration_id)
        person = people.get(canon.person_of.get(canonical, ""), r.registration.person)
        undo = undos.get(r.id)
        entry = CheckInEntry(
            r.id, canonical,
            format_name(person.title, person.given_name, person.family_name),
            person.organisation.name if person.organisation else "",
            r.day, r.at, r.desk, r.method.value,
            undo.at if undo else None, undo.reason if undo else "",
        )  # fmt: skip
        entries.append(entry)
    return sorted(entries, key=lambda e: (e.at, e.id), reverse=True)


def _people_by_id(uow: UnitOfWork, ids: set[str]) -> dict[str, Person]:
    """People the check-ins' own rows do not bring: those merged into (few)."""
    if not ids:
        return {}
    stmt = select(Person).options(joinedload(Person.organisation)).where(Person.id.in_(ids))
    return {p.id: p for p in uow.session.scalars(stmt)}


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class DeskMatch:
    """One registration found at the desk, with its check-in on the chosen day (if any)."""

    registration_id: str
    person_id: str
    name: str
    nickname: str
    organisation: str
    province: str
    phone: str
    role: str
    status: str
    code: str
    checked_in_at: dt.datetime | None
    sort_key: str
    rank: MatchRank = MatchRank.OTHER  # how it matched: the same order as the People search


def clearly_best_match(matches: list[DeskMatch]) -> bool:
    """Enter may check in the first match alone: no other matched as well."""
    return clearly_best([m.rank for m in matches])


# An event has a few hundred to a few thousand registrations: scanning them with instr() is
# fast, and matching the same searchable text as the People search (`person_search_doc`:
# names, nickname, phone digits, e-mail, LINE ID, organisation) gives the same answers.
# A registration of a merged person is read as the survivor's (`:merged`: a JSON object of the
# merged people's ids → the survivor's, usually empty); every registration of the person is
# searched (either badge code matches) and folded into the canonical one afterwards.
_SEARCH_SQL = """
SELECT r.id AS registration_id, p.id AS person_id, p.title, p.given_name, p.family_name,
       p.nickname, coalesce(o.name, '') AS organisation, p.province, p.phone, r.role, r.status,
       r.code, p.sort_key
FROM registration r
LEFT JOIN json_each(:merged) m ON m.key = r.person_id
JOIN person p ON p.id = coalesce(m.value, r.person_id)
LEFT JOIN organisation o ON o.id = p.organisation_id
LEFT JOIN person_search_doc d ON d.person_id = p.id
WHERE r.event_id = :event AND r.deleted_at IS NULL AND p.deleted_at IS NULL {terms}
LIMIT :cap
"""
SEARCH_CAP = 2000


def search_registrations(
    uow: UnitOfWork, event_id: str, text: str, day: dt.date, limit: int = 30
) -> list[DeskMatch]:
    """Registrations matching every word typed (as the People search matches them, plus the
    registration code and the province), best first by `ranking.match_rank`, then Thai order."""
    query = parse_query(text)
    if query.is_empty:
        return []
    typed = read_typed(text)
    canon = canonical_registrations(uow, event_id)
    params: dict[str, object] = {
        "event": event_id,
        "cap": SEARCH_CAP,
        "merged": json.dumps(canon.roots),
    }
    terms = ""
    for n, term in enumerate(query.indexed + query.scanned):
        params[f"t{n}"] = term
        terms += (
            f" AND (instr(lower(coalesce(d.body, '')), :t{n}) > 0"
            f" OR instr(lower(r.code), :t{n}) > 0 OR instr(p.province, :t{n}) > 0)"
        )
    rows = uow.session.execute(sql_text(_SEARCH_SQL.format(terms=terms)), params).all()
    if not rows:
        return []
    checked = active_check_ins(uow, event_id, day)
    best: dict[str, tuple[MatchRank, Any]] = {}  # canonical id → best rank, its own row
    own: dict[str, Any] = {}
    for r in rows:
        rank = match_rank(
            typed, title=r.title, given_name=r.given_name, family_name=r.family_name,
            nickname=r.nickname, phone=r.phone, code=r.code,
        )  # fmt: skip
        canonical = canon.of(r.registration_id)
        if canonical not in best or rank < best[canonical][0]:
            best[canonical] = (rank, r)
        if r.registration_id == canonical:
            own[canonical] = r
    found: list[DeskMatch] = []
    for canonical, (rank, r) in best.items():
        role, status, code = _canonical_fields(uow, canonical, own.get(canonical))
        at = checked[canonical][0].at if canonical in checked else None
        match = DeskMatch(
            canonical, r.person_id, format_name(r.title, r.given_name, r.family_name),
            r.nickname, r.organisation, r.province, r.phone, role, status, code, at,
            r.sort_key, rank,
        )  # fmt: skip
        found.append(match)
    found.sort(key=lambda m: (m.rank, m.sort_key))
    return found[:limit]


def _canonical_fields(uow: UnitOfWork, canonical: str, own: Any) -> tuple[str, str, str]:
    """The canonical registration's role, status and code: from its own row when it matched,
    else read (only another of the person's registrations matched: its code was typed)."""
    if own is not None:
        return str(own.role), str(own.status), str(own.code)
    reg = uow.session.get(Registration, canonical)
    assert reg is not None
    return reg.role.value, reg.status.value, reg.code


def find_by_code(uow: UnitOfWork, event_id: str, code: str) -> Registration | None:
    """The registration of this event with a code (as a scanner or a person typed it): the
    person's canonical one, whichever of their badges was scanned."""
    cleaned = scanned_code(code) or code.strip().upper()
    if not cleaned:
        return None
    found = uow.session.scalar(
        select(Registration).where(
            Registration.event_id == event_id,
            Registration.code == cleaned,
            Registration.deleted_at.is_(None),
        )
    )
    if found is None:
        return None
    mine = registrations_of_person(uow, event_id, found.person_id)
    return uow.session.get(Registration, mine[0]) if mine and mine[0] != found.id else found


def looks_like_code(text: str) -> bool:
    """What a QR scanner types: the registration code in capitals, nothing else."""
    return scanned_code(text) is not None


# A USB scanner sends key presses as a US keyboard would; with the Thai (Kedmanee) layout
# active, Shift+A arrives as ฤ and 4 as ภ. These are the characters the code's alphabet
# (digits unshifted, capitals shifted) turns into, mapped back to the keys that were meant.
_KEDMANEE_TO_US = str.maketrans(
    '/-ภถุึคตฤฺฉฏฎโฌ็๋ษ?์ญ๐ฑฆธ๊ฮ")ํ(',
    "23456789ABCDEFGHJKMNPQRSTUVWXYZ",
)


def scanned_code(text: str) -> str | None:
    """The registration code in what was typed or scanned (any case, or typed by a scanner
    while the Thai keyboard layout was on), or None when it is not a code."""
    raw = text.strip()
    for candidate in (raw.upper(), raw.translate(_KEDMANEE_TO_US)):
        if CODE_PATTERN.fullmatch(candidate):
            return candidate
    return None


# ---------------------------------------------------------------- counts


@dataclass(frozen=True)
class ProvinceCount:
    province: str
    expected: int
    here: int


@dataclass(frozen=True)
class DeskCounts:
    day: dt.date
    expected: int  # invited or confirmed
    checked_in: int  # different people with a check-in on the day (walk-ins included)
    expected_here: int  # of the expected, how many are here
    walk_ins: int  # walk-ins checked in on the day
    by_province: tuple[ProvinceCount, ...]

    @property
    def not_here(self) -> int:
        return self.expected - self.expected_here


def desk_counts(uow: UnitOfWork, event_id: str, day: dt.date) -> DeskCounts:
    regs = _registrations(uow, event_id)
    here = set(active_check_ins(uow, event_id, day))
    expected = [r for r in regs if r.status.expected]
    walk_ins = [r for r in regs if r.status is RegistrationStatus.WALK_IN and r.id in here]
    by_expected: Counter[str] = Counter(r.person.province for r in expected)
    by_here: Counter[str] = Counter(r.person.province for r in regs if r.id in here)
    provinces = sorted(set(by_expected) | set(by_here), key=lambda p: (-by_expected[p], p))
    return DeskCounts(
        day=day,
        expected=len(expected),
        checked_in=len(here & {r.id for r in regs}),
        expected_here=sum(1 for r in expected if r.id in here),
        walk_ins=len(walk_ins),
        by_province=tuple(ProvinceCount(p, by_expected[p], by_here[p]) for p in provinces),
    )


def expected_not_here(uow: UnitOfWork, event_id: str, day: dt.date) -> list[RegistrationRow]:
    """Invited or confirmed people with no check-in on the day, in Thai order."""
    here = active_check_ins(uow, event_id, day)
    days = checked_in_days(uow, event_id)
    rows = [
        _row(r, days.get(r.id, set()))
        for r in _registrations(uow, event_id)
        if r.status.expected and r.id not in here
    ]
    return sorted(rows, key=lambda r: r.sort_key)


# ---------------------------------------------------------------- the event at the desk


@dataclass(frozen=True)
class DeskEvent:
    id: str
    title: str
    venue: str
    days: tuple[dt.date, ...]

    def default_day(self, today: dt.date) -> dt.date:
        """Today when the event runs today; otherwise its first day (or last, once over)."""
        if today in self.days:
            return today
        return self.days[-1] if today > self.days[-1] else self.days[0]


def desk_event(uow: UnitOfWork, event_id: str) -> DeskEvent | None:
    event = uow.session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        return None
    return DeskEvent(event.id, event.title, event.venue, tuple(event.days))


def registration_count(uow: UnitOfWork, event_id: str) -> int:
    """People registered for the event, each once (merges and two desks' rows folded)."""
    return len(counted_registrations(uow, event_id))


@dataclass(frozen=True)
class SessionChoice:
    id: str
    starts_at: dt.time
    ends_at: dt.time
    title: str


def sessions_of_day(uow: UnitOfWork, event_id: str, day: dt.date) -> list[SessionChoice]:
    """The agenda's sessions of a day, for an optional per-session check-in."""
    from organiser.domain.agenda import AgendaSession

    stmt = (
        select(AgendaSession)
        .where(
            AgendaSession.event_id == event_id,
            AgendaSession.day == day,
            AgendaSession.deleted_at.is_(None),
        )
        .order_by(AgendaSession.starts_at, AgendaSession.position, AgendaSession.id)
    )
    return [SessionChoice(s.id, s.starts_at, s.ends_at, s.title) for s in uow.session.scalars(stmt)]
