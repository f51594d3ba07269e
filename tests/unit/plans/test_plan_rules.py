"""Due dates, fiscal-year periods and status changes of follow-up actions, with fixed clocks."""

from __future__ import annotations

import datetime as dt

import pytest

from organiser.domain.plan_rules import (
    DueState,
    UpdateProblem,
    UpdateRejected,
    allowed_next,
    apply_update,
    days_overdue,
    due_state,
    fiscal_year_period,
    period_fiscal_years,
    period_label,
    rolled_up,
)
from organiser.domain.plans import ActionStatus as S

TODAY = dt.date(2007, 5, 15)


@pytest.mark.parametrize(
    ("status", "due", "expected"),
    [
        (S.NOT_STARTED, dt.date(2007, 5, 14), DueState.OVERDUE),
        (S.IN_PROGRESS, dt.date(2007, 5, 15), DueState.DUE_SOON),  # due today is not late yet
        (S.BLOCKED, dt.date(2007, 6, 14), DueState.DUE_SOON),  # the 30th day
        (S.NOT_STARTED, dt.date(2007, 6, 15), DueState.LATER),
        (S.IN_PROGRESS, None, DueState.NO_DATE),
        (S.DONE, dt.date(2007, 1, 1), DueState.CLOSED),  # done long ago is never overdue
        (S.DROPPED, dt.date(2007, 5, 20), DueState.CLOSED),
    ],
)
def test_due_state_with_a_fixed_today(status: S, due: dt.date | None, expected: DueState) -> None:
    assert due_state(status, due, TODAY) == expected


def test_days_overdue() -> None:
    assert days_overdue(dt.date(2007, 4, 30), TODAY) == 15
    assert days_overdue(dt.date(2007, 6, 1), TODAY) == 0


def test_fiscal_year_periods_run_october_to_september() -> None:
    assert fiscal_year_period(2551) == (dt.date(2007, 10, 1), dt.date(2008, 9, 30))
    start, end = fiscal_year_period(2551)
    assert period_fiscal_years(start, end) == (2551, 2551)
    assert period_label(start, end, "th") == "ปีงบประมาณ 2551"
    assert period_label(start, end, "en") == "Fiscal year 2008"
    two = (dt.date(2007, 10, 1), dt.date(2009, 9, 30))
    assert period_label(*two, "th") == "ปีงบประมาณ 2551–2552"


def test_a_period_that_is_not_whole_fiscal_years_shows_its_dates() -> None:
    start, end = dt.date(2007, 2, 1), dt.date(2007, 12, 31)
    assert period_fiscal_years(start, end) is None
    assert period_label(start, end, "th") == "1 ก.พ. – 31 ธ.ค. 2550"
    assert period_label(None, None, "th") == ""


def test_done_means_a_hundred_percent() -> None:
    out = apply_update(S.IN_PROGRESS, 40, S.DONE, None, has_note=False)
    assert (out.status, out.progress, out.status_changed, out.progress_changed) == (
        S.DONE, 100, True, True,
    )  # fmt: skip


def test_progress_on_an_action_not_started_starts_it() -> None:
    out = apply_update(S.NOT_STARTED, 0, None, 30, has_note=False)
    assert (out.status, out.progress) == (S.IN_PROGRESS, 30)


def test_reopening_a_done_action_leaves_it_below_a_hundred() -> None:
    out = apply_update(S.DONE, 100, S.IN_PROGRESS, None, has_note=True)
    assert (out.status, out.progress) == (S.IN_PROGRESS, 99)


def test_a_done_action_cannot_be_blocked_or_dropped_directly() -> None:
    assert S.BLOCKED not in allowed_next(S.DONE)
    with pytest.raises(UpdateRejected) as caught:
        apply_update(S.DONE, 100, S.BLOCKED, None, has_note=True)
    assert caught.value.problem == UpdateProblem.TRANSITION


def test_progress_outside_zero_to_hundred_is_refused() -> None:
    with pytest.raises(UpdateRejected) as caught:
        apply_update(S.IN_PROGRESS, 10, None, 120, has_note=False)
    assert caught.value.problem == UpdateProblem.PROGRESS_RANGE


def test_an_update_that_changes_nothing_needs_a_note() -> None:
    with pytest.raises(UpdateRejected) as caught:
        apply_update(S.IN_PROGRESS, 40, S.IN_PROGRESS, 40, has_note=False)
    assert caught.value.problem == UpdateProblem.NOTHING
    out = apply_update(S.IN_PROGRESS, 40, None, None, has_note=True)
    assert not out.status_changed and not out.progress_changed


@pytest.mark.parametrize("status", list(S))
def test_staying_in_the_same_status_is_always_allowed(status: S) -> None:
    assert status in allowed_next(status)


def test_a_regional_action_rolls_up_its_provincial_copies() -> None:
    # no copies, or only dropped ones: the regional action as it is
    assert rolled_up(S.IN_PROGRESS, 30, []) == (S.IN_PROGRESS, 30)
    assert rolled_up(S.NOT_STARTED, 0, [(S.DROPPED, 0)]) == (S.NOT_STARTED, 0)
    # every province done (dropped ones left out): done
    assert rolled_up(S.NOT_STARTED, 0, [(S.DONE, 100), (S.DROPPED, 0)]) == (S.DONE, 100)
    # some way along: in progress at the provinces' mean, never 100 % before all are done
    assert rolled_up(S.NOT_STARTED, 0, [(S.DONE, 100), (S.IN_PROGRESS, 40)]) == (
        S.IN_PROGRESS, 70,
    )  # fmt: skip
    assert rolled_up(S.NOT_STARTED, 0, [(S.DONE, 100), (S.DONE, 100), (S.BLOCKED, 99)]) == (
        S.IN_PROGRESS, 99,
    )  # fmt: skip
    assert rolled_up(S.NOT_STARTED, 0, [(S.BLOCKED, 0), (S.NOT_STARTED, 0)]) == (S.BLOCKED, 0)
    assert rolled_up(S.IN_PROGRESS, 20, [(S.NOT_STARTED, 0)]) == (S.IN_PROGRESS, 20)
    # a regional action closed by hand stays closed
    assert rolled_up(S.DROPPED, 0, [(S.IN_PROGRESS, 50)]) == (S.DROPPED, 0)
    assert rolled_up(S.DONE, 100, [(S.NOT_STARTED, 0)]) == (S.DONE, 100)
