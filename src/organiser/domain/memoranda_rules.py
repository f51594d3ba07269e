"""The rules of a memorandum's life, with no database: which status may follow which, what each
step needs, and when its text may still change.

    draft ⇄ in review → signed → in force → expired
      ↘         ↘         ↘         ↘         ↘
                     terminated (final)

Back-steps exist for what really happens in an office: a draft sent for review comes back for
redrafting (in review → draft); a signature recorded by mistake is corrected (signed → in review);
"in force" set too early is taken back (in force → signed); an expired memorandum that all parties
extend is in force again (expired → in force, once its end date lies ahead).

Problems are returned as codes with parameters; the services layer words them for people.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from organiser.domain.memoranda import MemorandumStatus as S

TRANSITIONS: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.IN_REVIEW, S.TERMINATED}),
    S.IN_REVIEW: frozenset({S.DRAFT, S.SIGNED, S.TERMINATED}),
    S.SIGNED: frozenset({S.IN_REVIEW, S.IN_FORCE, S.TERMINATED}),
    S.IN_FORCE: frozenset({S.SIGNED, S.EXPIRED, S.TERMINATED}),
    S.EXPIRED: frozenset({S.IN_FORCE, S.TERMINATED}),
    S.TERMINATED: frozenset(),
}

# Once signed, the text and the parties are what the agencies put their names to.
LOCKED: frozenset[S] = frozenset({S.SIGNED, S.IN_FORCE, S.EXPIRED, S.TERMINATED})

MIN_PARTIES = 2


class Problem(enum.StrEnum):
    NOT_ALLOWED = "not_allowed"  # target not reachable from the current status
    SAME_STATUS = "same_status"
    TOO_FEW_PARTIES = "too_few_parties"
    UNSIGNED_PARTIES = "unsigned_parties"  # params: names
    NOT_YET_VALID = "not_yet_valid"  # params: valid_from
    ALREADY_ENDED = "already_ended"  # params: valid_until
    NO_END_DATE = "no_end_date"
    NOT_ENDED = "not_ended"  # params: valid_until
    NEEDS_REASON = "needs_reason"
    BEFORE_LAST_CHANGE = "before_last_change"  # params: last
    SIGNATURE_IN_FUTURE = "signature_in_future"  # params: name


@dataclass(frozen=True)
class Finding:
    problem: Problem
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class PartyFacts:
    name: str
    signed_on: dt.date | None
    unsigned_note: str = ""

    @property
    def settled(self) -> bool:
        """Signed, or an explicit note says why it will not (or not yet) sign."""
        return self.signed_on is not None or bool(self.unsigned_note.strip())


@dataclass(frozen=True)
class MemorandumFacts:
    status: S
    parties: Sequence[PartyFacts]
    valid_from: dt.date | None
    valid_until: dt.date | None
    last_change_on: dt.date | None


def allowed_targets(current: S) -> list[S]:
    """The statuses a user may choose next, in the order of the life cycle."""
    return [s for s in S if s in TRANSITIONS[current]]


def unsettled_parties(parties: Sequence[PartyFacts]) -> list[str]:
    return [p.name for p in parties if not p.settled]


def check_transition(
    facts: MemorandumFacts, target: S, on: dt.date, note: str = ""
) -> list[Finding]:
    """Everything that stops `facts` from moving to `target` on date `on` (empty: allowed)."""
    if target == facts.status:
        return [Finding(Problem.SAME_STATUS)]
    if target not in TRANSITIONS[facts.status]:
        return [Finding(Problem.NOT_ALLOWED, {"current": facts.status, "target": target})]
    found: list[Finding] = []
    if facts.last_change_on is not None and on < facts.last_change_on:
        found.append(Finding(Problem.BEFORE_LAST_CHANGE, {"last": facts.last_change_on}))
    if target in (S.SIGNED, S.IN_FORCE):
        if len(facts.parties) < MIN_PARTIES:
            found.append(Finding(Problem.TOO_FEW_PARTIES, {"minimum": MIN_PARTIES}))
        missing = unsettled_parties(facts.parties)
        if missing:
            found.append(Finding(Problem.UNSIGNED_PARTIES, {"names": missing}))
        for p in facts.parties:
            if p.signed_on is not None and p.signed_on > on:
                found.append(Finding(Problem.SIGNATURE_IN_FUTURE, {"name": p.name}))
    if target == S.IN_FORCE:
        if facts.valid_from is not None and on < facts.valid_from:
            found.append(Finding(Problem.NOT_YET_VALID, {"valid_from": facts.valid_from}))
        if facts.valid_until is not None and on > facts.valid_until:
            found.append(Finding(Problem.ALREADY_ENDED, {"valid_until": facts.valid_until}))
    if target == S.EXPIRED:
        if facts.valid_until is None:
            found.append(Finding(Problem.NO_END_DATE))
        elif on <= facts.valid_until:
            found.append(Finding(Problem.NOT_ENDED, {"valid_until": facts.valid_until}))
    if target == S.TERMINATED and not note.strip():
        found.append(Finding(Problem.NEEDS_REASON))
    return found


def text_locked(status: S) -> bool:
    """Whether title, clauses, parties and signatories may no longer change."""
    return status in LOCKED


def days_left(valid_until: dt.date | None, today: dt.date) -> int | None:
    return None if valid_until is None else (valid_until - today).days
