"""Commands of the venue desk: check-in, badges, sign-in sheets, attendance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, out_path, print_json
from organiser.core.errors import UserError
from organiser.core.i18n import _


def register(sub: Any, export_sub: Any) -> None:
    """Add this area's commands to the parser."""
    checkin = sub.add_parser("checkin", help=_("check a person in at the venue desk"))
    data_dir_option(checkin)
    json_option(checkin)
    checkin.add_argument("event", metavar="EVENT", help=_("the event's code or id"))
    who = checkin.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", metavar="ID", help=_("the person's id (or its start)"))
    who.add_argument("--code", metavar="CODE", help=_("the registration code (on the QR code)"))
    who.add_argument(
        "--undo",
        metavar="CHECK_IN_ID",
        help=_("cancel this check-in (the id that checkin --json prints); nothing is deleted"),
    )
    checkin.add_argument(
        "--day", metavar="YYYY-MM-DD", help=_("the day of the event (default: today)")
    )
    checkin.add_argument("--desk", metavar="NAME", help=_("the desk's name (default: settings)"))
    checkin.add_argument(
        "--reason", metavar="TEXT", default="", help=_("with --undo: why it is cancelled")
    )
    checkin.set_defaults(handler=cmd_checkin)

    badges = export_sub.add_parser("badges", help=_("A4 sheets of name badges with QR codes"))
    data_dir_option(badges)
    badges.add_argument("event", metavar="EVENT")
    badges.add_argument("-o", "--output", metavar="FILE", required=True)
    badges.add_argument("--layout", choices=("2x4", "2x5"), default="2x4")
    which = badges.add_mutually_exclusive_group()
    which.add_argument("--person", metavar="ID", help=_("only this person's badge"))
    which.add_argument(
        "--walk-ins", action="store_true", help=_("only walk-ins since the last badge print")
    )
    badges.set_defaults(handler=cmd_badges)

    signin = export_sub.add_parser("signin", help=_("the sign-in sheet of one day (PDF)"))
    data_dir_option(signin)
    signin.add_argument("event", metavar="EVENT")
    signin.add_argument("--day", metavar="YYYY-MM-DD", required=True)
    signin.add_argument("-o", "--output", metavar="FILE", required=True)
    signin.add_argument("--by-province", action="store_true", help=_("group the names by province"))
    signin.add_argument(
        "--blank", metavar="N", type=int, default=0, help=_("N blank rows for walk-ins only")
    )
    signin.set_defaults(handler=cmd_signin)

    attendance = export_sub.add_parser("attendance", help=_("attendance per person and day (xlsx)"))
    data_dir_option(attendance)
    attendance.add_argument("event", metavar="EVENT")
    attendance.add_argument("-o", "--output", metavar="FILE", required=True)
    attendance.set_defaults(handler=cmd_attendance)

    not_here = export_sub.add_parser(
        "not-here", help=_("who has not come yet on one day, by province (PDF)")
    )
    data_dir_option(not_here)
    not_here.add_argument("event", metavar="EVENT")
    not_here.add_argument("--day", metavar="YYYY-MM-DD", required=True)
    not_here.add_argument("-o", "--output", metavar="FILE", required=True)
    not_here.set_defaults(handler=cmd_not_here)

    letters = export_sub.add_parser(
        "letters",
        help=_(
            "invitation letters with each person's QR code: FILE.pdf for one PDF of letters, "
            "a folder for a PDF (or with --png a picture for LINE) per person"
        ),
    )
    data_dir_option(letters)
    letters.add_argument("event", metavar="EVENT")
    letters.add_argument("-o", "--output", metavar="FILE|DIR", required=True)
    letters.add_argument(
        "--png", action="store_true", help=_("one 1040 px wide PNG per person, for LINE")
    )
    letters.add_argument("--person", metavar="ID", help=_("only this person's letter"))
    letters.set_defaults(handler=cmd_letters)


def parse_day(text: str) -> dt.date:
    from organiser.core.thaidate import DateParseError, parse_date

    try:
        return parse_date(text)
    except DateParseError:
        raise UserError(
            _("'{text}' is not a date; write it as YYYY-MM-DD.").format(text=text)
        ) from None


def cmd_checkin(ctx: Context) -> int:
    from organiser.core.i18n import current_language
    from organiser.core.thaidate import format_date
    from organiser.domain.desk import CheckInMethod
    from organiser.services.desk.editing import check_in_by_code, check_in_person
    from organiser.services.events.reading import resolve_event
    from organiser.services.sync.desks import where_first_checked_in

    args = ctx.args
    if args.undo:
        return _undo_checkin(ctx)
    if args.reason:
        raise UserError(_("--reason goes with --undo CHECK_IN_ID."))
    with ctx.store.writer() as uow:
        event = resolve_event(uow, args.event)
        day = parse_day(args.day) if args.day else dt.date.today()
        if args.day is None and day not in event.days:
            raise UserError(
                _("Today is not a day of this event; give the day with --day YYYY-MM-DD.")
            )
        if args.code:
            result = check_in_by_code(
                uow, event.id, args.code, day, method=CheckInMethod.CLI, desk=args.desk
            )
        else:
            result = check_in_person(
                uow, event.id, args.person, day, method=CheckInMethod.CLI, desk=args.desk
            )
        result = where_first_checked_in(uow, result)  # at another desk: it says which
        uow.commit()  # on disk (synchronous=FULL) before anything is printed
    if args.json:
        print_json(result.as_json())
        return 0
    where = ", ".join(p for p in (result.organisation, result.province) if p)
    print(
        _("Checked in: {name} ({where}) for {day}.").format(
            name=result.name,
            where=where or "-",
            day=format_date(result.day, "short", current_language()),
        )
    )
    warning = result.warning()
    if warning:
        print(_("Note: {warning}").format(warning=warning))
    return 0


def _undo_checkin(ctx: Context) -> int:
    from organiser.core.i18n import current_language
    from organiser.core.thaidate import format_date
    from organiser.services.desk.editing import undo_check_in
    from organiser.services.events.reading import resolve_event

    args = ctx.args
    if args.day:
        raise UserError(_("--undo cancels the check-in it names; leave out --day."))
    with ctx.store.writer() as uow:
        event = resolve_event(uow, args.event)
        result = undo_check_in(uow, args.undo, args.desk, reason=args.reason, event_id=event.id)
        uow.commit()  # on disk before anything is printed
    if args.json:
        print_json(result.as_json())
        return 0
    print(
        _("Check-in cancelled: {name} for {day}.").format(
            name=result.name, day=format_date(result.day, "short", current_language())
        )
    )
    return 0


def cmd_badges(ctx: Context) -> int:
    from organiser.services.desk import exports as desk_exports
    from organiser.services.desk.exports import BadgeChoice

    target = out_path(ctx.args.output)
    which: BadgeChoice = "walk_ins" if ctx.args.walk_ins else "all"
    count = desk_exports.export_badges(
        ctx.store, ctx.args.event, target, layout=ctx.args.layout, which=which,
        person_id=ctx.args.person,
    )  # fmt: skip
    print(_("{n} badges written to {path}").format(n=count, path=target))
    return 0


def cmd_signin(ctx: Context) -> int:
    from organiser.services.desk import exports as desk_exports

    target = out_path(ctx.args.output)
    if ctx.args.blank < 0 or ctx.args.blank > 2000:
        raise UserError(_("The number of blank rows must be between 0 and 2000."))
    count = desk_exports.export_signin(
        ctx.store, ctx.args.event, parse_day(ctx.args.day), target,
        by_province=ctx.args.by_province, blank_rows=ctx.args.blank,
    )  # fmt: skip
    print(_("Sign-in sheet with {n} rows written to {path}").format(n=count, path=target))
    return 0


def cmd_attendance(ctx: Context) -> int:
    from organiser.services.desk import exports as desk_exports

    target = out_path(ctx.args.output)
    count = desk_exports.export_attendance(ctx.store, ctx.args.event, target)
    print(_("Attendance of {n} people written to {path}").format(n=count, path=target))
    return 0


def cmd_not_here(ctx: Context) -> int:
    from organiser.services.desk import exports as desk_exports

    target = out_path(ctx.args.output)
    count = desk_exports.export_not_here(ctx.store, ctx.args.event, parse_day(ctx.args.day), target)
    print(_("{n} people not here yet, written to {path}").format(n=count, path=target))
    return 0


def cmd_letters(ctx: Context) -> int:
    from organiser.services.desk.letters import export_letters

    target = out_path(ctx.args.output)
    count = export_letters(
        ctx.store, ctx.args.event, target, png=ctx.args.png, person_id=ctx.args.person
    )
    print(_("{n} letters written to {path}").format(n=count, path=target))
    return 0
