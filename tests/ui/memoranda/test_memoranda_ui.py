"""The memoranda area driven like a user: real widgets over the demo data folder."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from organiser.services.memoranda import reading as svc
from organiser.ui.memoranda.models import ListModel, memoranda_columns
from organiser.ui.memoranda.page import MemorandaPage

SIGNING_DAY = dt.date(2007, 1, 31)


@pytest.fixture
def page(qtbot: Any, app_ctx: Any) -> MemorandaPage:
    widget = MemorandaPage(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    with qtbot.waitSignal(widget.list.loaded, timeout=10_000):
        widget.reload()
    return widget


@pytest.fixture
def opened(qtbot: Any) -> Any:
    def open_it(page: MemorandaPage, memo_id: str | None) -> Any:
        with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
            if memo_id is None:
                qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
            else:
                page.open_editor(memo_id)
        return page.editor

    return open_it


def save(qtbot: Any, editor: Any) -> None:
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_the_list_shows_the_demo_and_filters_by_who_signed(qtbot: Any, page: MemorandaPage) -> None:
    assert page.list.model.rowCount() == 1
    row = page.list.model.row_at(0)
    assert row.reference_no == "พอช.ต. 1/2550" and "ธ.ก.ส." in row.parties
    qtbot.waitUntil(lambda: page.list.org_filter.count() > 1)
    bank = next(o for o in page.list.organisations if o.short_name == "ธ.ก.ส.")
    with qtbot.waitSignal(page.list.loaded):
        page.list.set_organisation(bank.id)
    assert page.list.model.rowCount() == 1
    with qtbot.waitSignal(page.list.loaded):
        page.list.signed_only.setChecked(True)
    assert page.list.model.rowCount() == 0  # the bank has not signed yet
    assert "No memorandum matches" in page.list.empty.text()


def test_create_sign_file_and_print_a_memorandum(
    qtbot: Any, page: MemorandaPage, opened: Any, type_thai: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    editor = opened(page, None)
    type_thai(editor.particulars.title, "บันทึกความร่วมมือเครือข่ายสวัสดิการชุมชนพัทลุง")
    type_thai(editor.particulars.reference, "พอช.ต. 2/2550")
    type_thai(editor.particulars.signing_place, "ศาลากลางจังหวัดพัทลุง")
    assert editor.dirty and editor.heading.text().endswith("*")

    editor.tabs.setCurrentWidget(editor.clauses)
    for text in ("ภาคีร่วมกันจัดเวทีเรียนรู้ทุกไตรมาส", "ภาคีแลกเปลี่ยนข้อมูลสมาชิกกองทุน"):
        qtbot.mouseClick(editor.clauses.add_button, Qt.MouseButton.LeftButton)
        type_thai(editor.clauses.text, text)
    qtbot.mouseClick(editor.clauses.up_button, Qt.MouseButton.LeftButton)  # the second goes first
    assert [c.text for c in editor.draft.clauses] == [
        "ภาคีแลกเปลี่ยนข้อมูลสมาชิกกองทุน",
        "ภาคีร่วมกันจัดเวทีเรียนรู้ทุกไตรมาส",
    ]

    editor.tabs.setCurrentWidget(editor.parties)
    tab = editor.parties
    signatories = (("ออมสิน", "สมศักดิ์ ทองดี"), ("ธ.ก.ส.", "วิไล ศรีสุข"), ("มทษ.", "ประยุทธ ใจงาม"))
    for typed, name in signatories:
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        type_thai(tab.organisation, typed)  # type-ahead over the directory
        tab.completer.setCompletionPrefix(typed)
        assert tab.completer.completionCount() >= 1
        tab.completer.activated.emit(tab.completer.currentCompletion())
        type_thai(tab.sig_name, name)
        type_thai(tab.sig_position, "ผู้อำนวยการ")
    assert [p.organisation_short for p in editor.draft.parties] == ["ออมสิน", "ธ.ก.ส.", "มทษ."]
    assert tab.model.rowCount() == 3
    save(qtbot, editor)
    memo_id = editor.draft.id
    assert memo_id and not editor.dirty and editor.draft.status == "draft"

    with qtbot.waitSignal(editor.saved, timeout=10_000):  # to review, through the dialog
        dialog = editor.open_status_dialog()
        dialog.select("in_review")
        assert dialog.on() == dt.date.today()
        dialog.accept()

    # signatures, party by party
    editor.tabs.setCurrentWidget(editor.parties)
    for row in range(3):
        tab.table.selectRow(row)
        tab.signed.setChecked(True)
        tab.signed_on.set_value(SIGNING_DAY)
    assert tab.model.index(2, 4).data() == "31 Jan 2007"
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.apply_status("signed", dt.date.today())
    assert editor.draft.status == "signed" and editor.draft.signed_on == SIGNING_DAY
    assert editor.status_label.text() == "Signed" and editor.lock_text in editor.banner.text()
    assert editor.particulars.title.isReadOnly()

    # file the signed scan
    scan = tmp_path / "signed-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan " * 500)
    editor.tabs.setCurrentWidget(editor.files)
    editor.attach_file(scan, "ฉบับลงนาม")
    qtbot.waitUntil(lambda: editor.files.model.rowCount() == 1, timeout=10_000)
    assert editor.files.model.index(0, 0).data() == "signed-scan.pdf"
    assert [h.status for h in editor.draft.history] == ["draft", "in_review", "signed"]

    opened_urls: list[str] = []
    monkeypatch.setattr(
        "organiser.ui.memoranda.editor.QDesktopServices.openUrl",
        lambda url: opened_urls.append(url.toLocalFile()) or True,
    )
    editor.files.table.selectRow(0)
    with qtbot.waitSignal(editor.attachment_opened, timeout=10_000):
        qtbot.mouseClick(editor.files.open_button, Qt.MouseButton.LeftButton)
    assert len(opened_urls) == 1 and Path(opened_urls[0]).read_bytes() == scan.read_bytes()

    # print (to a file, no dialog)
    target = tmp_path / "mou.pdf"
    with qtbot.waitSignal(editor.printed, timeout=60_000):
        editor.export_pdf(target, "th")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert text.count("ลงชื่อ") == 3
    for _typed, name in signatories:
        assert f"({name})" in text.replace("\n", "")
    assert "ณ วันที่ 31 มกราคม พ.ศ. 2550" in text

    with app_store(page).reader() as uow:  # what was saved is what the user saw
        rows = svc.list_memoranda(uow, status="signed")
    assert [r.id for r in rows] == [memo_id] and rows[0].signed_parties == 3


def app_store(page: MemorandaPage) -> Any:
    return page.ctx.store


def test_a_tampered_scan_is_reported_not_opened(
    qtbot: Any, page: MemorandaPage, opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo_id = page.list.model.row_at(0).id
    editor = opened(page, memo_id)
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"scan" * 1000)
    editor.attach_file(scan)
    qtbot.waitUntil(lambda: editor.files.model.rowCount() == 1, timeout=10_000)
    (stored,) = list(app_store(page).attachments_dir.iterdir())
    stored.write_bytes(b"\xff\xd8\xff" + b"fake" * 1000)
    opened_urls: list[Any] = []
    monkeypatch.setattr(
        "organiser.ui.memoranda.editor.QDesktopServices.openUrl",
        lambda url: opened_urls.append(url) or True,
    )
    editor.tabs.setCurrentWidget(editor.files)
    editor.files.table.selectRow(0)
    with qtbot.waitSignal(editor.failed, timeout=10_000) as failure:
        qtbot.mouseClick(editor.files.open_button, Qt.MouseButton.LeftButton)
    assert "has changed since it was filed" in failure.args[0]
    assert not editor.banner.isHidden() and "scan.jpg" in editor.banner.text()
    assert opened_urls == []


def test_refusals_are_shown_and_nothing_is_saved(
    qtbot: Any, page: MemorandaPage, opened: Any
) -> None:
    memo_id = page.list.model.row_at(0).id
    editor = opened(page, memo_id)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.apply_status("in_review", dt.date.today())
    with qtbot.waitSignal(editor.failed, timeout=10_000) as failure:
        editor.apply_status("signed", dt.date.today())
    assert "Not every party has signed" in failure.args[0]
    assert editor.draft.status == "in_review"
    editor.particulars.title.clear()
    editor.particulars._store()
    with qtbot.waitSignal(editor.failed, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with app_store(page).reader() as uow:
        assert svc.load_memorandum(uow, memo_id).title.startswith("บันทึกความร่วมมือ")


def test_models_behave(qtmodeltester: Any, page: MemorandaPage, opened: Any) -> None:
    qtmodeltester.check(page.list.model)
    editor = opened(page, page.list.model.row_at(0).id)
    for model in (editor.clauses.model, editor.parties.model, editor.files.history_model):
        qtmodeltester.check(model)
    editor.tabs.setCurrentWidget(editor.commitments)
    qtmodeltester.check(editor.commitments.model)
    assert editor.commitments.model.rowCount() == 5
    empty = ListModel(memoranda_columns("th"))
    qtmodeltester.check(empty)
