"""The life cycle of a memorandum, without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from organiser.domain.memoranda import MemorandumStatus as S
from organiser.domain.memoranda_rules import (
    MemorandumFacts,
    PartyFacts,
    Problem,
    allowed_targets,
    check_transition,
    text_locked,
)

D = dt.date(2007, 1, 31)


def facts(status: S, parties: list[PartyFacts] | None = None, **kw: object) -> MemorandumFacts:
    signed = [PartyFacts("พอช.", D), PartyFacts("ธ.ก.ส.", D)]
    return MemorandumFacts(
        status=status,
        parties=signed if parties is None else parties,
        valid_from=kw.get("valid_from", D),  # type: ignore[arg-type]
        valid_until=kw.get("valid_until", dt.date(2009, 12, 31)),  # type: ignore[arg-type]
        last_change_on=kw.get("last", dt.date(2007, 1, 30)),  # type: ignore[arg-type]
    )


def problems(f: MemorandumFacts, target: S, on: dt.date = D, note: str = "") -> set[Problem]:
    return {x.problem for x in check_transition(f, target, on, note)}


def test_the_life_cycle_forward_is_allowed_step_by_step() -> None:
    assert problems(facts(S.DRAFT), S.IN_REVIEW) == set()
    assert problems(facts(S.IN_REVIEW), S.SIGNED) == set()
    assert problems(facts(S.SIGNED), S.IN_FORCE) == set()
    assert problems(facts(S.IN_FORCE), S.EXPIRED, dt.date(2010, 1, 1)) == set()


@pytest.mark.parametrize(
    ("current", "target"),
    [(S.DRAFT, S.SIGNED), (S.DRAFT, S.IN_FORCE), (S.TERMINATED, S.DRAFT), (S.EXPIRED, S.DRAFT),
     (S.SIGNED, S.DRAFT), (S.IN_REVIEW, S.IN_FORCE)],
)  # fmt: skip
def test_skipping_steps_or_leaving_terminated_is_refused(current: S, target: S) -> None:
    assert problems(facts(current), target, note="x") == {Problem.NOT_ALLOWED}


def test_back_steps_that_offices_need() -> None:
    assert problems(facts(S.IN_REVIEW), S.DRAFT) == set()
    assert problems(facts(S.SIGNED), S.IN_REVIEW) == set()
    assert problems(facts(S.IN_FORCE), S.SIGNED) == set()
    extended = facts(S.EXPIRED, valid_until=dt.date(2012, 12, 31))
    assert problems(extended, S.IN_FORCE, dt.date(2010, 2, 1)) == set()
    assert problems(facts(S.EXPIRED), S.IN_FORCE, dt.date(2010, 2, 1)) == {Problem.ALREADY_ENDED}


def test_signed_needs_every_party_signed_or_a_note_why_not() -> None:
    unsigned = [PartyFacts("พอช.", D), PartyFacts("ออมสิน", None)]
    found = check_transition(facts(S.IN_REVIEW, unsigned), S.SIGNED, D)
    assert [f.problem for f in found] == [Problem.UNSIGNED_PARTIES]
    assert found[0].params["names"] == ["ออมสิน"]
    noted = [PartyFacts("พอช.", D), PartyFacts("ออมสิน", None, "ผู้อำนวยการติดราชการ ลงนามภายหลัง")]
    assert problems(facts(S.IN_REVIEW, noted), S.SIGNED) == set()
    blank_note = [PartyFacts("พอช.", D), PartyFacts("ออมสิน", None, "   ")]
    assert problems(facts(S.IN_REVIEW, blank_note), S.SIGNED) == {Problem.UNSIGNED_PARTIES}


def test_a_memorandum_needs_two_parties_and_signatures_not_after_the_change() -> None:
    assert Problem.TOO_FEW_PARTIES in problems(
        facts(S.IN_REVIEW, [PartyFacts("พอช.", D)]), S.SIGNED
    )
    late = [PartyFacts("พอช.", D), PartyFacts("ธ.ก.ส.", D + dt.timedelta(days=3))]
    assert problems(facts(S.IN_REVIEW, late), S.SIGNED) == {Problem.SIGNATURE_IN_FUTURE}


def test_dates_of_validity_govern_in_force_and_expired() -> None:
    early = facts(S.SIGNED, valid_from=dt.date(2007, 2, 1))
    assert problems(early, S.IN_FORCE, D) == {Problem.NOT_YET_VALID}
    assert problems(facts(S.IN_FORCE), S.EXPIRED, dt.date(2009, 12, 31)) == {Problem.NOT_ENDED}
    assert problems(facts(S.IN_FORCE, valid_until=None), S.EXPIRED) == {Problem.NO_END_DATE}


def test_termination_needs_a_reason_and_history_stays_in_order() -> None:
    assert problems(facts(S.IN_FORCE), S.TERMINATED) == {Problem.NEEDS_REASON}
    assert problems(facts(S.IN_FORCE), S.TERMINATED, note="ยุบหน่วยงาน") == set()
    assert problems(facts(S.DRAFT), S.IN_REVIEW, dt.date(2007, 1, 1)) == {
        Problem.BEFORE_LAST_CHANGE
    }
    assert problems(facts(S.DRAFT), S.DRAFT) == {Problem.SAME_STATUS}


def test_allowed_targets_and_locking() -> None:
    assert allowed_targets(S.IN_REVIEW) == [S.DRAFT, S.SIGNED, S.TERMINATED]
    assert allowed_targets(S.TERMINATED) == []
    assert not text_locked(S.DRAFT) and not text_locked(S.IN_REVIEW)
    assert all(text_locked(s) for s in (S.SIGNED, S.IN_FORCE, S.EXPIRED, S.TERMINATED))
