"""Commands of the people area: import an invitation list, list, search, export, undo an import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, out_path, print_json, print_table
from organiser.core.errors import UserError
from organiser.core.i18n import _


def register(sub: Any, export_sub: Any) -> None:
    people = sub.add_parser("people", help=_("people and organisations: import, list, search"))
    people_sub = people.add_subparsers(dest="action", required=True)

    imp = people_sub.add_parser("import", help=_("import an invitation list (.xlsx or .csv)"))
    imp.add_argument("file", metavar="FILE", help=_("the .xlsx or .csv file"))
    imp.add_argument(
        "--event", metavar="EVENT", required=True, help=_("the event to invite them to")
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=_("check every row and report; write nothing")
    )
    data_dir_option(imp)
    json_option(imp)
    imp.set_defaults(handler=cmd_import)

    listing = people_sub.add_parser("list", help=_("list people"))
    listing.add_argument("--event", metavar="EVENT", help=_("only people registered for it"))
    data_dir_option(listing)
    json_option(listing)
    listing.set_defaults(handler=cmd_list)

    search = people_sub.add_parser("search", help=_("find people by name, nickname, phone, …"))
    search.add_argument("text", metavar="TEXT")
    data_dir_option(search)
    json_option(search)
    search.set_defaults(handler=cmd_search)

    undo = people_sub.add_parser(
        "undo-import", help=_("take back one import (a backup is made first)")
    )
    undo.add_argument("batch", metavar="BATCH", help=_("the import's id (see 'people imports')"))
    undo.add_argument(
        "--only-untouched",
        action="store_true",
        help=_(
            "when some of its people have checked in or were edited since, keep them and "
            "take back only the others"
        ),
    )
    data_dir_option(undo)
    json_option(undo)
    undo.set_defaults(handler=cmd_undo)

    redo = people_sub.add_parser("redo-import", help=_("take back the undo of an import"))
    redo.add_argument("batch", metavar="BATCH", help=_("the import's id (see 'people imports')"))
    data_dir_option(redo)
    json_option(redo)
    redo.set_defaults(handler=cmd_redo)

    merge = people_sub.add_parser(
        "merge", help=_("merge two records of the same person (a backup is made first)")
    )
    merge.add_argument("keep", metavar="KEEP", help=_("the id of the record to keep"))
    merge.add_argument(
        "duplicate", metavar="DUPLICATE", help=_("the id of the duplicate to fold into it")
    )
    data_dir_option(merge)
    merge.set_defaults(handler=cmd_merge)

    batches = people_sub.add_parser("imports", help=_("list past imports"))
    data_dir_option(batches)
    json_option(batches)
    batches.set_defaults(handler=cmd_batches)

    from organiser.services.people.exports import COLUMN_KEYS, DEFAULT_COLUMNS

    export = export_sub.add_parser(
        "people", help=_("people or an event's registrations, .xlsx/.csv")
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True)
    export.add_argument("--event", metavar="EVENT", help=_("only this event's registrations"))
    export.add_argument(
        "--columns",
        default=",".join(DEFAULT_COLUMNS),
        help=_("comma-separated columns out of: {keys}").format(keys=", ".join(COLUMN_KEYS)),
    )
    data_dir_option(export)
    export.set_defaults(handler=cmd_export)


def _event_id(ctx: Context, ref: str | None) -> str:
    if not ref:
        return ""
    from organiser.services.events.reading import resolve_event

    with ctx.store.reader() as uow:
        return resolve_event(uow, ref).id


def _new_organisations(plan: Any) -> list[dict[str, str]]:
    """Each organisation the import creates, with the kind it will get (guessed from its name)."""
    seen: dict[str, dict[str, str]] = {}
    for r in plan.rows:
        if r.organisation_is_new and r.organisation_kind is not None:
            key = "".join(r.draft.organisation.casefold().split())
            seen.setdefault(key, {"name": r.draft.organisation, "kind": r.organisation_kind.value})
    return list(seen.values())


def cmd_import(ctx: Context) -> int:
    from organiser.services.people.importing.columns import field_label, has_name
    from organiser.services.people.importing.planning import RowAction
    from organiser.services.people.importing.writing import prepare_import, run_import

    path = Path(ctx.args.file).expanduser()
    event_id = _event_id(ctx, ctx.args.event)
    with ctx.store.reader() as uow:
        plan = prepare_import(uow, path)
    if not has_name(plan.mapping):
        raise UserError(
            _(
                "No column with names was found in {name}; its header row needs a column such as 'ชื่อ-สกุล' or 'ชื่อ'."
            ).format(name=path.name)
        )
    result = None
    if not ctx.args.dry_run:
        from organiser.services.safety.autobackup import BulkChange

        ctx.backup_before(BulkChange.IMPORT)
        with ctx.store.writer() as uow:
            result = run_import(uow, plan, event_id)
            uow.commit()
    header_line = plan.table.lines[plan.header_index] if plan.header_index is not None else None
    if ctx.args.json:
        print_json(
            {
                "file": plan.file_name,
                "dry_run": bool(ctx.args.dry_run),
                "encoding": plan.table.encoding,
                "header_line": header_line,
                "mapping": [
                    {"column": i + 1, "header": h, "field": f.value}
                    for i, (h, f) in enumerate(zip(plan.headers, plan.mapping, strict=False))
                ],
                "counts": {a.value: plan.count(a) for a in RowAction},
                "rows": [
                    {
                        "line": r.line,
                        "name": r.draft.full_name,
                        "action": r.action.value,
                        "existing_id": r.existing_id or None,
                        "problems": [
                            {"code": p.code, "severity": p.severity.value, "message": p.message}
                            for p in r.problems
                        ],
                    }
                    for r in plan.rows
                ],
                "new_organisations": _new_organisations(plan),
                "notes": plan.table.notes[:50],
                "result": result.as_json() if result else None,
            }
        )
        return 0
    print(_("File: {name}").format(name=plan.file_name)
          + (f" ({plan.table.encoding})" if plan.table.encoding else ""))  # fmt: skip
    if header_line is not None:
        print(_("Header row: {line}").format(line=header_line))
    used = [
        f"{h or '?'} → {field_label(f)}"
        for h, f in zip(plan.headers, plan.mapping, strict=False)
        if f.value != "ignore"
    ]
    print(_("Columns: {columns}").format(columns="; ".join(used)))
    flagged = [r for r in plan.rows if r.problems]
    if flagged:
        print_table(
            [
                (r.line, r.draft.full_name or "—", _action_word(r.action.value), r.reasons)
                for r in flagged
            ],
            [_("Row"), _("Name"), _("Decision"), _("Reason")],
        )
    for note in plan.table.notes[:10]:
        print(note)
    print(
        _("{new} new, {merge} already known, {skip} skipped.").format(
            new=plan.count(RowAction.IMPORT),
            merge=plan.count(RowAction.MERGE),
            skip=plan.count(RowAction.SKIP),
        )
    )
    if result is None:
        print(_("Dry run: nothing was written."))
    else:
        print(
            _(
                "Imported: {created} people added, {merged} merged, {registered} invited. Undo with 'organiser people undo-import {batch}'."
            ).format(
                created=result.created,
                merged=result.merged,
                registered=result.registered,
                batch=result.batch_id,
            )
        )
    return 0


def _action_word(action: str) -> str:
    return {"import": _("add"), "merge": _("merge"), "skip": _("skip")}.get(action, action)


def _print_people(ctx: Context, rows: list[Any]) -> None:
    from organiser.core.i18n import current_language
    from organiser.core.provinces import province_label

    if ctx.args.json:
        print_json([r.as_json() for r in rows])
        return
    if not rows:
        print(_("Nobody found."))
        return
    lang = current_language()
    print_table(
        [
            (
                r.id[:13],
                r.full_name,
                r.nickname,
                r.organisation,
                province_label(r.province, lang),
                r.phone_display,
            )
            for r in rows
        ],
        [_("Id"), _("Name"), _("Nickname"), _("Organisation"), _("Province"), _("Phone")],
    )


def cmd_list(ctx: Context) -> int:
    from organiser.services.people.rows import list_people

    event_id = _event_id(ctx, ctx.args.event)
    with ctx.store.reader() as uow:
        rows = list_people(uow, event_id or None)
    _print_people(ctx, rows)
    return 0


def cmd_search(ctx: Context) -> int:
    from organiser.services.people.search import search_people

    with ctx.store.reader() as uow:
        rows = search_people(uow, ctx.args.text)
    _print_people(ctx, rows)
    return 0


def cmd_undo(ctx: Context) -> int:
    from organiser.services.people.importing.undo import preview_undo, undo_import
    from organiser.services.safety.autobackup import BulkChange

    batch = ctx.args.batch
    with ctx.store.reader() as uow:
        preview = preview_undo(uow, batch)  # a refusal comes before any backup
    refusal = preview.refusal(ctx.args.only_untouched)
    if refusal:
        raise UserError(refusal)
    ctx.backup_before(BulkChange.UNDO_IMPORT)
    with ctx.store.writer() as uow:
        result = undo_import(uow, batch, only_untouched=ctx.args.only_untouched)
        uow.commit()
    if ctx.args.json:
        print_json(result.as_json())
        return 0
    print(
        _("Import undone: {people} people and {n} invitations taken back.").format(
            people=result.people, n=result.invitations
        )
    )
    if result.kept_people or result.kept_invitations:
        print(
            _("Kept because they were used since: {people} people, {n} invitations.").format(
                people=result.kept_people, n=result.kept_invitations
            )
        )
    print(_("Take the undo back with 'organiser people redo-import {batch}'.").format(batch=batch))
    return 0


def cmd_redo(ctx: Context) -> int:
    from organiser.services.people.importing.undo import redo_import
    from organiser.services.safety.autobackup import BulkChange

    ctx.backup_before(BulkChange.REDO_IMPORT)
    with ctx.store.writer() as uow:
        result = redo_import(uow, ctx.args.batch)
        uow.commit()
    if ctx.args.json:
        print_json(result.as_json())
        return 0
    print(
        _("Import brought back: {people} people and {n} invitations.").format(
            people=result.people, n=result.invitations
        )
    )
    return 0


def cmd_merge(ctx: Context) -> int:
    from organiser.services.people.editing import merge_people
    from organiser.services.safety.autobackup import BulkChange
    from organiser.services.safety.privacy import find_person

    with ctx.store.reader() as uow:
        keep = find_person(uow, ctx.args.keep).id
        duplicate = find_person(uow, ctx.args.duplicate).id
    if keep == duplicate:
        raise UserError(_("Choose two different people to merge."))
    ctx.backup_before(BulkChange.MERGE)
    with ctx.store.writer() as uow:
        result = merge_people(uow, keep, duplicate)
        uow.commit()
    print(
        _("Merged: {registrations} registrations moved to {person}.").format(
            registrations=result.moved_registrations, person=result.survivor_id
        )
    )
    return 0


def cmd_batches(ctx: Context) -> int:
    from organiser.services.people.importing.undo import list_batches

    with ctx.store.reader() as uow:
        rows = list_batches(uow)
    if ctx.args.json:
        print_json(
            [
                {
                    "id": b.id,
                    "file": b.file_name,
                    "at": b.created_at.isoformat(),
                    "created": b.people_created,
                    "merged": b.people_merged,
                    "undone": b.undone,
                }
                for b in rows
            ]
        )
        return 0
    print_table(
        [
            (
                b.id,
                b.file_name,
                b.created_at.strftime("%Y-%m-%d %H:%M"),
                b.people_created,
                _("undone") if b.undone else "",
            )
            for b in rows
        ],
        [_("Id"), _("File"), _("When (UTC)"), _("Added"), ""],
    )
    return 0


def cmd_export(ctx: Context) -> int:
    from organiser.services.people.exports import export_people

    columns = tuple(c.strip() for c in ctx.args.columns.split(",") if c.strip())
    event_id = _event_id(ctx, ctx.args.event)
    with ctx.store.writer() as uow:
        result = export_people(uow, out_path(ctx.args.output), columns, event_id)
        uow.commit()
    print(_("{n} rows written to {path}").format(n=result.rows, path=result.path))
    return 0
