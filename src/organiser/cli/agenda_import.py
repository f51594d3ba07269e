"""`organiser agenda import FILE --event E [--dry-run] [--json]`: the same checks as the
window's preview, printed; written in one transaction unless it is a dry run."""

from __future__ import annotations

from pathlib import Path

from organiser.cli import Context, print_json, print_table
from organiser.core.errors import UserError
from organiser.core.i18n import _, current_language
from organiser.core.thaidate import format_date, format_time_range
from organiser.domain.labels import label_of


def run_import_command(ctx: Context) -> int:
    from organiser.domain.agenda import SessionKind
    from organiser.services.agenda.importing.columns import Column, column_label
    from organiser.services.agenda.importing.planning import prepare_agenda_import
    from organiser.services.agenda.importing.writing import run_agenda_import
    from organiser.services.events.reading import resolve_event

    path = Path(ctx.args.file).expanduser()
    with ctx.store.reader() as uow:
        event = resolve_event(uow, ctx.args.event)
        plan = prepare_agenda_import(uow, path, event.id)
    if not ({Column.TIME, Column.START} & set(plan.mapping)) or Column.TITLE not in plan.mapping:
        raise UserError(
            _(
                "No column of times or of sessions was found in {name}; its header row needs columns such as 'เวลา' and 'กิจกรรม'."
            ).format(name=path.name)
        )
    result = None
    if not ctx.args.dry_run and plan.to_import:
        from organiser.services.safety.autobackup import BulkChange

        ctx.backup_before(BulkChange.IMPORT)
        with ctx.store.writer() as uow:
            result = run_agenda_import(uow, plan, event.id)
            uow.commit()
    header_line = plan.table.lines[plan.header_index] if plan.header_index is not None else None
    if ctx.args.json:
        print_json(
            {
                "file": plan.source,
                "event_id": event.id,
                "dry_run": bool(ctx.args.dry_run),
                "header_line": header_line,
                "mapping": [
                    {"column": i + 1, "header": h, "field": c.value}
                    for i, (h, c) in enumerate(zip(plan.headers, plan.mapping, strict=False))
                ],
                "rows": [
                    {
                        "line": r.line,
                        "day": r.day.isoformat() if r.day else None,
                        "starts_at": r.starts_at.strftime("%H:%M") if r.starts_at else None,
                        "ends_at": r.ends_at.strftime("%H:%M") if r.ends_at else None,
                        "kind": r.kind.value,
                        "title": r.title,
                        "room": r.room,
                        "import": r.include and not r.has_errors,
                        "problems": [
                            {"code": p.code, "severity": p.severity.value, "message": p.message}
                            for p in r.problems
                        ],
                    }
                    for r in plan.rows
                ],
                "new_rooms": plan.new_rooms,
                "notes": plan.table.notes[:50],
                "result": result.as_json() if result else None,
            }
        )
        return 0
    lang = current_language()
    print(_("File: {name}").format(name=plan.source))
    if header_line is not None:
        print(_("Header row: {line}").format(line=header_line))
    used = [
        f"{h or '?'} → {column_label(c)}"
        for h, c in zip(plan.headers, plan.mapping, strict=False)
        if c is not Column.IGNORE
    ]
    print(_("Columns: {columns}").format(columns="; ".join(used)))
    print_table(
        [
            (
                r.line,
                format_date(r.day, "short", lang) if r.day else "",
                format_time_range(r.starts_at, r.ends_at, lang)
                if r.starts_at and r.ends_at
                else "",
                label_of(SessionKind, r.kind.value),
                r.title,
                r.room,
                _("add") if r.include and not r.has_errors else _("skip"),
                r.reasons,
            )
            for r in plan.rows
        ],
        [
            _("Row"),
            _("Day"),
            _("Time"),
            _("Kind"),
            _("Session"),
            _("Room"),
            _("Decision"),
            _("Reason"),
        ],
    )
    if plan.new_rooms:
        print(_("New rooms: {rooms}").format(rooms=", ".join(plan.new_rooms)))
    print(
        _("{new} sessions to add ({conflicts} with a conflict), {skip} skipped.").format(
            new=len(plan.to_import), conflicts=len(plan.with_conflicts), skip=len(plan.skipped)
        )
    )
    found = sum(len(row.speakers) for row in plan.to_import)
    if found:
        print(_("{n} speakers found in the directory.").format(n=found))
    if result is None:
        print(_("Dry run: nothing was written.") if ctx.args.dry_run else _("Nothing to add."))
    else:
        print(
            _("Imported {n} sessions. Undo with 'organiser agenda undo-import {id}'.").format(
                n=result.sessions, id=result.import_id
            )
        )
    return 0
