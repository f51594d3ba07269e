"""Invitation letters carry each person's QR code: a PDF of letters, a PDF or a PNG per person,
read back and scanned (issue 16 item 18)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from organiser.core.errors import UserError
from organiser.core.i18n import use_language
from organiser.documents.desk.letters import Letter, LetterEvent, render_letter_png, render_letters
from organiser.services.desk.letters import export_letters, file_name_for, letter_list
from organiser.services.desk.reading import list_registrations
from organiser.services.events.reading import resolve_event
from organiser.store.db import Store

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
EVENT = LetterEvent(
    "สัมมนาการพัฒนาองค์กรการเงินชุมชนภาคใต้",
    dt.date(2007, 1, 30),
    dt.date(2007, 1, 31),
    "ศูนย์ฝึกอบรมน้ำตกโตนงาช้าง จังหวัดพัทลุง",
    "สถาบันพัฒนาองค์กรชุมชน สำนักงานภาคใต้",
)
LETTERS = [
    Letter("นางสาวน้ำค้าง ปิ่นแก้ว", "กลุ่มออมทรัพย์เพื่อการผลิตบ้านนาโหนด", "K7QRZ2H9"),
    Letter("นายสมชาย ใจดี", "", "M4XW8PT3"),
]


def scan(image_path: Path) -> set[str]:
    import zxingcpp
    from PIL import Image

    return {r.text for r in zxingcpp.read_barcodes(Image.open(image_path))}


@needs_poppler
def test_the_letters_pdf_names_each_person_in_thai_and_its_qr_codes_scan(tmp_path: Path) -> None:
    pdf = tmp_path / "letters.pdf"
    render_letters(EVENT, LETTERS, pdf, lang="th")
    reader = PdfReader(pdf)
    assert len(reader.pages) == len(LETTERS)  # one page per person
    for page, letter in zip(reader.pages, LETTERS, strict=True):
        text = page.extract_text()
        assert letter.name in text and letter.code in text
        assert EVENT.title in "".join(text.split("\n"))
        assert "30–31 มกราคม พ.ศ. 2550" in text  # the dates in B.E.
        assert "เรียน" in text
    assert "พ.ศ. 25" in reader.pages[0].extract_text().split("\n")[1]  # the letter's own date
    # printed at 100 dpi, as a cheap printer or a photo of the page would give it
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert [scan(p) for p in pages] == [{letter.code} for letter in LETTERS]


def test_the_png_for_line_is_1040_wide_and_its_qr_scans(tmp_path: Path) -> None:
    from PIL import Image

    png = tmp_path / "letter.png"
    png.write_bytes(render_letter_png(EVENT, LETTERS[0], lang="th"))
    image = Image.open(png)
    assert image.width == 1040 and 1000 < image.height < 2000
    assert scan(png) == {"K7QRZ2H9"}
    # a phone screen shows it smaller: still readable at a third of its size
    small = tmp_path / "small.png"
    image.resize((image.width // 3, image.height // 3)).save(small)
    assert scan(small) == {"K7QRZ2H9"}


def test_png_thai_marks_are_drawn_where_harfbuzz_puts_them(tmp_path: Path) -> None:
    """The upper tone mark of นี้ sits above the vowel, not on it: the ink of `นี้` reaches
    higher than the ink of `นี` (with Pillow's basic layout both end at the same height)."""
    from PIL import Image

    from organiser.documents.common.png_text import draw_text

    def top_of_ink(text: str) -> int:
        image = Image.new("RGB", (300, 120), "white")
        draw_text(image, (10, 10), text, 60)
        box = Image.eval(image.convert("L"), lambda v: 255 - v).getbbox()
        assert box is not None
        return box[1]

    assert top_of_ink("นี้") < top_of_ink("นี") - 3


def test_letters_of_the_demo_one_pdf_per_person_and_pngs(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.reader() as uow:
        event = resolve_event(uow, "south-2550")
        about, letters = letter_list(uow, event.id)
    assert about.title == event.title and len(letters) > 100
    one = letters[0]
    with demo_store.reader() as uow:
        person = next(r.person_id for r in list_registrations(uow, event.id) if r.code == one.code)
    folder = tmp_path / "pngs"
    with use_language("th"):
        assert export_letters(demo_store, "south-2550", folder, png=True, person_id=person) == 1
        assert export_letters(demo_store, "south-2550", tmp_path / "pdfs", person_id=person) == 1
    png = folder / file_name_for(one, ".png")
    assert png.exists() and scan(png) == {one.code}
    pdf = tmp_path / "pdfs" / file_name_for(one, ".pdf")
    assert one.name in PdfReader(pdf).pages[0].extract_text()
    with pytest.raises(UserError):
        export_letters(demo_store, "south-2550", tmp_path / "x.pdf", png=True)


def test_file_names_keep_the_name_and_the_code_and_nothing_unsafe() -> None:
    letter = Letter('นาย/สมชาย: "ใจดี"', "", "M4XW8PT3")
    assert file_name_for(letter, ".png") == "นาย-สมชาย-ใจดี-M4XW8PT3.png"
