"""The printed programme: its words in Thai or English, ready for the documents to lay out.

`build_report` reads the agenda and formats every date, time, kind and role in the chosen
language (B.E. years in Thai); `write_agenda` hands it to the PDF, iCalendar or xlsx writer in
`organiser.documents` outside any database session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from organiser.core.errors import UserError
from organiser.core.i18n import _, use_language
from organiser.core.provinces import province_label
from organiser.core.thaidate import (
    format_date,
    format_date_range,
    format_time_range,
    format_weekday,
)
from organiser.documents.agenda.data import AgendaReport, ReportDay, ReportLabels, ReportSession
from organiser.domain.agenda import SessionKind, SessionRole
from organiser.domain.labels import label_of
from organiser.services.agenda.reading import SessionRow, load_agenda
from organiser.store.db import UnitOfWork

FORMATS = ("pdf", "ics", "xlsx")


def _people_by_role(row: SessionRow) -> tuple[tuple[str, tuple[str, ...]], ...]:
    by_role: dict[str, list[str]] = {}
    for person in row.participants:
        by_role.setdefault(person.role, []).append(person.name)
    order = [r.value for r in SessionRole]
    return tuple(
        (label_of(SessionRole, role), tuple(names))
        for role, names in sorted(by_role.items(), key=lambda kv: order.index(kv[0]))
    )


def people_line(role: str, names: tuple[str, ...] | list[str]) -> str:
    return _("{role}: {names}").format(role=role, names=", ".join(names))


def build_report(
    uow: UnitOfWork, event_id: str, lang: str, printed_on: dt.date | None = None
) -> AgendaReport:
    if lang not in ("th", "en"):
        raise UserError(_("Choose Thai (th) or English (en)."))
    agenda = load_agenda(uow, event_id, lang)
    event = agenda.event
    with use_language(lang):
        title = event.title_en if lang == "en" and event.title_en else event.title
        dates = format_date_range(event.starts_on, event.ends_on, lang, "formal")
        single = event.starts_on == event.ends_on
        dates_line = dates
        if lang == "th":
            dates_line = ("วันที่ " if single else "ระหว่างวันที่ ") + dates
        province = province_label(event.province, lang) if event.province else ""
        place = event.venue
        if province and province not in place and event.province not in place:
            place = f"{place} จังหวัด{province}" if lang == "th" else f"{place}, {province}"
        place = place.strip(" ,")
        venue_line = _("at {place}").format(place=place) if place else ""
        organiser_line = (
            _("Organised by {office}").format(office=event.organising_office)
            if event.organising_office
            else ""
        )
        days: list[ReportDay] = []
        for number, day in enumerate(agenda.days, start=1):
            if lang == "th":
                heading = f"{format_weekday(day, 'th')}ที่ {format_date(day, 'formal', 'th')}"
            else:
                heading = f"{format_weekday(day, 'en')} {format_date(day, 'long', 'en')}"
            sessions = tuple(
                ReportSession(
                    s.id,
                    s.day,
                    s.starts_at,
                    s.ends_at,
                    format_time_range(s.starts_at, s.ends_at, lang),
                    s.title,
                    s.kind,
                    label_of(SessionKind, s.kind),
                    s.is_pause,
                    tuple(people_line(role, names) for role, names in _people_by_role(s)),
                    _people_by_role(s),
                    s.room,
                    s.description,
                    s.expected_output,
                )
                for s in agenda.on(day)
            )
            days.append(ReportDay(day, number, heading, sessions))
        labels = ReportLabels(
            time=_("Time"), session=_("Session"), people=_("Speakers and facilitators"),
            room=_("Room"), expected_output=_("Expected output"), day=_("Day"), date=_("Date"),
            start=_("Start"), end=_("End"), kind=_("Kind"), description=_("Description"),
            no_sessions=_("No sessions yet."),
        )  # fmt: skip
        return AgendaReport(
            lang=lang, event_id=event.id, heading=_("Programme"), title=title,
            theme=event.theme, dates_line=dates_line, venue_line=venue_line,
            organiser_line=organiser_line,
            location=place,
            note=_("Note: the programme may change as appropriate."),
            days=tuple(days), labels=labels, printed_on=printed_on or dt.date.today(),
        )  # fmt: skip


def write_agenda(report: AgendaReport, fmt: str, target: Path) -> Path:
    """Write the programme as ``pdf``, ``ics`` or ``xlsx`` (atomically, private to the user)."""
    writers: dict[str, Callable[[AgendaReport, Path], None]] = {}
    if fmt == "pdf":
        from organiser.documents.agenda.pdf import write_agenda_pdf

        writers[fmt] = write_agenda_pdf
    elif fmt == "ics":
        from organiser.documents.agenda.ics import write_agenda_ics

        writers[fmt] = write_agenda_ics
    elif fmt == "xlsx":
        from organiser.documents.agenda.xlsx import write_agenda_xlsx

        writers[fmt] = write_agenda_xlsx
    else:
        raise UserError(_("Unknown format '{fmt}': use pdf, ics or xlsx.").format(fmt=fmt))
    with use_language(report.lang):
        writers[fmt](report, target)
    return target


def warm_up_printing() -> None:
    """Load the Thai dictionary and the PDF engine (a few seconds, once), so that the first
    programme printed or previewed afterwards comes at once."""
    from organiser.core.thaitext import insert_word_breaks
    from organiser.documents.common.typesetting import ThaiDocument

    insert_word_breaks("กำหนดการ")
    with ThaiDocument() as doc:
        doc.add_page()
        doc.wrap("กำหนดการ", 50)
