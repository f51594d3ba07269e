"""Helpers for the plans tests: the demo's regional plan and a few directory ids."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from organiser.domain.agenda import AgendaSession
from organiser.domain.memoranda import Commitment
from organiser.domain.people import Person
from organiser.domain.plans import Plan, PlanKind
from organiser.store.db import Store


@dataclass(frozen=True)
class DemoIds:
    plan_id: str
    person_id: str
    person_name: str
    commitment_id: str
    session_id: str


@pytest.fixture
def demo_ids(demo_store: Store) -> DemoIds:
    with demo_store.reader() as uow:
        s = uow.session
        plan = s.scalars(select(Plan).where(Plan.kind == PlanKind.REGIONAL)).one()
        person = s.scalars(select(Person).order_by(Person.sort_key)).first()
        commitment = s.scalars(select(Commitment)).first()
        session = s.scalars(select(AgendaSession).order_by(AgendaSession.day.desc())).first()
        assert person and commitment and session
        return DemoIds(plan.id, person.id, person.full_name, commitment.id, session.id)
