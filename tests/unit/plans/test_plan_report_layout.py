"""The plan report as printed: row numbers read 1, 2, 3 … down the page, and long owner names
wrap inside their column (read back with pypdf's text positions)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from organiser.documents.common.typesetting import ThaiDocument
from organiser.documents.plans.pdf import CELL_PADDING, MARGINS, action_columns
from organiser.domain.people import Organisation, Person
from organiser.services.plans import editing as plans_edit
from organiser.services.plans.reports import build_report, export_plan
from organiser.store.db import Store

TODAY = dt.date(2007, 5, 15)
KEYS = ("number", "title", "owner", "province", "due", "status", "progress", "latest")
MM = 72 / 25.4  # PDF points per millimetre
LONG_ORGANISATION = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดนครศรีธรรมราชและเครือข่ายองค์กรชุมชน"


def _pieces(path: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, x, y, font size, text) of every piece of text, in points from the bottom left."""
    found: list[tuple[int, float, float, float, str]] = []
    for number, page in enumerate(PdfReader(path).pages):

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float,
                  number: int = number) -> None:  # fmt: skip
            if text.strip():
                found.append((number, tm[4], tm[5], size, text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def _column_edges(key: str) -> tuple[float, float]:
    """Left and right edge (points) of a column of the actions table, as the PDF lays it out."""
    with ThaiDocument(orientation="L", margins=MARGINS) as doc:
        widths = doc.column_widths(action_columns({k: k for k in KEYS}))
    keys = list(KEYS)
    left = MARGINS[0] + sum(widths[: keys.index(key)])
    return left * MM, (left + widths[keys.index(key)]) * MM


@pytest.mark.parametrize("group_by", ["status", "province"])
def test_row_numbers_read_in_order_down_the_report(
    demo_store: Store, demo_ids, tmp_path: Path, group_by: str
) -> None:
    target = tmp_path / "plan.pdf"
    with demo_store.reader() as uow:
        export_plan(uow, demo_ids.plan_id, "pdf", target, group_by, TODAY, "th")
        report = build_report(uow, demo_ids.plan_id, group_by, TODAY, "th")
    assert [r.number for g in report.groups for r in g.rows] == list(range(1, 11))
    left, right = _column_edges("number")
    numbers = [
        (page, -y, text)
        for page, x, y, _size, text in _pieces(target)
        if left <= x < right and text.isdigit()
    ]
    assert [int(text) for _p, _y, text in sorted(numbers)] == list(range(1, 11))


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_long_owner_name_wraps_inside_its_column(
    demo_store: Store, demo_ids, tmp_path: Path, lang: str
) -> None:
    with demo_store.writer() as uow:
        org = Organisation(name=LONG_ORGANISATION, short_name="พมจ.นศ.")
        rank = Person(title="ว่าที่ร้อยตรีหญิง", given_name="ศรีสุวรรณวงศ์ไพศาลเจริญ",
                      family_name="ณ อยุธยาวงศ์สวัสดิ์ไพบูลย์")  # fmt: skip
        latin = Person(title="Assoc. Prof. Dr.", given_name="Bartholomew-Alexander",
                       family_name="Featherstonehaugh-Worthington")  # fmt: skip
        uow.session.add_all([org, rank, latin])
        uow.flush()
        for title, owner in (
            ("ประสานหน่วยงานจังหวัด", {"owner_organisation_id": org.id}),
            ("ติดตามกองทุนสวัสดิการ", {"owner_person_id": rank.id}),
            ("ถอดบทเรียนงานวิจัย", {"owner_person_id": latin.id}),
        ):
            plans_edit.create_action(
                uow, demo_ids.plan_id, plans_edit.ActionInput(title=title, **owner)
            )
        uow.commit()
    target = tmp_path / "plan.pdf"
    with demo_store.reader() as uow:
        export_plan(uow, demo_ids.plan_id, "pdf", target, "status", TODAY, lang)
    left, right = _column_edges("owner")
    with ThaiDocument() as measure:
        owners = [
            (x, x + measure.text_width(text, size=size) * MM, text)
            for _page, x, _y, size, text in _pieces(target)
            if left <= x < right
        ]
    printed = "".join(text for _x, _end, text in owners).replace(" ", "")
    for name in ("สำนักงานพัฒนาสังคม", "ว่าที่ร้อยตรีหญิง", "Featherstonehaugh"):
        assert name in printed, name  # the names are there, wrapped over several lines
    beyond = [
        (text, round(end - right, 1))
        for _x, end, text in owners
        if end > right - CELL_PADDING * MM / 2
    ]
    assert beyond == []  # nothing runs over the column's right edge into the province column
