from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from organiser.core.errors import UserError
from organiser.core.provinces import SOUTHERN_PROVINCES
from organiser.domain.agenda import AgendaSession, SessionKind
from organiser.domain.memoranda import Memorandum, MemorandumStatus
from organiser.domain.people import Person
from organiser.domain.plans import Plan, PlanKind
from organiser.services.agenda import reading as agenda
from organiser.services.demo import build_demo
from organiser.services.desk import reading as desk
from organiser.services.events import reading as events
from organiser.services.memoranda import reading as memoranda
from organiser.services.people import rows as people
from organiser.services.plans import reading as plans
from organiser.store.db import Store
from organiser.store.opening import open_store


def test_demo_is_the_southern_seminar(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        [event] = events.list_events(uow)
        assert event.code == "south-2550"
        assert (event.starts_on, event.ends_on) == (dt.date(2007, 1, 30), dt.date(2007, 1, 31))
        assert event.province == "พัทลุง"
        persons = people.list_people(uow)
        assert 110 <= len(persons) <= 140
        assert {p.province for p in persons} >= set(SOUTHERN_PROVINCES)
        sessions = agenda.list_sessions(uow, event.id)
        assert {s.day for s in sessions} == {dt.date(2007, 1, 30), dt.date(2007, 1, 31)}
        kinds = {s.kind for s in sessions}
        assert {
            SessionKind.BREAK.value,
            SessionKind.MEAL.value,
            SessionKind.PANEL.value,
            SessionKind.PLANNING.value,
        } <= kinds
        memo = memoranda.list_memoranda(uow)[0]
        assert memo.status == MemorandumStatus.DRAFT.value and len(memo.parties) >= 4
        [plan] = plans.list_plans(uow)
        assert plan.kind == PlanKind.REGIONAL.value and plan.actions >= 8
        regs = desk.list_registrations(uow, event.id)
        assert sum(1 for r in regs if r.checked_in_days) > 50


def test_demo_sessions_do_not_overlap_within_a_day(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        rows = (
            uow.session.query(AgendaSession)
            .order_by(AgendaSession.day, AgendaSession.starts_at)
            .all()
        )
    for a, b in itertools.pairwise(rows):
        if a.day == b.day:
            assert a.ends_at <= b.starts_at, (a.title, b.title)


def test_demo_is_deterministic(demo_store: Store, tmp_path: Path) -> None:
    # a folder of its own: `store` and `demo_store` share one data folder
    store = open_store(tmp_path / "another")
    try:
        with store.writer() as uow:
            build_demo(uow)
            uow.commit()
        with store.reader() as a, demo_store.reader() as b:
            names_a = sorted(p.given_name + p.family_name for p in a.session.query(Person))
            names_b = sorted(p.given_name + p.family_name for p in b.session.query(Person))
    finally:
        store.dispose()
    assert names_a == names_b


def test_demo_refuses_a_database_with_data(demo_store: Store) -> None:
    with demo_store.writer() as uow, pytest.raises(UserError):
        build_demo(uow)
    with demo_store.writer() as uow:
        build_demo(uow, force=True)
        uow.commit()
    with demo_store.reader() as uow:
        codes = sorted(e.code for e in events.list_events(uow))
        assert codes == ["south-2550", "south-2550-2"]
        assert uow.session.query(Memorandum).count() == 2 and uow.session.query(Plan).count() == 2


def test_resolve_event_by_code_and_prefix(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        event = events.resolve_event(uow, "south-2550")
        assert events.resolve_event(uow, event.id[:20]).id == event.id
        with pytest.raises(UserError):
            events.resolve_event(uow, "nothing-like-this")


def test_the_demo_makes_through_the_services_what_they_make() -> None:
    """Rows a service makes (events and rooms, organisations, sessions, teams, plans, actions
    and their updates) are made by it in the demo too, so the demo holds what staff would make;
    people, registrations, check-ins at their 2007 times and the memorandum are still written
    directly (no service takes a past check-in time)."""
    import ast
    from pathlib import Path

    import organiser.services.demo as demo

    made_by_services = {"Event", "Room", "Organisation", "AgendaSession", "SessionPerson",
                        "Team", "TeamMember", "Plan", "Action", "ActionUpdate"}  # fmt: skip
    tree = ast.parse(Path(demo.__file__).read_text(encoding="utf-8"))
    direct = sorted(
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in made_by_services
    )
    assert direct == []
