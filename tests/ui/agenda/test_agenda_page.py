"""The agenda editor driven as a user drives it: in-place edits, conflicts as they appear,
adding, deleting and undoing, people, rooms, copying, and the PDF preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from organiser.domain.agenda import SessionRole
from organiser.services.agenda.reading import load_agenda
from organiser.services.events.reading import create_event, list_events
from organiser.ui.agenda.delegates import TimeEdit
from organiser.ui.agenda.model import (
    COL_CONFLICTS,
    COL_END,
    COL_KIND,
    COL_ROOM,
    COL_TITLE,
    SessionsModel,
)
from organiser.ui.agenda.page import AgendaPage

DAY1 = dt.date(2007, 1, 30)


@pytest.fixture
def page(qtbot: Any, app_ctx: Any) -> AgendaPage:
    with app_ctx.store.reader() as uow:
        event_id = list_events(uow)[0].id
    widget = AgendaPage(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    with qtbot.waitSignal(widget.editor.loaded, timeout=10_000):
        app_ctx.set_current_event(event_id)
    return widget


def saved(page: AgendaPage) -> Any:
    page.ctx.tasks.wait_idle()
    with page.ctx.store.reader() as uow:
        return load_agenda(uow, page.ctx.current_event_id)


def edit_time(qtbot: Any, page: AgendaPage, row: int, column: int, text: str) -> None:
    view = page.views[0]
    index = page.models[0].index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, TimeEdit)
    assert editor.selectedText() == editor.text()  # typing replaces the old time
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: page.models[0].index(row, column).data() == text)


def test_model_passes_the_model_tester(qtmodeltester: Any, page: AgendaPage) -> None:
    assert page.models[0].rowCount() == 10
    qtmodeltester.check(page.models[0], force_py=True)


def test_tabs_per_day_and_rows_in_time_order(page: AgendaPage) -> None:
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Tuesday 30 Jan 2007",
        "Wednesday 31 Jan 2007",
    ]
    starts = [page.models[0].index(r, 0).data() for r in range(page.models[0].rowCount())]
    assert starts == sorted(starts) and starts[0] == "08:00"


def test_edit_end_in_place_shows_a_conflict_then_it_goes(qtbot: Any, page: AgendaPage) -> None:
    model: SessionsModel = page.models[0]
    opening = model.row_at(1)
    edit_time(qtbot, page, 1, COL_END, "09:45")
    # the conflict is on the row at once, with its reason
    reason = model.index(1, COL_CONFLICTS).data()
    assert "is also used by" in reason and "09:30–10:30" in reason
    assert model.index(2, COL_CONFLICTS).data()  # and on the session it now overlaps
    assert page.conflict_summary.text() == "Sessions with a conflict: 2"
    qtbot.waitUntil(lambda: saved(page).session(opening.id).ends_at == dt.time(9, 45))
    assert saved(page).conflicts  # conflicts never block saving

    edit_time(qtbot, page, 1, COL_END, "09:30")
    assert model.index(1, COL_CONFLICTS).data() == ""
    qtbot.waitUntil(lambda: not saved(page).conflicts)
    assert page.conflict_summary.text() == ""


def test_every_title_shows_whole_in_its_tooltip(page: AgendaPage) -> None:
    """A long title is cut with "…" in its cell; hovering it shows all of it."""
    model = page.models[0]
    for row in range(model.rowCount()):
        session = model.row_at(row)
        tip = model.index(row, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(session.title), (session.title, tip)
        if session.description:
            assert session.description in tip


def test_ripple_moves_the_later_sessions(qtbot: Any, page: AgendaPage) -> None:
    page.ripple.setChecked(True)
    edit_time(qtbot, page, 1, COL_END, "09:45")
    qtbot.waitUntil(lambda: saved(page).on(DAY1)[-1].ends_at == dt.time(17, 15))
    qtbot.waitUntil(lambda: page.models[0].index(2, 0).data() == "09:45")
    assert not saved(page).conflicts
    assert "moved" in page.status.text()


def test_kind_and_room_are_chosen_from_lists(qtbot: Any, page: AgendaPage) -> None:
    view, model = page.views[0], page.models[0]
    session_id = model.row_at(2).id
    view.setCurrentIndex(model.index(2, COL_ROOM))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("ห้องย่อย 3"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(2, COL_ROOM).data() == "ห้องย่อย 3")
    view.setCurrentIndex(model.index(2, COL_KIND))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("plenary"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(2, COL_KIND).data() == "Plenary")
    qtbot.waitUntil(lambda: saved(page).session(session_id).kind == "plenary")
    assert saved(page).session(session_id).room == "ห้องย่อย 3"


def test_add_a_session_type_its_title_then_delete_and_undo(
    qtbot: Any, page: AgendaPage, type_thai: Any
) -> None:
    model = page.models[0]
    page.views[0].setFocus()
    qtbot.keyClick(page.views[0], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 11)
    new = page.current_session()
    assert new is not None and new.title == "New session"
    assert (new.starts_at, new.ends_at) == (dt.time(17, 0), dt.time(18, 0))
    view = page.views[0]
    view.setCurrentIndex(model.index(model.row_of(new.id), COL_TITLE))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    type_thai(editor, "ถอดบทเรียน")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(model.row_of(new.id), COL_TITLE).data() == "ถอดบทเรียน")
    qtbot.waitUntil(lambda: saved(page).session(new.id).title == "ถอดบทเรียน")

    page.select_session(new.id)
    page.delete_button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    assert page.undo_button.isVisible()
    page.undo_button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 11)
    assert page.current_session_id() == new.id


def test_duplicate_and_move_down(qtbot: Any, page: AgendaPage) -> None:
    model = page.models[0]
    first = model.row_at(0)
    page.select_session(first.id)
    page.down_button.click()
    qtbot.waitUntil(lambda: model.row_at(1).id == first.id)
    assert model.index(0, 0).data() == "08:00" and model.index(1, 0).data() == "08:30"
    page.duplicate_button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 11)


def test_people_picked_from_the_directory(qtbot: Any, page: AgendaPage, type_thai: Any) -> None:
    session = page.models[0].row_at(9)  # สรุปบทเรียนวันแรก
    page.select_session(session.id)

    def answer(dialog: Any) -> bool:
        assert dialog.directory.count() == 0  # nothing is read before something is typed
        type_thai(dialog.filter, "ดวงใจ")
        qtbot.waitUntil(lambda: dialog.directory.count() > 0)
        dialog.filter.clear()
        # typed and Enter at once: the one added is found for "ธีระ", never the one shown before
        dialog.role.setCurrentIndex(dialog.role.findData(SessionRole.NOTE_TAKER.value))
        type_thai(dialog.filter, "ธีระ")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.chosen.count() == 2)
        assert all(
            "ธีระ" in dialog.directory.item(i).text() for i in range(dialog.directory.count())
        )
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # the same one again: not twice
        assert dialog.chosen.count() == 2
        return True

    page.run_dialog = answer
    page.people_button.click()
    qtbot.waitUntil(lambda: len(saved(page).session(session.id).participants) == 2)
    people = saved(page).session(session.id).participants
    assert [p.role for p in people] == ["facilitator", "note_taker"]
    assert "ธีระ" in people[1].name
    qtbot.waitUntil(lambda: "Note-taker" in page.models[0].index(9, 5).data())


def test_a_speaker_not_in_the_directory_is_typed_and_created(
    qtbot: Any, page: AgendaPage, type_thai: Any
) -> None:
    session = page.models[0].row_at(2)
    page.select_session(session.id)

    def answer(dialog: Any) -> bool:
        type_thai(dialog.new_name, "ดร.สมศักดิ์ ใจงาม")
        type_thai(dialog.new_position, "ผู้อำนวยการสำนักงานพัฒนาชุมชนจังหวัด")
        # a likely match is offered (same given name), but this is someone else
        qtbot.waitUntil(lambda: dialog.match_list.count() > 0)
        assert dialog.match_list.isVisibleTo(dialog)
        assert "สมศักดิ์" in dialog.match_list.item(0).text()
        dialog.role.setCurrentIndex(dialog.role.findData(SessionRole.SPEAKER.value))
        qtbot.keyClick(dialog.new_position, Qt.Key.Key_Return)
        assert dialog.new_name.text() == ""
        assert "ดร.สมศักดิ์ ใจงาม" in dialog.chosen.item(dialog.chosen.count() - 1).text()
        return True

    page.run_dialog = answer
    page.people_button.click()
    qtbot.waitUntil(
        lambda: any(
            p.name == "ดร.สมศักดิ์ ใจงาม" for p in saved(page).session(session.id).participants
        )
    )
    from organiser.services.people.search import search_people

    with page.ctx.store.reader() as uow:
        [person] = search_people(uow, "สมศักดิ์ ใจงาม")
    assert (person.title, person.given_name, person.family_name) == ("ดร.", "สมศักดิ์", "ใจงาม")
    assert person.position == "ผู้อำนวยการสำนักงานพัฒนาชุมชนจังหวัด"
    qtbot.waitUntil(lambda: "new people added" in page.status.text())


def test_the_likely_match_is_offered_and_chosen_instead_of_a_new_person(
    qtbot: Any, page: AgendaPage, type_thai: Any
) -> None:
    from organiser.services.people.search import search_people

    with page.ctx.store.reader() as uow:
        before = len(search_people(uow, "รัชนี"))
    session = page.models[0].row_at(2)
    page.select_session(session.id)

    def answer(dialog: Any) -> bool:
        type_thai(dialog.new_name, "คุณรัชนี อาแว")  # typed with another title
        qtbot.waitUntil(lambda: dialog.match_list.count() > 0)
        assert dialog.match_list.item(0).text().startswith("นางสาวรัชนี อาแว")
        dialog.use_match_button.click()
        assert dialog.new_name.text() == "" and not dialog.match_list.isVisibleTo(dialog)
        return True

    page.run_dialog = answer
    page.people_button.click()
    qtbot.waitUntil(
        lambda: any(
            p.name == "นางสาวรัชนี อาแว" for p in saved(page).session(session.id).participants
        )
    )
    with page.ctx.store.reader() as uow:
        assert len(search_people(uow, "รัชนี")) == before  # nobody new


def test_rooms_dialog_adds_a_room_with_its_capacity(qtbot: Any, page: AgendaPage) -> None:
    def answer(dialog: Any) -> bool:
        dialog.start_new()
        dialog.name.setText("ห้องประชุมชั้น 2")
        dialog.capacity.setValue(60)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.list.count() == 5)
        return False

    page.run_dialog = answer
    page.rooms_button.click()
    rooms = {r.name: r.capacity for r in saved(page).rooms}
    assert rooms["ห้องประชุมชั้น 2"] == 60


def test_copy_from_previous_event(qtbot: Any, page: AgendaPage) -> None:
    with page.ctx.store.writer() as uow:
        event = create_event(uow, "สัมมนาครั้งที่ 2", dt.date(2007, 2, 28), dt.date(2007, 3, 1))
        uow.commit()
    with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
        page.ctx.set_current_event(event.id)
    assert all(m.rowCount() == 0 for m in page.models)
    page.run_dialog = lambda dialog: True
    page.copy_button.click()
    qtbot.waitUntil(lambda: sum(m.rowCount() for m in page.models) == 20, timeout=10_000)
    assert page.tabs.tabText(1) == "Thursday 1 Mar 2007"


def test_preview_writes_the_pdf_and_opens_it(qtbot: Any, page: AgendaPage) -> None:
    opened: list[Path] = []
    page.open_file = opened.append
    page.lang.setCurrentIndex(page.lang.findData("th"))
    page.preview_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert opened[0].read_bytes().startswith(b"%PDF")
    assert "Preview opened" in page.status.text()


def test_preview_without_a_pdf_viewer_says_so_and_saves_instead(
    qtbot: Any, page: AgendaPage, tmp_path: Path
) -> None:
    offered: list[bool] = []
    page.open_file = lambda path: False  # what Qt answers when no program opens PDFs
    page.ask_to_save_instead = lambda: offered.append(True) or True
    target = tmp_path / "กำหนดการ.pdf"
    page.ask_save_path = lambda fmt, suggested: target
    page.preview_button.click()
    qtbot.waitUntil(lambda: bool(offered), timeout=20_000)
    assert "Preview opened" not in page.status.text()
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "Saved" in page.status.text())
    assert target.read_bytes().startswith(b"%PDF")


def test_preview_without_a_pdf_viewer_and_no_wish_to_save(qtbot: Any, page: AgendaPage) -> None:
    page.open_file = lambda path: False
    page.ask_to_save_instead = lambda: False
    page.ask_save_path = lambda fmt, suggested: pytest.fail("nothing to save")  # type: ignore[assignment]
    page.preview_button.click()
    qtbot.waitUntil(lambda: "No program to show PDF files" in page.status.text(), timeout=20_000)


def test_export_ics_in_the_background(qtbot: Any, page: AgendaPage, tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    page.ask_save_path = lambda fmt, suggested: target
    page.ics_button.click()
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "Saved" in page.status.text())
    assert b"BEGIN:VEVENT" in target.read_bytes()


def test_move_to_another_day_and_save_details(qtbot: Any, page: AgendaPage) -> None:
    session = page.models[0].row_at(9)
    page.select_session(session.id)
    page.description.setPlainText("ทบทวนสิ่งที่ได้เรียนรู้")
    page.expected.setPlainText("บทเรียนวันแรก")
    page.save_details_button.click()
    qtbot.waitUntil(lambda: saved(page).session(session.id).expected_output == "บทเรียนวันแรก")
    assert saved(page).session(session.id).description == "ทบทวนสิ่งที่ได้เรียนรู้"
    page.select_session(session.id)
    actions = page.day_menu.actions()
    assert [a.text() for a in actions] == ["Tuesday 30 Jan 2007", "Wednesday 31 Jan 2007"]
    actions[1].trigger()
    qtbot.waitUntil(lambda: page.models[1].row_of(session.id) >= 0)
    assert page.tabs.currentIndex() == 1 and page.current_session_id() == session.id
    assert saved(page).session(session.id).day == dt.date(2007, 1, 31)


def test_create_page_shows_the_current_event(qtbot: Any, app_ctx: Any) -> None:
    from organiser.ui.agenda.page import create_page

    with app_ctx.store.reader() as uow:
        app_ctx.current_event_id = list_events(uow)[0].id
    widget = create_page(app_ctx)
    qtbot.addWidget(widget)
    assert isinstance(widget, AgendaPage)
    qtbot.waitUntil(lambda: widget.tabs.count() == 2, timeout=10_000)
    assert widget.event_label.text().startswith("สัมมนา")


def test_without_an_event_the_page_says_what_to_do(qtbot: Any, empty_ctx: Any) -> None:
    from organiser.ui.agenda.page import create_page

    widget = create_page(empty_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.empty.isVisible())
    assert "Choose an event" in widget.empty.text()
    assert not widget.add_button.isEnabled()


def test_the_programme_booklet_is_written_in_the_chosen_language(
    qtbot: Any, page: AgendaPage, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    target = tmp_path / "booklet.pdf"
    page.lang.setCurrentIndex(page.lang.findData("th"))
    assert page.booklet_button.isEnabled()
    page.export_booklet(target)
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=30_000)
    first = PdfReader(target).pages[0].extract_text()
    assert "เอกสารประกอบการสัมมนา" in first
