"""Counts for the status bar, the start page and `organiser check`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from organiser.domain.base import Entity
from organiser.domain.events import Event
from organiser.domain.memoranda import Memorandum
from organiser.domain.people import Organisation, Person
from organiser.domain.plans import Action, Plan
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class Counts:
    events: int
    people: int
    organisations: int
    memoranda: int
    plans: int
    actions: int

    @property
    def is_empty(self) -> bool:
        return not (
            self.events or self.people or self.organisations or self.memoranda or self.plans
        )

    def as_json(self) -> dict[str, int]:
        return dict(self.__dict__)


def _count(uow: UnitOfWork, model: type[Entity]) -> int:
    return (
        uow.session.scalar(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        )
        or 0
    )


def counts(uow: UnitOfWork) -> Counts:
    return Counts(
        events=_count(uow, Event),
        people=_count(uow, Person),
        organisations=_count(uow, Organisation),
        memoranda=_count(uow, Memorandum),
        plans=_count(uow, Plan),
        actions=_count(uow, Action),
    )
