"""Rules of follow-up plans that need no database: due dates, fiscal-year periods, status changes.

Everything takes an explicit `today` so that the rules are testable with a fixed clock.
Messages for people are made by the services layer (this module carries no text).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from organiser.core.thaidate import (
    fiscal_year,
    fiscal_year_bounds,
    format_date_range,
    format_fiscal_year,
)
from organiser.domain.plans import ActionStatus

DUE_SOON_DAYS = 30


class DueState(enum.StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"  # due within DUE_SOON_DAYS (today included)
    LATER = "later"
    NO_DATE = "no_date"
    CLOSED = "closed"  # done or dropped: nothing is due any more


def due_state(
    status: ActionStatus, due_on: dt.date | None, today: dt.date, window: int = DUE_SOON_DAYS
) -> DueState:
    if not status.is_open:
        return DueState.CLOSED
    if due_on is None:
        return DueState.NO_DATE
    if due_on < today:
        return DueState.OVERDUE
    if due_on <= today + dt.timedelta(days=window):
        return DueState.DUE_SOON
    return DueState.LATER


def days_overdue(due_on: dt.date, today: dt.date) -> int:
    return max(0, (today - due_on).days)


# ------------------------------------------------------------------ fiscal-year periods


def fiscal_year_period(fy_be: int) -> tuple[dt.date, dt.date]:
    """The period of a Thai government fiscal year (1 Oct – 30 Sep) named by its B.E. year."""
    return fiscal_year_bounds(fy_be)


def period_fiscal_years(start: dt.date | None, end: dt.date | None) -> tuple[int, int] | None:
    """(first, last) fiscal year when the period is made of whole fiscal years, else None."""
    if start is None or end is None:
        return None
    first, last = fiscal_year(start), fiscal_year(end)
    if fiscal_year_bounds(first)[0] != start or fiscal_year_bounds(last)[1] != end:
        return None
    return first, last


def period_label(start: dt.date | None, end: dt.date | None, lang: str = "th") -> str:
    """`ปีงบประมาณ 2551`, `ปีงบประมาณ 2551–2552`, or the dates (`1 ก.พ. – 31 ธ.ค. 2550`)."""
    years = period_fiscal_years(start, end)
    if years is not None:
        first, last = years
        if first == last:
            return format_fiscal_year(first, lang)
        return f"{format_fiscal_year(first, lang)}–{last if lang == 'th' else last - 543}"
    if start is not None and end is not None:
        return format_date_range(start, end, lang, "short")
    return ""


# ------------------------------------------------------------------ status changes

_ALLOWED: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.NOT_STARTED: frozenset(
        {ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.BLOCKED, ActionStatus.DROPPED}
    ),
    ActionStatus.IN_PROGRESS: frozenset(
        {ActionStatus.DONE, ActionStatus.BLOCKED, ActionStatus.DROPPED}
    ),
    ActionStatus.BLOCKED: frozenset(
        {ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED}
    ),
    # Closed actions can be reopened (a report turned out wrong, a dropped action revived).
    ActionStatus.DONE: frozenset({ActionStatus.IN_PROGRESS}),
    ActionStatus.DROPPED: frozenset({ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS}),
}


def allowed_next(status: ActionStatus) -> frozenset[ActionStatus]:
    """Statuses an update may move an action to (staying the same is always allowed)."""
    return _ALLOWED[status] | {status}


class UpdateProblem(enum.StrEnum):
    TRANSITION = "transition"
    PROGRESS_RANGE = "progress_range"
    NOTHING = "nothing"  # no change and no note


class UpdateRejected(ValueError):
    def __init__(self, problem: UpdateProblem, old: ActionStatus, new: ActionStatus) -> None:
        super().__init__(problem.value)
        self.problem, self.old, self.new = problem, old, new


@dataclass(frozen=True)
class Outcome:
    status: ActionStatus
    progress: int
    status_changed: bool
    progress_changed: bool


def apply_update(
    status: ActionStatus,
    progress: int,
    new_status: ActionStatus | None,
    new_progress: int | None,
    has_note: bool,
) -> Outcome:
    """The action's status and progress after an update, or UpdateRejected.

    - Done means 100 %; reopening a done action keeps its progress unless a new one is given.
    - Progress above 0 on an action not started means it has started (in progress).
    - Reaching 100 % while in progress does not close the action by itself: people say "done".
    """
    target = new_status or status
    if target not in allowed_next(status):
        raise UpdateRejected(UpdateProblem.TRANSITION, status, target)
    value = progress if new_progress is None else new_progress
    if not 0 <= value <= 100:
        raise UpdateRejected(UpdateProblem.PROGRESS_RANGE, status, target)
    if target == ActionStatus.DONE:
        value = 100
    elif target == ActionStatus.NOT_STARTED and new_progress is None:
        value = 0
    if target == ActionStatus.NOT_STARTED and value > 0:
        if new_status is None:
            target = ActionStatus.IN_PROGRESS
        else:
            value = 0
    if status == ActionStatus.DONE and target == ActionStatus.IN_PROGRESS and new_progress is None:
        value = min(value, 99)
    outcome = Outcome(target, value, target != status, value != progress)
    if not (outcome.status_changed or outcome.progress_changed or has_note):
        raise UpdateRejected(UpdateProblem.NOTHING, status, target)
    return outcome


# ------------------------------------------------------------------ provincial roll-up


def rolled_up(
    status: ActionStatus, progress: int, copies: Sequence[tuple[ActionStatus, int]]
) -> tuple[ActionStatus, int]:
    """A regional action's status and progress as the provinces report them on its copies.

    The work of a regional action is done in the provinces: its progress is the mean of its
    copies' (dropped copies left out), and it is done when every copy still wanted is done.
    A regional action that was itself closed (done, dropped) stays so; with no copies, or
    only dropped ones, it keeps its own status and progress."""
    wanted = [(s, p) for s, p in copies if s != ActionStatus.DROPPED]
    if not wanted or not status.is_open:
        return status, progress
    mean = round(sum(p for _s, p in wanted) / len(wanted))
    states = {s for s, _p in wanted}
    if states == {ActionStatus.DONE}:
        return ActionStatus.DONE, 100
    if states & {ActionStatus.IN_PROGRESS, ActionStatus.DONE} or mean > 0:
        return ActionStatus.IN_PROGRESS, min(mean, 99)
    if ActionStatus.BLOCKED in states:
        return ActionStatus.BLOCKED, mean
    return status, max(progress, mean)
