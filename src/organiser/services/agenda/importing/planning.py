"""Every row of a programme checked before anything is written: its day, times, kind and room,
what is wrong with it, whether the agenda already has it, and the conflicts it would make with
the other rows and with the sessions the event already has."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from organiser.core.i18n import _, current_language
from organiser.core.thaidate import DateParseError, parse_time, parse_time_range
from organiser.domain.agenda import SessionKind
from organiser.domain.agenda_conflicts import Slot, find_conflicts
from organiser.domain.events import Room
from organiser.services.agenda.importing import speakers
from organiser.services.agenda.importing.columns import (
    Column,
    find_header,
    guess_from_cells,
    guess_from_headers,
)
from organiser.services.agenda.importing.reading import read_programme
from organiser.services.agenda.importing.words import guess_kind, parse_day
from organiser.services.agenda.reading import SessionRow, event_info, list_sessions
from organiser.services.people.importing.reading import Table
from organiser.store.db import UnitOfWork

MAX_TITLE = 400
MAX_SESSIONS = 2000  # a programme, not a timetable of a year


class Severity(enum.StrEnum):
    ERROR = "error"  # the row is not imported
    WARNING = "warning"  # imported; something was assumed
    DUPLICATE = "duplicate"  # the agenda already has it: skipped unless chosen
    CONFLICT = "conflict"  # imported; shown as on the agenda page


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str
    message: str


@dataclass
class SessionLine:
    """One row of the file as the session it will become."""

    line: int
    cells: list[str]
    day: dt.date | None = None
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None
    title: str = ""
    kind: SessionKind = SessionKind.TALK
    room: str = ""
    description: str = ""
    expected_output: str = ""
    people_text: str = ""  # the speakers column as typed
    speakers: list[str] = field(default_factory=list)  # people of the directory it names
    problems: list[Problem] = field(default_factory=list)
    include: bool = True

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def conflicts(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.CONFLICT]

    @property
    def reasons(self) -> str:
        return "; ".join(p.message for p in self.problems)

    def add(self, severity: Severity, code: str, message: str) -> None:
        self.problems.append(Problem(severity, code, message))


@dataclass
class AgendaImportPlan:
    source: str  # the file's name; "" for pasted rows
    table: Table
    header_index: int | None
    mapping: list[Column]
    rows: list[SessionLine]
    new_rooms: list[str]
    joined: dict[int, int] = field(default_factory=dict)  # line -> line of the session above

    @property
    def headers(self) -> list[str]:
        if self.header_index is None:
            return [""] * self.table.width
        head = self.table.rows[self.header_index]
        return head + [""] * (self.table.width - len(head))

    @property
    def to_import(self) -> list[SessionLine]:
        return [r for r in self.rows if r.include and not r.has_errors]

    @property
    def skipped(self) -> list[SessionLine]:
        return [r for r in self.rows if not r.include or r.has_errors]

    @property
    def with_conflicts(self) -> list[SessionLine]:
        return [r for r in self.to_import if r.conflicts]


def room_key(name: str) -> str:
    return "".join(name.casefold().split())


def plan_agenda_import(
    uow: UnitOfWork,
    table: Table,
    event_id: str,
    source: str = "",
    header_index: int | None = -1,
    mapping: list[Column] | None = None,
    choices: dict[int, bool] | None = None,
    default_day: dt.date | None = None,
) -> AgendaImportPlan:
    """Check every row. `header_index` -1 means "find it"; `mapping` None means "guess it";
    `choices` are the user's include (True) or skip (False) by file line; rows with no day
    go on `default_day` (the day shown when rows are pasted), else the event's first day."""
    event = event_info(uow, event_id)
    if header_index == -1:
        header_index = find_header(table.rows)
    start = 0 if header_index is None else header_index + 1
    if mapping is None:
        if header_index is None:
            mapping = guess_from_cells(table.rows, table.width)
        else:
            head = table.rows[header_index]
            mapping = guess_from_headers(head + [""] * (table.width - len(head)))
    mapping = list(mapping) + [Column.IGNORE] * (table.width - len(mapping))
    choices = choices or {}
    rooms = {
        room_key(r.name): r
        for r in uow.session.scalars(
            select(Room).where(Room.event_id == event_id, Room.deleted_at.is_(None))
        )
    }
    existing = list_sessions(uow, event_id)
    already = {(s.day, s.starts_at, room_key(s.title)) for s in existing}

    rows: list[SessionLine] = []
    joined: dict[int, int] = {}
    day = default_day or event.starts_on
    header = table.rows[header_index] if header_index is not None else None
    for cells, line in zip(table.rows[start:], table.lines[start:], strict=True):
        if cells == header:  # the header again, above the next day's table
            continue
        values = _values(cells, mapping)
        heading = _day_heading(cells, values, event.starts_on)
        if heading is not None:
            day = heading
            continue
        row = SessionLine(line, cells)
        if values.get(Column.DAY):
            named = parse_day(values[Column.DAY], event.starts_on)
            if named is None:
                row.add(
                    Severity.ERROR,
                    "bad_day",
                    _("'{value}' is not a day").format(value=values[Column.DAY]),
                )
            else:
                day = named
        row.day = day
        _read_times(row, values)
        if row.starts_at is None and not row.has_errors:
            text = " ".join(v for c, v in values.items() if c is not Column.DAY and v)
            if rows and text and rows[-1].day == day:
                above = rows[-1]  # text under a merged time cell belongs to the session above
                above.description = "\n".join(x for x in (above.description, text) if x)
                joined[line] = above.line
                continue
            row.add(Severity.ERROR, "no_time", _("no time"))
        _read_texts(row, values, rooms)
        rows.append(row)
    if len(rows) > MAX_SESSIONS:
        rows = rows[:MAX_SESSIONS]
        note = _("Only the first {n} sessions were read.").format(n=MAX_SESSIONS)
        if note not in table.notes:  # the same table is checked again after every choice
            table.notes.append(note)
    _fill_ends(rows)
    for row in rows:
        if (row.day, row.starts_at, room_key(row.title)) in already and not row.has_errors:
            row.add(Severity.DUPLICATE, "already_there", _("already in the agenda"))
            row.include = False
        if row.line in choices and not row.has_errors:
            row.include = choices[row.line]
    new_rooms: dict[str, str] = {}
    for row in rows:
        if row.include and not row.has_errors and row.room and room_key(row.room) not in rooms:
            new_rooms.setdefault(room_key(row.room), row.room)
    _judge(rows, existing, rooms, event.starts_on, event.ends_on)
    _match_speakers(uow, rows)
    return AgendaImportPlan(
        source, table, header_index, mapping, rows, list(new_rooms.values()), joined
    )


def _values(cells: list[str], mapping: list[Column]) -> dict[Column, str]:
    out: dict[Column, str] = {}
    for value, column in zip(cells, mapping, strict=False):
        value = value.strip()
        if value and column is not Column.IGNORE:
            out[column] = f"{out[column]} {value}" if column in out else value
    return out


def _day_heading(cells: list[str], values: dict[Column, str], first: dt.date) -> dt.date | None:
    """A row that only names a day ("วันอังคารที่ 30 มกราคม 2550", "Day 2"), in whichever
    column it was typed."""
    filled = [c for c in cells if c.strip()]
    if not filled or len(filled) > 2:
        return None
    time = values.get(Column.TIME) or values.get(Column.START)
    if time:
        try:
            parse_time_range(time)
            return None
        except DateParseError:
            pass
    days = [parse_day(text, first) for text in filled]
    return days[0] if all(d is not None for d in days) else None


def _read_times(row: SessionLine, values: dict[Column, str]) -> None:
    try:
        if Column.TIME in values:
            row.starts_at, row.ends_at = parse_time_range(values[Column.TIME])
        elif Column.START in values:
            row.starts_at, end = parse_time_range(values[Column.START])
            row.ends_at = parse_time(values[Column.END]) if values.get(Column.END) else end
    except DateParseError:
        text = values.get(Column.TIME) or values.get(Column.START) or ""
        row.add(Severity.ERROR, "bad_time", _("'{value}' is not a time").format(value=text))


def _read_texts(row: SessionLine, values: dict[Column, str], rooms: dict[str, Room]) -> None:
    row.title = " ".join(values.get(Column.TITLE, "").split())
    if not row.title and not row.has_errors:
        row.add(Severity.ERROR, "no_title", _("no session title"))
    elif len(row.title) > MAX_TITLE:
        row.add(
            Severity.ERROR,
            "too_long",
            _("the title is longer than {n} characters").format(n=MAX_TITLE),
        )
    kind = guess_kind(values.get(Column.KIND, "")) or guess_kind(row.title)
    row.kind = kind or SessionKind.TALK
    row.room = " ".join(values.get(Column.ROOM, "").split())[:120]
    if row.room and room_key(row.room) in rooms:
        row.room = rooms[room_key(row.room)].name
    row.people_text = values.get(Column.PEOPLE, "")
    row.description = values.get(Column.DESCRIPTION, "")
    row.expected_output = values.get(Column.OUTPUT, "")


def _match_speakers(uow: UnitOfWork, rows: list[SessionLine]) -> None:
    """Link the names of the speakers column that name exactly one person of the directory;
    the names not found stay at the top of the description, as typed."""
    known = speakers.find_speakers(
        uow, (name for row in rows for name in speakers.names_in(row.people_text))
    )
    for row in rows:
        row.speakers, rest = speakers.match(row.people_text, known)
        row.description = "\n".join(p for p in ("\n".join(rest), row.description) if p)


def _fill_ends(rows: list[SessionLine]) -> None:
    """A row with a start only ends when the next one starts (the last: one hour later)."""
    timed = [r for r in rows if r.starts_at is not None and not r.has_errors]
    for n, row in enumerate(timed):
        if row.ends_at is not None or row.starts_at is None:
            continue
        after = timed[n + 1] if n + 1 < len(timed) else None
        if (
            after is not None
            and after.day == row.day
            and after.starts_at
            and (after.starts_at > row.starts_at)
        ):
            row.ends_at = after.starts_at
            continue
        minutes = min(row.starts_at.hour * 60 + row.starts_at.minute + 60, 24 * 60 - 1)
        row.ends_at = dt.time(minutes // 60, minutes % 60)
        row.add(Severity.WARNING, "no_end", _("no end time; one hour assumed"))


def _judge(
    rows: list[SessionLine],
    existing: list[SessionRow],
    rooms: dict[str, Room],
    first: dt.date,
    last: dt.date,
) -> None:
    main = next((r.id for r in rooms.values() if r.is_main), None)
    slots: list[Slot] = [s.slot() for s in existing]
    for row in rows:
        if not row.include or row.has_errors or row.day is None:
            continue
        assert row.starts_at is not None and row.ends_at is not None
        known = rooms.get(room_key(row.room)) if row.room else None
        room_id = known.id if known else (f"new:{room_key(row.room)}" if row.room else None)
        slots.append(
            Slot(f"line:{row.line}", row.day, row.starts_at, row.ends_at, row.title,
                 room_id, row.room)
        )  # fmt: skip
    found = find_conflicts(slots, first, last, main, current_language())
    for row in rows:
        for conflict in found.get(f"line:{row.line}", []):
            row.add(Severity.CONFLICT, conflict.kind.value, conflict.reason)


def prepare_agenda_import(uow: UnitOfWork, path: Path, event_id: str) -> AgendaImportPlan:
    """Read and check a programme file; nothing is written."""
    return plan_agenda_import(uow, read_programme(path), event_id, source=path.name)
