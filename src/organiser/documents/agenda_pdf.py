"""The programme as an A4 PDF, in the form Thai offices send before a seminar.

A centred heading (กำหนดการ, the event's title, theme, dates, venue, organiser), then one table
per day (time, session, speakers and facilitators, room) with breaks and meals set apart as
shaded rows across the table, the customary note that the programme may change, page numbers
and the date of printing. Laid out with the shared Thai typesetting.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from organiser.core.i18n import _
from organiser.documents.typesetting import TableColumn, TableRow, ThaiDocument, keep_together

if TYPE_CHECKING:
    from organiser.services.agenda_report import AgendaReport, ReportDay, ReportSession

BODY = 11.5
PADDING = 1.5
PEOPLE_WIDTH = 50.0
ROOM_MIN, ROOM_MAX = 18.0, 28.0


def render_agenda_pdf(report: AgendaReport) -> ThaiDocument:
    doc = ThaiDocument(
        lang=report.lang,
        title=f"{report.heading} {report.title}",
        running_title=f"{report.heading} {report.title}",
        printed_on=report.printed_on,
    )
    doc.set_subject(report.dates_line)
    doc.set_author(report.organiser_line)
    doc.add_page()
    _front(doc, report)
    if not report.sessions:
        doc.paragraph(report.labels.no_sessions, BODY, italic=True, align="C")
    for day in report.days:
        if day.sessions:
            _day(doc, report, day)
    doc.ln(2)
    doc.paragraph(report.note, 11, italic=True)
    return doc


def write_agenda_pdf(report: AgendaReport, target: Path) -> None:
    render_agenda_pdf(report).output(target)


def _front(doc: ThaiDocument, report: AgendaReport) -> None:
    doc.heading(report.heading, size=18, space_after=0.5)
    doc.heading(report.title, size=15, space_after=0.5)
    if report.theme:
        doc.paragraph(report.theme, 13, align="C", space_after=0.5)
    doc.paragraph(report.dates_line, 13, align="C", space_after=0.5)
    if report.venue_line:
        doc.paragraph(report.venue_line, 13, align="C", space_after=0.5)
    if report.organiser_line:
        doc.paragraph(report.organiser_line, 12, align="C", space_after=0.5)
    doc.ln(2.5)
    middle = doc.w / 2
    doc.set_line_width(0.4)
    doc.line(middle - 30, doc.get_y(), middle + 30, doc.get_y())
    doc.ln(4)


def _people(session: ReportSession) -> str:
    """One line per role, each name kept whole: ``ผู้ร่วมเสวนา: นายก, นางข``."""
    return "\n".join(
        _("{role}: {names}").format(role=role, names=", ".join(keep_together(n) for n in names))
        for role, names in session.people_by_role
    )


def _day(doc: ThaiDocument, report: AgendaReport, day: ReportDay) -> None:
    labels = report.labels
    # a day's heading never sits alone at the foot of a page
    doc.ensure_space(doc.line_height(13.5) + 2 * doc.line_height(BODY) + 12)
    doc.paragraph(day.heading, 13.5, bold=True, space_after=1)
    # the time never wraps; the room column is as wide as the longest room name (within limits)
    time_width = max(doc.text_width(s.time_text, BODY) for s in day.sessions) + 2 * PADDING + 1
    room_width = max(
        [doc.text_width(labels.room, BODY, bold=True)]
        + [doc.text_width(s.room, BODY) for s in day.sessions if s.room]
    )
    room_width = min(max(room_width + 2 * PADDING + 1, ROOM_MIN), ROOM_MAX)
    columns = [
        TableColumn(labels.time, time_width),
        TableColumn(labels.session),
        TableColumn(labels.people, PEOPLE_WIDTH),
        TableColumn(labels.room, room_width),
    ]
    rows: list[TableRow] = []
    for session in day.sessions:
        if session.is_pause:
            rows.append(
                TableRow([session.time_text, session.title], shaded=True, italic=True, span_from=1)
            )
            continue
        note = (
            f"{labels.expected_output}: {session.expected_output}"
            if session.expected_output
            else ""
        )
        rows.append(
            TableRow(
                [session.time_text, session.title, _people(session), session.room],
                notes=("", note, "", ""),
            )
        )
    doc.data_table(columns, rows, size=BODY, padding=PADDING)
    doc.ln(5)
