"""The plan's and the action's dialogs mark a field two offices changed without seeing each
other's edit, as the person and memorandum forms do; a field both left alone is not marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sync_offices import Office

from organiser.domain.plans import PlanKind
from organiser.services.plans import editing as plans_edit
from organiser.services.sync import exchange
from organiser.ui.context import AppContext
from organiser.ui.plans.dialogs import ActionDialog, PlanDialog
from organiser.ui.plans.page import PlansPage

TITLE = "แผนงานขับเคลื่อนองค์กรการเงินชุมชนภาคใต้"
ACTION = "ประชุมเครือข่ายจังหวัดตรัง"


def _exchange(a: Office, b: Office, name: str) -> None:
    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / name).paths)


def _plan_with_an_action(office: Office) -> tuple[str, str]:
    with office.store.writer() as uow:
        plan_id = plans_edit.create_plan(
            uow, plans_edit.PlanInput(PlanKind.REGIONAL, TITLE, region="south")
        )
        action_id = plans_edit.create_action(
            uow, plan_id, plans_edit.ActionInput(ACTION, due_on=dt.date(2027, 3, 1))
        )
        uow.commit()
    return plan_id, action_id


def _edit(office: Office, plan_id: str, action_id: str, plan_title: str, due: dt.date) -> None:
    with office.store.writer() as uow:
        plans_edit.update_plan(
            uow, plan_id, plans_edit.PlanInput(PlanKind.REGIONAL, plan_title, region="south")
        )
        plans_edit.update_action(uow, action_id, plans_edit.ActionInput(ACTION, due_on=due))
        uow.commit()


def _page(qtbot: Any, ctx: AppContext) -> PlansPage:
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    qtbot.waitUntil(
        lambda: page.plan is not None and page.plan.title.startswith("แผน"), timeout=10_000
    )
    return page


def test_the_plan_and_action_dialogs_mark_the_fields_in_conflict(
    qtbot: Any, qapp: Any, offices: tuple[Office, Office]
) -> None:
    a, b = offices
    plan_id, action_id = _plan_with_an_action(a)
    _exchange(a, b, "1.orgsync")
    # both offices retitle the plan and move the action's due date, neither seeing the other
    _edit(a, plan_id, action_id, TITLE + " (ฉบับสงขลา)", dt.date(2027, 3, 15))
    _edit(b, plan_id, action_id, TITLE + " (ฉบับพัทลุง)", dt.date(2027, 4, 1))
    _exchange(a, b, "2.orgsync")
    ctx = AppContext(b.store)
    page = _page(qtbot, ctx)

    page.edit_plan()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PlanDialog), timeout=10_000)
    plan_dialog = page.dialog
    assert isinstance(plan_dialog, PlanDialog)
    qtbot.waitUntil(lambda: bool(plan_dialog.title_edit.property("syncConflict")), timeout=10_000)
    assert "Sync place" in plan_dialog.title_edit.toolTip()
    assert "red" in plan_dialog.title_edit.styleSheet() or "#b3261e" in (
        plan_dialog.title_edit.styleSheet()
    )
    assert not plan_dialog.goals.property("syncConflict")
    plan_dialog.reject()

    page.select_action(action_id)
    qtbot.waitUntil(lambda: page.panel.action is not None, timeout=10_000)
    page.edit_action()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ActionDialog), timeout=10_000)
    action_dialog = page.dialog
    assert isinstance(action_dialog, ActionDialog)
    qtbot.waitUntil(lambda: bool(action_dialog.due.edit.property("syncConflict")), timeout=10_000)
    assert "Sync place" in action_dialog.due.edit.toolTip()
    assert not action_dialog.title_edit.property("syncConflict")  # the same title on both
    assert not action_dialog.starts.edit.property("syncConflict")
    action_dialog.reject()
    ctx.tasks.wait_idle()


def test_a_new_plan_has_nothing_marked(
    qtbot: Any, qapp: Any, offices: tuple[Office, Office]
) -> None:
    a, b = offices
    plan_id, action_id = _plan_with_an_action(a)
    _exchange(a, b, "1.orgsync")
    _edit(a, plan_id, action_id, TITLE + " (ฉบับสงขลา)", dt.date(2027, 3, 15))
    _edit(b, plan_id, action_id, TITLE + " (ฉบับพัทลุง)", dt.date(2027, 4, 1))
    _exchange(a, b, "2.orgsync")
    ctx = AppContext(b.store)
    page = _page(qtbot, ctx)
    page.new_plan()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PlanDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog)
    ctx.tasks.wait_idle()
    assert not dialog.title_edit.property("syncConflict")
    dialog.reject()
