"""The programme as a spreadsheet: a title block, then one row per session in time order.

Dates are written as text in the document's language (B.E. in Thai: a spreadsheet program
would show a date cell with the Christian year); start and end are real time cells so the
sheet can still be sorted and summed.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from organiser.core.cells import append_row
from organiser.core.thaidate import format_date
from organiser.documents.typesetting import write_private_atomic

if TYPE_CHECKING:
    from organiser.services.agenda_report import AgendaReport

FONT = "Sarabun"
WIDTHS = (18, 9, 9, 14, 50, 42, 18, 40, 40)


def build_workbook(report: AgendaReport) -> Workbook:
    labels = report.labels
    wb = Workbook()
    ws = wb.active
    ws.title = report.heading[:31] or "Agenda"
    append_row(ws, [f"{report.heading} {report.title}"])
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    for line in (report.theme, report.dates_line, report.venue_line, report.organiser_line):
        if line:
            append_row(ws, [line])
            ws.cell(ws.max_row, 1).font = Font(name=FONT)
    ws.append([])
    header = [labels.date, labels.start, labels.end, labels.kind, labels.session,
              labels.people, labels.room, labels.description, labels.expected_output]  # fmt: skip
    append_row(ws, header)
    header_row = ws.max_row
    fill = PatternFill("solid", fgColor="E1E1E1")
    for col in range(1, len(header) + 1):
        cell = ws.cell(header_row, col)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = fill
    pause_fill = PatternFill("solid", fgColor="F2F2F2")
    wrap = Alignment(wrap_text=True, vertical="top")
    for day in report.days:
        for s in day.sessions:
            append_row(ws, [
                format_date(s.day, "short", report.lang), s.starts_at, s.ends_at, s.kind_label,
                s.title, "\n".join(s.people_lines), s.room, s.description, s.expected_output,
            ])  # fmt: skip
            row = ws.max_row
            for col in range(1, len(header) + 1):
                cell = ws.cell(row, col)
                cell.font = Font(name=FONT, italic=s.is_pause)
                cell.alignment = wrap
                if s.is_pause:
                    cell.fill = pause_fill
            for col in (2, 3):
                ws.cell(row, col).number_format = "hh:mm"
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(header))}{ws.max_row}"
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = f"{header_row}:{header_row}"
    return wb


def write_agenda_xlsx(report: AgendaReport, target: Path) -> None:
    buffer = io.BytesIO()
    build_workbook(report).save(buffer)
    write_private_atomic(target, buffer.getvalue())
