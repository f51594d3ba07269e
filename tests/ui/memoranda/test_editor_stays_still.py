"""The memorandum editor under the user's hands: the fields stay where they are while the
heading and the messages change, messages say what is true now, the status dialog proposes the
next step forward, and the tables' columns fit what is typed before any save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from organiser.services.memoranda import editing as editing
from organiser.services.memoranda import reading as svc
from organiser.store.db import Store
from organiser.ui.memoranda.page import MemorandaPage

DAY = dt.date(2007, 1, 31)


@pytest.fixture
def page(qtbot: Any, app_ctx: Any) -> MemorandaPage:
    widget = MemorandaPage(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.list.loaded, timeout=10_000):
        widget.reload()
    return widget


def open_editor(qtbot: Any, page: MemorandaPage, memo_id: str | None) -> Any:
    with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
        page.open_editor(memo_id)
    return page.editor


def top_of(widget: Any, editor: Any) -> int:
    QApplication.processEvents()  # let the layout settle, as it would before the next keystroke
    return int(widget.mapTo(editor, QPoint(0, 0)).y())


def test_the_fields_stay_put_as_the_heading_grows_and_messages_come_and_go(
    qtbot: Any, page: MemorandaPage, type_thai: Any
) -> None:
    editor = open_editor(qtbot, page, page.list.model.row_at(0).id)
    fields = editor.particulars
    title_y, reference_y = top_of(fields.title, editor), top_of(fields.reference, editor)
    heading_height = editor.heading.height()

    fields.title.selectAll()
    type_thai(fields.title, "บันทึกความร่วมมือ" + " การสนับสนุนองค์กรการเงินและสวัสดิการชุมชน" * 6)
    assert top_of(fields.title, editor) == title_y
    assert editor.heading.height() == heading_height
    assert editor.heading.text().endswith(" *")  # the whole title, cut with … on screen
    assert editor.heading.shown_text().endswith("…") and editor.heading.toolTip()

    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Saved." in editor.banner.text()
    assert (top_of(fields.title, editor), top_of(fields.reference, editor)) == (
        title_y, reference_y,
    )  # fmt: skip

    type_thai(fields.reference, "ก")  # "Saved." is no longer true
    assert "Saved." not in editor.banner.text() and editor.heading.text().endswith(" *")
    assert top_of(fields.reference, editor) == reference_y

    fields.title.clear()  # a refusal, in words, in the same line
    fields._store()
    with qtbot.waitSignal(editor.failed, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "title" in editor.banner.text()
    type_thai(fields.reference, "ข")
    assert "title" in editor.banner.text()  # a refusal stays until it is dealt with
    assert (top_of(fields.title, editor), top_of(fields.reference, editor)) == (
        title_y, reference_y,
    )  # fmt: skip


def sign(store: Store, memo_id: str) -> None:
    with store.writer() as uow:
        for party in svc.load_memorandum(uow, memo_id).parties:
            assert party.id
            editing.record_signature(uow, party.id, DAY, today=DAY)
        editing.change_status(uow, memo_id, "in_review", DAY)
        editing.change_status(uow, memo_id, "signed", DAY)
        uow.commit()


def test_the_status_dialog_proposes_the_next_step_forward(
    qtbot: Any, page: MemorandaPage, demo_store: Store
) -> None:
    memo_id = page.list.model.row_at(0).id
    editor = open_editor(qtbot, page, memo_id)
    dialog = editor.open_status_dialog()
    assert dialog.target() == "in_review"  # from a draft
    dialog.reject()
    sign(demo_store, memo_id)
    editor = open_editor(qtbot, page, memo_id)
    dialog = editor.open_status_dialog()
    assert dialog.target() == "in_force"  # not back to review
    assert dialog.target_box.count() == 3  # the back-step and the end are still there
    dialog.reject()
    assert editor.lock_text and editor.lock_text in editor.banner.text()  # why it is read-only


def test_the_attach_hint_says_what_is_true_once_saved_and_filed(
    qtbot: Any, page: MemorandaPage, type_thai: Any, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, page, None)
    assert "Save the memorandum first" in editor.files.hint.text()
    type_thai(editor.particulars.title, "ร่างบันทึกความร่วมมือ")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    editor.tabs.setCurrentWidget(editor.files)
    editor.attach_file(scan)
    qtbot.waitUntil(lambda: editor.files.model.rowCount() == 1, timeout=10_000)
    assert "Save the memorandum first" not in editor.files.hint.text()
    assert "SHA-256" in editor.files.hint.text()


def test_columns_fit_a_new_party_before_any_save(
    qtbot: Any, page: MemorandaPage, type_thai: Any
) -> None:
    editor = open_editor(qtbot, page, None)
    editor.tabs.setCurrentWidget(editor.parties)
    tab = editor.parties
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    type_thai(tab.organisation, "ธ.ก.ส.")
    qtbot.keyClick(tab.organisation, Qt.Key.Key_Return)
    type_thai(tab.sig_name, "ดำรงศักดิ์ สงวนทรัพย์สมบูรณ์")
    type_thai(tab.sig_position, "ผู้อำนวยการสำนักงานจังหวัด")
    QApplication.processEvents()
    table = tab.table
    for column in (0, 1, 2):  # organisation, signatory, position: readable, not squeezed
        wanted = min(table.sizeHintForColumn(column), 360)
        assert table.columnWidth(column) >= wanted, column
