"""Follow-up plans and actions: listings, follow-up views, the start-page summary and reminders.

Editing lives in `editing`, one plan's or action's full picture in `detail`, the
report in `reports`, core teams in `teams` (modules of this package).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.i18n import _, current_language
from organiser.core.notices import Area
from organiser.core.thaidate import format_date
from organiser.core.thaitext import format_name, thai_sort_key
from organiser.domain.agenda import AgendaSession
from organiser.domain.memoranda import Commitment, Party
from organiser.domain.people import Organisation, Person
from organiser.domain.plan_rules import DUE_SOON_DAYS, DueState, due_state, period_label
from organiser.domain.plans import Action, ActionStatus, ActionUpdate, Plan
from organiser.domain.reminders import Reminder
from organiser.services.shared.merged_people import survivor_of
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
    region: str = ""
    parent_plan_id: str | None = None
    overdue: int = 0

    @property
    def period(self) -> str:
        return period_label(self.period_start, self.period_end, current_language())

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "region": self.region,
            "province": self.province,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "period": self.period,
            "parent_plan_id": self.parent_plan_id,
            "actions": self.actions,
            "done": self.done,
            "overdue": self.overdue,
        }


def _live_actions(plan: Plan) -> list[Action]:
    return [a for a in plan.actions if a.deleted_at is None]


def list_plans(uow: UnitOfWork, today: dt.date | None = None) -> list[PlanRow]:
    """Live plans: the regional plans first, then guidelines by province, then team plans."""
    today = today or dt.date.today()
    stmt = select(Plan).options(selectinload(Plan.actions)).where(Plan.deleted_at.is_(None))
    rows = []
    for p in uow.session.scalars(stmt):
        actions = _live_actions(p)
        rows.append(
            PlanRow(
                p.id,
                p.kind.value,
                p.title,
                p.province,
                p.period_start,
                p.period_end,
                len(actions),
                sum(1 for a in actions if a.status == ActionStatus.DONE),
                p.region,
                p.parent_plan_id,
                sum(1 for a in actions if due_state(a.status, a.due_on, today) == DueState.OVERDUE),
            )
        )
    order = {"regional": 0, "provincial": 1, "team": 2}
    rows.sort(
        key=lambda r: (order.get(r.kind, 3), thai_sort_key(r.province), thai_sort_key(r.title))
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
    plan_id: str = ""
    starts_on: dt.date | None = None
    due: str = DueState.NO_DATE.value  # a DueState value, as of the `today` it was listed for
    latest_update_on: dt.date | None = None
    latest_note: str = ""
    link: str = ""  # the commitment or session it came from
    link_deleted: bool = False
    plan_kind: str = ""
    position: str = ""  # the order key (core.positions)
    source_id: str = ""  # the regional action a provincial guideline's action was copied from
    # when one row stands for the same action in several plans (the overdue view): all of them
    copies: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "plan_id": self.plan_id,
            "plan": self.plan_title,
            "title": self.title,
            "owner": self.owner,
            "province": self.province,
            "starts_on": self.starts_on.isoformat() if self.starts_on else None,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "status": self.status,
            "progress": self.progress,
            "due": self.due,
            "latest_update_on": self.latest_update_on.isoformat()
            if self.latest_update_on
            else None,
            "latest_note": self.latest_note,
            "link": self.link,
            "link_deleted": self.link_deleted,
        }


def owner_name(action: Action) -> str:
    if action.owner_person is not None:
        return survivor_of(action.owner_person).full_name
    if action.owner_organisation is not None:
        return action.owner_organisation.label
    return ""


def commitment_label(c: Commitment) -> str:
    org = c.party.organisation if c.party is not None else None
    who = (org.short_name or org.name) if org is not None else ""
    text = c.description.strip().splitlines()[0] if c.description.strip() else ""
    return f"{who}: {text}" if who else text


def commitment_deleted(c: Commitment) -> bool:
    return bool(c.deleted_at or c.memorandum.deleted_at or (c.party and c.party.deleted_at))


def session_label(s: AgendaSession, lang: str) -> str:
    return f"{s.title} ({format_date(s.day, 'short', lang)})"


def link_of(action: Action, lang: str) -> tuple[str, bool]:
    """The commitment or agenda session an action came from, and whether it has been deleted.

    A deleted link is still shown: the action keeps pointing at what it came from."""
    if action.commitment is not None:
        c = action.commitment
        return _("Memorandum: {what}").format(what=commitment_label(c)), commitment_deleted(c)
    if action.session is not None:
        s = action.session
        deleted = bool(s.deleted_at or s.event.deleted_at)
        return _("Session: {what}").format(what=session_label(s, lang)), deleted
    return "", False


def latest_update(action: Action) -> ActionUpdate | None:
    live = [u for u in action.updates if u.deleted_at is None]
    return max(live, key=lambda u: (u.on, u.created_at)) if live else None


def _action_options() -> list[object]:
    return [
        selectinload(Action.plan),
        selectinload(Action.owner_person),
        selectinload(Action.owner_organisation),
        selectinload(Action.updates),
        selectinload(Action.commitment).selectinload(Commitment.memorandum),
        selectinload(Action.commitment)
        .selectinload(Commitment.party)
        .selectinload(Party.organisation),
        selectinload(Action.session).selectinload(AgendaSession.event),
    ]


def action_row(a: Action, today: dt.date, lang: str) -> ActionRow:
    latest = latest_update(a)
    link, link_deleted = link_of(a, lang)
    return ActionRow(
        a.id, a.plan.title, a.title, owner_name(a), a.province, a.due_on, a.status.value,
        a.progress, a.plan_id, a.starts_on, due_state(a.status, a.due_on, today).value,
        latest.on if latest else None, latest.note if latest else "", link, link_deleted,
        a.plan.kind.value, a.position, a.source_action_id or "",
    )  # fmt: skip


def list_actions(
    uow: UnitOfWork,
    today: dt.date | None = None,
    plan_id: str | None = None,
    due_by: dt.date | None = None,
) -> list[ActionRow]:
    """Live actions of live plans, by due date (undated last).

    `due_by`: only open actions due on or before that day (what reminders need)."""
    today = today or dt.date.today()
    lang = current_language()
    stmt = (
        select(Action)
        .join(Plan, Action.plan_id == Plan.id)
        .options(*_action_options())  # type: ignore[arg-type]
        .where(Action.deleted_at.is_(None), Plan.deleted_at.is_(None))
    )
    if plan_id is not None:
        stmt = stmt.where(Action.plan_id == plan_id)
    if due_by is not None:
        open_values = [st.value for st in ActionStatus if st.is_open]
        stmt = stmt.where(Action.due_on <= due_by, Action.status.in_(open_values))
    rows = [action_row(a, today, lang) for a in uow.session.scalars(stmt)]
    rows.sort(key=lambda r: (r.due_on is None, r.due_on or dt.date.max, r.position))
    return rows


# ------------------------------------------------------------------ follow-up views

VIEWS = ("all", "overdue", "due_soon", "province", "owner", "plan")


def overdue(rows: Iterable[ActionRow]) -> list[ActionRow]:
    return [r for r in rows if r.due == DueState.OVERDUE]


def due_soon(rows: Iterable[ActionRow]) -> list[ActionRow]:
    return [r for r in rows if r.due == DueState.DUE_SOON]


def group_key(row: ActionRow, by: str) -> str:
    if by == "province":
        return row.province
    if by == "owner":
        return row.owner
    if by == "plan":
        return row.plan_id
    raise ValueError(by)


@dataclass(frozen=True)
class Group:
    key: str  # a province name, an owner's name or a plan id ("" for none)
    label: str
    total: int
    open: int
    overdue: int


def groups(rows: Iterable[ActionRow], by: str) -> list[Group]:
    """The groups of a follow-up view with their counts, in Thai order ('' — none — last)."""
    buckets: dict[str, list[ActionRow]] = defaultdict(list)
    for r in rows:
        buckets[group_key(r, by)].append(r)
    result = []
    for key, items in buckets.items():
        label = items[0].plan_title if by == "plan" else key
        result.append(
            Group(
                key,
                label,
                len(items),
                sum(1 for r in items if ActionStatus(r.status).is_open),
                sum(1 for r in items if r.due == DueState.OVERDUE),
            )
        )
    result.sort(key=lambda g: (g.key == "", thai_sort_key(g.label)))
    return result


# ------------------------------------------------------------------ start page


@dataclass(frozen=True)
class Summary:
    total: int
    open: int
    overdue: int
    due_soon: int
    done: int
    by_status: dict[str, int] = field(default_factory=dict)
    # province ('' = the whole region) -> status value -> count, provinces in Thai order
    by_province: list[tuple[str, dict[str, int]]] = field(default_factory=list)


def summary(uow: UnitOfWork, today: dt.date) -> Summary:
    # Three columns, no objects: the start page asks for this on every change.
    stmt = (
        select(Action.status, Action.province, Action.due_on)
        .join(Plan, Action.plan_id == Plan.id)
        .where(Action.deleted_at.is_(None), Plan.deleted_at.is_(None))
    )
    rows = [(ActionStatus(s), p, d) for s, p, d in uow.session.execute(stmt)]
    states = Counter(due_state(s, d, today) for s, _p, d in rows)
    by_status = Counter(s.value for s, _p, _d in rows)
    matrix: dict[str, Counter[str]] = defaultdict(Counter)
    for s, p, _d in rows:
        matrix[p][s.value] += 1
    provinces = sorted(matrix, key=lambda p: (p == "", thai_sort_key(p)))
    return Summary(
        total=len(rows),
        open=sum(1 for s, _p, _d in rows if s.is_open),
        overdue=states[DueState.OVERDUE],
        due_soon=states[DueState.DUE_SOON],
        done=by_status.get(ActionStatus.DONE.value, 0),
        by_status=dict(by_status),
        by_province=[(p, dict(matrix[p])) for p in provinces],
    )


def reminders(uow: UnitOfWork, today: dt.date) -> list[Reminder]:
    """Overdue actions and actions due within 30 days, for the start page.

    The same action copied into many provincial guidelines is one reminder that says in how
    many plans it is open, not fourteen identical lines. Read with one query of the columns
    shown: the start page asks for this at every start and change."""
    lang = current_language()
    horizon = today + dt.timedelta(days=DUE_SOON_DAYS)
    stmt = (
        select(
            Action.id,
            Action.title,
            Action.due_on,
            Person.title,
            Person.given_name,
            Person.family_name,
            Organisation.name,
            Organisation.short_name,
            Person.merged_into_id,
        )
        .join(Plan, Action.plan_id == Plan.id)
        .outerjoin(Person, Action.owner_person_id == Person.id)
        .outerjoin(Organisation, Action.owner_organisation_id == Organisation.id)
        .where(
            Action.deleted_at.is_(None),
            Plan.deleted_at.is_(None),
            Action.due_on.is_not(None),
            Action.due_on <= horizon,
            Action.status.in_([st.value for st in ActionStatus if st.is_open]),
        )
        .order_by(Action.due_on, Action.position, Action.id)
    )
    buckets: dict[tuple[str, dt.date, str], list[str]] = defaultdict(list)
    for action_id, title, due_on, p_title, given, family, org, short, merged in uow.session.execute(
        stmt
    ):
        if merged:  # an owner merged into another person is read as that person
            survivor = survivor_of(uow.session.get_one(Person, merged))
            p_title, given, family = survivor.title, survivor.given_name, survivor.family_name
        if given:
            owner = format_name(p_title, given, family)
        elif org:
            owner = f"{org} ({short})" if short else org
        else:
            owner = ""
        if due_on is not None:  # the query asks for dated actions only
            buckets[(title, due_on, owner)].append(action_id)
    items = []
    for (title, due_on, owner), ids in buckets.items():
        late = due_on < today
        date = format_date(due_on, "short", lang)
        if owner:
            template = (
                _("Overdue since {date}: {action} ({owner})")
                if late
                else _("Due {date}: {action} ({owner})")
            )
        else:
            template = _("Overdue since {date}: {action}") if late else _("Due {date}: {action}")
        text = template.format(date=date, action=title, owner=owner)
        if len(ids) > 1:
            text += " " + _("— open in {n} plans").format(n=len(ids))
        items.append(Reminder(Area.PLANS, text, due_on, late, ids[0]))
    return items
