"""Changing follow-up plans: plans, actions, progress updates, provincial guidelines in one step."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from organiser.core import positions
from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _, current_language
from organiser.core.provinces import PROVINCES
from organiser.core.thaidate import format_date
from organiser.domain.agenda import AgendaSession
from organiser.domain.events import Event
from organiser.domain.labels import label
from organiser.domain.memoranda import Commitment, Memorandum
from organiser.domain.people import Organisation, Person
from organiser.domain.plan_rules import UpdateProblem, UpdateRejected, apply_update
from organiser.domain.plans import (
    Action,
    ActionStatus,
    ActionUpdate,
    Plan,
    PlanKind,
    Team,
    link_memoranda,
)
from organiser.store.db import UnitOfWork


@dataclass
class PlanInput:
    kind: PlanKind
    title: str
    region: str = ""
    province: str = ""  # empty: the whole region
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    goals: str = ""
    event_id: str | None = None
    memorandum_ids: list[str] = field(default_factory=list)
    team_id: str | None = None


@dataclass
class ActionInput:
    title: str
    description: str = ""
    owner_person_id: str | None = None
    owner_organisation_id: str | None = None
    province: str = ""
    starts_on: dt.date | None = None
    due_on: dt.date | None = None
    commitment_id: str | None = None
    session_id: str | None = None


def get_plan(uow: UnitOfWork, plan_id: str) -> Plan:
    plan = uow.session.get(Plan, plan_id)
    if plan is None:
        matches = list(
            uow.session.scalars(
                select(Plan).where(Plan.id.startswith(plan_id), Plan.deleted_at.is_(None))
            )
        )
        if len(matches) == 1 and len(plan_id) >= 4:
            return matches[0]
        raise NotFound(_("No plan has the id {id}. See 'organiser plans list'.").format(id=plan_id))
    return plan


def get_action(uow: UnitOfWork, action_id: str) -> Action:
    action = uow.session.get(Action, action_id)
    if action is None:
        raise NotFound(_("No action has the id {id}.").format(id=action_id))
    return action


# ------------------------------------------------------------------ plans


def _check_plan(data: PlanInput) -> None:
    if not data.title.strip():
        raise UserError(_("Give the plan a title."))
    if data.period_start and data.period_end and data.period_end < data.period_start:
        raise UserError(_("The period cannot end before it starts."))
    if data.province and data.province not in {p.name_th for p in PROVINCES}:
        raise UserError(_("{province} is not a Thai province.").format(province=data.province))


def _apply_plan(uow: UnitOfWork, plan: Plan, data: PlanInput) -> None:
    plan.kind = data.kind
    plan.title = data.title.strip()
    plan.region = data.region
    plan.province = data.province
    plan.period_start, plan.period_end = data.period_start, data.period_end
    plan.goals = data.goals.strip()
    plan.event_id = data.event_id or None
    plan.team_id = data.team_id or None
    wanted = list(dict.fromkeys(data.memorandum_ids))
    # Links to memoranda deleted since are kept when asked for: the plan still came out of them.
    found = [uow.session.get(Memorandum, mid) for mid in wanted]
    link_memoranda(plan, [m for m in found if m is not None])
    uow.flush()
    uow.session.expire(plan, ["memoranda"])


def create_plan(uow: UnitOfWork, data: PlanInput) -> str:
    _check_plan(data)
    plan = Plan(kind=data.kind, title=data.title.strip())
    uow.session.add(plan)
    _apply_plan(uow, plan, data)
    uow.flush()
    return plan.id


def update_plan(uow: UnitOfWork, plan_id: str, data: PlanInput) -> None:
    _check_plan(data)
    _apply_plan(uow, get_plan(uow, plan_id), data)
    uow.flush()


def delete_plan(uow: UnitOfWork, plan_id: str) -> None:
    get_plan(uow, plan_id).soft_delete()


def restore_plan(uow: UnitOfWork, plan_id: str) -> None:
    get_plan(uow, plan_id).restore()


# ------------------------------------------------------------------ actions


def _check_action(uow: UnitOfWork, data: ActionInput) -> None:
    if not data.title.strip():
        raise UserError(_("Give the action a title."))
    if data.owner_person_id and data.owner_organisation_id:
        raise UserError(_("An action has one owner: a person or an organisation, not both."))
    if data.starts_on and data.due_on and data.due_on < data.starts_on:
        raise UserError(_("The due date cannot be before the start date."))
    if data.commitment_id and data.session_id:
        raise UserError(
            _("Link the action to a memorandum commitment or to an agenda session, not both.")
        )
    for model, ref in (
        (Person, data.owner_person_id),
        (Organisation, data.owner_organisation_id),
        (Commitment, data.commitment_id),
        (AgendaSession, data.session_id),
    ):
        if ref and uow.session.get(model, ref) is None:
            raise NotFound(_("What the action refers to no longer exists. Choose again."))


def _apply_action(action: Action, data: ActionInput) -> None:
    action.title = data.title.strip()
    action.description = data.description.strip()
    action.owner_person_id = data.owner_person_id or None
    action.owner_organisation_id = data.owner_organisation_id or None
    action.province = data.province
    action.starts_on, action.due_on = data.starts_on, data.due_on
    action.commitment_id = data.commitment_id or None
    action.session_id = data.session_id or None


def create_action(uow: UnitOfWork, plan_id: str, data: ActionInput) -> str:
    """A new action starts 'not started' at 0 %; updates move it from there."""
    plan = get_plan(uow, plan_id)
    _check_action(uow, data)
    last = max((a.position for a in plan.actions), default=None)
    position = positions.after(last) if positions.is_key(last) else positions.FIRST
    action = Action(plan_id=plan.id, title=data.title.strip(), position=position)
    _apply_action(action, data)
    uow.session.add(action)
    uow.flush()
    return action.id


def update_action(
    uow: UnitOfWork,
    action_id: str,
    data: ActionInput,
    author: str = "",
    today: dt.date | None = None,
) -> None:
    """Edit an action. A moved due date goes into its history: follow-up must see postponements."""
    action = get_action(uow, action_id)
    _check_action(uow, data)
    old_due = action.due_on
    _apply_action(action, data)
    if old_due != action.due_on:
        lang = current_language()

        def show(d: dt.date | None) -> str:
            return format_date(d, "short", lang) if d else _("no date")

        action.updates.append(
            ActionUpdate(
                on=today or dt.date.today(),
                author=author.strip(),
                note=_("Due date moved from {old} to {new}.").format(
                    old=show(old_due), new=show(action.due_on)
                ),
            )
        )
    uow.flush()


def delete_action(uow: UnitOfWork, action_id: str) -> None:
    get_action(uow, action_id).soft_delete()


def restore_action(uow: UnitOfWork, action_id: str) -> None:
    get_action(uow, action_id).restore()


def move_action(uow: UnitOfWork, action_id: str, index: int) -> None:
    """Put an action at `index` among its plan's live actions (0 = first). Only the moved
    action is written: it gets an order key between its new neighbours (core.positions)."""
    action = get_action(uow, action_id)
    others = [a for a in action.plan.actions if a.deleted_at is None and a.id != action.id]
    index = max(0, min(index, len(others)))
    low = others[index - 1].position if index else None
    high = others[index].position if index < len(others) else None
    if low is not None and high is not None and low >= high:  # a tie from two copies
        high = None if index + 1 >= len(others) else others[index + 1].position
        others[index].position = positions.between(low, high)
        high = others[index].position
    action.position = positions.between(low, high)
    uow.flush()


def _rejection_message(exc: UpdateRejected) -> str:
    if exc.problem == UpdateProblem.TRANSITION:
        return _("An action that is '{old}' cannot become '{new}'.").format(
            old=label(exc.old), new=label(exc.new)
        )
    if exc.problem == UpdateProblem.PROGRESS_RANGE:
        return _("Progress is a percentage from 0 to 100.")
    return _("Nothing to record: change the status or the progress, or write a note.")


def post_update(
    uow: UnitOfWork,
    action_id: str,
    on: dt.date,
    author: str,
    status: ActionStatus | None = None,
    progress: int | None = None,
    note: str = "",
) -> str:
    """Record a dated progress update and move the action's status and progress with it.

    The update keeps only what changed (status and/or progress) and the note: the history."""
    action = get_action(uow, action_id)
    try:
        outcome = apply_update(action.status, action.progress, status, progress, bool(note.strip()))
    except UpdateRejected as exc:
        raise UserError(_rejection_message(exc)) from exc
    update = ActionUpdate(
        on=on,
        author=author.strip(),
        status=outcome.status if outcome.status_changed else None,
        progress=outcome.progress if outcome.progress_changed else None,
        note=note.strip(),
    )
    action.updates.append(update)
    action.status, action.progress = outcome.status, outcome.progress
    uow.flush()
    return update.id


# ------------------------------------------------------------------ choices for forms


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    kind: str = ""  # owners: "person" or "organisation"
    deleted: bool = False


def owner_choices(uow: UnitOfWork) -> list[Choice]:
    """People and organisations of the directory, people first, each in Thai order."""
    people = uow.session.scalars(
        select(Person)
        .where(Person.deleted_at.is_(None), Person.merged_into_id.is_(None))
        .order_by(Person.sort_key)
    )
    orgs = uow.session.scalars(
        select(Organisation)
        .where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
        .order_by(Organisation.sort_key)
    )
    result = []
    for p in people:
        extra = p.organisation.short_name or p.organisation.name if p.organisation else p.province
        result.append(Choice(p.id, f"{p.full_name} · {extra}" if extra else p.full_name, "person"))
    result += [Choice(o.id, o.label, "organisation") for o in orgs]
    return result


def commitment_choices(uow: UnitOfWork) -> list[Choice]:
    from organiser.services.plans.reading import commitment_deleted, commitment_label

    rows = uow.session.scalars(select(Commitment).order_by(Commitment.created_at))
    return [
        Choice(c.id, f"{c.memorandum.title} — {commitment_label(c)}", deleted=commitment_deleted(c))
        for c in rows
    ]


def session_choices(uow: UnitOfWork, event_id: str | None = None) -> list[Choice]:
    from organiser.services.plans.reading import session_label

    stmt = select(AgendaSession).order_by(AgendaSession.day, AgendaSession.starts_at)
    if event_id:
        stmt = stmt.where(AgendaSession.event_id == event_id)
    lang = current_language()
    return [
        Choice(s.id, session_label(s, lang), deleted=s.deleted_at is not None)
        for s in uow.session.scalars(stmt)
        if not s.kind.is_pause
    ]


def event_choices(uow: UnitOfWork) -> list[Choice]:
    stmt = select(Event).where(Event.deleted_at.is_(None)).order_by(Event.starts_on.desc())
    return [Choice(e.id, e.title) for e in uow.session.scalars(stmt)]


def memorandum_choices(uow: UnitOfWork) -> list[Choice]:
    stmt = select(Memorandum).order_by(Memorandum.created_at)
    return [
        Choice(m.id, m.title, deleted=m.deleted_at is not None) for m in uow.session.scalars(stmt)
    ]


def team_choices(uow: UnitOfWork) -> list[Choice]:
    stmt = select(Team).where(Team.deleted_at.is_(None)).order_by(Team.name)
    return [Choice(t.id, t.name) for t in uow.session.scalars(stmt)]
