"""Who has not come yet, printed per day; attendance counted per province and per organisation
(issue 16 item 17)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from organiser.core.errors import UserError
from organiser.core.i18n import use_language
from organiser.core.thaitext import thai_sort_key
from organiser.documents.desk.attendance import AttendanceRow, DayAttendance, render_attendance
from organiser.services.demo import DAY1, DAY2
from organiser.services.desk import exports as desk_exports
from organiser.services.desk.editing import check_in
from organiser.services.desk.reading import expected_not_here
from organiser.services.events.reading import resolve_event
from organiser.store.db import Store

TITLE = "สัมมนาการพัฒนาองค์กรการเงินชุมชนภาคใต้"


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_the_not_here_list_names_exactly_who_has_not_come_that_day(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.reader() as uow:
        event = resolve_event(uow, "south-2550")
        missing = expected_not_here(uow, event.id, DAY1)
    assert 5 < len(missing) < 100
    pdf = tmp_path / "not-here.pdf"
    with use_language("th"):
        assert desk_exports.export_not_here(demo_store, event.id, DAY1, pdf) == len(missing)
    text = text_of(pdf)
    packed = "".join(text.split())
    for row in missing:
        assert "".join(row.name.split()) in packed, row.name
    assert "รายชื่อผู้ที่ยังไม่มา" in text and event.title in text
    assert "30 มกราคม พ.ศ. 2550" in text  # the day in B.E.
    assert f"ยังไม่มา {len(missing)} คน" in text
    # somebody who is here is not on it
    with demo_store.reader() as uow:
        here = desk_exports.attendance_rows(uow, event.id)
    came = next(r for r in here if DAY1 in r.days)
    assert "".join(came.name.split()) not in packed
    # one heading per province, the provinces in Thai order
    provinces = sorted({r.province for r in missing if r.province}, key=thai_sort_key)
    assert len(provinces) > 3
    where = [text.find(f"จังหวัด{p} (") for p in provinces]
    assert -1 not in where and where == sorted(where)


def test_whoever_checks_in_drops_off_the_next_list(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.reader() as uow:
        event = resolve_event(uow, "south-2550")
        before = desk_exports.not_here_list(uow, event.id, DAY1)
        first = expected_not_here(uow, event.id, DAY1)[0]
    with demo_store.writer() as uow:
        check_in(uow, first.id, DAY1, desk="โต๊ะ 1")
        uow.commit()
    with demo_store.reader() as uow:
        after = desk_exports.not_here_list(uow, event.id, DAY1)
    assert len(after.lines) == len(before.lines) - 1
    assert first.name not in {line.name for line in after.lines}


def test_a_day_outside_the_seminar_is_refused(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        desk_exports.export_not_here(
            demo_store, "south-2550", dt.date(2007, 2, 5), tmp_path / "x.pdf"
        )
    assert not (tmp_path / "x.pdf").exists()


def test_attendance_counts_per_province_and_organisation(tmp_path: Path) -> None:
    at = dt.datetime(2007, 1, 30, 8, 12)
    here = {DAY1: DayAttendance(at, "โต๊ะ 1")}
    both = {DAY1: DayAttendance(at, "โต๊ะ 1"), DAY2: DayAttendance(at, "โต๊ะ 2")}
    rows = [
        AttendanceRow("นายสมชาย ใจดี", "กลุ่มออมทรัพย์บ้านนา", "พัทลุง", "ผู้เข้าร่วม", "ยืนยัน", both),
        AttendanceRow("นางมาลี ศรีสุข", "กลุ่มออมทรัพย์บ้านนา", "พัทลุง", "ผู้เข้าร่วม", "ยืนยัน", here),
        AttendanceRow("นายเอก ทองดี", "อบต.นาโหนด", "พัทลุง", "ผู้เข้าร่วม", "เชิญ", {}),
        AttendanceRow("นางสาวแก้ว ใจงาม", "สหกรณ์ตรัง จำกัด", "ตรัง", "วิทยากร", "ยืนยัน", {DAY2: both[DAY2]}),
        AttendanceRow("นายไร้ สังกัด", "", "", "ผู้เข้าร่วม", "เชิญ", {}),
    ]  # fmt: skip
    book = tmp_path / "a.xlsx"
    render_attendance(rows, [DAY1, DAY2], TITLE, book, lang="th")
    wb = load_workbook(book)
    assert wb.sheetnames[2:] == ["ตามจังหวัด", "ตามหน่วยงาน"]
    by_province = [[c.value for c in r] for r in wb["ตามจังหวัด"].iter_rows()]
    assert by_province == [
        ["จังหวัด", "ลงทะเบียน", "30 ม.ค. 2550", "31 ม.ค. 2550", "มาอย่างน้อยหนึ่งวัน"],
        ["พัทลุง", 3, 2, 1, 2],
        ["ตรัง", 1, 0, 1, 1],
        ["(ไม่ระบุ)", 1, 0, 0, 0],
        ["รวม", 5, 2, 2, 3],
    ]
    by_org = [[c.value for c in r] for r in wb["ตามหน่วยงาน"].iter_rows()]
    assert by_org[1] == ["กลุ่มออมทรัพย์บ้านนา", 2, 2, 1, 2]
    assert {r[0] for r in by_org[2:4]} == {"อบต.นาโหนด", "สหกรณ์ตรัง จำกัด"}
    assert by_org[-2][0] == "(ไม่ระบุ)" and by_org[-1] == ["รวม", 5, 2, 2, 3]


def test_attendance_export_of_the_demo_counts_add_up(demo_store: Store, tmp_path: Path) -> None:
    book = tmp_path / "attendance.xlsx"
    with use_language("en"):
        people = desk_exports.export_attendance(demo_store, "south-2550", book)
    wb = load_workbook(book)
    for name in ("By province", "By organisation"):
        rows = [[c.value for c in r] for r in wb[name].iter_rows(min_row=2)]
        assert rows[-1][0] == "Total" and rows[-1][1] == people
        assert sum(r[1] for r in rows[:-1]) == people
        assert sum(r[2] for r in rows[:-1]) == rows[-1][2]  # day 1 adds up too
