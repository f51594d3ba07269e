"""The plan report read back: the PDF's text layer and the spreadsheet's cells."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from organiser.core.errors import UserError
from organiser.services.plans.reports import build_report, export_plan
from organiser.store.db import Store

TODAY = dt.date(2007, 5, 15)
OWNERS = ("นางสาวรัชนี อาแว", "นางดวงใจ แสงอรุณ")


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace("\u200b", "")


def test_the_thai_pdf_report_has_header_goals_actions_and_owners(
    demo_store: Store, demo_ids, tmp_path: Path
) -> None:
    target = tmp_path / "plan.pdf"
    with demo_store.reader() as uow:
        export_plan(uow, demo_ids.plan_id, "pdf", target, "status", TODAY, "th")
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = _text(target)
    flat = text.replace("\n", "").replace(" ", "")
    for expected in (
        "แผนการขับเคลื่อนขบวนองค์กรการเงินและสวัสดิการชุมชนภาคใต้",
        "แผนงานระดับภาค",
        "มีทีมงานภาคใต้ที่ทำงานต่อเนื่อง",
        "สำรวจข้อมูลองค์กรการเงินชุมชนรายจังหวัด",
        "30เม.ย.2550",  # B.E. due date
        *(o.replace(" ", "") for o in OWNERS),
    ):
        assert expected in flat, expected
    assert len(PdfReader(target).pages) <= 2


def test_grouping_by_province_heads_each_province(demo_store: Store, demo_ids) -> None:
    with demo_store.reader() as uow:
        report = build_report(uow, demo_ids.plan_id, "province", TODAY, "en")
    headings = [g.heading for g in report.groups]
    assert headings[-1] == "Whole region"
    # Thai dictionary order of the province names, not English order
    assert (
        headings.index("Nakhon Si Thammarat")
        < headings.index("Phatthalung")
        < headings.index("Songkhla")
    )
    assert [len(g.rows) for g in report.groups] == [1, 1, 1, 7]
    with demo_store.reader() as uow, pytest.raises(UserError):
        build_report(uow, demo_ids.plan_id, "owner", TODAY)


def test_the_xlsx_report_reads_back_with_openpyxl(
    demo_store: Store, demo_ids, tmp_path: Path
) -> None:
    target = tmp_path / "plan.xlsx"
    with demo_store.reader() as uow:
        export_plan(uow, demo_ids.plan_id, "xlsx", target, "status", TODAY, "th")
    ws = openpyxl.load_workbook(target).active
    rows = [tuple(c for c in row) for row in ws.iter_rows(values_only=True)]
    assert rows[0][0].startswith("แผนการขับเคลื่อน")
    header = next(i for i, r in enumerate(rows) if r[:3] == ("ลำดับ", "กิจกรรม", "ผู้รับผิดชอบ"))
    actions = [r for r in rows[header + 1 :] if isinstance(r[0], int)]
    assert len(actions) == 10
    survey = next(r for r in actions if r[1] == "สำรวจข้อมูลองค์กรการเงินชุมชนรายจังหวัด")
    assert (
        survey[2] == OWNERS[0] and survey[4] == "30 เม.ย. 2550" and survey[6] == pytest.approx(0.6)
    )
    assert {r[2] for r in actions} >= set(OWNERS)
    assert list(tmp_path.glob(".plan-*")) == []  # nothing half-written left behind


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_demo_plan_fits_one_page_for_a_manager(
    demo_store: Store, demo_ids, tmp_path: Path, lang: str
) -> None:
    target = tmp_path / f"plan-{lang}.pdf"
    with demo_store.reader() as uow:
        export_plan(uow, demo_ids.plan_id, "pdf", target, "status", TODAY, lang)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = "".join(reader.pages[0].extract_text().split())
    assert "2550" in text if lang == "th" else "2007" in text
