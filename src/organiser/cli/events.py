"""Commands for seminars (events): list, create, edit, cancel, reopen, delete.

EVENT is an event's short code, its id, or a unique start of its id.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, print_json, print_table
from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.core.thaidate import format_date_range


def _event_help() -> str:
    return _("the event's code or id (or the start of its id)")


def register(sub: Any, export_sub: Any) -> None:
    """Add this area's commands to the parser."""
    events = sub.add_parser("events", help=_("seminars and other events"))
    events_sub = events.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = events_sub.add_parser("list", help=_("list events"))
    data_dir_option(listing)
    json_option(listing)
    listing.set_defaults(handler=cmd_list)

    create = events_sub.add_parser("create", help=_("create a seminar and print its id"))
    data_dir_option(create)
    json_option(create)
    create.add_argument("--title", required=True, help=_("the seminar's title"))
    _date_options(create, required=True)
    create.add_argument("--venue", default="", help=_("where it takes place"))
    create.add_argument("--province", default="", help=_("the province, in Thai or English"))
    create.add_argument("--code", default=None, help=_("a short code, e.g. south-2550"))
    create.set_defaults(handler=cmd_create)

    edit = events_sub.add_parser(
        "edit", help=_("change a seminar's title, dates or venue (only what is given)")
    )
    data_dir_option(edit)
    json_option(edit)
    edit.add_argument("event", metavar="EVENT", help=_event_help())
    edit.add_argument("--title", help=_("the new title"))
    _date_options(edit, required=False)
    edit.add_argument("--venue", help=_("the new venue"))
    edit.add_argument("--province", help=_("the new province"))
    edit.add_argument("--code", help=_('the new short code ("" removes it)'))
    edit.add_argument(
        "--move-agenda", action="store_true",
        help=_("move the programme's sessions by as many days as the first day moves"),
    )  # fmt: skip
    edit.set_defaults(handler=cmd_edit)

    for name, handler, text in (
        ("cancel", cmd_cancel, _("mark a seminar cancelled; everything in it is kept")),
        ("reopen", cmd_reopen, _("take back a seminar's cancellation")),
        ("delete", cmd_delete, _("delete a seminar that has no registrations, sessions or check-ins")),
    ):  # fmt: skip
        command = events_sub.add_parser(name, help=text)
        data_dir_option(command)
        command.add_argument("event", metavar="EVENT", help=_event_help())
        command.set_defaults(handler=handler)


def _date_options(parser: Any, required: bool) -> None:
    parser.add_argument(
        "--from", dest="starts_on", metavar="YYYY-MM-DD", required=required,
        help=_("the first day"),
    )  # fmt: skip
    parser.add_argument(
        "--to", dest="ends_on", metavar="YYYY-MM-DD", required=required, help=_("the last day")
    )


def _date(text: str | None) -> dt.date | None:
    from organiser.core.thaidate import DateParseError, parse_date

    if text is None:
        return None
    try:
        return parse_date(text)
    except DateParseError:
        raise UserError(
            _("'{text}' is not a date; write it as YYYY-MM-DD.").format(text=text)
        ) from None


def _province(text: str | None) -> str | None:
    from organiser.core.provinces import find_province

    if text is None or not text.strip():
        return text
    found = find_province(text)
    if found is None:
        raise UserError(_("'{text}' is not a Thai province.").format(text=text))
    return found.name_th


def cmd_list(ctx: Context) -> int:
    from organiser.core.i18n import current_language
    from organiser.services.events.reading import list_events

    with ctx.store.reader() as uow:
        rows = list_events(uow)
    if ctx.args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(_("No events yet. Create one in the app, or run 'organiser demo'."))
        return 0
    lang = current_language()
    print_table(
        [
            (
                f"{r.code} ⚠" if r.code_shared else (r.code or r.id[:13]),
                format_date_range(r.starts_on, r.ends_on, lang, "short"),
                r.registered,
                _("{title} (cancelled)").format(title=r.title) if r.cancelled else r.title,
            )
            for r in rows
        ],
        [_("Event"), _("Dates"), _("Registered"), _("Title")],
    )
    if any(r.code_shared for r in rows):
        print(
            _(
                "⚠ Another seminar has the same code (it came from another office): name these "
                "by id, or give one a new code with 'organiser events edit'."
            )
        )
    return 0


def cmd_create(ctx: Context) -> int:
    from organiser.services.events.reading import create_event

    args = ctx.args
    starts_on, ends_on = _date(args.starts_on), _date(args.ends_on)
    assert starts_on is not None and ends_on is not None  # required options
    with ctx.store.writer() as uow:
        event = create_event(
            uow, args.title, starts_on, ends_on, venue=args.venue.strip(),
            province=_province(args.province) or "", code=(args.code or "").strip() or None,
        )  # fmt: skip
        result = {
            "id": event.id,
            "code": event.code or "",
            "title": event.title,
            "starts_on": event.starts_on.isoformat(),
            "ends_on": event.ends_on.isoformat(),
        }
        uow.commit()
    if args.json:
        print_json(result)
    else:
        print(result["id"])  # the id alone, so that scripts can keep it
    return 0


def cmd_edit(ctx: Context) -> int:
    from organiser.core.i18n import current_language
    from organiser.services.events.editing import edit_event
    from organiser.services.events.reading import resolve_event

    args = ctx.args
    with ctx.store.writer() as uow:
        event = resolve_event(uow, args.event)
        change = edit_event(
            uow, event.id, title=args.title, starts_on=_date(args.starts_on),
            ends_on=_date(args.ends_on), venue=args.venue, province=_province(args.province),
            code=args.code, move_agenda=args.move_agenda,
        )  # fmt: skip
        uow.commit()
    if args.json:
        print_json(change.as_json())
        return 0
    after = change.after
    print(
        _("Changed: {title}, {dates}.").format(
            title=after.title,
            dates=format_date_range(after.starts_on, after.ends_on, current_language(), "short"),
        )
    )
    if change.moved_sessions:
        print(
            _("The programme moved by {days} days ({n} sessions).").format(
                days=change.shift_days, n=len(change.moved_sessions)
            )
        )
    return 0


def cmd_cancel(ctx: Context) -> int:
    from organiser.services.events.editing import cancel_event
    from organiser.services.events.reading import resolve_event

    with ctx.store.writer() as uow:
        event = resolve_event(uow, ctx.args.event)
        cancel_event(uow, event.id)
        title = event.title
        uow.commit()
    print(
        _("'{title}' is cancelled; its registrations and programme are kept.").format(title=title)
    )
    return 0


def cmd_reopen(ctx: Context) -> int:
    from organiser.services.events.editing import reopen_event
    from organiser.services.events.reading import resolve_event

    with ctx.store.writer() as uow:
        event = resolve_event(uow, ctx.args.event)
        reopen_event(uow, event.id)
        title = event.title
        uow.commit()
    print(_("'{title}' is no longer cancelled.").format(title=title))
    return 0


def cmd_delete(ctx: Context) -> int:
    from organiser.services.events.editing import delete_event
    from organiser.services.events.reading import resolve_event

    with ctx.store.writer() as uow:
        event = resolve_event(uow, ctx.args.event)
        delete_event(uow, event.id)
        title = event.title
        uow.commit()
    print(_("'{title}' is deleted.").format(title=title))
    return 0
