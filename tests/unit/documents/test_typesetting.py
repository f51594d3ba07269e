"""The shared Thai typesetting: shaping, a clean text layer, word-boundary wrapping, pages."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from organiser.core.thaitext import ZWSP, sub_words, thai_words
from organiser.documents.common.typesetting import TableColumn, TableRow, ThaiDocument

MARKS = "น้ำ ต่ำ หนี้ ปั้น ทำน้ำ ผู้ใหญ่ ที่นี่"
LONG_TITLE = (
    "การประชุมสัมมนาเชิงปฏิบัติการเครือข่ายองค์กรการเงินชุมชนภาคใต้ตอนล่าง"
    "เรื่องการบริหารจัดการหนี้สินครัวเรือนและการออมเพื่อความมั่นคง"
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def pdftotext(path: Path, *extra: str) -> str:
    return subprocess.run(
        ["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text layer read with pypdf (a test dependency on every system, Windows included)."""
    pages = pypdf.PdfReader(path).pages
    chosen = [pages[page - 1]] if page else list(pages)
    return "\n".join(p.extract_text() for p in chosen)


def write(doc: ThaiDocument, tmp_path: Path, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    doc.output(path)
    return path


@needs_poppler
def test_tone_marks_survive_extraction_in_both_readers(tmp_path: Path) -> None:
    doc = ThaiDocument()
    doc.add_page()
    doc.paragraph(MARKS, size=14)
    path = write(doc, tmp_path)

    poppler = pdftotext(path)
    pypdf_text = pypdf.PdfReader(path).pages[0].extract_text()
    for word in MARKS.split():
        assert word in poppler.split(), (word, poppler)
        assert word in pypdf_text.split(), (word, pypdf_text)
    assert ZWSP not in poppler and ZWSP not in pypdf_text
    assert "\x03" not in pypdf_text


def test_long_title_in_a_narrow_column_breaks_only_between_words(tmp_path: Path) -> None:
    doc = ThaiDocument()
    doc.add_page()
    doc.paragraph(LONG_TITLE, size=16, width=45)
    path = write(doc, tmp_path)

    lines = [line.strip() for line in pdf_text(path).splitlines() if line.strip()]
    body = [line for line in lines if not line.startswith(("พิมพ์", "หน้า"))]
    assert len(body) >= 4, body
    assert "".join(body) == LONG_TITLE
    boundaries = {0}
    for word in thai_words(LONG_TITLE):
        start = max(boundaries)
        for part in sub_words(word):  # a long name is broken between its own words
            boundaries.add(max(boundaries) + len(part))
        assert max(boundaries) == start + len(word)
    position = 0
    for line in body:
        assert position in boundaries, f"line starts mid-word: {line!r}"
        position += len(line)


def test_wrap_keeps_lines_within_the_column_and_cuts_overlong_words_between_syllables() -> None:
    with ThaiDocument() as doc:
        check_wrap(doc)


def check_wrap(doc: ThaiDocument) -> None:
    doc.add_page()
    lines = doc.wrap(LONG_TITLE, 40, size=12)
    assert all(doc.text_width(line, 12) <= 40 + 1e-6 for line in lines)
    # a single "word" wider than the column is cut, but never between a consonant and a mark
    narrow = doc.wrap("ประชาสัมพันธ์", 6, size=12)
    assert "".join(narrow) == "ประชาสัมพันธ์"
    assert all(
        line[0]
        not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
        for line in narrow
    )
    assert doc.wrap("first line\nsecond", 100) == ["first line", "second"]


def test_an_agency_name_wider_than_its_column_breaks_between_its_own_words() -> None:
    name = "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร"  # one "word" in the dictionary
    assert thai_words(name) == [name]
    parts = sub_words(name)
    assert len(parts) > 3 and "".join(parts) == name
    bounds = {sum(len(p) for p in parts[:i]) for i in range(len(parts) + 1)}
    with ThaiDocument() as doc:
        doc.add_page()
        for width in (25.0, 35.0, 50.0):
            lines = doc.wrap(name, width, size=12)
            assert "".join(lines) == name and len(lines) > 1
            assert all(doc.text_width(line, 12) <= width + 1e-6 for line in lines)
            ends = {sum(len(line) for line in lines[:i]) for i in range(len(lines) + 1)}
            assert ends <= bounds, (width, lines)  # every break falls between two of its words
        # where it fits, it is not broken at all
        assert doc.wrap(name, 150, size=12) == [name]


def test_fonts_are_embedded(tmp_path: Path) -> None:
    doc = ThaiDocument()
    doc.add_page()
    doc.paragraph("ตัวหนา", bold=True)
    doc.paragraph("ตัวเอียง", italic=True)
    doc.paragraph("ตัวธรรมดา")
    reader = pypdf.PdfReader(write(doc, tmp_path))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        names.append(str(font["/BaseFont"]))
    assert len(names) == 3
    assert all("Sarabun" in name for name in names)


def test_page_numbers_and_printing_date_in_thai_and_english(tmp_path: Path) -> None:
    for lang in ("th", "en"):
        doc = ThaiDocument(lang=lang, printed_on=dt.date(2026, 11, 25))
        for _ in range(3):
            doc.add_page()
            doc.paragraph("เนื้อหา")
        text = pdf_text(write(doc, tmp_path, f"{lang}.pdf"))
        if lang == "th":
            for n in (1, 2, 3):
                assert f"หน้า {n}/3" in text
            assert "พิมพ์เมื่อ 25 พฤศจิกายน พ.ศ. 2569" in text
        else:
            assert "Page 1 of 3" in text and "Page 3 of 3" in text
            assert "Printed 25 November 2026" in text
            assert "2569" not in text


def test_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    doc = ThaiDocument(running_title="กำหนดการ")
    doc.add_page()
    rows: list[TableRow] = []
    for i in range(60):
        rows.append(TableRow([f"{i:02d}.00 น.", LONG_TITLE, "นายสมชาย ใจดี"]))
        if i % 10 == 0:
            rows.append(TableRow(["พักรับประทานอาหารว่าง"], shaded=True, span=True))
    doc.data_table(
        [TableColumn("เวลา", 25), TableColumn("รายการ"), TableColumn("ผู้รับผิดชอบ", 40)], rows
    )
    path = write(doc, tmp_path)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 3
    for number in range(1, len(reader.pages) + 1):
        page = pdf_text(path, number)
        assert "ผู้รับผิดชอบ" in page, number
    # no row lost nor doubled
    assert pdf_text(path).count("นายสมชาย ใจดี") == 60


def test_output_is_atomic_and_private(tmp_path: Path) -> None:
    target = tmp_path / "out" / "agenda.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    doc = ThaiDocument()
    doc.add_page()
    doc.paragraph("ข้อมูลส่วนบุคคล")
    doc.output(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in target.parent.iterdir()) == ["agenda.pdf"]
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux only")
def test_layout_never_loads_libthai(tmp_path: Path) -> None:
    """Windows has no libthai: the word breaks must come from our dictionary, not the system."""
    script = (
        "from organiser.documents.common.typesetting import ThaiDocument\n"
        "d = ThaiDocument(); d.add_page(); d.paragraph(" + repr(LONG_TITLE) + ", width=40)\n"
        "d.output(" + repr(str(tmp_path / "x.pdf")) + ")\n"
        "print('libthai' in open('/proc/self/maps').read())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_name_kept_together_is_never_split_inside() -> None:
    from organiser.documents.common.typesetting import keep_together

    with ThaiDocument() as doc:
        doc.add_page()
        name = "นางดวงใจ แสงอรุณ"
        # the dictionary splits the family name แสง|อรุณ: a narrow column would break there
        text = "วิทยากร: " + keep_together(name) + ", " + keep_together("นายอุดม สงวนศักดิ์")
        lines = doc.wrap(text, 38, size=12)
        assert any(name in line for line in lines), lines
        assert all("\u2060" not in line and "\u00a0" not in line for line in lines)
        # a kept name wider than the column still breaks, at its space
        assert doc.wrap(keep_together(name), 18, size=12) == ["นางดวงใจ", "แสงอรุณ"]


def _rows_per_page(rows: int, keep_last: int) -> list[int]:
    """How many rows of a one-line table each page of the PDF shows."""
    with ThaiDocument(printed_on=dt.date(2026, 11, 25)) as doc:
        doc.add_page()
        doc.data_table(
            [TableColumn("เวลา", 30), TableColumn("รายการ")],
            [[f"{n:02d}.00 น.", f"แถวที่ {n}"] for n in range(rows)],
            keep_last=keep_last,
        )
        data = bytes(doc.output())
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text().count("แถวที่") for page in reader.pages]


def test_a_table_never_ends_with_one_row_alone_on_a_new_page() -> None:
    rows = next(n for n in range(30, 60) if len(_rows_per_page(n, 0)) > 1)
    assert _rows_per_page(rows, 0)[-1] == 1  # without the rule: one row alone on page 2
    kept = _rows_per_page(rows, 2)
    assert len(kept) == 2 and kept[-1] == 2 and sum(kept) == rows
