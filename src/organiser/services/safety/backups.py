"""Choosing and restoring a backup: the current database is backed up first, then replaced."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from organiser.core.errors import DataFolderError, NotFound, UserError
from organiser.core.i18n import _
from organiser.store import folder_use, migrate
from organiser.store.backup import (
    BackupContents,
    BackupInfo,
    backup_contents,
    list_backups,
    make_backup,
    newest_good_backup,
)
from organiser.store.backup_files import bring_back_attachments
from organiser.store.checking import check_file
from organiser.store.db import Store
from organiser.store.opening import describe_backup
from organiser.store.ownership import is_foreign
from organiser.store.restore import (
    check_candidate,
    copy_into_data_folder,
    not_an_organiser_database,
    put_in_place,
    set_aside,
)


@dataclass(frozen=True)
class BackupRow:
    """One backup as the restore dialog and `organiser backups list` show it."""

    path: Path
    made_at: dt.datetime  # UTC
    reason: str
    size: int
    contents: BackupContents
    damaged: bool = False  # fails the check: shown as damaged, never restored

    def as_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "damaged": self.damaged,
            "made_at": self.made_at.isoformat(),
            "reason": self.reason,
            "size": self.size,
            "people": self.contents.people,
            "events": self.contents.events,
            "memoranda": self.contents.memoranda,
            "plans": self.contents.plans,
            "schema": self.contents.schema,
        }


def list_backup_rows(store: Store) -> list[BackupRow]:
    """Newest first, with what each holds and whether it passes the check (read without
    changing it)."""
    return [
        BackupRow(
            b.path,
            b.made_at,
            b.reason,
            b.size,
            backup_contents(b.path),
            bool(check_file(b.path)) or is_foreign(b.path),
        )
        for b in list_backups(store)
    ]


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path | None  # the pre-restore backup (or the damaged file set aside)
    previous_was_damaged: bool
    contents: BackupContents
    documents_put_back: int = 0  # filed scans missing or changed, brought back from the backups
    previous_was_foreign: bool = False  # another program's file was in place: set aside

    def as_json(self) -> dict[str, object]:
        return {
            "restored_from": str(self.restored_from),
            "previous_saved_as": str(self.previous_saved_as) if self.previous_saved_as else None,
            "previous_was_damaged": self.previous_was_damaged,
            "previous_was_foreign": self.previous_was_foreign,
            "people": self.contents.people,
            "events": self.contents.events,
            "memoranda": self.contents.memoranda,
            "plans": self.contents.plans,
            "documents_put_back": self.documents_put_back,
        }


def restore_database(
    data_dir: Path, source: Path, store: Store | None = None, actor: str = ""
) -> RestoreResult:
    """Replace the database in `data_dir` with the backup `source`.

    Order: check the file; copy it through SQLite into the data folder and check the copy; back
    up the current database (or set it aside if it is damaged); close every connection; move the
    copy into place; bring it up to date; log the restore. Any failure before the move changes
    nothing. `store` is the running app's store (its connections are closed and reopen on the
    restored file); the caller makes sure no background work is using it.
    """
    source = Path(source).expanduser()
    if not source.is_file():
        raise NotFound(_("{file} does not exist.").format(file=source))
    problems = check_candidate(source)
    if problems:
        raise UserError(not_an_organiser_database(source))
    contents = backup_contents(source)
    if contents.schema is not None and contents.schema not in migrate.known_revisions():
        raise UserError(
            _(
                "{file} was made by a newer version of Organiser. Install that version to "
                "restore it; nothing was changed."
            ).format(file=source.name)
        )
    own = store is None
    live = store if store is not None else Store(data_dir)
    try:
        # no other process may have the database open while it is replaced: a writer keeping
        # its connection would go on writing into the old file (store.folder_use)
        with live.exclusive(), folder_use.exclusive(live.data_dir):
            copy = copy_into_data_folder(source, live.data_dir)
            previous: Path | None = None
            damaged = foreign = False
            try:
                if live.path.exists() and live.path.stat().st_size > 0:
                    if check_file(live.path):
                        live.dispose()
                        previous = set_aside(live.path, "damaged")
                        damaged = True
                    elif is_foreign(live.path):
                        # another program's file: kept beside, never among our backups
                        live.dispose()
                        previous = set_aside(live.path, "foreign")
                        foreign = True
                    else:
                        previous = make_backup(live, reason="pre-restore").path
            except BaseException:
                copy.unlink(missing_ok=True)
                raise
            put_in_place(live, copy)
            if migrate.current_revision(live) != migrate.head_revision():
                make_backup(live, reason="pre-migration")
                migrate.upgrade(live)
            # the signed scans it lists come back with it, from the backups' store
            put_back = bring_back_attachments(live.data_dir, live.path)
        _log_restore(live, source, previous, damaged or foreign, actor)
        live.generation += 1  # the data changed: a backup on quit is due
    finally:
        if own:
            live.dispose()
    return RestoreResult(source, previous, damaged, contents, len(put_back), foreign)


def _log_restore(
    store: Store, source: Path, previous: Path | None, damaged: bool, actor: str
) -> None:
    from organiser.services.safety.privacy import record

    if previous is None:
        detail = _("Restored the database from {file}.").format(file=source.name)
    elif damaged:
        detail = _(
            "Restored the database from {file}; the damaged database was kept as {previous}."
        ).format(file=source.name, previous=previous.name)
    else:
        detail = _(
            "Restored the database from {file}; the database before it was backed up as {previous}."
        ).format(file=source.name, previous=previous.name)
    with store.writer() as uow:
        record(uow, "restore", detail, actor)
        uow.commit()


def restore_latest(data_dir: Path, store: Store | None = None, actor: str = "") -> RestoreResult:
    """Restore the newest backup that passes the full check (a damaged one is skipped)."""
    probe = store if store is not None else Store(data_dir)
    try:
        best: BackupInfo | None = newest_good_backup(probe)
    finally:
        if store is None:
            probe.dispose()
    if best is None:
        raise DataFolderError(
            _("There is no good backup in {folder}.").format(folder=data_dir / "backups")
        )
    return restore_database(data_dir, best.path, store, actor)


def backup_label(info: BackupInfo) -> str:
    return describe_backup(info)
