"""The programme as iCalendar (RFC 5545): one event per session that is not a break, a meal or
travel, in Bangkok time with its VTIMEZONE, so Google Calendar, Outlook and Apple Calendar
import it at the right hours."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneStandard

from organiser.documents.common.typesetting import write_private_atomic

if TYPE_CHECKING:
    from organiser.documents.agenda.data import AgendaReport, ReportSession

TZID = "Asia/Bangkok"
BANGKOK = ZoneInfo(TZID)
PRODID = "-//Organiser//Agenda//TH"


def _description(report: AgendaReport, session: ReportSession) -> str:
    parts = [*session.people_lines]
    if session.description:
        parts.append(session.description)
    if session.expected_output:
        parts.append(f"{report.labels.expected_output}: {session.expected_output}")
    return "\n".join(parts)


def bangkok_timezone() -> Timezone:
    """Thailand has kept UTC+7 without daylight saving since 1920: one STANDARD rule."""
    zone = Timezone()
    zone.add("tzid", TZID)
    zone.add("x-lic-location", TZID)
    standard = TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", dt.timedelta(hours=7))
    standard.add("tzoffsetto", dt.timedelta(hours=7))
    standard.add("tzname", "ICT")
    zone.add_component(standard)
    return zone


def build_calendar(report: AgendaReport, stamp: dt.datetime | None = None) -> Calendar:
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", report.title)
    cal.add("x-wr-timezone", TZID)
    cal.add_component(bangkok_timezone())
    for session in report.sessions:
        if session.is_pause or not session.is_valid:
            continue
        item = Event()
        item.add("uid", f"{session.id}@organiser")
        item.add("dtstamp", stamp)
        item.add("dtstart", dt.datetime.combine(session.day, session.starts_at, BANGKOK))
        item.add("dtend", dt.datetime.combine(session.day, session.ends_at, BANGKOK))
        item.add("summary", session.title)
        location = ", ".join(part for part in (session.room, report.location) if part)
        if location:
            item.add("location", location)
        description = _description(report, session)
        if description:
            item.add("description", description)
        item.add("categories", [session.kind_label])
        cal.add_component(item)
    return cal


def write_agenda_ics(report: AgendaReport, target: Path) -> None:
    write_private_atomic(target, build_calendar(report).to_ical())
