"""Follow-up plans, their actions and progress updates; core teams."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from organiser.core.ids import natural_id
from organiser.core.positions import FIRST
from organiser.domain.agenda import AgendaSession
from organiser.domain.base import Entity, str_enum
from organiser.domain.memoranda import Commitment, Memorandum
from organiser.domain.people import Organisation, Person


class PlanKind(enum.StrEnum):
    REGIONAL = "regional"
    PROVINCIAL = "provincial"
    TEAM = "team"


class ActionStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)


class TeamRole(enum.StrEnum):
    COORDINATOR = "coordinator"
    MEMBER = "member"


class PlanMemorandum(Entity):
    """A plan's link to a memorandum it carries out: one row per pair on every copy; unlinking
    marks it deleted, linking again clears the mark."""

    __tablename__ = "plan_memorandum"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    memorandum_id: Mapped[str] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), index=True
    )

    memorandum: Mapped[Memorandum] = relationship()

    __table_args__ = (UniqueConstraint("plan_id", "memorandum_id"),)


class Plan(Entity):
    __tablename__ = "plan"

    kind: Mapped[PlanKind] = mapped_column(str_enum(PlanKind, "kind"))
    title: Mapped[str] = mapped_column(String(400))
    region: Mapped[str] = mapped_column(String(40), default="")
    province: Mapped[str] = mapped_column(String(60), default="")  # empty: the whole region
    period_start: Mapped[dt.date | None] = mapped_column(default=None)
    period_end: Mapped[dt.date | None] = mapped_column(default=None)
    goals: Mapped[str] = mapped_column(Text, default="")
    event_id: Mapped[str | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), default=None
    )
    parent_plan_id: Mapped[str | None] = mapped_column(
        ForeignKey("plan.id", ondelete="SET NULL"), default=None
    )
    team_id: Mapped[str | None] = mapped_column(
        ForeignKey("team.id", ondelete="SET NULL"), default=None
    )

    actions: Mapped[list[Action]] = relationship(
        back_populates="plan", order_by="[Action.position, Action.id]"
    )
    # every link ever made, unlinked ones too (marked deleted); `memoranda` reads the live ones
    memorandum_links: Mapped[list[PlanMemorandum]] = relationship(
        order_by="PlanMemorandum.memorandum_id"
    )
    memoranda: Mapped[list[Memorandum]] = relationship(
        secondary="plan_memorandum",
        primaryjoin="Plan.id == PlanMemorandum.plan_id",
        secondaryjoin=(
            "and_(Memorandum.id == PlanMemorandum.memorandum_id, "
            "PlanMemorandum.deleted_at.is_(None))"
        ),
        order_by="Memorandum.id",
        viewonly=True,
    )

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(
            "period_end IS NULL OR period_start IS NULL OR period_end >= period_start",
            name="period_in_order",
        ),
    )


class Action(Entity):
    __tablename__ = "plan_action"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[str] = mapped_column(String(200), default=FIRST)  # core.positions
    title: Mapped[str] = mapped_column(String(400))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    owner_organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), default=None
    )
    province: Mapped[str] = mapped_column(String(60), default="")
    starts_on: Mapped[dt.date | None] = mapped_column(default=None)
    due_on: Mapped[dt.date | None] = mapped_column(default=None, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus, "status"), default=ActionStatus.NOT_STARTED
    )
    progress: Mapped[int] = mapped_column(Integer, default=0)
    commitment_id: Mapped[str | None] = mapped_column(
        ForeignKey("memorandum_commitment.id", ondelete="SET NULL"), default=None
    )
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_session.id", ondelete="SET NULL"), default=None
    )
    source_action_id: Mapped[str | None] = mapped_column(
        ForeignKey("plan_action.id", ondelete="SET NULL"), default=None
    )

    plan: Mapped[Plan] = relationship(back_populates="actions")
    owner_person: Mapped[Person | None] = relationship(foreign_keys=[owner_person_id])
    owner_organisation: Mapped[Organisation | None] = relationship(
        foreign_keys=[owner_organisation_id]
    )
    commitment: Mapped[Commitment | None] = relationship()
    session: Mapped[AgendaSession | None] = relationship()
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action", order_by="ActionUpdate.on"
    )

    __table_args__ = (
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_percent"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )


class ActionUpdate(Entity):
    __tablename__ = "plan_action_update"

    action_id: Mapped[str] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[dt.date]
    author: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ActionStatus | None] = mapped_column(
        str_enum(ActionStatus, "status"), default=None
    )
    progress: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    action: Mapped[Action] = relationship(back_populates="updates")


class Team(Entity):
    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(String(40), default="")
    event_id: Mapped[str | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), default=None
    )

    members: Mapped[list[TeamMember]] = relationship(back_populates="team")


class TeamMember(Entity):
    __tablename__ = "team_member"

    team_id: Mapped[str] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[TeamRole] = mapped_column(str_enum(TeamRole, "role"), default=TeamRole.MEMBER)

    team: Mapped[Team] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


def team_member_id(team_id: str, person_id: str) -> str:
    """A person is in a team once, the same row on every copy (their role is a field of it)."""
    return natural_id("team_member", team_id, person_id)


def plan_memorandum_id(plan_id: str, memorandum_id: str) -> str:
    return natural_id("plan_memorandum", plan_id, memorandum_id)


@event.listens_for(TeamMember, "before_insert")
def _team_member_natural_id(_mapper: Any, _connection: Any, row: TeamMember) -> None:
    row.id = team_member_id(row.team_id, row.person_id)


@event.listens_for(PlanMemorandum, "before_insert")
def _plan_memorandum_natural_id(_mapper: Any, _connection: Any, row: PlanMemorandum) -> None:
    row.id = plan_memorandum_id(row.plan_id, row.memorandum_id)


def link_memoranda(plan: Plan, memoranda: list[Memorandum]) -> None:
    """Make these the memoranda the plan carries out, writing only the links that change: one
    dropped is marked deleted, one linked again has the mark cleared (never a second row)."""
    wanted = {m.id: m for m in memoranda}
    have = set()
    for link in plan.memorandum_links:
        have.add(link.memorandum_id)
        if link.memorandum_id in wanted and link.deleted_at is not None:
            link.restore()
        elif link.memorandum_id not in wanted and link.deleted_at is None:
            link.soft_delete()
    for memorandum_id, memorandum in wanted.items():
        if memorandum_id not in have:
            plan.memorandum_links.append(PlanMemorandum(memorandum=memorandum))
