"""The desk's documents read back: text layer of the sign-in sheet, QR codes of the badges,
page counts, the attendance workbook."""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from organiser.core.thaitext import thai_sort_key
from organiser.documents.desk.attendance import AttendanceRow, DayAttendance, render_attendance
from organiser.documents.desk.badges import LAYOUTS, Badge, render_badges
from organiser.documents.desk.signin_sheet import SigninLine, SigninSheet, render_signin_sheet
from organiser.services.demo import DAY1, DAY2, FAMILY, GIVEN_FEMALE, GIVEN_MALE
from organiser.services.desk import exports as desk_exports
from organiser.services.events.reading import resolve_event
from organiser.store.db import Store

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
TITLE = "สัมมนาการพัฒนาองค์กรการเงินชุมชนภาคใต้"


def people(n: int, seed: int = 7) -> list[SigninLine]:
    """Names with tone marks, above-vowels and SARA AM: the ones extractors get wrong."""
    rng = random.Random(seed)
    extra = ("น้ำฝน", "ต่ำต้อย", "ปั้นหยา", "ฟ้อนรำ", "หนี้สิน", "เจ๊ะเหม๊าะ")
    rows = []
    for i in range(n):
        given = rng.choice((*GIVEN_MALE, *GIVEN_FEMALE, *extra))
        family = rng.choice(FAMILY) + ("" if i < len(FAMILY) else str(i))
        rows.append(
            SigninLine(
                f"{rng.choice(('นาย', 'นาง', 'นางสาว'))}{given} {family}",
                rng.choice(("กลุ่มออมทรัพย์เพื่อการผลิตอำเภอควนขนุน", "ธ.ก.ส. สาขาพัทลุง", "")),
                rng.choice(("พัทลุง", "สงขลา", "นครศรีธรรมราช", "สุราษฎร์ธานี")),
            )
        )
    return rows


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_every_name_is_in_the_sign_in_sheet_text(tmp_path: Path) -> None:
    lines = people(120)
    lines.append(SigninLine("นางสาวน้ำค้าง ปิ่นแก้ว", "วิสาหกิจชุมชนบ้านต้นไม้", "ตรัง"))
    pdf = tmp_path / "sheet.pdf"
    render_signin_sheet(SigninSheet(TITLE, "ห้องประชุมใหญ่", DAY1, lines), pdf, lang="th")
    text = text_of(pdf).replace("\n", " ")
    packed = "".join(text.split())  # a long name may wrap onto a second line in its cell
    for line in lines:
        assert "".join(line.name.split()) in packed, line.name
    assert "นางสาวน้ำค้าง ปิ่นแก้ว" in text
    assert "ใบลงชื่อผู้เข้าร่วม" in text and TITLE in text
    assert "วันอังคารที่ 30 มกราคม พ.ศ. 2550 ณ ห้องประชุมใหญ่" in text
    assert "รวมทั้งสิ้น 121 คน" in text
    pages = len(PdfReader(pdf).pages)
    assert f"หน้า {pages}/{pages}" in text


def test_page_count_is_right_for_1000_people(tmp_path: Path) -> None:
    pdf = tmp_path / "big.pdf"
    render_signin_sheet(SigninSheet(TITLE, "ห้องประชุม", DAY1, people(1000)), pdf, lang="th")
    reader = PdfReader(pdf)
    # every row is two lines high, so each page holds the same number of rows
    numbers = [
        [int(m) for m in re.findall(r"^(\d+) \S", page.extract_text(), re.M)]
        for page in reader.pages
    ]
    per_page = len(numbers[0])
    assert per_page >= 15 and numbers[0] == list(range(1, per_page + 1))
    assert all(len(found) == per_page for found in numbers[:-1])
    assert len(reader.pages) == math.ceil(1000 / per_page)
    assert [n for found in numbers for n in found] == list(range(1, 1001))  # each once, in order
    last = reader.pages[-1].extract_text()
    assert "1000" in last and "รวมทั้งสิ้น 1000 คน" in last


def test_grouped_by_province_and_blank_variant(tmp_path: Path) -> None:
    lines = sorted(people(60), key=lambda r: (thai_sort_key(r.province), thai_sort_key(r.name)))
    pdf = tmp_path / "grouped.pdf"
    render_signin_sheet(SigninSheet(TITLE, "", DAY2, lines, group_by_province=True), pdf)
    text = text_of(pdf)
    for province in {r.province for r in lines}:
        n = sum(1 for r in lines if r.province == province)
        assert f"จังหวัด{province} ({n} คน)" in text
    blank = tmp_path / "blank.pdf"
    render_signin_sheet(SigninSheet(TITLE, "", DAY2, [], blank_rows=45), blank)
    text = text_of(blank)
    assert "ใบลงชื่อผู้เข้าร่วม (ลงทะเบียนหน้างาน)" in text and "\n45" in text
    assert "รวมทั้งสิ้น" not in text


@needs_poppler
@pytest.mark.parametrize("layout", ["2x4", "2x5"])
def test_badge_qr_codes_decode_to_the_registration_codes(tmp_path: Path, layout: str) -> None:
    import zxingcpp
    from PIL import Image

    sheet = LAYOUTS[layout]
    per_page = sheet.columns * sheet.rows
    badges = [
        Badge(line.name, line.organisation, "จังหวัด" + line.province, "ผู้เข้าร่วม", code, i == 0)
        for i, (line, code) in enumerate(
            zip(people(per_page + 3), [f"K{n:02d}QRZ7H" for n in range(per_page + 3)], strict=True)
        )
    ]
    pdf = tmp_path / "badges.pdf"
    render_badges(badges, TITLE, pdf, layout=layout)
    assert len(PdfReader(pdf).pages) == 2
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "page")], check=True)
    found: set[str] = set()
    for png in sorted(tmp_path.glob("page-*.png")):
        found |= {r.text for r in zxingcpp.read_barcodes(Image.open(png))}
    assert found == {b.code for b in badges}
    text = text_of(pdf)
    assert all(b.name.split()[0] in text for b in badges)


def test_badges_for_1000_people_fill_whole_sheets(tmp_path: Path) -> None:
    badges = [
        Badge(line.name, line.organisation, line.province, "ผู้เข้าร่วม", f"C{n:07d}")
        for n, line in enumerate(people(1000))
    ]
    pdf = tmp_path / "many.pdf"
    render_badges(badges, TITLE, pdf, layout="2x4")
    assert len(PdfReader(pdf).pages) == 125


def test_attendance_workbook(tmp_path: Path) -> None:
    at = dt.datetime(2007, 1, 30, 8, 12)
    rows = [
        AttendanceRow(
            "นายสมชาย ใจดี", "กลุ่ม ก", "พัทลุง", "ผู้เข้าร่วม", "ยืนยัน", {DAY1: DayAttendance(at, "โต๊ะ 1")}
        ),
        AttendanceRow("นางมาลี ศรีสุข", "กลุ่ม ข", "ตรัง", "วิทยากร", "ยืนยัน", {}),
    ]
    book = tmp_path / "a.xlsx"
    render_attendance(rows, [DAY1, DAY2], TITLE, book, lang="th")
    wb = load_workbook(book)
    ws = wb.worksheets[0]
    assert ws["A1"].value == TITLE
    header = [c.value for c in ws[3]]
    assert header[0] == "ลำดับ"
    assert header[1:6] == ["ชื่อ–สกุล", "หน่วยงาน/องค์กร", "จังหวัด", "บทบาท", "สถานะ"]
    assert header[6] == "30 ม.ค. 2550" and header[9] == "31 ม.ค. 2550"
    assert [c.value for c in ws[4]][6:9] == ["มา", "08:12", "โต๊ะ 1"]
    assert [c.value for c in ws[5]][6] == "ไม่มา"
    summary = [[c.value for c in row] for row in wb.worksheets[1].iter_rows(min_row=2)]
    assert summary == [["30 มกราคม 2550", 1, 1], ["31 มกราคม 2550", 0, 2]]


def test_export_services_on_the_demo(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.reader() as uow:
        event = resolve_event(uow, "south-2550")
        everyone = desk_exports.badge_list(uow, event.id)
        grouped = desk_exports.signin_lines(uow, event.id, by_province=True)
        rows = desk_exports.attendance_rows(uow, event.id)
    assert len(everyone) == len(grouped) == len(rows) > 100
    provinces = [line.province for line in grouped]
    assert provinces == sorted(provinces, key=thai_sort_key)  # one block per province
    assert sum(1 for r in rows if DAY1 in r.days) > 80
    assert desk_exports.export_badges(demo_store, event.id, tmp_path / "b.pdf") == len(everyone)
    with demo_store.reader() as uow:
        printed = desk_exports.last_badge_print(uow, event.id)
        assert printed is not None
        assert desk_exports.badge_list(uow, event.id, "walk_ins") == []
    # a walk-in after the print is on the next walk-ins sheet
    from organiser.services.desk.editing import WalkIn, register_walk_in

    with demo_store.writer() as uow:
        register_walk_in(uow, event.id, WalkIn("นาย", "มาทีหลัง", "ใจเย็น"), DAY1, desk="โต๊ะ 1")
        uow.commit()
    assert (
        desk_exports.export_badges(demo_store, event.id, tmp_path / "w.pdf", which="walk_ins") == 1
    )
    assert "นายมาทีหลัง" in text_of(tmp_path / "w.pdf")


def test_badges_and_sheets_never_break_a_place_or_a_group_name_across_lines(
    tmp_path: Path,
) -> None:
    """Printed as `บ้านท่า|แค`, `ตำบลควน|มะพร้าว`, `ตำบลนา|ท่อม`, `หน่วยงาน|สนับสนุน` before the
    word breaker knew Thailand's places and the agencies' names."""
    from organiser.core.thaitext import learn_words

    organisations = (
        "กลุ่มออมทรัพย์เพื่อการผลิตบ้านท่าแค ตำบลควนมะพร้าว",
        "กองทุนสวัสดิการชุมชนตำบลนาท่อม อำเภอเมืองพัทลุง",
        "หน่วยงานสนับสนุน สถาบันพัฒนาองค์กรชุมชน",
        "กลุ่มสัจจะสะสมทรัพย์บ้านควนขนุน",
    )
    learn_words(organisations)  # as desk_exports does with the organisations it prints
    badges = [
        Badge(f"นายสมชาย ใจดี{i}", org, "จังหวัดพัทลุง", "ผู้เข้าร่วม", f"AB{i:02d}CD")
        for i, org in enumerate(organisations)
    ]
    pdf = tmp_path / "badges.pdf"
    render_badges(badges, TITLE, pdf, layout="2x5", lang="th")
    sheet = tmp_path / "sheet.pdf"
    lines = [SigninLine(b.name, b.organisation, "พัทลุง") for b in badges]
    render_signin_sheet(SigninSheet(TITLE, "ห้องประชุมใหญ่", DAY1, lines), sheet, lang="th")
    for document in (pdf, sheet):
        printed = [line.replace("\u200b", "") for line in text_of(document).splitlines()]
        for name in (
            "ท่าแค",
            "ควนมะพร้าว",
            "นาท่อม",
            "หน่วยงานสนับสนุน",
            "ควนขนุน",
            "สถาบันพัฒนาองค์กรชุมชน",
        ):
            assert any(name in line for line in printed), (document.name, name)
