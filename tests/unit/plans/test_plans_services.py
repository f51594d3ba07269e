"""Plans, actions and their history on a real SQLite file (the demo seminar)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from organiser.core.errors import UserError
from organiser.core.provinces import SOUTHERN_PROVINCES
from organiser.domain.agenda import AgendaSession
from organiser.domain.memoranda import Commitment, Memorandum
from organiser.domain.plans import Action, ActionStatus, Plan, PlanKind, TeamRole
from organiser.services.home import reminders
from organiser.services.plans import detail as plans_detail
from organiser.services.plans import editing as plans_edit
from organiser.services.plans import guidelines, teams
from organiser.services.plans import reading as plans
from organiser.services.plans.editing import ActionInput, PlanInput
from organiser.store.db import Store

TODAY = dt.date(2007, 5, 15)


def _add_action(store: Store, plan_id: str, **fields: object) -> str:
    with store.writer() as uow:
        action_id = plans_edit.create_action(
            uow,
            plan_id,
            ActionInput(title=str(fields.pop("title", "ประชุมทีมงาน")), **fields),  # type: ignore[arg-type]
        )
        uow.commit()
    return action_id


def test_a_fiscal_year_plan_lists_with_its_thai_period(store: Store) -> None:
    from organiser.core.thaidate import fiscal_year_bounds

    start, end = fiscal_year_bounds(2551)
    with store.writer() as uow:
        plan_id = plans_edit.create_plan(
            uow, PlanInput(PlanKind.PROVINCIAL, "แนวทางจังหวัดพัทลุง", "south", "พัทลุง", start, end)
        )
        uow.commit()
    from organiser.core.i18n import use_language

    with store.reader() as uow, use_language("th"):
        (row,) = plans.list_plans(uow, TODAY)
        assert row.id == plan_id and row.period == "ปีงบประมาณ 2551"


def test_plan_input_is_checked(store: Store) -> None:
    with store.writer() as uow:
        with pytest.raises(UserError, match="title"):
            plans_edit.create_plan(uow, PlanInput(PlanKind.REGIONAL, "  "))
        with pytest.raises(UserError, match="end before"):
            plans_edit.create_plan(
                uow,
                PlanInput(
                    PlanKind.REGIONAL, "x", period_start=TODAY, period_end=dt.date(2007, 1, 1)
                ),
            )


def test_posting_updates_moves_the_action_and_keeps_its_history(
    demo_store: Store, demo_ids
) -> None:
    action_id = _add_action(
        demo_store, demo_ids.plan_id, owner_person_id=demo_ids.person_id, due_on=dt.date(2007, 6, 1)
    )
    with demo_store.writer() as uow:
        plans_edit.post_update(uow, action_id, dt.date(2007, 5, 1), "รัชนี", None, 30, "เริ่มสำรวจแล้ว")
        plans_edit.post_update(
            uow, action_id, dt.date(2007, 5, 10), "รัชนี", ActionStatus.BLOCKED, None, "รองบประมาณ"
        )
        plans_edit.post_update(
            uow, action_id, dt.date(2007, 5, 20), "สมชาย", ActionStatus.DONE, None, ""
        )
        uow.commit()
    with demo_store.reader() as uow:
        detail = plans_detail.action_detail(uow, action_id)
    assert (detail.status, detail.progress) == ("done", 100)
    newest, middle, first = detail.history
    assert (first.on, first.author, first.status_from, first.status_to) == (
        dt.date(2007, 5, 1), "รัชนี", "not_started", "in_progress",
    )  # fmt: skip
    assert (first.progress_from, first.progress_to, first.note) == (0, 30, "เริ่มสำรวจแล้ว")
    assert (middle.status_from, middle.status_to, middle.progress_to) == (
        "in_progress",
        "blocked",
        None,
    )
    assert (newest.author, newest.status_to, newest.progress_from, newest.progress_to) == (
        "สมชาย", "done", 30, 100,
    )  # fmt: skip


def test_a_refused_update_changes_nothing(demo_store: Store, demo_ids) -> None:
    action_id = _add_action(demo_store, demo_ids.plan_id)
    with demo_store.writer() as uow:
        plans_edit.post_update(uow, action_id, TODAY, "", ActionStatus.DONE, None, "")
        uow.commit()
    with demo_store.writer() as uow, pytest.raises(UserError, match="cannot become"):
        plans_edit.post_update(uow, action_id, TODAY, "", ActionStatus.BLOCKED, None, "")
    with demo_store.reader() as uow:
        detail = plans_detail.action_detail(uow, action_id)
    assert detail.status == "done" and len(detail.history) == 1


def test_moving_a_due_date_is_written_into_the_history(demo_store: Store, demo_ids) -> None:
    action_id = _add_action(demo_store, demo_ids.plan_id, due_on=dt.date(2007, 6, 1))
    with demo_store.writer() as uow:
        plans_edit.update_action(
            uow, action_id, ActionInput("ประชุมทีมงาน", due_on=dt.date(2007, 7, 1)), "ดวงใจ", TODAY
        )
        uow.commit()
    with demo_store.reader() as uow:
        (entry,) = plans_detail.action_detail(uow, action_id).history
    assert entry.author == "ดวงใจ" and "1 Jun 2007" in entry.note and "1 Jul 2007" in entry.note


def test_overdue_and_due_soon_views_and_reminders(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        rows = plans.list_actions(uow, TODAY)
        items = plans.reminders(uow, TODAY)
        gathered = reminders.gather(uow, TODAY)
    overdue = {r.title for r in plans.overdue(rows)}
    soon = {r.title for r in plans.due_soon(rows)}
    assert "สำรวจข้อมูลองค์กรการเงินชุมชนรายจังหวัด" in overdue  # due 30 Apr 2007, 60 %
    assert "ประชุมทีมงานภาคใต้ครั้งที่ 1 วางบทบาทและปฏิทินงาน" not in overdue  # done
    assert "ถอดบทเรียนพื้นที่ต้นแบบการเชื่อมโยงระดับตำบล จังหวัดสงขลา" in soon  # due 31 May
    assert len(items) == len(overdue) + len(soon)
    assert all(r.area == "plans" for r in items)
    assert [r.overdue for r in gathered if r.area == "plans"][: len(overdue)] == [True] * len(
        overdue
    )
    late = next(r for r in items if r.overdue)
    assert late.text.startswith("Overdue since") and "2007" in late.text


def test_groups_by_province_and_owner(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        rows = plans.list_actions(uow, TODAY)
    by_province = plans.groups(rows, "province")
    assert by_province[-1].key == ""  # the whole region comes last
    songkhla = next(g for g in by_province if g.key == "สงขลา")
    assert (songkhla.total, songkhla.open) == (1, 1)
    by_owner = plans.groups(rows, "owner")
    assert sum(g.total for g in by_owner) == len(rows) == 10


def test_summary_counts_actions_by_status_per_province(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        s = plans.summary(uow, TODAY)
    assert (s.total, s.done, s.open) == (10, 1, 9)
    assert s.overdue == 2 and s.due_soon == 2
    matrix = dict(s.by_province)
    assert matrix["พัทลุง"] == {"in_progress": 1}
    assert sum(matrix[""].values()) == 7


def test_one_step_makes_a_guideline_for_each_southern_province(demo_store: Store, demo_ids) -> None:
    with demo_store.writer() as uow:
        result = guidelines.derive_provincial_guidelines(
            uow, demo_ids.plan_id, copy_region_wide=True
        )
        uow.commit()
    assert [d.province for d in result.created] == list(SOUTHERN_PROVINCES)
    by_province = {d.province: d for d in result.created}
    # 7 actions for the whole region (none dropped) + the province's own one
    assert by_province["ชุมพร"].actions == 7
    assert by_province["พัทลุง"].actions == 8
    with demo_store.reader() as uow:
        guideline = uow.session.get(Plan, by_province["สงขลา"].plan_id)
        assert guideline is not None
        assert (guideline.kind, guideline.province, guideline.parent_plan_id) == (
            PlanKind.PROVINCIAL, "สงขลา", demo_ids.plan_id,
        )  # fmt: skip
        assert [m.title for m in guideline.memoranda]  # the memorandum came along
        titles = {a.title for a in guideline.actions}
        assert "ถอดบทเรียนพื้นที่ต้นแบบการเชื่อมโยงระดับตำบล จังหวัดสงขลา" in titles
        assert "ถอดบทเรียนพื้นที่ต้นแบบการเชื่อมโยงระดับตำบล จังหวัดพัทลุง" not in titles
        for a in guideline.actions:
            source = uow.session.get(Action, a.source_action_id)
            assert source is not None and source.plan_id == demo_ids.plan_id
            assert (a.status, a.progress, a.province) == (ActionStatus.NOT_STARTED, 0, "สงขลา")
            assert (a.due_on, a.owner_person_id) == (source.due_on, source.owner_person_id)
    # doing it again adds nothing
    with demo_store.writer() as uow:
        again = guidelines.derive_provincial_guidelines(uow, demo_ids.plan_id)
        uow.commit()
    assert again.created == [] and len(again.skipped) == 14


def test_only_a_regional_plan_makes_guidelines(demo_store: Store, demo_ids) -> None:
    with demo_store.writer() as uow:
        made = guidelines.derive_provincial_guidelines(uow, demo_ids.plan_id, ["ตรัง"])
        uow.commit()
    with demo_store.writer() as uow, pytest.raises(UserError, match="regional"):
        guidelines.derive_provincial_guidelines(uow, made.created[0].plan_id)


def test_links_to_a_commitment_and_a_session_survive_edits_and_soft_deletion(
    demo_store: Store, demo_ids
) -> None:
    from_commitment = _add_action(
        demo_store, demo_ids.plan_id, commitment_id=demo_ids.commitment_id
    )
    from_session = _add_action(demo_store, demo_ids.plan_id, session_id=demo_ids.session_id)
    with demo_store.writer() as uow:
        c = uow.session.get(Commitment, demo_ids.commitment_id)
        c.description = "จัดอบรมการทำบัญชีปีละ 2 ครั้ง"
        uow.session.get(AgendaSession, demo_ids.session_id).title = "ร่างแผนขับเคลื่อนระดับภาค"
        # an edit of the action itself keeps the link
        plans_edit.update_action(
            uow, from_commitment, ActionInput("ชื่อใหม่", commitment_id=demo_ids.commitment_id)
        )
        uow.commit()
    with demo_store.reader() as uow:
        a = plans_detail.action_detail(uow, from_commitment)
        b = plans_detail.action_detail(uow, from_session)
    assert "จัดอบรมการทำบัญชีปีละ 2 ครั้ง" in a.link and not a.link_deleted
    assert "ร่างแผนขับเคลื่อนระดับภาค" in b.link and not b.link_deleted
    with demo_store.writer() as uow:
        uow.session.get(Commitment, demo_ids.commitment_id).soft_delete()
        uow.session.get(AgendaSession, demo_ids.session_id).soft_delete()
        uow.commit()
    with demo_store.reader() as uow:
        a = plans_detail.action_detail(uow, from_commitment)
        b = plans_detail.action_detail(uow, from_session)
        rows = {r.id: r for r in plans.list_actions(uow, TODAY)}
    assert a.commitment_id == demo_ids.commitment_id and a.link_deleted
    assert "จัดอบรมการทำบัญชีปีละ 2 ครั้ง" in a.link
    assert b.session_id == demo_ids.session_id and b.link_deleted
    assert rows[from_session].link_deleted and "ร่างแผนขับเคลื่อนระดับภาค" in rows[from_session].link


def test_a_deleted_memorandum_stays_related_to_its_plan(demo_store: Store, demo_ids) -> None:
    with demo_store.writer() as uow:
        memo = uow.session.scalars(select(Memorandum)).one()
        memo.soft_delete()
        uow.commit()
    with demo_store.reader() as uow:
        detail = plans_detail.plan_detail(uow, demo_ids.plan_id, TODAY)
    assert [(m.title, m.deleted) for m in detail.memoranda] == [(memo.title, True)]


def test_deleted_actions_and_plans_leave_the_lists(demo_store: Store, demo_ids) -> None:
    action_id = _add_action(demo_store, demo_ids.plan_id, due_on=dt.date(2007, 5, 20))
    with demo_store.writer() as uow:
        plans_edit.delete_action(uow, action_id)
        uow.commit()
    with demo_store.reader() as uow:
        assert action_id not in {r.id for r in plans.list_actions(uow, TODAY)}
    with demo_store.writer() as uow:
        plans_edit.restore_action(uow, action_id)
        plans_edit.delete_plan(uow, demo_ids.plan_id)
        uow.commit()
    with demo_store.reader() as uow:
        assert plans.list_plans(uow, TODAY) == [] and plans.list_actions(uow, TODAY) == []
        assert plans.reminders(uow, TODAY) == []


def test_core_team_members_and_roles(demo_store: Store, demo_ids) -> None:
    with demo_store.reader() as uow:
        (team,) = teams.list_teams(uow)
    assert team.coordinators and team.members[0].role == TeamRole.COORDINATOR
    assert len(team.members) == 12
    with demo_store.writer() as uow:
        member_id = teams.add_member(uow, team.id, demo_ids.person_id, TeamRole.MEMBER)
        uow.commit()
    with demo_store.writer() as uow:
        teams.set_role(uow, member_id, TeamRole.COORDINATOR)
        uow.commit()
    with demo_store.reader() as uow:
        (team,) = teams.list_teams(uow)
    added = [m for m in team.members if m.person_id == demo_ids.person_id]
    assert len(added) == 1 and added[0].role == TeamRole.COORDINATOR
    with demo_store.writer() as uow:
        teams.remove_member(uow, member_id)
        uow.commit()
    with demo_store.reader() as uow:
        (team,) = teams.list_teams(uow)
    assert demo_ids.person_id not in {m.person_id for m in team.members}
    with demo_store.writer() as uow, pytest.raises(UserError):
        teams.save_team(uow, None, " ")


def test_owner_choices_offer_people_and_organisations(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        choices = plans_edit.owner_choices(uow)
    kinds = {c.kind for c in choices}
    assert kinds == {"person", "organisation"}
    assert len([c for c in choices if c.kind == "person"]) == 124


def test_an_action_has_one_owner(demo_store: Store, demo_ids) -> None:
    with demo_store.reader() as uow:
        org = plans_edit.owner_choices(uow)[-1]
    with demo_store.writer() as uow, pytest.raises(UserError, match="one owner"):
        plans_edit.create_action(
            uow, demo_ids.plan_id,
            ActionInput("x", owner_person_id=demo_ids.person_id, owner_organisation_id=org.id),
        )  # fmt: skip
