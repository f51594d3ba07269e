"""Attendance as a spreadsheet: one row per person, for each day checked in or not, with the
desk and the time. Only the columns the finance office and the report need (PDPA): no phone
numbers, no e-mail."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from organiser.core.cells import append_row
from organiser.core.i18n import _, use_language
from organiser.core.thaidate import format_date
from organiser.core.thaitext import thai_sort_key
from organiser.documents.common.typesetting import write_private_atomic

I18N_AREA = "desk"  # tools/i18n.py: this module's strings belong to the desk's translations


@dataclass(frozen=True)
class DayAttendance:
    at: dt.datetime | None  # first check-in of the day (local time), None when absent
    desk: str = ""


@dataclass(frozen=True)
class AttendanceRow:
    name: str
    organisation: str
    province: str
    role: str  # in words
    status: str  # in words
    days: dict[dt.date, DayAttendance] = field(default_factory=dict)


HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
ABSENT_FILL = PatternFill("solid", fgColor="F6F6F6")


def render_attendance(
    rows: Sequence[AttendanceRow],
    days: Sequence[dt.date],
    event_title: str,
    path: Path | None = None,
    lang: str = "th",
) -> bytes:
    """Write the workbook (atomically, readable by the user only); returns its bytes."""
    with use_language(lang):
        wb = Workbook()
        ws = wb.active
        ws.title = _("Attendance")
        append_row(ws, [event_title])
        ws["A1"].font = Font(bold=True, size=13)
        fixed = [
            _("No."),
            _("Full name"),
            _("Organisation or agency"),
            _("Province"),
            _("Role"),
            _("Status"),
        ]
        header: list[str] = list(fixed)
        for day in days:
            label = format_date(day, "short", lang)
            header += [label, _("Time"), _("Desk")]
        ws.append([])
        append_row(ws, header)
        head_row = 3
        for cell in ws[head_row]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        here_word, absent_word = _("Present"), _("Absent")
        for number, row in enumerate(rows, start=1):
            values: list[object] = [
                number, row.name, row.organisation, row.province, row.role, row.status,
            ]  # fmt: skip
            for day in days:
                att = row.days.get(day)
                if att is not None and att.at is not None:
                    values += [here_word, att.at.strftime("%H:%M"), att.desk]
                else:
                    values += [absent_word, "", ""]
            append_row(ws, values)
            if any(row.days.get(d) is None or row.days[d].at is None for d in days):
                for col, day in enumerate(days):
                    att = row.days.get(day)
                    if att is None or att.at is None:
                        ws.cell(ws.max_row, len(fixed) + 1 + col * 3).fill = ABSENT_FILL
        widths = [6, 30, 42, 16, 14, 14] + [12, 8, 12] * len(days)
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = ws.cell(head_row + 1, 3)
        ws.auto_filter.ref = f"A{head_row}:{get_column_letter(len(header))}{ws.max_row}"

        summary = wb.create_sheet(_("Summary"))
        append_row(summary, [_("Day"), _("Present"), _("Absent")])
        for cell in summary[1]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
        for day in days:
            present = sum(1 for r in rows if r.days.get(day) and r.days[day].at is not None)
            append_row(summary, [format_date(day, "long", lang), present, len(rows) - present])
        summary.column_dimensions["A"].width = 24
        _group_sheet(wb, _("By province"), _("Province"), rows, days, lambda r: r.province, lang)
        _group_sheet(
            wb, _("By organisation"), _("Organisation or agency"), rows, days,
            lambda r: r.organisation, lang,
        )  # fmt: skip
        buffer = io.BytesIO()
        wb.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        write_private_atomic(path, data)
    return data


@dataclass(frozen=True)
class GroupCount:
    name: str  # a province or an organisation ("" when not given)
    registered: int
    present: tuple[int, ...]  # per day, in the order of the days
    any_day: int  # came on at least one day


def count_by(
    rows: Sequence[AttendanceRow], days: Sequence[dt.date], key: Callable[[AttendanceRow], str]
) -> list[GroupCount]:
    """Attendance per group (province, organisation), largest first, then in Thai order; the
    group without a name last."""
    groups: dict[str, list[AttendanceRow]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)

    def here(row: AttendanceRow, day: dt.date) -> bool:
        att = row.days.get(day)
        return att is not None and att.at is not None

    counts = [
        GroupCount(
            name,
            len(members),
            tuple(sum(1 for m in members if here(m, d)) for d in days),
            sum(1 for m in members if any(here(m, d) for d in days)),
        )
        for name, members in groups.items()
    ]
    return sorted(counts, key=lambda g: (not g.name, -g.registered, thai_sort_key(g.name)))


def _group_sheet(
    wb: Workbook,
    title: str,
    what: str,
    rows: Sequence[AttendanceRow],
    days: Sequence[dt.date],
    key: Callable[[AttendanceRow], str],
    lang: str,
) -> None:
    ws = wb.create_sheet(title)
    header = [what, _("Registered")]
    header += [format_date(day, "short", lang) for day in days]
    header.append(_("Came on at least one day"))
    append_row(ws, header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    not_given = _("(not given)")
    for group in count_by(rows, days, key):
        append_row(ws, [group.name or not_given, group.registered, *group.present, group.any_day])
    total: list[object] = [_("Total"), len(rows)]
    total += [sum(1 for r in rows if r.days.get(d) and r.days[d].at is not None) for d in days]
    total.append(sum(1 for r in rows if any(r.days.get(d) and r.days[d].at for d in days)))
    append_row(ws, total)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 42
    for index in range(2, len(header) + 1):
        ws.column_dimensions[get_column_letter(index)].width = 14
    ws.freeze_panes = "B2"
