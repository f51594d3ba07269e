"""The plan's and the action's dialogs mark a field two offices changed without seeing each
other's edit, as the person and memorandum forms do; a field both left alone is not marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sync_offices import (
    TITLE,
    Office,
    edit_plan_and_action,
    exchange_files,
    plan_with_an_action,
)

from organiser.ui.context import AppContext
from organiser.ui.plans.dialogs import ActionDialog, PlanDialog
from organiser.ui.plans.page import PlansPage


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
    plan_id, action_id = plan_with_an_action(a)
    exchange_files(a, b, "1.orgsync")
    # both offices retitle the plan and move the action's due date, neither seeing the other
    edit_plan_and_action(a, plan_id, action_id, TITLE + " (ฉบับสงขลา)", dt.date(2027, 3, 15))
    edit_plan_and_action(b, plan_id, action_id, TITLE + " (ฉบับพัทลุง)", dt.date(2027, 4, 1))
    exchange_files(a, b, "2.orgsync")
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
    plan_id, action_id = plan_with_an_action(a)
    exchange_files(a, b, "1.orgsync")
    edit_plan_and_action(a, plan_id, action_id, TITLE + " (ฉบับสงขลา)", dt.date(2027, 3, 15))
    edit_plan_and_action(b, plan_id, action_id, TITLE + " (ฉบับพัทลุง)", dt.date(2027, 4, 1))
    exchange_files(a, b, "2.orgsync")
    ctx = AppContext(b.store)
    page = _page(qtbot, ctx)
    page.new_plan()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PlanDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog)
    ctx.tasks.wait_idle()
    assert not dialog.title_edit.property("syncConflict")
    dialog.reject()
