"""fpdf2's private internals that the Thai PDFs rely on, checked in one place: an fpdf2 upgrade
that breaks one fails here by name, instead of PDFs whose text cannot be searched."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from fpdf import FPDF
from fpdf.fonts import TTFFont

from organiser.documents.common import fpdf_internals
from organiser.documents.common.fpdf_internals import (
    CachedThaiTTFFont,
    ThaiTTFFont,
    check_fpdf_internals,
)
from organiser.documents.common.typesetting import ThaiDocument
from organiser.documents.desk.typesetting import FastThaiDocument

SRC = Path(fpdf_internals.__file__).resolve().parents[2]


def test_the_installed_fpdf2_still_has_what_thai_pdfs_rely_on() -> None:
    check_fpdf_internals()


def test_the_check_fails_loudly_when_an_internal_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(FPDF, "_preload_bidirectional_text")
    with pytest.raises(RuntimeError, match=r"fpdf2 .* FPDF._preload_bidirectional_text is gone"):
        check_fpdf_internals()


def test_the_check_fails_when_an_internal_changes_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TTFFont, "perform_harfbuzz_shaping", lambda self, text: None)
    with pytest.raises(RuntimeError, match="perform_harfbuzz_shaping now takes"):
        check_fpdf_internals()


@pytest.mark.parametrize("kind", [ThaiDocument, FastThaiDocument])
def test_thai_fonts_carry_whole_syllables_into_the_text_layer(tmp_path: Path, kind: type) -> None:
    doc = kind()
    font_class = CachedThaiTTFFont if kind is FastThaiDocument else ThaiTTFFont
    assert type(doc.fonts["sarabun"]) is font_class
    doc.add_page()
    doc.paragraph("น้ำ ต่ำ หนี้ ปั้น")
    path = tmp_path / "doc.pdf"
    doc.output(path)
    words = pypdf.PdfReader(path).pages[0].extract_text().split()
    for word in ("น้ำ", "ต่ำ", "หนี้", "ปั้น"):
        assert word in words, (word, words)


def test_no_other_module_reaches_into_fpdf2_internals() -> None:
    """The internals stay behind one module, so an upgrade has one place to look."""
    internals = ("_preload_bidirectional_text", "perform_harfbuzz_shaping", "__class__ =")
    elsewhere = [
        str(path.relative_to(SRC))
        for path in sorted((SRC / "documents").rglob("*.py"))
        if path.name != "fpdf_internals.py"
        and any(name in path.read_text(encoding="utf-8") for name in internals)
    ]
    assert elsewhere == []
