"""The plan report as a PDF: A4 landscape, Thai, B.E. dates; header, goals, actions by group.

Laid out with the shared Thai typesetting (`organiser.documents.typesetting`); the report's
words come translated from `services.plans_report`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from organiser.documents.typesetting import TableColumn, TableRow, ThaiDocument

if TYPE_CHECKING:
    from organiser.services.plans.report import PlanReport

LABEL_WIDTH = 38.0


def write_plan_pdf(report: PlanReport, target: Path) -> None:
    doc = ThaiDocument(
        lang=report.lang,
        title=report.file_title,
        running_title=report.title,
        orientation="L",
        margins=(15.0, 12.0, 15.0, 15.0),
    )
    doc.set_subject(report.meta.get("subject", ""))
    doc.add_page()
    doc.heading(report.title, size=16, space_after=0.5)
    doc.paragraph(report.kind, size=12, align="C", space_after=3)

    for label, value in report.facts:
        size = 11.0
        doc.ensure_space(doc.line_height(size))
        doc.use_font(size, bold=True)
        doc.set_x(doc.l_margin)
        doc.cell(LABEL_WIDTH, doc.line_height(size), label)
        doc.set_x(doc.l_margin + LABEL_WIDTH)
        doc.paragraph(value, size, width=doc.epw - LABEL_WIDTH, space_after=0.3)

    if report.goals:
        doc.ln(1.5)
        doc.paragraph(report.goals_heading, 12, True, space_after=0.5)
        for goal in report.goals:
            doc.paragraph(goal, 11, indent=6, space_after=0.3)

    doc.ln(1.5)
    doc.paragraph(report.actions_heading, 12, True, space_after=0.3)
    doc.paragraph(report.summary, 11, space_after=1.5)

    c = report.columns
    columns = [
        TableColumn(c["number"], 10, "C"),
        TableColumn(c["title"], 0),
        TableColumn(c["owner"], 36),
        TableColumn(c["province"], 28),
        TableColumn(c["due"], 25),
        TableColumn(c["status"], 26),
        TableColumn(c["progress"], 23, "R"),
        TableColumn(c["latest"], 52),
    ]
    rows: list[TableRow] = []
    for group in report.groups:
        rows.append(
            TableRow([f"{group.heading} ({len(group.rows)})"], shaded=True, span=True, bold=True)
        )
        for r in group.rows:
            title = r.title + (f"\n{c['link']}: {r.link}" if r.link else "")
            due = r.due + (f"\n({report.overdue_text})" if r.overdue else "")
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
    doc.data_table(columns, rows, size=9.5, padding=1.2)
    doc.output(target)
