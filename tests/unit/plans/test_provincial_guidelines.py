"""Provincial guidelines for the provinces chosen, and the same action followed across them:
progress rolling up into the regional report, one line per action in the overdue view."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from organiser.core.errors import UserError
from organiser.core.i18n import use_language
from organiser.domain.plans import Action, ActionStatus, Plan
from organiser.services.plans import editing as plans_edit
from organiser.services.plans import reading as plans
from organiser.services.plans.guidelines import derive_provincial_guidelines
from organiser.services.plans.reports import build_report
from organiser.services.plans.rollup import by_action
from organiser.store.db import Store

TODAY = dt.date(2007, 5, 15)
FORUMS = "จัดเวทีเรียนรู้ระดับจังหวัดครบ 14 จังหวัด"  # for the whole region, not started
SURVEY = "สำรวจข้อมูลองค์กรการเงินชุมชนรายจังหวัด"  # for the whole region, overdue
SONGKHLA_LESSONS = "ถอดบทเรียนพื้นที่ต้นแบบการเชื่อมโยงระดับตำบล จังหวัดสงขลา"


def _derive(store: Store, plan_id: str, *args: object, **kwargs: object):
    with store.writer() as uow:
        result = derive_provincial_guidelines(uow, plan_id, *args, **kwargs)  # type: ignore[arg-type]
        uow.commit()
    return result


def _titles(store: Store, plan_id: str) -> list[str]:
    with store.reader() as uow:
        plan = uow.session.get(Plan, plan_id)
        assert plan is not None
        return [a.title for a in plan.actions]


def test_guidelines_are_made_only_for_the_provinces_chosen(demo_store: Store, demo_ids) -> None:
    result = _derive(demo_store, demo_ids.plan_id, ["สงขลา", "Trang", "จ.สงขลา"])
    assert [d.province for d in result.created] == ["สงขลา", "ตรัง"]
    with demo_store.reader() as uow:
        provinces = {p.province for p in plans.list_plans(uow, TODAY) if p.parent_plan_id}
    assert provinces == {"สงขลา", "ตรัง"}  # not all fourteen
    # a later choice adds to them and leaves the made ones alone
    more = _derive(demo_store, demo_ids.plan_id, ["ตรัง", "สตูล"])
    assert [d.province for d in more.created] == ["สตูล"] and more.skipped == ["ตรัง"]


def test_a_province_outside_the_region_or_none_at_all_is_refused(
    demo_store: Store, demo_ids
) -> None:
    with demo_store.writer() as uow:
        with pytest.raises(UserError, match="region"):
            derive_provincial_guidelines(uow, demo_ids.plan_id, ["เชียงใหม่"])
        with pytest.raises(UserError, match="at least one"):
            derive_provincial_guidelines(uow, demo_ids.plan_id, [])
    with demo_store.reader() as uow:
        assert all(p.parent_plan_id is None for p in plans.list_plans(uow, TODAY))


def test_region_wide_actions_stay_with_the_region_unless_asked(demo_store: Store, demo_ids) -> None:
    plain = _derive(demo_store, demo_ids.plan_id, ["สงขลา", "ชุมพร"])
    songkhla, chumphon = (d.plan_id for d in plain.created)
    assert _titles(demo_store, songkhla) == [SONGKHLA_LESSONS]  # only its own action
    assert _titles(demo_store, chumphon) == []
    asked = _derive(demo_store, demo_ids.plan_id, ["ตรัง"], copy_region_wide=True)
    trang = _titles(demo_store, asked.created[0].plan_id)
    assert FORUMS in trang and SURVEY in trang and len(trang) == 7  # the 7 region-wide ones


def _regional_row(store: Store, plan_id: str, title: str):
    with store.reader() as uow:
        report = build_report(uow, plan_id, "status", TODAY, "th")
    rows = [r for g in report.groups for r in g.rows]
    return report, next(r for r in rows if r.title == title)


def _update(store: Store, action_id: str, status: ActionStatus, progress: int | None = None):
    with store.writer() as uow:
        plans_edit.post_update(uow, action_id, TODAY, "สมศรี", status, progress, "")
        uow.commit()


def test_progress_in_the_provinces_rolls_up_into_the_regional_report(
    demo_store: Store, demo_ids
) -> None:
    made = _derive(demo_store, demo_ids.plan_id, ["สงขลา", "ตรัง"], copy_region_wide=True)
    with demo_store.reader() as uow:
        copies = {
            a.plan_id: a.id
            for a in uow.session.scalars(select(Action).where(Action.title == FORUMS))
        }
    songkhla, trang = (copies[d.plan_id] for d in made.created)
    _report, before = _regional_row(demo_store, demo_ids.plan_id, FORUMS)
    assert (before.progress, before.status) == (0, "ยังไม่เริ่ม")

    _update(demo_store, songkhla, ActionStatus.DONE)
    _update(demo_store, trang, ActionStatus.IN_PROGRESS, 40)
    report, row = _regional_row(demo_store, demo_ids.plan_id, FORUMS)
    assert (row.progress, row.status) == (70, "กำลังดำเนินการ")
    assert "1 จาก 2" in row.latest  # done in one of the two provinces
    assert "ความคืบหน้าเฉลี่ย" in report.summary

    _update(demo_store, trang, ActionStatus.DONE)
    report, row = _regional_row(demo_store, demo_ids.plan_id, FORUMS)
    assert (row.progress, row.status) == (100, "เสร็จแล้ว")
    assert "2 จาก 2" in row.latest
    with demo_store.reader() as uow, use_language("en"):
        summary = build_report(uow, demo_ids.plan_id, "status", TODAY, "en").summary
    assert summary.startswith("10 actions: 2 done")  # the first meeting and the forums


def test_a_deleted_guideline_no_longer_counts_in_the_regional_report(
    demo_store: Store, demo_ids
) -> None:
    made = _derive(demo_store, demo_ids.plan_id, ["สงขลา"], copy_region_wide=True)
    with demo_store.reader() as uow:
        copy = uow.session.scalars(
            select(Action).where(Action.title == FORUMS, Action.plan_id == made.created[0].plan_id)
        ).one()
    _update(demo_store, copy.id, ActionStatus.DONE)
    with demo_store.writer() as uow:
        plans_edit.delete_plan(uow, made.created[0].plan_id)
        uow.commit()
    _report, row = _regional_row(demo_store, demo_ids.plan_id, FORUMS)
    assert (row.progress, row.status) == (0, "ยังไม่เริ่ม")


def test_the_overdue_view_shows_the_same_action_once_across_provinces(
    demo_store: Store, demo_ids
) -> None:
    _derive(demo_store, demo_ids.plan_id, copy_region_wide=True)
    with demo_store.reader() as uow, use_language("en"):
        late = plans.overdue(plans.list_actions(uow, TODAY))
        # two overdue regional actions and their copies in 14 guidelines, and the copies of
        # the first meeting (done in the region, copied as not started)
        assert len(late) == 2 * 15 + 14
        lines = by_action(late)
    assert [(line.title, len(line.copies)) for line in lines] == [
        ("ประชุมทีมงานภาคใต้ครั้งที่ 1 วางบทบาทและปฏิทินงาน", 14),
        ("ประชุมคณะทำงานร่วมของหน่วยงานสนับสนุนรายไตรมาส", 15),
        (SURVEY, 15),
    ]
    survey = lines[2]
    assert len(survey.copies) == 15 and len(set(survey.copies)) == 15
    assert set(survey.provinces) >= {"", "สงขลา", "นราธิวาส"} and len(survey.provinces) == 15
    assert survey.plan_title == "15 plans" and survey.due == "overdue"
    assert survey.owner == "นางสาวรัชนี อาแว"  # the same owner everywhere
    # without copies nothing is merged
    with demo_store.reader() as uow:
        regional = plans.overdue(plans.list_actions(uow, TODAY, plan_id=demo_ids.plan_id))
    assert by_action(regional) == regional
