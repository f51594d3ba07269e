"""A 1,000-row sign-in sheet or a sheet of badges repeats the same organisations, provinces and
the event's title hundreds of times: each distinct text is laid out into lines once per
document, and the PDF still shows it on every row."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from pypdf import PdfReader

from organiser.documents.common import typesetting
from organiser.documents.desk.badges import Badge, render_badges
from organiser.documents.desk.signin_sheet import SigninLine, SigninSheet, render_signin_sheet

ORGANISATION = "กองทุนสวัสดิการชุมชนตำบลควนขนุน"


def count_layouts(monkeypatch: Any) -> list[str]:
    seen: list[str] = []
    original = typesetting.ThaiDocument._wrap_paragraph

    def counting(self: Any, text: str, width: float) -> list[str]:
        if text:  # the empty line after a row number costs nothing
            seen.append(text)
        return original(self, text, width)

    monkeypatch.setattr(typesetting.ThaiDocument, "_wrap_paragraph", counting)
    return seen


def test_a_sign_in_sheet_lays_out_each_repeated_text_once(monkeypatch: Any) -> None:
    laid_out = count_layouts(monkeypatch)
    lines = [SigninLine(f"นายสมชาย ใจดี{n}", ORGANISATION, "พัทลุง") for n in range(120)]
    pdf = render_signin_sheet(SigninSheet("สัมมนา", "โรงแรม", dt.date(2007, 1, 30), lines))
    # 120 numbers and 120 names, the organisation and the province once (and the pages' texts)
    assert len(laid_out) < 2 * 120 + 40, len(laid_out)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert text.count("พัทลุง") >= 120


def test_badges_lay_out_the_event_title_once(monkeypatch: Any) -> None:
    laid_out = count_layouts(monkeypatch)
    badges = [
        Badge(f"นางสาวสมหญิง รักษ์ถิ่น{n}", ORGANISATION, "สงขลา", "ผู้เข้าร่วม", f"C{n:05d}")
        for n in range(40)
    ]
    pdf = render_badges(badges, "สัมมนาเครือข่ายองค์กรการเงินชุมชนภาคใต้")
    assert len(laid_out) < 40 + 10, len(laid_out)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert text.count("สงขลา") >= 40
