"""The plan report as a spreadsheet: the header facts, then one row per action, grouped."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from organiser.core.cells import append_row, sheet_text
from organiser.core.paths import make_private_file

if TYPE_CHECKING:
    from organiser.documents.plans.data import PlanReport

COLUMNS = ("number", "title", "owner", "province", "due", "status", "progress", "latest", "link")
WIDTHS = {"number": 6, "title": 48, "owner": 26, "province": 16, "due": 13, "status": 14,
          "progress": 10, "latest": 40, "link": 40}  # fmt: skip
FONT = "Sarabun"


def write_plan_xlsx(report: PlanReport, target: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = report.actions_heading[:31]
    bold = Font(name=FONT, bold=True)
    plain = Font(name=FONT)
    append_row(ws, [report.title])
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    append_row(ws, [report.kind])
    for key, value in report.facts:
        append_row(ws, [key, value])
        ws.cell(ws.max_row, 1).font = bold
    if report.goals:
        append_row(ws, [report.goals_heading])
        ws.cell(ws.max_row, 1).font = bold
        for goal in report.goals:
            append_row(ws, ["", goal])
    append_row(ws, [report.summary])
    append_row(ws, [])
    header_row = ws.max_row + 1
    append_row(ws, [report.columns[c] for c in COLUMNS])
    fill = PatternFill("solid", fgColor="DDE6F0")
    for col in range(1, len(COLUMNS) + 1):
        cell = ws.cell(header_row, col)
        cell.font, cell.fill = bold, fill
    late_font = Font(name=FONT, color="B00020")
    for group in report.groups:
        append_row(ws, [group.heading])
        ws.cell(ws.max_row, 1).font = bold
        for r in group.rows:
            append_row(
                ws,
                [
                    r.number,
                    r.title,
                    r.owner,
                    r.province,
                    r.due,
                    r.status,
                    r.progress / 100,
                    r.latest,
                    r.link,
                ],
            )
            row = ws.max_row
            for col in range(1, len(COLUMNS) + 1):
                cell = ws.cell(row, col)
                cell.font = late_font if (r.overdue and col == 5) else plain
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row, 7).number_format = "0%"
    for i, key in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS[key]
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = sheet_text(report.footer)
    # a property with a control character makes the whole file unreadable
    wb.properties.title = sheet_text(report.file_title)
    wb.properties.subject = sheet_text(report.meta.get("subject", ""))
    _save_atomically(wb, target)


def _save_atomically(wb: Workbook, target: Path) -> None:
    """Never leave half a file: write beside the target, then replace it in one step."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=".plan-", suffix=".xlsx", dir=target.parent or ".")
    os.close(fd)
    try:
        wb.save(tmp)
        make_private_file(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
