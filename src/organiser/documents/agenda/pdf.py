"""The programme as an A4 PDF, in the form Thai offices send before a seminar.

A centred heading (กำหนดการ, the event's title, theme, dates, venue, organiser), then one table
per day (time, session, speakers and facilitators, room) with breaks and meals set apart as
shaded rows across the table, the customary note that the programme may change, page numbers
and the date of printing. Laid out with the shared Thai typesetting.

A day without anyone named has no people column; room names are never broken inside; a day's
last sessions are never left alone on a new page; and a programme that only just spills onto
another page is set a little tighter so that it fits (offices print and copy it by the hundred).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.core.i18n import _
from organiser.documents.common.typesetting import (
    TableColumn,
    TableRow,
    ThaiDocument,
    keep_together,
)

if TYPE_CHECKING:
    from organiser.documents.agenda.data import AgendaReport, ReportDay, ReportSession

PEOPLE_WIDTH = 50.0
ROOM_MIN = 18.0
KEEP_LAST = 2  # sessions that end a day together on a page


@dataclass(frozen=True)
class Spacing:
    body: float
    padding: float
    room_max: float  # widest room column (mm) beside a people column; a longer name wraps


NORMAL = Spacing(11.5, 1.5, 42.0)
TIGHT = Spacing(10.5, 1.1, 42.0)  # only when it saves a page


def render_agenda_pdf(report: AgendaReport) -> ThaiDocument:
    doc = _render(report, NORMAL)
    if doc.pages_count > 1:
        tight = _render(report, TIGHT)
        if tight.pages_count < doc.pages_count:
            doc.close()
            return tight
        tight.close()
    return doc


def _render(report: AgendaReport, spacing: Spacing) -> ThaiDocument:
    doc = ThaiDocument(
        lang=report.lang,
        title=f"{report.heading} {report.title}",
        running_title=f"{report.heading} {report.title}",
        printed_on=report.printed_on,
    )
    doc.set_subject(report.dates_line)
    doc.set_author(report.organiser_line)
    doc.add_page()
    add_programme(doc, report, spacing)
    return doc


def add_programme(doc: ThaiDocument, report: AgendaReport, spacing: Spacing = NORMAL) -> None:
    """The programme from where `doc` stands: its heading, a table per day, the note (also
    the middle of the programme booklet)."""
    _front(doc, report)
    if not report.sessions:
        doc.paragraph(report.labels.no_sessions, spacing.body, italic=True, align="C")
    for day in report.days:
        if day.sessions:
            _day(doc, report, day, spacing)
    doc.ln(2)
    doc.paragraph(report.note, 11, italic=True)


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


def _day(doc: ThaiDocument, report: AgendaReport, day: ReportDay, spacing: Spacing) -> None:
    labels = report.labels
    body, padding = spacing.body, spacing.padding
    # a day's heading never sits alone at the foot of a page
    doc.ensure_space(doc.line_height(13.5) + 2 * doc.line_height(body) + 12)
    doc.paragraph(day.heading, 13.5, bold=True, space_after=1)
    with_people = any(s.people_by_role for s in day.sessions if not s.is_pause)
    # the time never wraps; the room column is as wide as the longest room name, which is
    # kept whole (ห้องประชุมใหญ่, never ห้องประชุม|ใหญ่) unless it is wider than the limit
    time_width = max(doc.text_width(s.time_text, body) for s in day.sessions) + 2 * padding + 1
    room_width = max(
        [doc.text_width(labels.room, body, bold=True)]
        + [doc.text_width(s.room, body) for s in day.sessions if s.room and not s.is_pause]
    )
    room_max = spacing.room_max if with_people else spacing.room_max + PEOPLE_WIDTH / 2
    room_width = min(max(room_width + 2 * padding + 1, ROOM_MIN), room_max)
    columns = [TableColumn(labels.time, time_width), TableColumn(labels.session)]
    if with_people:
        columns.append(TableColumn(labels.people, PEOPLE_WIDTH))
    columns.append(TableColumn(labels.room, room_width))
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
        room = keep_together(session.room) if session.room else ""
        cells = [session.time_text, session.title]
        if with_people:
            cells.append(_people(session))
        cells.append(room)
        rows.append(TableRow(cells, notes=("", note, "", "")[: len(cells)]))
    doc.data_table(columns, rows, size=body, padding=padding, keep_last=KEEP_LAST)
    doc.ln(5)
