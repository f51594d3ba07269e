"""The programme booklet an office hands out at the door: a cover, the objectives and intended
outputs, the programme, the speakers with their positions and organisations, and the
participants by province. A4, Sarabun, the same Thai typesetting as every other document.

It declares the plain data it needs (`Booklet` and its parts below) and takes the programme as
the agenda's own report, so it never reads the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.core.i18n import _
from organiser.documents.agenda.pdf import add_programme
from organiser.documents.common.typesetting import (
    TableColumn,
    TableRow,
    ThaiDocument,
    keep_together,
)

I18N_AREA = "agenda"  # its words are translated with the programme's

if TYPE_CHECKING:
    from organiser.documents.agenda.data import AgendaReport

BODY = 11.5


@dataclass(frozen=True)
class BookletSpeaker:
    name: str
    roles: str  # "วิทยากร, ผู้ดำเนินรายการ"
    position: str
    organisation: str


@dataclass(frozen=True)
class BookletPerson:
    name: str
    organisation: str


@dataclass(frozen=True)
class BookletProvince:
    province: str  # as printed: "จังหวัดพัทลุง" / "Phatthalung"
    people: tuple[BookletPerson, ...]


@dataclass(frozen=True)
class Booklet:
    programme: AgendaReport
    objectives: str
    intended_outputs: str
    speakers: tuple[BookletSpeaker, ...]
    provinces: tuple[BookletProvince, ...]

    @property
    def participants(self) -> int:
        return sum(len(p.people) for p in self.provinces)


def render_booklet(booklet: Booklet) -> ThaiDocument:
    report = booklet.programme
    doc = ThaiDocument(
        lang=report.lang,
        title=_("Programme booklet: {title}").format(title=report.title),
        running_title=report.title,
        printed_on=report.printed_on,
    )
    doc.set_subject(report.dates_line)
    doc.set_author(report.organiser_line)
    _cover(doc, booklet)
    if booklet.objectives or booklet.intended_outputs:
        doc.add_page()
        _text_section(doc, _("Objectives"), booklet.objectives)
        _text_section(doc, _("Intended outputs"), booklet.intended_outputs)
    doc.add_page()
    add_programme(doc, report)
    if booklet.speakers:
        doc.add_page()
        _speakers(doc, booklet.speakers)
    if booklet.provinces:
        doc.add_page()
        _participants(doc, booklet)
    return doc


def write_booklet_pdf(booklet: Booklet, target: Path) -> None:
    render_booklet(booklet).output(target)


def _cover(doc: ThaiDocument, booklet: Booklet) -> None:
    report = booklet.programme
    doc.add_page()
    doc.set_y(doc.h * 0.28)
    doc.heading(_("Programme booklet"), size=16, space_after=6)
    doc.heading(report.title, size=22, space_after=3)
    if report.theme:
        doc.paragraph(report.theme, 15, align="C", space_after=8)
    doc.paragraph(report.dates_line, 14, align="C", space_after=1.5)
    if report.venue_line:
        doc.paragraph(report.venue_line, 14, align="C", space_after=1.5)
    if report.organiser_line:
        doc.ln(10)
        doc.paragraph(report.organiser_line, 13, align="C")


def _text_section(doc: ThaiDocument, heading: str, text: str) -> None:
    if not text.strip():
        return
    doc.heading(heading, size=15, align="L", space_after=2)
    for line in (part.strip() for part in text.splitlines()):
        if line:
            doc.paragraph(line, 12.5, indent=6, space_after=1.2)
    doc.ln(5)


def _speakers(doc: ThaiDocument, speakers: Sequence[BookletSpeaker]) -> None:
    doc.heading(_("Speakers and facilitators"), size=15, align="L", space_after=3)
    rows = [
        TableRow(
            [
                keep_together(s.name),
                s.roles,
                "\n".join(part for part in (s.position, s.organisation) if part),
            ]
        )
        for s in speakers
    ]
    columns = [
        TableColumn(_("Name"), 55),
        TableColumn(_("Role"), 38),
        TableColumn(_("Position and organisation")),
    ]
    doc.data_table(columns, rows, size=BODY)


def _participants(doc: ThaiDocument, booklet: Booklet) -> None:
    doc.heading(_("Participants"), size=15, align="L", space_after=1)
    doc.paragraph(
        _("{n} people from {provinces} provinces").format(
            n=booklet.participants, provinces=len(booklet.provinces)
        ),
        BODY,
        italic=True,
        space_after=3,
    )
    columns = [
        TableColumn(_("No."), 15, "R"),
        TableColumn(_("Name"), 70),
        TableColumn(_("Organisation")),
    ]
    for group in booklet.provinces:
        # a province's heading never sits alone at the foot of a page
        doc.ensure_space(doc.line_height(13) + 3 * doc.line_height(BODY) + 8)
        doc.paragraph(f"{group.province} ({len(group.people)})", 13, bold=True, space_after=1)
        rows = [
            TableRow([str(n), keep_together(p.name), p.organisation])
            for n, p in enumerate(group.people, start=1)
        ]
        doc.data_table(columns, rows, size=BODY, keep_last=2)
        doc.ln(3)
