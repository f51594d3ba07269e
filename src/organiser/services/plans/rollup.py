"""The same action across provinces: a regional action's progress gathered from the provincial
guidelines' copies of it, and the overdue view's one line per action instead of one per copy."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from organiser.core.i18n import _
from organiser.core.thaitext import thai_sort_key
from organiser.domain.plan_rules import DueState, due_state, rolled_up
from organiser.domain.plans import Action, ActionStatus, Plan
from organiser.services.plans.reading import ActionRow
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class ProvincesProgress:
    """How the provinces are doing with the copies of one regional action."""

    provinces: int  # live copies in live guidelines made from the plan
    done: int
    overdue: int
    copies: tuple[tuple[ActionStatus, int], ...]  # (status, progress) of each copy


def provinces_progress(
    uow: UnitOfWork, plan_id: str, today: dt.date
) -> dict[str, ProvincesProgress]:
    """Regional action id -> its copies' progress in the guidelines made from the plan."""
    source = aliased(Action)
    stmt = (
        select(Action.source_action_id, Action.status, Action.progress, Action.due_on)
        .join(Plan, Action.plan_id == Plan.id)
        .join(source, Action.source_action_id == source.id)
        .where(
            source.plan_id == plan_id,
            Plan.parent_plan_id == plan_id,
            Plan.deleted_at.is_(None),
            Action.deleted_at.is_(None),
        )
    )
    found: dict[str, list[tuple[ActionStatus, int, dt.date | None]]] = defaultdict(list)
    for source_id, status, progress, due_on in uow.session.execute(stmt):
        if source_id is not None:  # the join asks for copies only
            found[source_id].append((ActionStatus(status), progress, due_on))
    return {
        source_id: ProvincesProgress(
            len(items),
            sum(1 for s, _p, _d in items if s == ActionStatus.DONE),
            sum(1 for s, _p, d in items if due_state(s, d, today) == DueState.OVERDUE),
            tuple((s, p) for s, p, _d in items),
        )
        for source_id, items in found.items()
    }


def with_provinces_progress(
    row: ActionRow, progress: ProvincesProgress | None, today: dt.date
) -> ActionRow:
    """The regional action as its provinces report it (status, progress, overdue or not)."""
    if progress is None:
        return row
    status, percent = rolled_up(ActionStatus(row.status), row.progress, progress.copies)
    return dataclasses.replace(
        row,
        status=status.value,
        progress=percent,
        due=due_state(status, row.due_on, today).value,
    )


def provinces_text(progress: ProvincesProgress) -> str:
    text = _("In the provinces: {done} of {n} done").format(
        done=progress.done, n=progress.provinces
    )
    if progress.overdue:
        text += _(", {late} overdue").format(late=progress.overdue)
    return text


# ------------------------------------------------------------------ the overdue view


def same_action_key(row: ActionRow) -> str:
    """Copies made from one regional action share its id; the regional action is keyed by its own."""
    return row.source_id or row.id


def by_action(rows: Iterable[ActionRow]) -> list[ActionRow]:
    """One row per action: the copies of an action in several provincial guidelines (and the
    regional action itself) become one row that names the provinces and keeps every id in
    `copies`, so the overdue view reads as a list of actions to chase, not fourteen lookalikes."""
    buckets: dict[str, list[ActionRow]] = defaultdict(list)
    for r in rows:
        buckets[same_action_key(r)].append(r)
    result = []
    for items in buckets.values():
        first = min(items, key=lambda r: (r.due_on or dt.date.max, r.position))
        if len(items) == 1:
            result.append(first)
            continue
        provinces = tuple(
            sorted({r.province for r in items}, key=lambda p: (p == "", thai_sort_key(p)))
        )
        plan_ids = {r.plan_id for r in items}
        owners = {r.owner for r in items}
        status, percent = rolled_up(
            ActionStatus.NOT_STARTED, 0, [(ActionStatus(r.status), r.progress) for r in items]
        )
        updated = [r for r in items if r.latest_update_on is not None]
        latest = max(updated, key=lambda r: r.latest_update_on or dt.date.min, default=None)
        result.append(
            dataclasses.replace(
                first,
                plan_title=first.plan_title
                if len(plan_ids) == 1
                else _("{n} plans").format(n=len(plan_ids)),
                owner=first.owner if len(owners) == 1 else _("several owners"),
                status=status.value,
                progress=percent,
                latest_update_on=latest.latest_update_on if latest else None,
                latest_note=latest.latest_note if latest else "",
                copies=tuple(r.id for r in items),
                provinces=provinces,
            )
        )
    result.sort(key=lambda r: (r.due_on is None, r.due_on or dt.date.max, r.position))
    return result
