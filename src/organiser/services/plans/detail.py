"""One plan or one action in full: header, links (deleted ones included), the update history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from organiser.core.i18n import current_language
from organiser.domain.events import Event
from organiser.domain.plan_rules import period_label
from organiser.domain.plans import Action, ActionStatus, Plan, Team
from organiser.services.plans.editing import get_action, get_plan
from organiser.services.plans.reading import ActionRow, link_of, list_actions, owner_name
from organiser.services.shared.merged_people import survivor_of
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class LinkedItem:
    id: str
    title: str
    deleted: bool = False


@dataclass(frozen=True)
class PlanDetail:
    id: str
    kind: str
    title: str
    region: str
    province: str
    period_start: dt.date | None
    period_end: dt.date | None
    period: str
    goals: str
    event: LinkedItem | None
    memoranda: list[LinkedItem]
    team: LinkedItem | None
    parent: LinkedItem | None
    guidelines: int  # provincial guidelines made from this plan
    actions: list[ActionRow]


def plan_detail(uow: UnitOfWork, plan_id: str, today: dt.date | None = None) -> PlanDetail:
    p = get_plan(uow, plan_id)
    parent = uow.session.get(Plan, p.parent_plan_id) if p.parent_plan_id else None
    event = uow.session.get(Event, p.event_id) if p.event_id else None
    team = uow.session.get(Team, p.team_id) if p.team_id else None
    guidelines = uow.session.scalar(
        select(func.count())
        .select_from(Plan)
        .where(Plan.parent_plan_id == p.id, Plan.deleted_at.is_(None))
    )
    return PlanDetail(
        p.id, p.kind.value, p.title, p.region, p.province, p.period_start, p.period_end,
        period_label(p.period_start, p.period_end, current_language()), p.goals,
        LinkedItem(event.id, event.title, event.deleted_at is not None) if event else None,
        [LinkedItem(m.id, m.title, m.deleted_at is not None) for m in p.memoranda],
        LinkedItem(team.id, team.name, team.deleted_at is not None) if team else None,
        LinkedItem(parent.id, parent.title, parent.deleted_at is not None) if parent else None,
        guidelines or 0,
        list_actions(uow, today, plan_id=p.id),
    )  # fmt: skip


@dataclass(frozen=True)
class HistoryEntry:
    id: str
    on: dt.date
    author: str
    status_from: str | None  # set when the status changed
    status_to: str | None
    progress_from: int | None  # set when the progress changed
    progress_to: int | None
    note: str


@dataclass(frozen=True)
class ActionDetail:
    id: str
    plan_id: str
    plan_title: str
    title: str
    description: str
    owner_person_id: str | None
    owner_organisation_id: str | None
    owner: str
    province: str
    starts_on: dt.date | None
    due_on: dt.date | None
    status: str
    progress: int
    commitment_id: str | None
    session_id: str | None
    link: str
    link_deleted: bool
    source_action_id: str | None
    history: list[HistoryEntry]  # newest first
    deleted: bool


def history(action: Action) -> list[HistoryEntry]:
    """Each update with what it changed, from what to what; newest first.

    Updates store only what changed; the 'from' side is found by replaying them in the order
    they were posted, from the state every action starts in (not started, 0 %)."""
    status, progress = ActionStatus.NOT_STARTED, 0
    entries = []
    for u in sorted(action.updates, key=lambda u: (u.created_at, u.id)):
        if u.deleted_at is not None:
            continue
        s_from = s_to = None
        p_from = p_to = None
        if u.status is not None and u.status != status:
            s_from, s_to, status = status.value, u.status.value, u.status
        if u.progress is not None and u.progress != progress:
            p_from, p_to, progress = progress, u.progress, u.progress
        entries.append(HistoryEntry(u.id, u.on, u.author, s_from, s_to, p_from, p_to, u.note))
    entries.sort(key=lambda e: e.on, reverse=True)
    return entries


def action_detail(uow: UnitOfWork, action_id: str) -> ActionDetail:
    a = get_action(uow, action_id)
    link, link_deleted = link_of(a, current_language())
    return ActionDetail(
        a.id, a.plan_id, a.plan.title, a.title, a.description,
        survivor_of(a.owner_person).id if a.owner_person else a.owner_person_id,
        a.owner_organisation_id, owner_name(a), a.province, a.starts_on, a.due_on,
        a.status.value, a.progress, a.commitment_id, a.session_id, link, link_deleted,
        a.source_action_id, history(a), a.deleted_at is not None,
    )  # fmt: skip
