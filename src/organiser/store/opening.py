"""Opening the data folder: prepare it, check the file, back up, migrate.

A damaged database is never opened for writing: it is checked through a read-only connection,
set aside as `organiser.sqlite3.damaged-<timestamp>` (with its -wal/-shm), and the caller is told
which backup is the newest good one. A database that is missing while backups exist is not
silently replaced by an empty one. A migration that fails puts the pre-migration backup back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from organiser.core import paths
from organiser.core.errors import DataFolderError
from organiser.core.i18n import _
from organiser.core.thaidate import format_moment
from organiser.store import folder_use, migrate
from organiser.store.backup import BackupInfo, make_backup, newest_good_backup
from organiser.store.checking import can_write, check_at_opening, check_file
from organiser.store.db import Store, prepare_data_dir
from organiser.store.ownership import Owner, owner_of

MOVED_MARKER = "organiser-moved-to.txt"


class DamagedDatabaseError(DataFolderError):
    """The database failed its check at start-up; it has been set aside."""

    def __init__(
        self, message: str, set_aside_as: Path, problem: str, backup: BackupInfo | None
    ) -> None:
        super().__init__(message)
        self.set_aside_as = set_aside_as
        self.problem = problem
        self.backup = backup


class MissingDatabaseError(DataFolderError):
    """No database, but backups (or a set-aside damaged file) show there was one."""

    def __init__(self, message: str, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.backup = backup


class DamagedButInUseError(DataFolderError):
    """The database failed its check, but another process has it open: nothing was set aside
    (a writer keeping its connection would go on writing into the renamed file)."""

    def __init__(self, message: str, problem: str, holders: list[dict[str, object]]) -> None:
        super().__init__(message)
        self.problem = problem
        self.holders = holders


class ForeignDatabaseError(DataFolderError):
    """The file in place of the database is another program's SQLite database: it was not
    opened for writing, not migrated and not changed."""

    def __init__(self, message: str, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.backup = backup


class MigrationFailedError(DataFolderError):
    """Bringing the schema up to date failed; the database is as it was before."""


def describe_backup(info: BackupInfo) -> str:
    from organiser.core.i18n import current_language

    return format_moment(info.made_at, current_language())


def quick_check(store: Store) -> list[str]:
    return check_file(store.path, full=False)


def _exists(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except (OSError, ValueError):  # ValueError: a NUL byte in a name read from a file
        return False


def moved_to(data_dir: Path) -> Path | None:
    """Where the data of `data_dir` was moved (see services.safety.location), if it was."""
    marker = data_dir / MOVED_MARKER
    try:
        target = Path(marker.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    if not target.is_absolute() or target == data_dir:
        return None
    return target if _exists(target / paths.DB_NAME) else None


def open_store(data_dir: Path, *, migrate_schema: bool = True, start_empty: bool = False) -> Store:
    """Open (creating if needed) the database in `data_dir`, at the newest schema.

    An existing database at an older revision is backed up first; a damaged one is set aside
    and refused (DamagedDatabaseError); a missing one with backups around is refused
    (MissingDatabaseError) unless `start_empty`.
    """
    db_path = data_dir / paths.DB_NAME
    if not _exists(db_path) and not start_empty:
        moved = moved_to(data_dir)
        if moved is not None:
            return open_store(moved, migrate_schema=migrate_schema)
        probe = Store(data_dir)
        from organiser.store.restore import set_aside_files

        has_backups = probe.backups_dir.is_dir() and any(
            probe.backups_dir.glob("organiser-*.sqlite3")
        )
        if has_backups or set_aside_files(data_dir):
            backup = newest_good_backup(probe)
            probe.dispose()
            raise MissingDatabaseError(missing_message(data_dir, backup), backup)
        probe.dispose()
    if _exists(db_path) and not can_write(db_path):
        return _open_read_only(data_dir)
    prepare_data_dir(data_dir)
    _remove_temporary_copies(data_dir)
    store = Store(data_dir)
    is_new = not _exists(store.path)
    if not is_new:
        problems = check_at_opening(store.path)
        if problems:
            store.dispose()
            raise _damaged(store, problems[0])
        if owner_of(store.path) is Owner.FOREIGN:
            backup = newest_good_backup(store)
            store.dispose()
            raise ForeignDatabaseError(foreign_message(store.path, backup), backup)
    if migrate_schema:
        _bring_up_to_date(store, is_new)
        from organiser.sync import install

        install(store)  # capture triggers and this copy's id (see organiser.sync)
    return store


def read_only_note(data_dir: Path) -> str:
    return _(
        "The data folder {folder} is read-only: you can look at everything, but nothing can be "
        "changed or saved until it is opened from a folder that can be written to."
    ).format(folder=data_dir)


def _open_read_only(data_dir: Path) -> Store:
    """A database in a folder that cannot be written (a read-only USB stick, a shared folder
    without write permission): read without changing a byte, or refused in one sentence."""
    db_path = data_dir / paths.DB_NAME
    problems = check_at_opening(db_path)
    if problems:
        raise DataFolderError(
            _(
                "The database in the read-only folder {folder} failed its check and may be "
                "damaged. Copy the folder to a place that can be written to and open it there, "
                "so that Organiser can offer a backup."
            ).format(folder=data_dir)
        )
    store = Store(data_dir, read_only=True)
    if owner_of(db_path) is Owner.FOREIGN:
        store.dispose()
        raise ForeignDatabaseError(foreign_message(db_path, None), None)
    if needs_migration(store):
        store.dispose()
        raise DataFolderError(
            _(
                "The database in the read-only folder {folder} was saved by another version of "
                "Organiser and cannot be brought up to date there. Copy the folder to a place "
                "that can be written to and open it there."
            ).format(folder=data_dir)
        )
    return store


def _remove_temporary_copies(data_dir: Path) -> None:
    """A backup or restore killed halfway leaves a whole copy of the database; it is removed
    when this process has the folder to itself (otherwise it may be another's work running)."""
    from organiser.store.backup_files import remove_temporary_copies, temporary_copies

    if not temporary_copies(data_dir):
        return
    with contextlib.suppress(folder_use.FolderInUse, OSError), folder_use.exclusive(data_dir):
        remove_temporary_copies(data_dir)


def _damaged(store: Store, problem: str) -> DataFolderError:
    from organiser.store.restore import set_aside

    try:
        with folder_use.exclusive(store.data_dir):
            aside = set_aside(store.path, "damaged")
    except folder_use.FolderInUse as exc:
        return DamagedButInUseError(
            _(
                "The database in {folder} failed its check and may be damaged, but {who} still "
                "has it open, so it was not set aside and nothing was changed. Close that "
                "program, then run 'organiser check' again."
            ).format(folder=store.data_dir, who=folder_use.describe_holders(exc.holders)),
            problem,
            exc.holders,
        )
    backup = newest_good_backup(store)
    if backup is not None:
        advice = _(
            "The newest good backup is from {when}. Restore it in the window that follows, or "
            "with 'organiser restore --latest'."
        ).format(when=describe_backup(backup))
    else:
        advice = _(
            "No good backup was found. Keep the damaged file: someone with SQLite experience "
            "may be able to recover data from it."
        )
    message = _(
        "The database could not be read because the file is damaged (for example by a power "
        "cut or a failing disk). It was not changed: it was set aside as {file}."
    ).format(file=aside.name)
    return DamagedDatabaseError(f"{message} {advice}", aside, problem, backup)


def foreign_message(db_path: Path, backup: BackupInfo | None) -> str:
    message = _(
        "{file} is another program's database, not Organiser's, so it was not opened and "
        "nothing in it was changed."
    ).format(file=db_path)
    if backup is not None:
        return (
            message
            + " "
            + _(
                "Move it elsewhere, or restore the newest good backup (from {when}) with "
                "'organiser restore --latest'."
            ).format(when=describe_backup(backup))
        )
    return message + " " + _("Move it elsewhere and start Organiser again.")


def missing_message(data_dir: Path, backup: BackupInfo | None) -> str:
    message = _(
        "There is no database in {folder}, but there are backups or a damaged database there, "
        "so Organiser will not start with an empty one by itself."
    ).format(folder=data_dir)
    if backup is not None:
        return (
            message
            + " "
            + _(
                "Restore the newest good backup (from {when}) in the app, or with "
                "'organiser restore --latest'."
            ).format(when=describe_backup(backup))
        )
    return message + " " + _("Restore a backup with 'organiser restore FILE'.")


def needs_migration(store: Store) -> bool:
    return migrate.current_revision(store) != migrate.head_revision()


def _bring_up_to_date(store: Store, is_new: bool) -> None:
    head = migrate.head_revision()
    current = None if is_new else migrate.current_revision(store)
    if current == head:
        return
    try:
        if is_new:  # nothing to lose: no backup, and no need for the folder alone
            migrate.upgrade(store)
            return
        # another process writing while tables are rebuilt would lose its writes, or have them
        # undone by the put-back of a failed migration
        with folder_use.exclusive(store.data_dir):
            _migrate_alone(store, current)
    except BaseException:
        store.dispose()
        raise


def _migrate_alone(store: Store, current: str | None) -> None:
    backup: BackupInfo | None = None
    if current is not None or migrate.has_tables(store):
        if current is not None and current not in migrate.known_revisions():
            store.dispose()
            raise DataFolderError(
                _(
                    "This database was saved by a newer version of Organiser. Install that "
                    "version (or a newer one) to open it; nothing was changed."
                )
            )
        backup = make_backup(store, reason="pre-migration")
    try:
        migrate.upgrade(store)
    except Exception as exc:
        if backup is None:
            store.dispose()
            raise
        _put_back(store, backup)
        raise MigrationFailedError(
            _(
                "The database could not be brought up to date for this version of Organiser "
                "({error}). It was put back exactly as it was before, from the backup made just "
                "now, so nothing was lost. Please use the previous version of Organiser and "
                "report this problem."
            ).format(error=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__)
        ) from exc


def _put_back(store: Store, backup: BackupInfo) -> None:
    from organiser.store.restore import copy_into_data_folder, put_in_place, set_aside

    with store.exclusive():
        copy = copy_into_data_folder(backup.path, store.data_dir)
        store.dispose()
        # The half-migrated file is kept (not deleted) for whoever investigates the failure.
        set_aside(store.path, "failed-migration", dt.datetime.now(dt.UTC))
        put_in_place(store, copy)
    store.dispose()
