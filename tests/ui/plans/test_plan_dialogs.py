"""Making a plan and editing an action through their forms, as a user fills them in."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from organiser.core.i18n import use_language
from organiser.domain.memoranda import Commitment
from organiser.domain.plans import Action, ActionStatus
from organiser.services.plans.reading import list_plans
from organiser.ui.plans.dialogs import ActionDialog, PlanDialog, UpdateDialog
from organiser.ui.plans.page import PlansPage

TODAY = dt.date(2007, 5, 15)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, app_ctx) -> PlansPage:
    p = PlansPage(app_ctx)
    p.today = lambda: TODAY
    qtbot.addWidget(p)
    p.show()
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.reload()
    qtbot.waitUntil(lambda: p.plan is not None, timeout=10_000)
    return p


def test_make_a_provincial_guideline_for_a_fiscal_year(qtbot, page: PlansPage, type_thai) -> None:
    qtbot.mouseClick(page.new_plan_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PlanDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)  # no title yet
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "title" in dialog.error.text()

    dialog.kind.setCurrentIndex(dialog.kind.findData("provincial"))
    type_thai(dialog.title_edit, "แนวทางการขับเคลื่อนจังหวัดสตูล")
    dialog.province.setCurrentIndex(dialog.province.findData("สตูล"))
    dialog.fiscal.setCurrentIndex(dialog.fiscal.findData(2551))
    dialog.goals.setPlainText("ทุกตำบลมีกองทุนสวัสดิการชุมชน")
    dialog.memoranda.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.plan_shown, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert page.plan is not None and page.plan.title == "แนวทางการขับเคลื่อนจังหวัดสตูล"
    assert (page.plan.period_start, page.plan.period_end) == (
        dt.date(2007, 10, 1),
        dt.date(2008, 9, 30),
    )
    assert page.plan.province == "สตูล" and len(page.plan.memoranda) == 1
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    with page.ctx.store.reader() as uow, use_language("th"):
        row = next(r for r in list_plans(uow, TODAY) if r.province == "สตูล")
        assert row.period == "ปีงบประมาณ 2551"


def test_an_action_linked_to_a_deleted_commitment_keeps_the_link(qtbot, page: PlansPage) -> None:
    store = page.ctx.store
    with store.writer() as uow:
        action = uow.session.scalars(select(Action).order_by(Action.position)).first()
        commitment = uow.session.scalars(select(Commitment)).first()
        action.commitment_id = commitment.id
        commitment.soft_delete()
        uow.commit()
        action_id, description, owner = action.id, commitment.description, action.owner_person_id
    page.ctx.changed("plans")
    qtbot.waitUntil(lambda: page.model.row_by_id(action_id) >= 0, timeout=10_000)
    page.select_action(action_id)
    qtbot.waitUntil(
        lambda: page.panel.action is not None and page.panel.action.id == action_id, timeout=10_000
    )
    assert description in page.panel.facts.text() and "deleted" in page.panel.facts.text()

    page.edit_action()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ActionDialog), timeout=10_000)
    dialog = page.dialog
    assert "(deleted)" in dialog.link.currentText()  # still chosen, shown as deleted
    dialog.title_edit.setText("Survey of savings groups, updated")
    with qtbot.waitSignal(page.written, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    with store.reader() as uow:
        saved = uow.session.get(Action, action_id)
        assert saved.commitment_id == commitment.id and saved.title.endswith("updated")
        assert saved.owner_person_id == owner  # an edit keeps the owner it did not touch


def test_the_update_form_offers_only_the_statuses_an_action_can_move_to(
    qtbot, page: PlansPage
) -> None:
    done = next(r for r in page.model.rows if r.status == "done")
    page.select_action(done.id)
    qtbot.waitUntil(
        lambda: page.panel.action is not None and page.panel.action.id == done.id, timeout=10_000
    )
    page.post_update()
    dialog = page.dialog
    assert isinstance(dialog, UpdateDialog)
    offered = {dialog.status.itemData(i) for i in range(dialog.status.count())}
    assert offered == {ActionStatus.DONE.value, ActionStatus.IN_PROGRESS.value}
    dialog.reject()


def test_the_dates_show_the_fiscal_year_chosen(qtbot, page: PlansPage) -> None:
    qtbot.mouseClick(page.new_plan_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PlanDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, PlanDialog)
    this_year = dialog.fiscal.currentData()
    # from the start the dates are those of the fiscal year shown, not today and a year on
    assert (dialog.start.value(), dialog.end.value()) == (
        dt.date(this_year - 544, 10, 1),
        dt.date(this_year - 543, 9, 30),
    )
    dialog.fiscal.setCurrentIndex(dialog.fiscal.findData(2551))
    assert (dialog.start.value(), dialog.end.value()) == (
        dt.date(2007, 10, 1),
        dt.date(2008, 9, 30),
    )
    assert (dialog.start.text(), dialog.end.text()) == ("1 Oct 2007", "30 Sep 2008")  # as shown
    # choosing other dates starts from the fiscal year's and keeps what is typed
    dialog.period_mode.setCurrentIndex(dialog.period_mode.findData("dates"))
    assert dialog.start.isEnabled() and dialog.start.value() == dt.date(2007, 10, 1)
    dialog.end.set_value(dt.date(2008, 3, 31))
    values = dialog.values()
    assert (values.period_start, values.period_end) == (dt.date(2007, 10, 1), dt.date(2008, 3, 31))
    dialog.reject()


def test_editing_a_plan_with_its_own_dates_keeps_them(qtbot, page: PlansPage) -> None:
    from organiser.services.plans.detail import plan_detail

    with page.ctx.store.reader() as uow:
        detail = plan_detail(uow, page.plan.id, TODAY)  # type: ignore[union-attr]
    own = dataclasses.replace(
        detail, period_start=dt.date(2007, 2, 1), period_end=dt.date(2007, 12, 31)
    )
    dialog = PlanDialog({"events": [], "teams": [], "memoranda": []}, own)
    qtbot.addWidget(dialog)
    assert dialog.period_mode.currentData() == "dates"
    assert (dialog.start.value(), dialog.end.value()) == (
        dt.date(2007, 2, 1),
        dt.date(2007, 12, 31),
    )
