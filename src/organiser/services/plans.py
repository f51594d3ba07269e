"""Follow-up plans and actions: listing (the plans issue adds the rest)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.domain.plans import Action, Plan
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class PlanRow:
    id: str
    kind: str
    title: str
    province: str
    period_start: dt.date | None
    period_end: dt.date | None
    actions: int
    done: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "province": self.province,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "actions": self.actions,
            "done": self.done,
        }


def list_plans(uow: UnitOfWork) -> list[PlanRow]:
    stmt = (
        select(Plan)
        .options(selectinload(Plan.actions))
        .where(Plan.deleted_at.is_(None))
        .order_by(Plan.kind, Plan.province, Plan.title)
    )
    rows = []
    for p in uow.session.scalars(stmt):
        actions = [a for a in p.actions if a.deleted_at is None]
        rows.append(
            PlanRow(
                p.id,
                p.kind.value,
                p.title,
                p.province,
                p.period_start,
                p.period_end,
                len(actions),
                sum(1 for a in actions if a.status.value == "done"),
            )  # fmt: skip
        )
    return rows


@dataclass(frozen=True)
class ActionRow:
    id: str
    plan_title: str
    title: str
    owner: str
    province: str
    due_on: dt.date | None
    status: str
    progress: int


def list_actions(uow: UnitOfWork) -> list[ActionRow]:
    stmt = (
        select(Action)
        .options(
            selectinload(Action.plan),
            selectinload(Action.owner_person),
            selectinload(Action.owner_organisation),
        )
        .where(Action.deleted_at.is_(None))
        .order_by(Action.due_on)
    )
    rows = []
    for a in uow.session.scalars(stmt):
        owner = (
            a.owner_person.full_name
            if a.owner_person
            else (a.owner_organisation.name if a.owner_organisation else "")
        )
        rows.append(
            ActionRow(
                a.id, a.plan.title, a.title, owner, a.province, a.due_on, a.status.value, a.progress
            )
        )
    return rows


def reminders(uow: UnitOfWork, today: dt.date) -> list:  # type: ignore[type-arg]
    """Reminders for the start page (filled in by this area's issue)."""
    return []
