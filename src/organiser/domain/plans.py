"""Follow-up plans, their actions and progress updates; core teams."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from organiser.domain.agenda import AgendaSession
from organiser.domain.base import Base, Entity, str_enum
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


plan_memorandum = Table(
    "plan_memorandum",
    Base.metadata,
    Column("plan_id", ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True),
    Column("memorandum_id", ForeignKey("memorandum.id", ondelete="CASCADE"), primary_key=True),
)


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

    actions: Mapped[list[Action]] = relationship(back_populates="plan", order_by="Action.position")
    memoranda: Mapped[list[Memorandum]] = relationship(secondary=plan_memorandum)

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
    position: Mapped[int] = mapped_column(Integer, default=0)
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
