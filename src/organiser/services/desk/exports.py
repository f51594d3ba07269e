"""What the desk prints and exports: badges, sign-in sheets, the attendance workbook.

Gathering (`badge_list`, `signin_lines`, `attendance_rows`) takes a unit of work and returns the
documents' plain rows; `export_*` open the store, gather, write the file (atomically, readable by
the user only), then record the export in the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from organiser.core.errors import UserError
from organiser.core.i18n import _, current_language
from organiser.core.thaitext import format_name, learn_words, thai_sort_key
from organiser.domain.base import utcnow
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.events import Event
from organiser.domain.labels import label, label_of
from organiser.domain.people import Person
from organiser.services import settings as settings_service
from organiser.services.desk.reading import active_check_ins, expected_not_here
from organiser.services.events.reading import resolve_event
from organiser.services.shared.registrations import CountedRegistration, counted_registrations
from organiser.store.db import Store, UnitOfWork

if TYPE_CHECKING:  # the documents bring fpdf2 and openpyxl (0.4 s): imported when printing
    from organiser.documents.desk.attendance import AttendanceRow
    from organiser.documents.desk.badges import Badge
    from organiser.documents.desk.not_here import NotHereList
    from organiser.documents.desk.signin_sheet import SigninLine

BadgeChoice = Literal["all", "person", "walk_ins"]
_HIGHLIGHT = {RegistrationRole.SPEAKER, RegistrationRole.STAFF, RegistrationRole.GUEST}


def badges_printed_key(event_id: str) -> str:
    return f"desk.badges_printed_at.{event_id}"


def last_badge_print(uow: UnitOfWork, event_id: str) -> dt.datetime | None:
    raw = settings_service.get(uow, badges_printed_key(event_id))
    return dt.datetime.fromisoformat(raw) if raw else None


def attending_registrations(uow: UnitOfWork, event_id: str) -> list[CountedRegistration]:
    """Registrations that may come: not declined or cancelled (unless they came anyway); one
    per person (the canonical one), with the person merges lead to."""
    here = active_check_ins(uow, event_id)
    regs = [
        r
        for r in counted_registrations(uow, event_id)
        if r.id in here
        or r.status not in (RegistrationStatus.DECLINED, RegistrationStatus.CANCELLED)
    ]
    return sorted(regs, key=lambda r: r.person.sort_key)


def person_name(p: Person) -> str:
    return format_name(p.title, p.given_name, p.family_name)


def _province_words(province: str, lang: str) -> str:
    from organiser.core.provinces import province_label

    if not province:
        return ""
    return f"จังหวัด{province}" if lang == "th" else province_label(province, lang)


def badge_list(
    uow: UnitOfWork,
    event_id: str,
    which: BadgeChoice = "all",
    person_id: str | None = None,
) -> list[Badge]:
    from organiser.documents.desk.badges import Badge

    regs = attending_registrations(uow, event_id)
    if which == "person" or person_id:
        ref = (person_id or "").strip().lower()
        regs = [r for r in regs if ref and r.person_id.startswith(ref)]
        if len(regs) != 1:
            raise UserError(
                _("No single person registered for this event has the id '{ref}'.").format(
                    ref=person_id or ""
                )
            )
    elif which == "walk_ins":
        since = last_badge_print(uow, event_id)
        regs = [
            r
            for r in regs
            if r.status is RegistrationStatus.WALK_IN and (since is None or r.created_at > since)
        ]
    lang = current_language()
    return [
        Badge(
            person_name(r.person),
            r.person.organisation.name if r.person.organisation else "",
            _province_words(r.person.province, lang),
            label(r.role),
            r.code,
            r.role in _HIGHLIGHT,
        )
        for r in regs
    ]


def signin_lines(uow: UnitOfWork, event_id: str, by_province: bool = False) -> list[SigninLine]:
    from organiser.documents.desk.signin_sheet import SigninLine

    lines: list[tuple[str, str, SigninLine]] = []
    for r in attending_registrations(uow, event_id):
        remark = ""
        if r.status is RegistrationStatus.WALK_IN:
            remark = label(RegistrationStatus.WALK_IN)
        elif r.role is not RegistrationRole.PARTICIPANT:
            remark = label(r.role)
        p = r.person
        org = p.organisation.name if p.organisation else ""
        lines.append(
            (
                thai_sort_key(p.province),
                p.sort_key,
                SigninLine(person_name(p), org, p.province, remark),
            )
        )
    if by_province:
        lines.sort(key=lambda item: (item[0] == thai_sort_key(""), item[0], item[1]))
    else:
        lines.sort(key=lambda item: item[1])
    return [line for _p, _n, line in lines]


def attendance_rows(uow: UnitOfWork, event_id: str) -> list[AttendanceRow]:
    from organiser.documents.desk.attendance import AttendanceRow, DayAttendance

    checked = active_check_ins(uow, event_id)
    rows = []
    for r in attending_registrations(uow, event_id):
        days: dict[dt.date, DayAttendance] = {}
        for c in checked.get(r.id, []):
            if c.day not in days:  # the first check-in of each day counts
                days[c.day] = DayAttendance(c.at.astimezone().replace(tzinfo=None), c.desk)
        p = r.person
        rows.append(
            AttendanceRow(
                person_name(p),
                p.organisation.name if p.organisation else "",
                p.province,
                label(r.role),
                label_of(RegistrationStatus, r.status.value),
                days,
            )
        )
    return rows


def not_here_list(
    uow: UnitOfWork, event_id: str, day: dt.date, as_of: dt.datetime | None = None
) -> NotHereList:
    """Who was expected on `day` (invited or confirmed) and has no check-in on it yet, by
    province (in Thai order, those without one last), then by name."""
    from organiser.documents.desk.not_here import NotHereLine, NotHereList
    from organiser.services.desk.reading import desk_counts

    event = uow.session.get(Event, event_id)
    if event is None:
        raise UserError(_("No such event."))
    if day not in event.days:
        raise UserError(_("That day is not a day of this event."))
    rows = expected_not_here(uow, event_id, day)
    empty = thai_sort_key("")
    rows.sort(key=lambda r: (thai_sort_key(r.province) == empty, thai_sort_key(r.province),
                             r.sort_key))  # fmt: skip
    lines = [
        NotHereLine(r.name, r.organisation, r.province, label_of(RegistrationStatus, r.status))
        for r in rows
    ]
    return NotHereList(
        event.title,
        event.venue,
        day,
        as_of or dt.datetime.now(),
        desk_counts(uow, event_id, day).expected,
        lines,
    )


# ---------------------------------------------------------------- whole exports


def audit_export(
    store: Store, what: str, detail: str, after: Callable[[UnitOfWork], None] | None = None
) -> None:
    with store.writer() as uow:
        settings_service.audit(uow, what, detail)
        if after is not None:
            after(uow)
        uow.commit()


def export_badges(
    store: Store,
    event_ref: str,
    path: Path,
    *,
    layout: str = "2x4",
    which: BadgeChoice = "all",
    person_id: str | None = None,
) -> int:
    started = utcnow()
    with store.reader() as uow:
        event = resolve_event(uow, event_ref)
        badges = badge_list(uow, event.id, which, person_id)
        title = event.title
    if not badges:
        raise UserError(
            _("There are no walk-ins since the last badge print.")
            if which == "walk_ins"
            else _("No one is registered for this event yet.")
        )
    from organiser.documents.desk.badges import render_badges

    learn_words(b.organisation for b in badges)  # a group's name stays whole where it fits
    render_badges(badges, title, path, layout=layout, lang=current_language())

    def remember(uow: UnitOfWork) -> None:
        if which != "person" and not person_id:
            settings_service.put(uow, badges_printed_key(event.id), started.isoformat())

    audit_export(store, "export", f"badges {event.id} ({len(badges)}) -> {path.name}", remember)
    return len(badges)


def export_signin(
    store: Store,
    event_ref: str,
    day: dt.date,
    path: Path,
    *,
    by_province: bool = False,
    blank_rows: int = 0,
) -> int:
    from organiser.documents.desk.signin_sheet import SigninSheet, render_signin_sheet

    with store.reader() as uow:
        event = resolve_event(uow, event_ref)
        if day not in event.days:
            raise UserError(_("That day is not a day of this event."))
        lines = [] if blank_rows else signin_lines(uow, event.id, by_province)
        sheet = SigninSheet(event.title, event.venue, day, lines, by_province, blank_rows)
    learn_words(line.organisation for line in lines)
    render_signin_sheet(sheet, path, lang=current_language())
    audit_export(store, "export", f"sign-in sheet {event.id} {day.isoformat()} -> {path.name}")
    return blank_rows or len(lines)


def export_not_here(store: Store, event_ref: str, day: dt.date, path: Path) -> int:
    """The list of who has not come yet on `day`, as a PDF; returns how many are on it."""
    from organiser.documents.desk.not_here import render_not_here_list

    with store.reader() as uow:
        event = resolve_event(uow, event_ref)
        data = not_here_list(uow, event.id, day)
    learn_words(line.organisation for line in data.lines)
    render_not_here_list(data, path, lang=current_language())
    audit_export(store, "export", f"not here {event.id} {day.isoformat()} -> {path.name}")
    return len(data.lines)


def export_attendance(store: Store, event_ref: str, path: Path) -> int:
    with store.reader() as uow:
        event: Event = resolve_event(uow, event_ref)
        rows = attendance_rows(uow, event.id)
        days, title = event.days, event.title
    from organiser.documents.desk.attendance import render_attendance

    render_attendance(rows, days, title, path, lang=current_language())
    audit_export(store, "export", f"attendance {event.id} ({len(rows)}) -> {path.name}")
    return len(rows)
