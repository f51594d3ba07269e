"""Reading lists as provinces send them: encodings, title rows, hostile files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from organiser.services.people.importing.columns import Field, find_header, guess_mapping
from organiser.services.people.importing.reading import MAX_CELL_CHARS, UnreadableFile, read_table

ROWS = [
    ["รายชื่อผู้เข้าร่วมสัมมนา จังหวัดพัทลุง"],
    [],
    ["ที่", "ชื่อ-สกุล", "หน่วยงาน", "เบอร์โทร"],
    ["1", "นายสมชาย ใจดี", "กองทุนสวัสดิการชุมชนตำบลนาโหนด", "๐๘๑-๒๓๔-๕๖๗๘"],
    ["2", "นางสาวอารีย์ แก้วมณี", "กลุ่มออมทรัพย์บ้านควน", "089 111 2222"],
]


@pytest.mark.parametrize(
    ("encoding", "label"),
    [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 BOM"), ("cp874", "TIS-620"), ("tis-620", "TIS-620")],
)
def test_csv_in_each_encoding_reads_the_same_thai(make_csv, encoding: str, label: str) -> None:
    table = read_table(make_csv(ROWS, encoding))
    assert table.encoding == label
    assert table.rows[2][1] == "นายสมชาย ใจดี"
    assert table.rows[3][2] == "กลุ่มออมทรัพย์บ้านควน"
    # the empty line is dropped but the file's own row numbers are kept
    assert table.lines[:3] == [1, 3, 4]


def test_semicolon_separated_csv(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text("ชื่อ;นามสกุล;โทร\nสมชาย;ใจดี;0812345678\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows[1] == ["สมชาย", "ใจดี", "0812345678"]


def test_header_found_below_merged_title_rows_in_xlsx(make_xlsx) -> None:
    table = read_table(make_xlsx(ROWS, merge_title=True))
    assert table.kind == "xlsx"
    header = find_header(table.rows)
    assert header is not None and table.lines[header] == 3
    assert guess_mapping(table.rows[header]) == [
        Field.IGNORE,
        Field.FULL_NAME,
        Field.ORGANISATION,
        Field.PHONE,
    ]


def test_xlsx_numbers_dates_and_formulas_become_text(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ", "นามสกุล", "เบอร์โทร", "วันที่", "สูตร"])
    ws.append(["สมชาย", "ใจดี", 812345678, dt.datetime(2007, 1, 30), "=1+1"])
    path = tmp_path / "numbers.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.rows[1][:4] == ["สมชาย", "ใจดี", "812345678", "2007-01-30"]
    # formulas are not evaluated (no cached value was saved): the cell is empty, not an error
    assert table.rows[1][4:] in ([], [""])


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(UnreadableFile, match="empty"):
        read_table(path)


def test_file_with_only_blank_cells_is_refused(make_csv) -> None:
    with pytest.raises(UnreadableFile, match="no rows"):
        read_table(make_csv([["", ""], [], [" "]]))


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,  # a picture
        b"%PDF-1.4\n" + bytes(range(256)) * 20,  # a PDF
        b"PK\x03\x04" + b"\x00" * 100,  # a broken zip
    ],
)
def test_not_a_spreadsheet_is_refused_with_a_sentence(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "thing.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match="not a spreadsheet"):
        read_table(path)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "docs.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableFile, match="not a spreadsheet"):
        read_table(path)


def test_old_xls_gets_advice(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnreadableFile, match=r"save it as \.xlsx"):
        read_table(path)


def test_zip_bomb_is_not_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as fh:
            chunk = b"0" * (1 << 20)
            for _ in range(300):  # 300 MB of zeros, a few hundred KB packed
                fh.write(chunk)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(UnreadableFile, match="unpacks to far more"):
        read_table(path)


def test_huge_cells_are_shortened_and_reported(make_csv) -> None:
    table = read_table(make_csv([["ชื่อ", "หมายเหตุ"], ["สมชาย", "ก" * 5000]]))
    assert len(table.rows[1][1]) == MAX_CELL_CHARS
    assert any("shortened" in n for n in table.notes)
    assert table.damaged == {2: f"a cell is longer than {MAX_CELL_CHARS} characters"}


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="cannot be opened"):
        read_table(tmp_path / "nowhere.csv")


def test_lean_reader_reads_what_openpyxl_reads(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    from organiser.services.people.importing.reading import _read_xlsx_fast, _read_xlsx_openpyxl

    wb = Workbook()
    ws = wb.active
    ws.title = "รายชื่อ"
    ws.append(["รายชื่อผู้เข้าร่วม"])
    ws.append([])
    ws.append(["ชื่อ", "นามสกุล", "เบอร์โทร", "วันเกิด", "เวลา", "ยืนยัน", "คะแนน", None, "หมายเหตุ"])
    ws.append(
        [
            "สมชาย",
            "ใจดี",
            812345678,
            dt.datetime(1970, 5, 17),
            dt.time(9, 30),
            True,
            2.5,
            None,
            "=A4",
        ]
    )
    ws.append(
        [None, None, "๐๘๑-๒๓๔-๕๖๗๘", dt.date(2007, 1, 30), None, False, 1e20, "x", "  เว้นวรรค  "]
    )
    ws["B7"] = "แถวที่มีช่องเดียว"
    ws.merge_cells("A1:I1")
    second = wb.create_sheet("อื่น")
    second.append(["ไม่ใช่แผ่นนี้"])
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    fast, slow = _read_xlsx_fast(path), _read_xlsx_openpyxl(path)
    assert fast.rows == slow.rows and fast.lines == slow.lines and fast.sheet == slow.sheet
    assert fast.rows[2][:4] == ["สมชาย", "ใจดี", "812345678", "1970-05-17"]
    assert fast.lines == [1, 3, 4, 5, 7]
