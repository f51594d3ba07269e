"""Putting a database file in place safely, and setting a damaged one aside.

The live database is only ever replaced by a file that was first copied through SQLite into the
data folder and checked there; the switch is one `os.replace`, after every connection is closed
and the old write-ahead log is gone (a stale `-wal` would be replayed into the new file).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from organiser.core import paths
from organiser.core.errors import DataFolderError, UserError
from organiser.core.i18n import _
from organiser.store.backup import verify_database
from organiser.store.checking import looks_like_sqlite, read_only_uri
from organiser.store.db import Store
from organiser.store.ownership import Owner, owner_of

SIDE_FILES = ("-wal", "-shm", "-journal")


def stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def set_aside(db_path: Path, label: str = "damaged", now: dt.datetime | None = None) -> Path:
    """Rename the database and its -wal/-shm to `<name>.<label>-<timestamp>` (never deleted,
    never opened for writing). Returns the new name of the database file."""
    base = db_path.with_name(f"{db_path.name}.{label}-{stamp(now)}")
    target = base
    counter = 1
    while target.exists():
        counter += 1
        target = base.with_name(f"{base.name}-{counter}")
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    if db_path.exists():
        os.replace(db_path, target)
    fsync_dir(db_path.parent)
    return target


def set_aside_files(data_dir: Path, label: str = "damaged") -> list[Path]:
    """Database files set aside earlier in this data folder, newest first."""
    found = [
        p for p in data_dir.glob(f"{paths.DB_NAME}.{label}-*") if not p.name.endswith(SIDE_FILES)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def not_an_organiser_database(path: Path) -> str:
    return _(
        "{file} is not an Organiser database or backup, or it is damaged. Nothing was changed."
    ).format(file=path.name)


def check_candidate(path: Path) -> list[str]:
    """Why `path` cannot be restored (empty when it can): it must be a sound SQLite file with
    Organiser's tables."""
    if not path.is_file():
        return [_("{file} does not exist.").format(file=path)]
    if not looks_like_sqlite(path):
        return [not_an_organiser_database(path)]
    problems = verify_database(path)
    if problems:
        return problems
    if owner_of(path) is not Owner.ORGANISER:  # another program's file (or an empty one)
        return [not_an_organiser_database(path)]
    return []


def copy_into_data_folder(source: Path, data_dir: Path) -> Path:
    """Copy `source` through SQLite's backup API into a private temporary file beside the
    database, self-contained (no -wal), and check the copy. Raises UserError; the temporary file
    is removed on any failure."""
    tmp = data_dir / f"{paths.DB_NAME}.restoring"
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            tmp.with_name(tmp.name + suffix).unlink()
    try:
        paths.make_private_file(tmp)
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = check_candidate(tmp)
        if problems:
            raise UserError(not_an_organiser_database(source))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
    except sqlite3.Error as exc:
        _remove(tmp)
        from organiser.store.errors import DiskFullError, ReadOnlyError, user_error_for

        known = user_error_for(exc, data_dir)
        if isinstance(known, DiskFullError | ReadOnlyError):
            raise known from exc
        raise UserError(not_an_organiser_database(source)) from exc
    except OSError as exc:
        _remove(tmp)
        from organiser.store.errors import user_error_for

        raise (user_error_for(exc, data_dir) or DataFolderError(str(exc))) from exc
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _remove(tmp: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(OSError):
            tmp.with_name(tmp.name + suffix).unlink()


def close_connections(store: Store) -> None:
    """Fold the write-ahead log into the database and close every pooled connection."""
    if store.path.exists() and store.path.stat().st_size > 0:
        with contextlib.suppress(sqlite3.Error), store.raw_connection() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()


def put_in_place(store: Store, checked_copy: Path) -> None:
    """Replace the live database with `checked_copy` (from `copy_into_data_folder`). The caller
    holds the store's writer lock and has backed up or set aside the current database."""
    close_connections(store)
    for suffix in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            store.path.with_name(store.path.name + suffix).unlink()
    os.replace(checked_copy, store.path)
    paths.make_private_file(store.path)
    fsync_dir(store.path.parent)
    # the file put back is a copy of some earlier state; the copy it came from went on under
    # its own id, so this one must never stamp a change with that id again (organiser.sync)
    from organiser.sync import identity

    identity.renew_file(store.path)
