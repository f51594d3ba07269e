"""qtbot drives desk mode on the demo seminar: typing, Enter, a scanner, walk-ins, undo, counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from organiser.domain.desk import CheckIn, CheckInKind, CheckInMethod, Registration
from organiser.domain.people import Person
from organiser.services import settings as settings_service
from organiser.services.demo import DAY1, DAY2
from organiser.services.desk import reading as desk_service
from organiser.services.events.reading import resolve_event
from organiser.ui.desk.page import DeskPage
from organiser.ui.desk.view import DeskView


def open_desk(qtbot: Any, ctx: Any, desk_name: str = "โต๊ะ 2") -> DeskView:
    with ctx.store.writer() as uow:
        settings_service.put(uow, settings_service.DESK_NAME, desk_name)
        uow.commit()
    with ctx.store.reader() as uow:
        ctx.current_event_id = resolve_event(uow, "south-2550").id
    page = DeskPage(ctx)
    qtbot.addWidget(page)
    view = page.desk
    view.page_kept_alive = page  # the test holds the view only; in the app the window holds it
    view.controller.today = lambda: DAY2  # the seminar's second morning
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(view.controller.counts_changed, timeout=10_000):
        page.reload()
    return view


@pytest.fixture
def view(qtbot: Any, app_ctx: Any) -> Iterator[DeskView]:
    yield open_desk(qtbot, app_ctx)
    app_ctx.tasks.wait_idle()


def keys(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a person (or a scanner) on a Thai keyboard: one key event per character.
    (QTest's keyClicks only knows Latin-1.)"""
    for ch in text:
        if ch == "\r":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_and_wait(qtbot: Any, view: DeskView, text: str) -> None:
    view.search.clear()
    keys(qtbot, view.search, text)
    qtbot.waitUntil(lambda: not view.controller.searching and view.matches_model.rowCount() > 0)


def enter(qtbot: Any, view: DeskView) -> Any:
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    return blocker.args[0]


def check_ins_of(view: DeskView, registration_id: str) -> list[CheckIn]:
    with view.ctx.store.reader() as uow:
        return list(
            uow.session.scalars(select(CheckIn).where(CheckIn.registration_id == registration_id))
        )


def someone_not_here(view: DeskView) -> desk_service.RegistrationRow:
    return view.not_here_model.row_at(0)


def test_type_a_name_and_press_enter(qtbot: Any, view: DeskView) -> None:
    assert view.search.hasFocus()
    assert view.confirm.property("state") == "idle"  # calm until something happens
    assert view.day.currentData() == DAY2 and view.day.count() == 2
    person = someone_not_here(view)
    here_before = int(view.count_here.text())
    waiting_before = view.not_here_model.rowCount()
    given = person.name.split()[0][-4:]
    type_and_wait(qtbot, view, given + " " + person.name.split()[-1][:3])
    assert view.matches_model.row_at(0).registration_id == person.id
    result = enter(qtbot, view)
    assert result.registration_id == person.id and result.desk == "โต๊ะ 2"
    # the confirmation is large and names the person; it came after the commit
    assert view.confirm.name.text() == person.name
    assert person.organisation in view.confirm.detail.text()
    assert view.confirm.property("state") == "done" and view.confirm.warning.isHidden()
    stored = check_ins_of(view, person.id)
    assert [c.method for c in stored] == [CheckInMethod.SEARCH] and stored[0].day == DAY2
    assert view.search.text() == "" and view.search.hasFocus()
    qtbot.waitUntil(lambda: int(view.count_here.text()) == here_before + 1)
    assert view.not_here_model.rowCount() == waiting_before - 1
    assert person.id not in {r.id for r in view.not_here_model.rows}


def test_arrow_keys_choose_another_match(qtbot: Any, view: DeskView) -> None:
    type_and_wait(qtbot, view, "สม")
    assert view.matches_model.rowCount() >= 3
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.search, Qt.Key.Key_Up)
    chosen = view.matches_model.row_at(1)
    assert view.matches.selectionModel().selectedRows()[0].row() == 1
    result = enter(qtbot, view)
    assert result.registration_id == chosen.registration_id


def test_a_scanner_types_the_code_fast_and_presses_enter(qtbot: Any, view: DeskView) -> None:
    person = someone_not_here(view)
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        keys(qtbot, view.search, person.code + "\r")  # a USB scanner: the code, then Enter
    assert blocker.args[0].registration_id == person.id
    assert view.confirm.name.text() == person.name
    assert [c.method for c in check_ins_of(view, person.id)] == [CheckInMethod.SCAN]


US_TO_KEDMANEE = str.maketrans("23456789ABCDEFGHJKMNPQRSTUVWXYZ", '/-ภถุึคตฤฺฉฏฎโฌ็๋ษ?์ญ๐ฑฆธ๊ฮ")ํ(')


def test_a_scanner_with_the_thai_keyboard_layout_on(qtbot: Any, view: DeskView) -> None:
    person = someone_not_here(view)
    typed = person.code.translate(US_TO_KEDMANEE)  # what arrives with the Thai layout active
    assert typed != person.code
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        keys(qtbot, view.search, typed + "\r")
    assert blocker.args[0].registration_id == person.id


def test_an_unknown_code_says_so_and_changes_nothing(qtbot: Any, view: DeskView) -> None:
    with view.ctx.store.reader() as uow:
        before = len(uow.session.scalars(select(CheckIn)).all())
    with qtbot.waitSignal(view.controller.failed, timeout=10_000):
        keys(qtbot, view.search, "ZZZZ9999\r")
    assert view.confirm.property("state") == "error"
    assert "ZZZZ9999" in view.confirm.name.text()
    with view.ctx.store.reader() as uow:
        assert len(uow.session.scalars(select(CheckIn)).all()) == before


def test_second_check_in_the_same_day_is_a_warning(qtbot: Any, view: DeskView) -> None:
    person = someone_not_here(view)
    keys(qtbot, view.search, person.code)
    enter(qtbot, view)
    keys(qtbot, view.search, person.code)
    result = enter(qtbot, view)
    assert result.is_repeat
    assert view.confirm.property("state") == "warning" and view.confirm.warning.isVisible()
    assert "Already checked in" in view.confirm.warning.text()
    assert len(check_ins_of(view, person.id)) == 2


def test_ctrl_z_undoes_the_last_check_in(qtbot: Any, view: DeskView) -> None:
    person = someone_not_here(view)
    here_before = int(view.count_here.text())
    keys(qtbot, view.search, person.code)
    enter(qtbot, view)
    qtbot.waitUntil(lambda: int(view.count_here.text()) == here_before + 1)
    with qtbot.waitSignal(view.controller.undone, timeout=10_000):
        qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.confirm.property("state") == "undone"
    assert view.confirm.name.text() == person.name
    kinds = sorted(c.kind for c in check_ins_of(view, person.id))
    assert kinds == sorted([CheckInKind.CHECK_IN, CheckInKind.UNDO])
    qtbot.waitUntil(lambda: int(view.count_here.text()) == here_before)
    assert person.id in {r.id for r in view.not_here_model.rows}
    with qtbot.waitSignal(view.controller.failed):
        view.undo_button.click()  # nothing left to undo
    assert "no check-in to undo" in view.confirm.name.text()


def test_enter_right_after_typing_waits_for_the_search(qtbot: Any, view: DeskView) -> None:
    person = someone_not_here(view)
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        keys(qtbot, view.search, person.name.split()[-1] + " " + person.name.split()[0][-3:])
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert blocker.args[0].registration_id == person.id


def test_the_day_picker_checks_in_for_the_chosen_day(qtbot: Any, view: DeskView) -> None:
    with qtbot.waitSignal(view.controller.counts_changed, timeout=10_000):
        view.day.setCurrentIndex(view._day_index(DAY1))
    assert int(view.count_here.text()) > 50  # the demo's first morning
    person = someone_not_here(view)
    keys(qtbot, view.search, person.code)
    assert enter(qtbot, view).day == DAY1


def test_walk_in_with_a_likely_duplicate(qtbot: Any, view: DeskView) -> None:
    with view.ctx.store.reader() as uow:
        known = uow.session.scalars(
            select(Person).join(Registration).where(Person.organisation_id.is_not(None))
        ).first()
        assert known is not None and known.organisation is not None
        org_label = known.organisation.label
    walk_ins_before = int(view.count_walk_ins.text())
    qtbot.keyClick(view.search, Qt.Key.Key_F2)
    dialog = view.walk_in_dialog
    assert dialog is not None and dialog.isVisible()
    keys(qtbot, dialog.given, known.given_name)
    keys(qtbot, dialog.family, known.family_name[:-1])  # a typo in the family name
    keys(qtbot, dialog.organisation, org_label)
    with qtbot.waitSignal(view.controller.duplicates_found, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicates.isVisible() and dialog.duplicates.count() >= 1
    assert known.given_name in dialog.duplicates.item(0).text()
    assert dialog.save_button.text() == "Save as a new person"
    # the desk decides it is the same person: check them in, no new person
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].person_id == known.id
    qtbot.waitUntil(lambda: view.walk_in_dialog is None)
    assert view.search.hasFocus()
    with view.ctx.store.reader() as uow:
        assert (
            uow.session.scalars(
                select(Person).where(
                    Person.given_name == known.given_name,
                    Person.family_name == known.family_name[:-1],
                )
            ).first()
            is None
        )
    assert int(view.count_walk_ins.text()) == walk_ins_before  # a registered person is no walk-in


def test_walk_in_new_person_registers_and_checks_in(qtbot: Any, view: DeskView) -> None:
    walk_ins_before = int(view.count_walk_ins.text())
    keys(qtbot, view.search, "นางสาวลำดวน ช่อมะลิ")
    qtbot.keyClick(view.search, Qt.Key.Key_F2)
    dialog = view.walk_in_dialog
    assert dialog is not None
    assert (dialog.title.currentText(), dialog.given.text(), dialog.family.text()) == (
        "นางสาว", "ลำดวน", "ช่อมะลิ",
    )  # fmt: skip
    keys(qtbot, dialog.phone, "089 123 4567")
    keys(qtbot, dialog.organisation, "กลุ่มออมทรัพย์บ้านใหม่")
    dialog.province.setCurrentIndex(dialog.province.findData("สตูล"))
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.name == "นางสาวลำดวน ช่อมะลิ" and result.province == "สตูล"
    assert view.confirm.name.text() == "นางสาวลำดวน ช่อมะลิ"
    qtbot.waitUntil(lambda: int(view.count_walk_ins.text()) == walk_ins_before + 1)
    type_and_wait(qtbot, view, "ลำดวน")
    assert view.matches_model.row_at(0).name == "นางสาวลำดวน ช่อมะลิ"
    assert view.matches_model.data(view.matches_model.index(0, 4)).startswith("✓")


def test_desk_name_is_asked_once_when_empty(qtbot: Any, app_ctx: Any) -> None:
    view = open_desk(qtbot, app_ctx, desk_name="")
    qtbot.waitUntil(lambda: view.desk_dialog is not None and view.desk_dialog.isVisible())
    dialog = view.desk_dialog
    assert dialog is not None
    dialog.setTextValue("โต๊ะหน้า")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert view.desk_button.text() == "Desk: โต๊ะหน้า"
    app_ctx.tasks.wait_idle()
    with app_ctx.store.reader() as uow:
        assert settings_service.get(uow, settings_service.DESK_NAME) == "โต๊ะหน้า"
    person = someone_not_here(view)
    keys(qtbot, view.search, person.code)
    assert enter(qtbot, view).desk == "โต๊ะหน้า"


def test_registrations_stay_available_in_the_second_tab(qtbot: Any, app_ctx: Any) -> None:
    view = open_desk(qtbot, app_ctx)
    page = view.parent().parent().parent()
    assert isinstance(page, DeskPage)
    assert page.tabs.count() == 2 and page.tabs.tabText(1) == "Registrations"
    with qtbot.waitSignal(page.registrations.loaded, timeout=10_000):
        page.registrations.reload()
    assert page.registrations.model.rowCount() == 124


def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, view: DeskView) -> None:
    type_and_wait(qtbot, view, "สม")
    qtmodeltester.check(view.matches_model)
    qtmodeltester.check(view.not_here_model)
    qtmodeltester.check(view.province_model)


def test_print_the_sign_in_sheet_and_badges_from_the_desk(
    qtbot: Any, view: DeskView, tmp_path: Any
) -> None:
    dialog = view.open_export("signin")
    assert dialog is not None and dialog.isVisible()
    assert dialog.day.currentData() == DAY2
    dialog.path.setText(str(tmp_path / "sheet.pdf"))
    dialog.by_province.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert blocker.args[1] > 100 and (tmp_path / "sheet.pdf").stat().st_size > 10_000
    assert "sheet.pdf" in view.hint.text()

    type_and_wait(qtbot, view, "สม")
    chosen = view.matches_model.row_at(0)
    badges = view.open_export("badges")
    assert badges is not None and chosen.name in badges.one_person.text()
    badges.one_person.setChecked(True)
    badges.path.setText(str(tmp_path / "one.pdf"))
    with qtbot.waitSignal(badges.exported, timeout=30_000) as blocker:
        badges.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert blocker.args[1] == 1


def test_an_export_error_is_shown_in_the_dialog(qtbot: Any, view: DeskView, tmp_path: Any) -> None:
    dialog = view.open_export("badges")
    assert dialog is not None
    dialog.walk_ins.setChecked(True)  # the demo has no walk-ins
    dialog.path.setText(str(tmp_path / "w.pdf"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "no walk-ins" in dialog.message.text())
    assert dialog.isVisible() and not (tmp_path / "w.pdf").exists()
    dialog.reject()


def test_double_click_in_the_not_here_list_checks_in(qtbot: Any, view: DeskView) -> None:
    person = someone_not_here(view)
    index = view.not_here_model.index(0, 0)
    view.not_here.scrollTo(index)
    rect = view.not_here.visualRect(index)
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        qtbot.mouseClick(view.not_here.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.not_here.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].registration_id == person.id
    assert view.search.hasFocus()


def test_a_reload_keeps_the_confirmation_and_the_undo(qtbot: Any, view: DeskView) -> None:
    person = someone_not_here(view)
    keys(qtbot, view.search, person.code)
    enter(qtbot, view)
    with qtbot.waitSignal(view.controller.counts_changed, timeout=10_000):
        view.ctx.changed("people")  # someone edits a person on another page
    assert view.confirm.name.text() == person.name and view.confirm.property("state") == "done"
    with qtbot.waitSignal(view.controller.undone, timeout=10_000) as blocker:
        view.undo_button.click()
    assert blocker.args[0].name == person.name


# A walk-in is registered without the mouse: Enter in any field of the form saves it.
def test_enter_in_the_last_field_registers_and_checks_in(qtbot: Any, app_ctx: Any) -> None:
    view = open_desk(qtbot, app_ctx)
    keys(qtbot, view.search, "นายบุญมี ศรีสวัสดิ์")
    qtbot.keyClick(view.search, Qt.Key.Key_F2)
    dialog = view.walk_in_dialog
    assert dialog is not None
    keys(qtbot, dialog.phone, "089 765 4321")
    dialog.province.setFocus()
    dialog.province.setCurrentIndex(dialog.province.findData("ตรัง"))
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.province, Qt.Key.Key_Return)
    result = blocker.args[0]
    assert result.name == "นายบุญมี ศรีสวัสดิ์" and result.province == "ตรัง"
    app_ctx.tasks.wait_idle()


def test_enter_in_a_name_field_registers_too(qtbot: Any, app_ctx: Any) -> None:
    view = open_desk(qtbot, app_ctx)
    keys(qtbot, view.search, "นางสาวแก้วตา ใจงาม")
    qtbot.keyClick(view.search, Qt.Key.Key_F2)
    dialog = view.walk_in_dialog
    assert dialog is not None
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.family, Qt.Key.Key_Return)
    assert blocker.args[0].name == "นางสาวแก้วตา ใจงาม"
    app_ctx.tasks.wait_idle()


def test_the_sign_in_sheet_is_named_after_the_chosen_day_and_printed_in_the_chosen_language(
    qtbot: Any, view: DeskView, tmp_path: Any
) -> None:
    from pypdf import PdfReader

    dialog = view.open_export("signin")
    assert dialog is not None
    assert dialog.path.text().endswith(f"signin-{DAY2.isoformat()}.pdf")
    days = [dialog.day.itemData(i) for i in range(dialog.day.count())]
    dialog.day.setCurrentIndex(days.index(DAY1))
    assert dialog.path.text().endswith(f"signin-{DAY1.isoformat()}.pdf")
    assert dialog.document_lang.currentData() == "en"  # the window's language by default
    dialog.document_lang.setCurrentIndex(dialog.document_lang.findData("th"))
    target = tmp_path / "sheet-th.pdf"
    dialog.path.setText(str(target))
    dialog.day.setCurrentIndex(days.index(DAY2))  # a typed name is kept
    assert dialog.path.text() == str(target)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    text = PdfReader(target).pages[0].extract_text().replace("\u200b", "")
    assert str(DAY2.year + 543) in text  # a Thai document: Buddhist era
    assert view.desk_button.text().startswith("Desk:")  # the window stays in English


def register(view: DeskView, *people: tuple[str, str, str, str]) -> list[str]:
    """Add people (title, given, family, phone) to the demo seminar; their registration ids."""
    ids = []
    with view.ctx.store.writer() as uow:
        event_id = resolve_event(uow, "south-2550").id
        for title, given, family, phone in people:
            person = Person(title=title, given_name=given, family_name=family, phone=phone)
            person.refresh_sort_key()
            uow.session.add(person)
            uow.flush()
            reg = Registration(event_id=event_id, person_id=person.id)
            uow.session.add(reg)
            uow.flush()
            ids.append(reg.id)
        uow.commit()
    return ids


def test_enter_with_two_equally_good_matches_moves_to_the_list(qtbot: Any, view: DeskView) -> None:
    first, second = register(
        view, ("นาง", "บุญเรือน", "ณ พัทลุง", "0815550827"), ("นาง", "บุญเรือน", "ทองสุข", "")
    )
    type_and_wait(qtbot, view, "บุญเรือน")
    assert [m.registration_id for m in view.matches_model.rows[:2]] == [first, second]
    with qtbot.waitSignal(view.controller.choose_in_list, timeout=10_000):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    view.ctx.tasks.wait_idle()
    assert check_ins_of(view, first) == [] and check_ins_of(view, second) == []
    assert view.matches.hasFocus() and view.search.text() == "บุญเรือน"
    assert "2 match equally well" in view.hint.text()
    assert view.confirm.property("state") == "idle"
    qtbot.keyClick(view.matches, Qt.Key.Key_Down)  # the second บุญเรือน is the one here
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        qtbot.keyClick(view.matches, Qt.Key.Key_Return)
    assert blocker.args[0].registration_id == second
    assert view.search.hasFocus() and view.search.text() == ""
    # her full name, or her number's last digits, make one clearly best: Enter checks in
    type_and_wait(qtbot, view, "บุญเรือน ณ พัท")
    assert enter(qtbot, view).registration_id == first
    keys(qtbot, view.search, "0827")
    assert enter(qtbot, view).registration_id == first


def test_typing_in_the_list_goes_back_to_the_search(qtbot: Any, view: DeskView) -> None:
    register(view, ("นาย", "ประยูร", "ศรีสุข", ""), ("นาย", "ประยูร", "มากมี", ""))
    type_and_wait(qtbot, view, "ประยูร")
    with qtbot.waitSignal(view.controller.choose_in_list, timeout=10_000):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    keys(qtbot, view.matches, " ม")
    assert view.search.hasFocus() and view.search.text() == "ประยูร ม"


def test_cancel_an_earlier_check_in_with_a_reason(qtbot: Any, view: DeskView) -> None:
    wrong, right = view.not_here_model.row_at(0), view.not_here_model.row_at(1)
    for person in (wrong, right):
        keys(qtbot, view.search, person.code)
        enter(qtbot, view)
    dialog = view.open_check_ins()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2)
    assert [e.registration_id for e in dialog.model.rows[:2]] == [right.id, wrong.id]
    dialog.table.selectRow(1)  # not the latest
    assert not dialog.cancel_button.isEnabled()  # a reason first
    dialog.reason.setCurrentText("เลือกคนผิด")
    assert dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(view.controller.undone, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].name == wrong.name and blocker.args[0].reason == "เลือกคนผิด"
    qtbot.waitUntil(lambda: dialog.model.rows[1].cancelled)
    assert "เลือกคนผิด" in dialog.model.data(dialog.model.index(1, 6))
    assert not dialog.model.rows[0].cancelled
    kept = {c.kind: c for c in check_ins_of(view, wrong.id)}
    undo = kept[CheckInKind.UNDO]
    assert undo.undoes_id == kept[CheckInKind.CHECK_IN].id and undo.reason == "เลือกคนผิด"
    assert len(check_ins_of(view, wrong.id)) == 2  # the check-in is kept, the undo points at it
    qtbot.waitUntil(lambda: wrong.id in {r.id for r in view.not_here_model.rows})
    assert right.id not in {r.id for r in view.not_here_model.rows}
    dialog.reject()


def test_ctrl_z_reaches_only_the_newest_check_in(qtbot: Any, view: DeskView) -> None:
    first, second = view.not_here_model.row_at(0), view.not_here_model.row_at(1)
    for person in (first, second):
        keys(qtbot, view.search, person.code)
        enter(qtbot, view)
    with qtbot.waitSignal(view.controller.undone, timeout=10_000) as blocker:
        qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0].name == second.name
    with qtbot.waitSignal(view.controller.failed, timeout=10_000):
        qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    view.ctx.tasks.wait_idle()
    assert [c.kind for c in check_ins_of(view, first.id)] == [CheckInKind.CHECK_IN]
    assert "Check-ins…" in view.confirm.name.text()


def test_a_registrations_row_lists_its_check_ins_to_cancel(qtbot: Any, view: DeskView) -> None:
    person = someone_not_here(view)
    keys(qtbot, view.search, person.code)
    enter(qtbot, view)
    page = view.parent().parent().parent()
    assert isinstance(page, DeskPage)
    with qtbot.waitSignal(page.registrations.loaded, timeout=10_000):
        page.registrations.reload()
    page.open_check_ins_of(next(r for r in page.registrations.model.rows if r.id == person.id))
    dialog = view.check_ins_dialog
    assert dialog is not None and person.name in dialog.heading.text()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.table.selectRow(0)
    dialog.reason.setCurrentIndex(2)  # "Wrong day"
    with qtbot.waitSignal(view.controller.undone, timeout=10_000):
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.model.rows[0].cancelled)
    assert dialog.model.rows[0].cancel_reason == "Wrong day"
    dialog.reject()


def test_a_day_that_is_not_today_is_said_plainly(qtbot: Any, view: DeskView) -> None:
    assert view.day_note.isHidden()  # today is the seminar's second day
    with qtbot.waitSignal(view.controller.counts_changed, timeout=10_000):
        view.day.setCurrentIndex(view._day_index(DAY1))
    assert view.day_note.isVisible()
    assert "30 Jan 2007" in view.day_note.text() and "not today" in view.day_note.text()
    person = someone_not_here(view)
    keys(qtbot, view.search, person.code)
    assert enter(qtbot, view).day == DAY1
    assert view.confirm.property("state") == "warning"
    assert "not today" in view.confirm.warning.text()
    with qtbot.waitSignal(view.controller.counts_changed, timeout=10_000):
        view.day.setCurrentIndex(view._day_index(DAY2))
    assert view.day_note.isHidden()
