"""The follow-up page and the start-page card, driven like a user with a fixed 'today'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from organiser.domain.plans import ActionStatus
from organiser.ui.home.page import HomePage
from organiser.ui.plans.dialogs import ActionDialog, UpdateDialog
from organiser.ui.plans.guidelines_dialog import GuidelinesDialog
from organiser.ui.plans.models import ActionsModel, action_columns
from organiser.ui.plans.page import PlansPage

TODAY = dt.date(2007, 5, 15)
LEFT = Qt.MouseButton.LeftButton
TITLE = "ประชุมติดตามงานจังหวัดตรัง"


@pytest.fixture
def page(qtbot, app_ctx) -> PlansPage:
    p = PlansPage(app_ctx)
    p.today = lambda: TODAY
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.reload()
    qtbot.waitUntil(lambda: p.plan is not None, timeout=10_000)
    return p


@pytest.fixture
def home(qtbot, app_ctx) -> HomePage:
    h = HomePage(app_ctx)
    h.today = TODAY
    qtbot.addWidget(h)
    h.show()
    with qtbot.waitSignal(h.area_cards[0].loaded, timeout=10_000):
        h.reload()
    return h


def _reminders(home: HomePage) -> list[str]:
    return [home.reminder_list.item(i).text() for i in range(home.reminder_list.count())]


def test_add_an_action_post_an_update_and_see_it_move_from_due_soon_to_done(
    qtbot, page: PlansPage, home: HomePage, type_thai
) -> None:
    card = home.area_cards[0]
    assert (card.numbers["due_soon"].text(), card.numbers["done"].text()) == ("2", "1")
    assert page.model.rowCount() == 10  # the regional plan's actions

    qtbot.mouseClick(page.new_action_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ActionDialog), timeout=10_000)
    dialog = page.dialog
    assert isinstance(dialog, ActionDialog)
    type_thai(dialog.title_edit, TITLE)
    assert dialog.select_owner("รัชนี อาแว")
    dialog.province.setCurrentIndex(dialog.province.findData("ตรัง"))
    dialog.due.empty.setChecked(False)
    dialog.due.edit.set_value(dt.date(2007, 5, 25))
    with qtbot.waitSignal(page.written, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)

    # the start page counts it as due soon and reminds of it
    qtbot.waitUntil(lambda: card.numbers["due_soon"].text() == "3", timeout=10_000)
    qtbot.waitUntil(lambda: any(TITLE in t for t in _reminders(home)), timeout=10_000)
    assert any(t.startswith("• Due 25 May 2007: " + TITLE) for t in _reminders(home))

    # the new action is listed and chosen on the plans page
    qtbot.waitUntil(lambda: page.model.rowCount() == 11, timeout=10_000)
    qtbot.waitUntil(
        lambda: page.panel.action is not None and page.panel.action.title == TITLE, timeout=10_000
    )
    assert "รัชนี อาแว" in page.panel.facts.text()

    qtbot.mouseClick(page.panel.update_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, UpdateDialog), timeout=5000)
    update = page.dialog
    assert isinstance(update, UpdateDialog)
    update.set_status(ActionStatus.DONE)
    assert update.progress.value() == 100 and not update.progress.isEnabled()
    update.author.setText("Ratchanee")
    type_thai(update.note, "จัดประชุมแล้ว มีผู้เข้าร่วม 25 คน")
    with qtbot.waitSignal(page.written, timeout=10_000):
        qtbot.mouseClick(update.ok_button, LEFT)

    qtbot.waitUntil(
        lambda: (card.numbers["due_soon"].text(), card.numbers["done"].text()) == ("2", "2"),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not any(TITLE in t for t in _reminders(home)), timeout=10_000)
    qtbot.waitUntil(
        lambda: page.panel.action is not None and page.panel.action.status == "done",
        timeout=10_000,
    )
    history = page.panel.history.item(0).text()
    assert "Ratchanee" in history and "จัดประชุมแล้ว" in history and "Done" in history


def test_a_refused_update_keeps_the_dialog_open_with_the_reason(qtbot, page: PlansPage) -> None:
    page.select_action(page.model.rows[0].id)
    qtbot.waitUntil(lambda: page.panel.action is not None, timeout=5000)
    qtbot.mouseClick(page.panel.update_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, UpdateDialog), timeout=5000)
    dialog = page.dialog
    qtbot.mouseClick(dialog.ok_button, LEFT)  # nothing changed, no note
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "Nothing to record" in dialog.error.text() and dialog.isVisible()


def test_follow_up_views_overdue_and_by_province(qtbot, page: PlansPage) -> None:
    page.select(("view", "overdue"))
    assert {r.due for r in page.current_rows()} == {"overdue"}
    assert page.model.rowCount() == 2
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    page.select(("view", "province"))
    assert page.group.isVisible()
    page.group.setCurrentIndex(page.group.findData("สงขลา"))
    assert [r.province for r in page.current_rows()] == ["สงขลา"]
    page.select(("view", "owner"))
    assert page.group.count() > 3 and page.model.rowCount() >= 1


def _open_guidelines_dialog(qtbot, page: PlansPage) -> GuidelinesDialog:
    qtbot.waitUntil(page.derive_button.isVisible, timeout=5000)
    qtbot.mouseClick(page.derive_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, GuidelinesDialog), timeout=5000)
    assert isinstance(page.dialog, GuidelinesDialog)
    return page.dialog


def _plan_keys(page: PlansPage) -> list[tuple[str, str]]:
    keys = [page.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.nav.count())]
    return [k for k in keys if k and k[0] == "plan"]


def test_make_the_provincial_guidelines_in_one_step(qtbot, page: PlansPage) -> None:
    dialog = _open_guidelines_dialog(qtbot, page)
    assert dialog.provinces.count() == 14 and not dialog.ok_button.isEnabled()  # none chosen
    qtbot.mouseClick(dialog.all_button, LEFT)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert len(_plan_keys(page)) == 15
    assert "14 provincial guidelines made" in page.message.text()


def test_guidelines_for_two_provinces_without_the_region_wide_actions(
    qtbot, page: PlansPage
) -> None:
    dialog = _open_guidelines_dialog(qtbot, page)
    dialog.choose(["สงขลา", "ตรัง"])
    assert not dialog.region_wide.isChecked()  # region-wide actions stay with the region
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert len(_plan_keys(page)) == 3
    assert "2 provincial guidelines made" in page.message.text()
    titles = [page.nav.item(i).text() for i in range(page.nav.count())]
    assert any("Songkhla  (0/1)" in t for t in titles) and any("Trang  (0/0)" in t for t in titles)
    # asked again, the two made are shown as made and cannot be chosen twice
    again = _open_guidelines_dialog(qtbot, page)
    made = [again.provinces.item(i) for i in range(again.provinces.count())]
    assert sum(1 for item in made if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable) == 2
    again.reject()


def test_the_overdue_view_shows_an_action_once_for_all_provinces(qtbot, page: PlansPage) -> None:
    dialog = _open_guidelines_dialog(qtbot, page)
    qtbot.mouseClick(dialog.all_button, LEFT)
    dialog.region_wide.setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    page.select(("view", "overdue"))
    assert page.model.rowCount() == 3  # not 44 lines
    texts = {
        page.model.data(page.model.index(r, 0)): page.model.data(page.model.index(r, 3))
        for r in range(page.model.rowCount())
    }
    survey = texts["สำรวจข้อมูลองค์กรการเงินชุมชนรายจังหวัด"]
    assert survey.startswith("14 provinces: ") and "Songkhla" in survey
    row = next(
        r for r in range(page.model.rowCount())
        if page.model.data(page.model.index(r, 0)) == "สำรวจข้อมูลองค์กรการเงินชุมชนรายจังหวัด"
    )  # fmt: skip
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
    assert page.panel.action is None and "15 plans" in page.message.text()


def test_export_the_plan_report_from_the_page(qtbot, page: PlansPage, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    with qtbot.waitSignal(page.written, timeout=15_000):
        page.export_to(target, "xlsx")
    assert target.stat().st_size > 0 and "report.xlsx" in page.message.text()


def test_core_team_add_a_member(qtbot, page: PlansPage) -> None:
    view = page.teams
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        page.select(("teams", ""))
    assert view.model.rowCount() == 12
    names = {view.model.rows[i].person_id for i in range(12)}
    index = next(i for i in range(view.person.count()) if view.person.itemData(i) not in names)
    view.person.setCurrentIndex(index)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.add_button, LEFT)
    assert view.model.rowCount() == 13


def test_actions_model_is_a_sound_qt_model(qtmodeltester, page: PlansPage) -> None:
    model = ActionsModel(action_columns("th", with_plan=True))
    model.set_rows(page.data.actions)
    qtmodeltester.check(model)


def test_the_start_page_chart_has_a_bar_per_province(home: HomePage) -> None:
    chart = home.area_cards[0].chart
    assert [p for p, _ in chart.rows] == ["นครศรีธรรมราช", "พัทลุง", "สงขลา", ""]
    assert not chart.grab().isNull()


def test_delete_an_action_and_undo(qtbot, page: PlansPage) -> None:
    page.confirm = lambda _text: True
    target = page.model.rows[0]
    page.select_action(target.id)
    qtbot.waitUntil(
        lambda: page.panel.action is not None and page.panel.action.id == target.id, timeout=10_000
    )
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.panel.delete_button, LEFT)
    assert page.model.row_by_id(target.id) == -1 and page.undo_button.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.undo_button, LEFT)
    assert page.model.row_by_id(target.id) >= 0 and not page.undo_button.isVisible()


def test_an_empty_data_folder_says_how_to_start(qtbot, empty_ctx) -> None:
    p = PlansPage(empty_ctx)
    qtbot.addWidget(p)
    p.show()
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.reload()
    assert p.model.rowCount() == 0 and p.selection == ("view", "all")
    assert p.empty.isVisible() and "New plan" in p.empty.text()


def test_keyboard_ctrl_u_posts_an_update_on_the_chosen_action(qtbot, page: PlansPage) -> None:
    page.activateWindow()
    page.table.setFocus()
    page.select_action(page.model.rows[1].id)
    qtbot.waitUntil(
        lambda: page.panel.action is not None and page.panel.action.id == page.model.rows[1].id,
        timeout=5000,
    )
    qtbot.keyClick(page.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, UpdateDialog), timeout=5000)
    labels = [label.text() for label in page.dialog.findChildren(type(page.message))]
    assert page.model.rows[1].title in labels
    page.dialog.reject()


def test_the_province_view_keeps_its_province_and_fresh_counts_after_an_update(
    qtbot, page: PlansPage
) -> None:
    page.select(("view", "province"))
    page.group.setCurrentIndex(page.group.findData("สงขลา"))
    assert "0 overdue" in page.group.currentText()
    (row,) = page.current_rows()
    from organiser.services.plans import editing as edit

    with page.ctx.store.writer() as uow:
        data = edit.ActionInput(row.title, province="สงขลา", due_on=dt.date(2007, 5, 1))
        edit.update_action(uow, row.id, data)
        uow.commit()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ctx.changed("plans")
    assert page.group.currentData() == "สงขลา" and "1 overdue" in page.group.currentText()
