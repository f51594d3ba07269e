"""Lists merge row by row: moving one row writes that row only (its order key lies between its
new neighbours'), and a join row (a speaker in a session, a member of a team, a plan's link to
a memorandum) is one row named by what it joins: removing marks it deleted, adding it again
clears the mark, and two copies adding the same one make the same row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from organiser.domain.agenda import SessionKind, SessionRole
from organiser.domain.plans import PlanKind, TeamRole
from organiser.services.agenda import editing as agenda
from organiser.services.agenda.reading import list_sessions
from organiser.services.memoranda.editing import save_memorandum
from organiser.services.memoranda.reading import ClauseData, MemorandumData, load_memorandum
from organiser.services.people.directory import PersonRecord
from organiser.services.people.editing import save_person
from organiser.services.plans import teams
from organiser.services.plans.detail import plan_detail
from organiser.services.plans.editing import (
    ActionInput,
    PlanInput,
    create_action,
    create_plan,
    move_action,
    update_plan,
)
from organiser.store.db import Store, UnitOfWork
from organiser.store.opening import open_store

DAY = dt.date(2027, 1, 30)


def rows_written(store: Store) -> dict[str, set[str]]:
    """The rows the last writing transaction changed, by table, as the change log has them."""
    with store.raw_connection() as conn:
        stamp = conn.execute("SELECT max(stamp) FROM sync_change").fetchone()[0]
        found: dict[str, set[str]] = {}
        for tbl, row_id in conn.execute(
            "SELECT DISTINCT tbl, row_id FROM sync_change WHERE stamp = ?", (stamp,)
        ):
            found.setdefault(str(tbl), set()).add(str(row_id))
        return found


def people(uow: UnitOfWork, n: int) -> list[str]:
    return [
        save_person(uow, PersonRecord(given_name=f"วิทยากร{i:02d}", family_name="ใจดี"))
        for i in range(n)
    ]


def a_session(uow: UnitOfWork) -> str:
    from organiser.domain.events import Event

    event = Event(title="เวทีภาคใต้", starts_on=DAY, ends_on=DAY)
    uow.session.add(event)
    uow.flush()
    draft = agenda.SessionDraft(
        day=DAY, starts_at=dt.time(9), ends_at=dt.time(10), kind=SessionKind.PANEL, title="เสวนา"
    )
    return agenda.create_session(uow, event.id, draft)


def test_moving_one_of_twenty_speakers_writes_only_that_speaker(store: Store) -> None:
    with store.writer() as uow:
        session_id = a_session(uow)
        ids = people(uow, 20)
        agenda.set_people(uow, session_id, [(p, SessionRole.PANELIST) for p in ids])
        uow.commit()
    moved = ids[:3] + ids[4:16] + [ids[3]] + ids[16:]
    with store.writer() as uow:
        agenda.set_people(uow, session_id, [(p, SessionRole.PANELIST) for p in moved])
        uow.commit()
    written = rows_written(store)
    assert list(written) == ["session_person"]
    assert len(written["session_person"]) == 1
    with store.reader() as uow:
        shown = [sp.person_id for sp in agenda._session(uow, session_id).people]
    assert shown == moved


def test_moving_one_of_twenty_clauses_or_actions_writes_one_row(store: Store) -> None:
    with store.writer() as uow:
        memo_id = save_memorandum(
            uow,
            MemorandumData(
                title="บันทึกความร่วมมือ",
                clauses=[ClauseData(heading=f"ข้อ {i}", text=f"เนื้อความ {i}") for i in range(20)],
            ),
        )
        plan_id = create_plan(uow, PlanInput(kind=PlanKind.REGIONAL, title="แผนภาคใต้"))
        actions = [create_action(uow, plan_id, ActionInput(title=f"งาน {i}")) for i in range(20)]
        uow.commit()
    with store.writer() as uow:
        data = load_memorandum(uow, memo_id)
        data.clauses.insert(2, data.clauses.pop(17))
        save_memorandum(uow, data)
        uow.commit()
    assert {t: len(r) for t, r in rows_written(store).items()} == {"memorandum_clause": 1}
    with store.reader() as uow:
        headings = [c.heading for c in load_memorandum(uow, memo_id).clauses]
    assert headings[:4] == ["ข้อ 0", "ข้อ 1", "ข้อ 17", "ข้อ 2"]

    with store.writer() as uow:
        move_action(uow, actions[19], 0)
        uow.commit()
    assert rows_written(store) == {"plan_action": {actions[19]}}
    with store.reader() as uow:
        order = [a.id for a in plan_detail(uow, plan_id).actions]
    assert order == [actions[19], *actions[:19]]


def test_a_speaker_taken_out_and_put_back_is_the_same_row_and_readers_skip_the_gap(
    store: Store,
) -> None:
    with store.writer() as uow:
        session_id = a_session(uow)
        first, second = people(uow, 2)
        agenda.set_people(uow, session_id, [(first, "speaker"), (second, "speaker")])
        uow.commit()
    with store.reader() as uow:
        before = {sp.person_id: sp.id for sp in agenda._session(uow, session_id).people}
    with store.writer() as uow:
        agenda.set_people(uow, session_id, [(second, "speaker")])
        uow.commit()
    assert {t: len(r) for t, r in rows_written(store).items()} == {"session_person": 1}
    with store.reader() as uow:
        sessions = list_sessions(uow, agenda._session(uow, session_id).event_id)
    assert [p.person_id for s in sessions for p in s.participants] == [second]
    with store.writer() as uow:
        agenda.set_people(uow, session_id, [(first, "speaker"), (second, "speaker")])
        uow.commit()
    with store.reader() as uow:
        rows = agenda._session(uow, session_id).people
        assert {sp.person_id: sp.id for sp in rows} == before  # no second row for `first`
        assert all(sp.deleted_at is None for sp in rows)


def members(uow: UnitOfWork, team_id: str) -> list[str]:
    return [m.person_id for t in teams.list_teams(uow) if t.id == team_id for m in t.members]


def test_two_copies_adding_the_same_speaker_member_and_link_make_the_same_rows(
    tmp_path: Path,
) -> None:
    # one office's data, copied to two laptops before either added anything
    origin = open_store(tmp_path / "origin")
    with origin.writer() as uow:
        session_id = a_session(uow)
        (person,) = people(uow, 1)
        team_id = teams.save_team(uow, None, "วงเรียนรู้ภาคใต้")
        memo_id = save_memorandum(uow, MemorandumData(title="บันทึกความร่วมมือ"))
        plan_id = create_plan(uow, PlanInput(kind=PlanKind.REGIONAL, title="แผนภาคใต้"))
        uow.commit()
    origin.dispose()
    import shutil

    made: list[set[tuple[str, str]]] = []
    for name in ("a", "b"):
        shutil.copytree(tmp_path / "origin", tmp_path / name)
        copy = open_store(tmp_path / name)
        with copy.writer() as uow:
            agenda.set_people(uow, session_id, [(person, "speaker")])
            teams.add_member(uow, team_id, person, TeamRole.COORDINATOR)
            update_plan(
                uow,
                plan_id,
                PlanInput(kind=PlanKind.REGIONAL, title="แผนภาคใต้", memorandum_ids=[memo_id]),
            )
            uow.commit()
        made.append({(t, r) for t, rows in rows_written(copy).items() for r in rows})
        copy.dispose()
    assert made[0] == made[1]
    assert {t for t, _r in made[0]} >= {"session_person", "team_member", "plan_memorandum"}


def test_a_member_or_memorandum_link_removed_and_added_again_is_one_row(store: Store) -> None:
    with store.writer() as uow:
        (person,) = people(uow, 1)
        team_id = teams.save_team(uow, None, "วงเรียนรู้ภาคใต้")
        member = teams.add_member(uow, team_id, person)
        memo_id = save_memorandum(uow, MemorandumData(title="บันทึกความร่วมมือ"))
        plan_input = PlanInput(kind=PlanKind.REGIONAL, title="แผนภาคใต้", memorandum_ids=[memo_id])
        plan_id = create_plan(uow, plan_input)
        uow.commit()
    with store.writer() as uow:
        teams.remove_member(uow, member)
        update_plan(uow, plan_id, PlanInput(kind=PlanKind.REGIONAL, title="แผนภาคใต้"))
        uow.commit()
    written = rows_written(store)
    assert {t: len(r) for t, r in written.items()} == {"team_member": 1, "plan_memorandum": 1}
    with store.reader() as uow:
        assert plan_detail(uow, plan_id).memoranda == []
        assert members(uow, team_id) == []
    with store.writer() as uow:
        assert teams.add_member(uow, team_id, person) == member
        update_plan(uow, plan_id, plan_input)
        uow.commit()
    with store.raw_connection() as conn:
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM team_member), (SELECT count(*) FROM plan_memorandum),"
            " (SELECT count(*) FROM plan_memorandum WHERE deleted_at IS NULL)"
        ).fetchone()
    assert counts == (1, 1, 1)
    with store.reader() as uow:
        assert [m.id for m in plan_detail(uow, plan_id).memoranda] == [memo_id]
        assert members(uow, team_id) == [person]


def test_moving_one_of_twenty_parties_writes_that_party_only(store: Store) -> None:
    from organiser.services.memoranda.reading import PartyData
    from organiser.services.people.editing import find_or_add_organisation

    with store.writer() as uow:
        orgs = [find_or_add_organisation(uow, f"หน่วยงาน {i:02d}") or "" for i in range(20)]
        memo_id = save_memorandum(
            uow,
            MemorandumData(
                title="บันทึกความร่วมมือ", parties=[PartyData(organisation_id=o) for o in orgs]
            ),
        )
        uow.commit()
    with store.writer() as uow:
        data = load_memorandum(uow, memo_id)
        data.parties.append(data.parties.pop(0))
        save_memorandum(uow, data)
        uow.commit()
    assert {t: len(r) for t, r in rows_written(store).items()} == {"memorandum_party": 1}
    with store.reader() as uow:
        shown = [p.organisation_id for p in load_memorandum(uow, memo_id).parties]
    assert shown == [*orgs[1:], orgs[0]]
