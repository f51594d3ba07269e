"""The start page's reminders, printing from the list, and leaving unsaved changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from organiser.services.memoranda import editing as editing
from organiser.services.memoranda import reading as svc
from organiser.store.db import Store
from organiser.ui.home.page import HomePage
from organiser.ui.memoranda.page import MemorandaPage

DAY = dt.date(2007, 1, 31)


def sign_and_enforce(store: Store) -> str:
    with store.writer() as uow:
        memo_id = svc.list_memoranda(uow)[0].id
        memo = svc.load_memorandum(uow, memo_id)
        for party in memo.parties:
            assert party.id
            editing.record_signature(uow, party.id, DAY, today=DAY)
        editing.change_status(uow, memo_id, "in_review", DAY)
        editing.change_status(uow, memo_id, "signed", DAY)
        editing.change_status(uow, memo_id, "in_force", DAY)
        uow.commit()
    return memo_id


def test_start_page_lists_late_commitments_and_the_coming_end(
    qtbot: Any, app_ctx: Any, demo_store: Store
) -> None:
    sign_and_enforce(demo_store)
    home = HomePage(app_ctx)
    qtbot.addWidget(home)
    home.today = dt.date(2009, 11, 1)  # every commitment is late; the memorandum ends in 60 days
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.reload()
    texts = [home.reminder_list.item(i).text() for i in range(home.reminder_list.count())]
    mine = [t for t in texts if "พอช.ต. 1/2550" in t or "expires" in t]
    assert any("⚠" in t and "ธ.ก.ส." in t and "30 Jun 2007" in t for t in mine)
    assert any("expires on 31 Dec 2009 (60 days left)" in t for t in mine)
    assert len([t for t in mine if "committed to" in t]) == 5


def test_print_from_the_list_and_delete_a_draft(qtbot: Any, app_ctx: Any, tmp_path: Path) -> None:
    page = MemorandaPage(app_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list.loaded, timeout=10_000):
        page.reload()
    memo_id = page.list.model.row_at(0).id
    target = tmp_path / "mou-en.pdf"
    task = page.print_memorandum(memo_id, target, "en")
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert text.count("Signed ....") == 6 and "Thaksin University" in text
    assert page.list.delete_button.isEnabled()  # a draft may be deleted
    with qtbot.waitSignal(page.list.loaded, timeout=10_000):
        page.delete_memorandum(memo_id)
    assert page.list.model.rowCount() == 0 and "No memoranda yet" in page.list.empty.text()


def test_leaving_with_unsaved_changes_asks_first(
    qtbot: Any, app_ctx: Any, type_thai: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = MemorandaPage(app_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list.loaded, timeout=10_000):
        page.reload()
    with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
        page.open_editor(page.list.model.row_at(0).id)
    type_thai(page.editor.particulars.title, " (ฉบับแก้ไข)")
    answers = iter([False, True])
    monkeypatch.setattr(page, "confirm_discard", lambda: next(answers))
    qtbot.mouseClick(page.editor.back_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.editor  # "no": stays, nothing lost
    qtbot.mouseClick(page.editor.back_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.list
    assert not page.list.model.row_at(0).title.endswith("(ฉบับแก้ไข)")


def test_clauses_and_parties_can_be_reordered_and_removed(
    qtbot: Any, app_ctx: Any, demo_store: Store
) -> None:
    page = MemorandaPage(app_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list.loaded, timeout=10_000):
        page.reload()
    memo_id = page.list.model.row_at(0).id
    with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
        page.open_editor(memo_id)
    editor = page.editor
    editor.clauses.table.selectRow(4)
    qtbot.mouseClick(editor.clauses.remove_button, Qt.MouseButton.LeftButton)
    editor.parties.table.selectRow(5)
    qtbot.mouseClick(editor.parties.up_button, Qt.MouseButton.LeftButton)
    assert editor.parties.model.index(4, 0).data() == "เครือข่ายองค์กรการเงินชุมชนภาคใต้"
    editor.parties.table.selectRow(0)
    qtbot.mouseClick(editor.parties.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with demo_store.reader() as uow:
        memo = svc.load_memorandum(uow, memo_id)
    assert len(memo.clauses) == 4 and memo.clauses[-1].heading == "การติดตามผล"
    assert [p.organisation_short for p in memo.parties][3:] == ["เครือข่ายภาคใต้", "มทษ."]
    assert "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน) สำนักงานภาคใต้" not in [
        p.organisation_name for p in memo.parties
    ]


def test_a_first_memorandum_in_an_empty_data_folder(
    qtbot: Any, empty_ctx: Any, type_thai: Any
) -> None:
    page = MemorandaPage(empty_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list.loaded, timeout=10_000):
        page.reload()
    assert "No memoranda yet" in page.list.empty.text()
    assert not page.list.open_button.isEnabled()
    with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
        qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.heading.text() == "New memorandum" and not editor.status_button.isEnabled()
    assert not editor.files.attach_button.isEnabled()  # a document needs a saved memorandum
    type_thai(editor.particulars.title, "ร่างบันทึกความร่วมมือ")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.files.attach_button.isEnabled() and editor.status_button.isEnabled()
    assert editor.draft.valid_from is None and editor.draft.valid_until is None  # open-ended
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=10_000)
    assert page.list.model.index(0, 2).data() == "Draft"
