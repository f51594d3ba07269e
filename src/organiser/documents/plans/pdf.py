"""The plan report as a PDF: A4 landscape, Thai, B.E. dates; header, goals, actions by group.

Laid out with the shared Thai typesetting (`organiser.documents.common.typesetting`); the report's
words come translated from `services.plans_report`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from organiser.documents.common.typesetting import TableColumn, TableRow, ThaiDocument

if TYPE_CHECKING:
    from organiser.documents.plans.data import PlanReport

LABEL_WIDTH = 38.0
MARGINS = (15.0, 12.0, 15.0, 12.0)  # left, top, right, bottom (mm)
CELL_PADDING = 0.6


def action_columns(columns: dict[str, str]) -> list[TableColumn]:
    """The actions table's columns; widths fit a manager's one-page report (dates and the
    overdue mark on one line), the action's title takes what is left."""
    c = columns
    return [
        TableColumn(c["number"], 12, "C"),
        TableColumn(c["title"], 0),
        TableColumn(c["owner"], 33),
        TableColumn(c["province"], 24),
        TableColumn(c["due"], 35),
        TableColumn(c["status"], 25),
        TableColumn(c["progress"], 22, "R"),
        TableColumn(c["latest"], 46),
    ]


def write_plan_pdf(report: PlanReport, target: Path) -> None:
    doc = ThaiDocument(
        lang=report.lang,
        title=report.file_title,
        running_title=report.title,
        orientation="L",
        margins=MARGINS,
    )
    doc.set_subject(report.meta.get("subject", ""))
    doc.add_page()
    doc.heading(report.title, size=16, space_after=0.5)
    doc.paragraph(report.kind, size=12, align="C", space_after=3)

    # the plan's facts in two columns, so that a manager's report fits on one page
    size = 10.5
    half = doc.epw / 2
    row_top = bottom = doc.get_y()
    for index, (label, value) in enumerate(report.facts):
        column = index % 2
        if column == 0:
            doc.ensure_space(doc.line_height(size))
            row_top = bottom = doc.get_y()
        x = doc.l_margin + column * half
        doc.set_xy(x, row_top)
        doc.use_font(size, bold=True)
        doc.cell(LABEL_WIDTH, doc.line_height(size), label)
        doc.set_xy(x + LABEL_WIDTH, row_top)
        doc.paragraph(value, size, width=half - LABEL_WIDTH - 3, space_after=0.3)
        bottom = max(bottom, doc.get_y())
        doc.set_y(bottom)

    if report.goals:
        doc.ln(1.5)
        doc.paragraph(report.goals_heading, 12, True, space_after=0.5)
        # goals side by side in two columns as well: short lines, half the height
        for index, goal in enumerate(report.goals):
            column = index % 2
            if column == 0:
                doc.ensure_space(doc.line_height(size))
                row_top = bottom = doc.get_y()
            doc.set_xy(doc.l_margin + column * half + 6, row_top)
            doc.paragraph(goal, size, width=half - 9, space_after=0.2)
            bottom = max(bottom, doc.get_y())
            doc.set_y(bottom)

    doc.ln(1.5)
    doc.paragraph(report.actions_heading, 12, True, space_after=0.3)
    doc.paragraph(report.summary, 11, space_after=1.5)

    c = report.columns
    columns = action_columns(c)
    rows: list[TableRow] = []
    for group in report.groups:
        rows.append(
            TableRow([f"{group.heading} ({len(group.rows)})"], shaded=True, span=True, bold=True)
        )
        for r in group.rows:
            title = r.title + (f"\n{c['link']}: {r.link}" if r.link else "")
            due = r.due + (f" ({report.overdue_text})" if r.overdue else "")
            rows.append(
                TableRow(
                    [
                        str(r.number),
                        title,
                        r.owner,
                        r.province,
                        due,
                        r.status,
                        f"{r.progress}%",
                        r.latest,
                    ]
                )
            )
    doc.data_table(columns, rows, size=8.5, padding=CELL_PADDING)
    doc.output(target)
