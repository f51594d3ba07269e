"""The printed programme as plain data, in the words of one language: what the agenda documents
(PDF, iCalendar, spreadsheet, booklet) lay out. `services.agenda_report` fills it in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ReportSession:
    id: str
    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    time_text: str  # 09.00–10.30 น. / 09:00–10:30
    title: str
    kind: str
    kind_label: str
    is_pause: bool
    people_lines: tuple[str, ...]  # "วิทยากร: นายสมชาย ใจดี"
    people_by_role: tuple[tuple[str, tuple[str, ...]], ...]  # (role label, names)
    room: str
    description: str
    expected_output: str

    @property
    def is_valid(self) -> bool:
        return (self.ends_at.hour, self.ends_at.minute) > (
            self.starts_at.hour,
            self.starts_at.minute,
        )


@dataclass(frozen=True)
class ReportDay:
    day: dt.date
    number: int
    heading: str  # วันอังคารที่ 30 มกราคม พ.ศ. 2550
    sessions: tuple[ReportSession, ...]


@dataclass(frozen=True)
class ReportLabels:
    time: str
    session: str
    people: str
    room: str
    expected_output: str
    day: str
    date: str
    start: str
    end: str
    kind: str
    description: str
    no_sessions: str


@dataclass(frozen=True)
class AgendaReport:
    lang: str
    event_id: str
    heading: str  # กำหนดการ
    title: str
    theme: str
    dates_line: str
    venue_line: str
    organiser_line: str
    location: str  # for calendars: venue and province
    note: str  # the customary "the programme may change" line
    days: tuple[ReportDay, ...]
    labels: ReportLabels
    printed_on: dt.date

    @property
    def sessions(self) -> list[ReportSession]:
        return [s for day in self.days for s in day.sessions]
