"""Commands of the agenda area: the programme listed with its conflicts, copied from another
event, imported from a file (and taken back), and exported as PDF, iCalendar or a spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, out_path, print_json, print_table
from organiser.core.errors import UserError
from organiser.core.i18n import _


def register(sub: Any, export_sub: Any) -> None:
    """Add this area's commands to the parser."""
    agenda = sub.add_parser("agenda", help=_("the programme of an event"))
    agenda_sub = agenda.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = agenda_sub.add_parser("list", help=_("list the sessions and their conflicts"))
    data_dir_option(listing)
    json_option(listing)
    listing.add_argument("event", metavar="EVENT", help=_("the event's code or id"))
    listing.set_defaults(handler=cmd_list)

    copy = agenda_sub.add_parser(
        "copy", help=_("copy another event's programme, shifted to this event's dates")
    )
    data_dir_option(copy)
    copy.add_argument("source", metavar="FROM", help=_("the event to copy from"))
    copy.add_argument("target", metavar="TO", help=_("the event to copy into"))
    copy.add_argument(
        "--replace", action="store_true", help=_("replace the sessions the event already has")
    )
    copy.set_defaults(handler=cmd_copy)

    imp = agenda_sub.add_parser(
        "import", help=_("import a programme from Excel, CSV or a Word table")
    )
    imp.add_argument("file", metavar="FILE", help=_("the .xlsx, .csv or .docx file"))
    imp.add_argument("--event", metavar="EVENT", required=True, help=_("the event's code or id"))
    imp.add_argument(
        "--dry-run", action="store_true", help=_("check every row and report; write nothing")
    )
    data_dir_option(imp)
    json_option(imp)
    imp.set_defaults(handler=cmd_import)

    undo = agenda_sub.add_parser(
        "undo-import", help=_("take back every session one import added (a backup is made first)")
    )
    undo.add_argument("id", metavar="IMPORT", help=_("the import's id (see 'agenda imports')"))
    data_dir_option(undo)
    json_option(undo)
    undo.set_defaults(handler=cmd_undo_import)

    imports = agenda_sub.add_parser("imports", help=_("list the programmes imported"))
    imports.add_argument("event", metavar="EVENT", help=_("the event's code or id"))
    data_dir_option(imports)
    json_option(imports)
    imports.set_defaults(handler=cmd_imports)

    export = export_sub.add_parser(
        "agenda", help=_("the programme as PDF, iCalendar (.ics) or spreadsheet (.xlsx)")
    )
    data_dir_option(export)
    export.add_argument("event", metavar="EVENT", help=_("the event's code or id"))
    export.add_argument(
        "--format", choices=("pdf", "ics", "xlsx"),
        help=_("the kind of file (default: from the file name, else pdf)"),
    )  # fmt: skip
    export.add_argument("-o", "--output", metavar="FILE", required=True)
    export.add_argument("--lang", choices=("th", "en"), help=_("the document's language"))
    export.set_defaults(handler=cmd_export)

    booklet = export_sub.add_parser(
        "booklet",
        help=_("the programme booklet: cover, objectives, programme, speakers, participants"),
    )
    data_dir_option(booklet)
    booklet.add_argument("event", metavar="EVENT", help=_("the event's code or id"))
    booklet.add_argument("-o", "--output", metavar="FILE", required=True)
    booklet.add_argument("--lang", choices=("th", "en"), help=_("the document's language"))
    booklet.set_defaults(handler=cmd_export_booklet)


def cmd_export_booklet(ctx: Context) -> int:
    from organiser.core.i18n import current_language
    from organiser.services.agenda.booklet import export_booklet

    target = out_path(ctx.args.output)
    if target.is_dir():
        raise UserError(_("'{path}' is a folder; give a file name.").format(path=target))
    booklet = export_booklet(ctx.store, ctx.args.event, target, ctx.args.lang or current_language())
    print(
        _("Wrote {path}: {speakers} speakers, {people} participants.").format(
            path=target, speakers=len(booklet.speakers), people=booklet.participants
        )
    )
    return 0


def cmd_list(ctx: Context) -> int:
    from organiser.core.i18n import current_language
    from organiser.core.thaidate import format_date, format_time_range
    from organiser.domain.agenda import SessionKind
    from organiser.domain.labels import label_of
    from organiser.services.agenda.reading import load_agenda
    from organiser.services.events.reading import resolve_event

    with ctx.store.reader() as uow:
        event = resolve_event(uow, ctx.args.event)
        agenda = load_agenda(uow, event.id)
    if ctx.args.json:
        print_json(
            [
                {
                    **s.as_json(),
                    "conflicts": [
                        {"kind": c.kind.value, "reason": c.reason, "other": c.other_id}
                        for c in agenda.conflicts.get(s.id, [])
                    ],
                }
                for s in agenda.sessions
            ]
        )
        return 0
    if not agenda.sessions:
        print(_("This event has no sessions yet."))
        return 0
    lang = current_language()
    print_table(
        [
            (
                format_date(s.day, "short", lang),
                format_time_range(s.starts_at, s.ends_at, lang),
                label_of(SessionKind, s.kind),
                s.title,
                s.room,
                " / ".join(c.reason for c in agenda.conflicts.get(s.id, [])),
            )
            for s in agenda.sessions
        ],
        [_("Day"), _("Time"), _("Kind"), _("Session"), _("Room"), _("Conflicts")],
    )
    return 0


def cmd_copy(ctx: Context) -> int:
    from organiser.services.agenda.editing import copy_agenda
    from organiser.services.events.reading import resolve_event

    with ctx.store.writer() as uow:
        source = resolve_event(uow, ctx.args.source)
        target = resolve_event(uow, ctx.args.target)
        count = copy_agenda(uow, source.id, target.id, replace=ctx.args.replace)
        uow.commit()
    print(_("Copied {n} sessions into “{title}”.").format(n=count, title=target.title))
    return 0


def cmd_import(ctx: Context) -> int:
    from organiser.cli.agenda_import import run_import_command

    return run_import_command(ctx)


def cmd_undo_import(ctx: Context) -> int:
    from organiser.services.agenda.importing.writing import undo_agenda_import
    from organiser.services.safety.autobackup import BulkChange

    ctx.backup_before(BulkChange.UNDO_IMPORT)
    with ctx.store.writer() as uow:
        result = undo_agenda_import(uow, ctx.args.id)
        uow.commit()
    if ctx.args.json:
        print_json(result.as_json())
        return 0
    print(
        _("Import taken back: {n} sessions and {rooms} rooms removed.").format(
            n=result.sessions, rooms=result.rooms
        )
    )
    return 0


def cmd_imports(ctx: Context) -> int:
    from organiser.core.i18n import current_language
    from organiser.core.thaidate import format_moment
    from organiser.services.agenda.importing.writing import list_agenda_imports
    from organiser.services.events.reading import resolve_event

    with ctx.store.reader() as uow:
        event = resolve_event(uow, ctx.args.event)
        rows = list_agenda_imports(uow, event.id)
    if ctx.args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(_("No programme was imported into this event."))
        return 0
    lang = current_language()
    print_table(
        [
            (
                r.id,
                format_moment(r.made_at, lang),
                r.source or _("(pasted rows)"),
                r.sessions,
                _("taken back") if r.undone else "",
            )
            for r in rows
        ],
        [_("Id"), _("When"), _("From"), _("Sessions"), _("State")],
    )
    return 0


def export_format(requested: str | None, target: Path) -> str:
    if requested:
        return requested
    suffix = target.suffix.lower().lstrip(".")
    return suffix if suffix in ("pdf", "ics", "xlsx") else "pdf"


def cmd_export(ctx: Context) -> int:
    from organiser.core.i18n import current_language
    from organiser.services.agenda.reports import build_report, write_agenda
    from organiser.services.events.reading import resolve_event

    target = out_path(ctx.args.output)
    if target.is_dir():
        raise UserError(_("'{path}' is a folder; give a file name.").format(path=target))
    fmt = export_format(ctx.args.format, target)
    lang = ctx.args.lang or current_language()
    with ctx.store.reader() as uow:
        event = resolve_event(uow, ctx.args.event)
        report = build_report(uow, event.id, lang)
    write_agenda(report, fmt, target)
    print(_("Wrote {path}").format(path=target))
    return 0
