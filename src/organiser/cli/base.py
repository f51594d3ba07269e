"""Commands of the foundation: demo, check, backup (events: `organiser.cli.events`)."""

from __future__ import annotations

from typing import Any

from organiser.cli import Context, data_dir_option, json_option, print_json
from organiser.core.i18n import _


def register(sub: Any, export_sub: Any) -> None:
    demo = sub.add_parser("demo", help=_("fill the data folder with the demo seminar"))
    data_dir_option(demo)
    demo.add_argument(
        "--force", action="store_true", help=_("add the demo even if the data folder has data")
    )
    demo.set_defaults(handler=cmd_demo)

    check = sub.add_parser("check", help=_("check the database thoroughly and report"))
    data_dir_option(check)
    json_option(check)
    check.set_defaults(handler=cmd_check)

    backup = sub.add_parser("backup", help=_("make a verified backup of the database now"))
    data_dir_option(backup)
    backup.add_argument(
        "-o", "--output", metavar="FILE", help=_("write the backup to this file instead")
    )
    backup.set_defaults(handler=cmd_backup)


def cmd_demo(ctx: Context) -> int:
    from organiser.services.demo import build_demo
    from organiser.services.safety.autobackup import BulkChange

    if ctx.args.force:
        ctx.backup_before(BulkChange.DEMO)
    with ctx.store.writer() as uow:
        summary = build_demo(uow, force=ctx.args.force)
        uow.commit()
    print(
        _(
            "Demo seminar created in {folder}: {people} people, {orgs} organisations, {sessions} sessions."
        ).format(
            folder=ctx.data_dir,
            people=summary.people,
            orgs=summary.organisations,
            sessions=summary.sessions,
        )
    )
    return 0


def cmd_check(ctx: Context) -> int:
    from organiser.cli.safety import print_safety_report, safety_report
    from organiser.services.home.overview import counts
    from organiser.store.backup import verify_database
    from organiser.store.migrate import current_revision, head_revision

    store = ctx.store
    problems = verify_database(store.path)
    revision = current_revision(store)
    with store.reader() as uow:
        numbers = counts(uow)
    ok = not problems and revision == head_revision()
    if getattr(ctx.args, "json", False):
        print_json(
            {
                "ok": ok,
                "path": str(store.path),
                "schema": revision,
                "problems": problems,
                "counts": numbers.as_json(),
                **safety_report(store),  # safety area: backups, folder, permissions
            }
        )
    else:
        print(_("Database: {path}").format(path=store.path))
        print(_("Schema revision: {rev}").format(rev=revision))
        for key, value in numbers.as_json().items():
            print(f"  {key}: {value}")
        print_safety_report(safety_report(store))  # safety area
        if ok:
            print(_("The database is sound."))
        else:
            for problem in problems:
                print(_("Problem: {problem}").format(problem=problem))
    return 0 if ok else 1


def cmd_backup(ctx: Context) -> int:
    from pathlib import Path

    from organiser.store.backup import copy_backup_to, make_backup

    info = make_backup(ctx.store, reason="manual")
    if ctx.args.output:
        from organiser.services.safety.privacy import record_copy_outside

        target = copy_backup_to(info, Path(ctx.args.output))
        # a copy outside the folder: an erasure later names it, as it cannot reach it
        record_copy_outside(ctx.store, target)
        print(_("Backup written to {path}").format(path=target))
    else:
        print(_("Backup written to {path}").format(path=info.path))
    return 0
