"""Commands of the memoranda area: list, show, record signatures and status, file documents,
check the filed copies, and print a memorandum."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, print_json, print_table
from organiser.core.errors import UserError
from organiser.core.i18n import _, current_language
from organiser.core.thaidate import DateParseError, format_date, parse_date
from organiser.domain.memoranda import MemorandumStatus

STATUSES = [s.value for s in MemorandumStatus]


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise UserError(
            _("“{text}” is not a date; write it like 31/01/2550 or 2007-01-31.").format(text=text)
        ) from exc


def register(sub: Any, export_sub: Any) -> None:
    """Add this area's commands to the parser."""
    memoranda = sub.add_parser("memoranda", help=_("memoranda of cooperation between agencies"))
    actions = memoranda.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help=_("list memoranda"))
    data_dir_option(listing)
    json_option(listing)
    listing.add_argument("--status", choices=STATUSES, help=_("only memoranda with this status"))
    listing.add_argument(
        "--organisation", metavar="ORG", help=_("only memoranda this organisation is a party to")
    )
    listing.add_argument(
        "--signed", action="store_true", help=_("with --organisation: only where it has signed")
    )
    listing.set_defaults(handler=cmd_list)

    show = actions.add_parser("show", help=_("show one memorandum in full"))
    data_dir_option(show)
    json_option(show)
    show.add_argument("memorandum", metavar="ID", help=_("id, unique prefix or reference number"))
    show.set_defaults(handler=cmd_show)

    sign = actions.add_parser("sign", help=_("record that a party has signed"))
    data_dir_option(sign)
    sign.add_argument("memorandum", metavar="ID", help=_("id, unique prefix or reference number"))
    sign.add_argument("--party", metavar="ORG", required=True, help=_("the signing organisation"))
    sign.add_argument("--on", metavar="DATE", help=_("the day it signed (default: today)"))
    sign.set_defaults(handler=cmd_sign)

    status = actions.add_parser("status", help=_("change the status of a memorandum"))
    data_dir_option(status)
    status.add_argument("memorandum", metavar="ID", help=_("id, unique prefix or reference number"))
    status.add_argument("status", choices=STATUSES, help=_("the new status"))
    status.add_argument("--on", metavar="DATE", help=_("the day of the change (default: today)"))
    status.add_argument("--note", default="", help=_("why (required to terminate)"))
    status.set_defaults(handler=cmd_status)

    attach = actions.add_parser("attach", help=_("file a document (the signed scan) with it"))
    data_dir_option(attach)
    attach.add_argument("memorandum", metavar="ID", help=_("id, unique prefix or reference number"))
    attach.add_argument("file", metavar="FILE", help=_("the file to file"))
    attach.add_argument("--description", default="", help=_("what the document is"))
    attach.set_defaults(handler=cmd_attach)

    verify = actions.add_parser("verify", help=_("check that filed documents are unchanged"))
    data_dir_option(verify)
    verify.add_argument("memorandum", metavar="ID", help=_("id, unique prefix or reference number"))
    verify.set_defaults(handler=cmd_verify)

    export = export_sub.add_parser("memorandum", help=_("print a memorandum to PDF"))
    data_dir_option(export)
    export.add_argument("memorandum", metavar="ID", help=_("id, unique prefix or reference number"))
    export.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the PDF to write"))
    export.add_argument(
        "--lang", dest="doc_lang", choices=("th", "en"), help=_("language of the document")
    )
    export.set_defaults(handler=cmd_export)


def cmd_list(ctx: Context) -> int:
    from organiser.domain.labels import label_of
    from organiser.services.memoranda.reading import find_organisation, list_memoranda

    args = ctx.args
    if args.signed and not args.organisation:
        raise UserError(_("--signed needs --organisation: whose signature should it look for?"))
    with ctx.store.reader() as uow:
        org_id = find_organisation(uow, args.organisation).id if args.organisation else None
        rows = list_memoranda(uow, args.status, org_id, args.signed)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(_("No memoranda match."))
        return 0
    lang = current_language()

    def day(d: dt.date | None, empty: str = "") -> str:
        return format_date(d, "short", lang) if d else empty

    print_table(
        [
            (
                r.reference_no or r.id[:13],
                label_of(MemorandumStatus, r.status),
                f"{r.signed_parties}/{len(r.parties)}",
                f"{day(r.valid_from)} – {day(r.valid_until, _('open-ended'))}",
                r.title,
            )
            for r in rows
        ],
        [_("Reference"), _("Status"), _("Signed"), _("Valid"), _("Title")],
    )
    return 0


def cmd_show(ctx: Context) -> int:
    from organiser.domain.labels import label_of
    from organiser.services.memoranda.reading import find_memorandum, load_memorandum

    with ctx.store.reader() as uow:
        memo = load_memorandum(uow, find_memorandum(uow, ctx.args.memorandum))
    if ctx.args.json:
        print_json(memo.as_json())
        return 0
    lang = current_language()
    print(memo.title)
    print(f"{memo.reference_no}  ·  {label_of(MemorandumStatus, memo.status)}  ·  {memo.id}")
    for party in memo.parties:
        signed = (
            _("signed {date}").format(date=format_date(party.signed_on, "short", lang))
            if party.signed_on
            else (party.unsigned_note or _("not signed"))
        )
        print(f"  - {party.organisation_name}: {party.signatory} ({signed})")
    for n, clause in enumerate(memo.clauses, start=1):
        print(f"  {_('Clause {n}').format(n=n)} {clause.heading}: {clause.text}")
    for att in memo.attachments:
        print(f"  [{att.filename}] {att.size} B  sha256 {att.sha256[:16]}…")
    return 0


def cmd_sign(ctx: Context) -> int:
    from organiser.services.memoranda.editing import record_signature
    from organiser.services.memoranda.reading import (
        find_memorandum,
        find_organisation,
        load_memorandum,
    )

    on = _date(ctx.args.on) if ctx.args.on else dt.date.today()
    with ctx.store.writer() as uow:
        memo = load_memorandum(uow, find_memorandum(uow, ctx.args.memorandum))
        org = find_organisation(uow, ctx.args.party)
        party = next((p for p in memo.parties if p.organisation_id == org.id), None)
        if party is None or party.id is None:
            raise UserError(_("{name} is not a party to this memorandum.").format(name=org.label))
        record_signature(uow, party.id, on)
        uow.commit()
    print(
        _("{name} signed on {date}.").format(
            name=org.label, date=format_date(on, "long", current_language())
        )
    )
    return 0


def cmd_status(ctx: Context) -> int:
    from organiser.domain.labels import label_of
    from organiser.services.memoranda.editing import change_status
    from organiser.services.memoranda.reading import find_memorandum

    on = _date(ctx.args.on) if ctx.args.on else dt.date.today()
    with ctx.store.writer() as uow:
        memo_id = find_memorandum(uow, ctx.args.memorandum)
        change_status(uow, memo_id, ctx.args.status, on, ctx.args.note)
        uow.commit()
    print(
        _("The memorandum is now “{status}”.").format(
            status=label_of(MemorandumStatus, ctx.args.status)
        )
    )
    return 0


def cmd_attach(ctx: Context) -> int:
    from organiser.services.memoranda.files import add_attachment, take_in
    from organiser.services.memoranda.reading import find_memorandum

    with ctx.store.reader() as uow:
        memo_id = find_memorandum(uow, ctx.args.memorandum)
    # copied and checked before the short write: the desks keep checking people in meanwhile
    incoming = take_in(ctx.store, Path(ctx.args.file).expanduser())
    with ctx.store.writer() as uow:
        added = add_attachment(uow, memo_id, incoming, ctx.args.description)
        uow.commit()
    print(
        _("Filed {name} ({size} bytes, SHA-256 {sha}).").format(
            name=added.filename, size=added.size, sha=added.sha256
        )
    )
    return 0


def cmd_verify(ctx: Context) -> int:
    from organiser.services.memoranda.files import AttachmentProblem, verified_path
    from organiser.services.memoranda.reading import find_memorandum, load_memorandum

    problems = 0
    with ctx.store.reader() as uow:
        memo = load_memorandum(uow, find_memorandum(uow, ctx.args.memorandum))
        for att in memo.attachments:
            try:
                verified_path(uow, att.id)
            except AttachmentProblem as exc:
                problems += 1
                print(exc.message)
            else:
                print(_("{name}: unchanged.").format(name=att.filename))
    if not memo.attachments:
        print(_("No documents are filed with this memorandum."))
    return 1 if problems else 0


def cmd_export(ctx: Context) -> int:
    from organiser.cli import out_path
    from organiser.services.memoranda.reading import find_memorandum, load_memorandum
    from organiser.services.memoranda.reports import write_memorandum

    with ctx.store.reader() as uow:
        memo = load_memorandum(uow, find_memorandum(uow, ctx.args.memorandum))
    target = out_path(ctx.args.output)
    if not target.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist.").format(folder=target.parent))
    write_memorandum(memo, target, ctx.args.doc_lang or current_language())
    print(_("Memorandum written to {path}").format(path=target))
    return 0
