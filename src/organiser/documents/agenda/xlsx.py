"""The programme as a spreadsheet: a title block, then one row per session in time order.

Dates, starts and ends are real date and time cells, so the sheet can be sorted, filtered and
summed. A Thai sheet shows its dates in the Buddhist era through the number format's calendar
code (``[$-107041E]``: Thai locale, Thai Buddhist calendar), which Excel and LibreOffice honour;
the value itself stays the plain date, as everywhere in the app.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from organiser.core.cells import append_row
from organiser.documents.common.typesetting import write_private_atomic

if TYPE_CHECKING:
    from organiser.documents.agenda.data import AgendaReport

FONT = "Sarabun"
# ``30 ม.ค. 2550`` in Thai (Thai locale 041E, calendar 07 = Thai Buddhist); ``30 Jan 2007``
DATE_FORMATS = {"th": "[$-107041E]d mmm yyyy", "en": "d mmm yyyy"}
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
                s.day, s.starts_at, s.ends_at, s.kind_label,
                s.title, "\n".join(s.people_lines), s.room, s.description, s.expected_output,
            ])  # fmt: skip
            row = ws.max_row
            for col in range(1, len(header) + 1):
                cell = ws.cell(row, col)
                cell.font = Font(name=FONT, italic=s.is_pause)
                cell.alignment = wrap
                if s.is_pause:
                    cell.fill = pause_fill
            ws.cell(row, 1).number_format = DATE_FORMATS.get(report.lang, DATE_FORMATS["en"])
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
