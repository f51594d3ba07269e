"""Commands of the safety area: restore, backups, erase, audit, where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, print_json, print_table
from organiser.core.i18n import _


def register(sub: Any, export_sub: Any) -> None:
    restore = sub.add_parser(
        "restore",
        help=_("replace the database with a backup (the current one is backed up first)"),
    )
    data_dir_option(restore)
    json_option(restore)
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help=_("the backup file to restore"))
    which.add_argument("--latest", action="store_true", help=_("restore the newest good backup"))
    restore.set_defaults(handler=cmd_restore)

    backups = sub.add_parser("backups", help=_("the backups of the data folder"))
    backups_sub = backups.add_subparsers(dest="action", required=True)
    listing = backups_sub.add_parser("list", help=_("list backups, newest first"))
    data_dir_option(listing)
    json_option(listing)
    listing.set_defaults(handler=cmd_backups_list)

    erase = sub.add_parser(
        "erase", help=_("erase a person's personal data for good (their history stays)")
    )
    data_dir_option(erase)
    json_option(erase)
    erase.add_argument(
        "person",
        metavar="PERSON",
        help=_("the person's id (or its first 8+ characters), or their registration code"),
    )
    erase.add_argument(
        "--keep-backups",
        action="store_true",
        help=_("erase in the database only, not in the backups"),
    )
    erase.add_argument(
        "--delete-copies",
        action="store_true",
        help=_("delete the copies (damaged or old) that could not be scrubbed"),
    )
    erase.set_defaults(handler=cmd_erase)

    audit = sub.add_parser("audit", help=_("the log of imports, exports, erasures and restores"))
    data_dir_option(audit)
    json_option(audit)
    audit.set_defaults(handler=cmd_audit)


def _when(value: Any) -> str:
    from organiser.services.safety.labels import when_text

    return when_text(value)


def cmd_restore(ctx: Context) -> int:
    from organiser.services.safety.backups import restore_database, restore_latest
    from organiser.store.lock import DataFolderLock

    # The app must not be running on this folder while its database is replaced.
    with DataFolderLock(ctx.data_dir):
        if ctx.args.latest:
            result = restore_latest(ctx.data_dir)
        else:
            result = restore_database(ctx.data_dir, Path(ctx.args.file))
    if ctx.args.json:
        print_json(result.as_json())
        return 0
    print(_("Restored from {file}.").format(file=result.restored_from))
    if result.previous_saved_as is not None:
        if result.previous_was_foreign:
            print(
                _("The other program's database was kept as {file}.").format(
                    file=result.previous_saved_as
                )
            )
        elif result.previous_was_damaged:
            print(
                _("The damaged database was kept as {file}.").format(file=result.previous_saved_as)
            )
        else:
            print(
                _("The database before the restore was backed up as {file}.").format(
                    file=result.previous_saved_as
                )
            )
    c = result.contents
    print(
        _(
            "It holds {people} people, {events} events, {memoranda} memoranda and {plans} plans."
        ).format(people=c.people, events=c.events, memoranda=c.memoranda, plans=c.plans)
    )
    if result.documents_put_back:
        print(
            _("{count} filed documents were put back from the backups.").format(
                count=result.documents_put_back
            )
        )
    return 0


def cmd_backups_list(ctx: Context) -> int:
    from organiser.services.safety.backups import list_backup_rows
    from organiser.store.db import Store

    store = Store(ctx.data_dir)  # listing must work even when the database is damaged or gone
    try:
        rows = list_backup_rows(store)
    finally:
        store.dispose()
    if ctx.args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(_("No backups yet in {folder}.").format(folder=ctx.data_dir / "backups"))
        return 0

    def n(value: int | None) -> str:
        return "?" if value is None else str(value)

    print_table(
        [
            (
                _when(r.made_at) + (" " + _("DAMAGED") if r.damaged else ""),
                f"{r.size / 1024:,.0f} KB",
                n(r.contents.people),
                n(r.contents.events),
                n(r.contents.memoranda),
                n(r.contents.plans),
                r.path.name,
            )
            for r in rows
        ],
        [_("Made"), _("Size"), _("People"), _("Events"), _("Memoranda"), _("Plans"), _("File")],
    )
    if any(r.damaged for r in rows):
        print(_("A backup marked DAMAGED fails the check and cannot be restored."))
    return 0


def cmd_erase(ctx: Context) -> int:
    import sys

    from organiser.services.safety.erasure_reach import (
        deletable,
        erase_everywhere,
        outside_message,
        unfinished_message,
    )

    store = ctx.store
    report = erase_everywhere(
        store,
        ctx.args.person,
        keep_backups=ctx.args.keep_backups,
        delete_copies=ctx.args.delete_copies,
    )
    result = report.result
    if ctx.args.json:
        print_json(report.as_json())
        return 0 if report.complete else 1
    if not report.complete:
        # success is said only once no file of the app holds the values
        print(unfinished_message(report), file=sys.stderr)
        if deletable(report, store):
            print(
                _("Run the same command with --delete-copies to delete the copies among them."),
                file=sys.stderr,
            )
    elif report.again:
        print(
            _(
                "This person's data was already erased ({label}); the database and its copies "
                "were scrubbed and checked again."
            ).format(label=result.label)
        )
    else:
        print(
            _(
                "Erased. The person is now shown as {label}; {registrations} registrations and {check_ins} check-ins were kept without identity."
            ).format(
                label=result.label,
                registrations=result.registrations_kept,
                check_ins=result.check_ins_kept,
            )
        )
        for path in report.deleted:
            print(_("Deleted {file}.").format(file=path))
    outside = outside_message(report)
    if outside:
        print(outside, file=sys.stdout if report.complete else sys.stderr)
    return 0 if report.complete else 1


def cmd_audit(ctx: Context) -> int:
    from organiser.services.safety.privacy import list_audit

    with ctx.store.reader() as uow:
        rows = list_audit(uow)
    if ctx.args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(_("The audit log is empty."))
        return 0
    from organiser.services.safety.labels import action_label

    print_table(
        [(_when(r.at), action_label(r.action), r.actor, r.detail) for r in rows],
        [_("When"), _("What"), _("Who"), _("Details")],
    )
    return 0


def safety_report(store: Any) -> dict[str, object]:
    """What `organiser check` adds about backups, the folder and file permissions."""
    import os
    import stat

    from organiser.services.safety.location import folder_risk
    from organiser.store.backup import list_backups, newest_good_backup

    backups = list_backups(store)
    good = newest_good_backup(store)
    risk = folder_risk(store.data_dir)
    exposed: list[str] = []
    if os.name == "posix":
        for path in [store.path, *(b.path for b in backups)]:
            try:
                if stat.S_IMODE(path.stat().st_mode) & 0o077:
                    exposed.append(path.name)
            except OSError:
                continue
    return {
        "backups": len(backups),
        "last_backup": backups[0].made_at.isoformat() if backups else None,
        "newest_good_backup": str(good.path) if good else None,
        "folder_warning": risk.reason if risk else None,
        "readable_by_others": exposed,
    }


def print_safety_report(report: dict[str, object]) -> None:
    import datetime as dt

    last = report["last_backup"]
    if isinstance(last, str):
        print(
            _("Backups: {count}, the last made {when}.").format(
                count=report["backups"], when=_when(dt.datetime.fromisoformat(last))
            )
        )
    else:
        print(_("No backups yet: run 'organiser backup'."))
    if report["backups"] and not report["newest_good_backup"]:
        print(_("Warning: none of the backups passes the check."))
    if report["folder_warning"]:
        print(_("Warning: {reason}").format(reason=report["folder_warning"]))
    exposed = report["readable_by_others"]
    if isinstance(exposed, list) and exposed:
        print(
            _("Warning: other users of this computer can read {files}.").format(
                files=", ".join(str(x) for x in exposed)
            )
        )
