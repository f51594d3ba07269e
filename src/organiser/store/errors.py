"""One place that turns disk and database failures into one sentence in the user's language.

A full disk, a read-only folder or USB stick, a file locked by another program: SQLite and the
operating system report these in their own words (``database or disk is full``, ``attempt to
write a readonly database``, ENOSPC, EROFS). Every write goes through a unit of work, which calls
`user_error_for` when something fails, so every area of the app says the same clear thing, rolls
back, and keeps running; a retry works once the cause is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from organiser.core.errors import DataFolderError, UserError
from organiser.core.i18n import _

# SQLite primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


class DiskFullError(DataFolderError):
    """No space left: nothing was written."""


class ReadOnlyError(DataFolderError):
    """The folder or file cannot be written to: nothing was written."""


class DatabaseBusyError(DataFolderError):
    """Another program holds the database's write lock."""


class DamagedError(DataFolderError):
    """SQLite found the file damaged while working with it."""


def disk_full_message() -> str:
    return _(
        "The disk is full, so this change was not saved. Free some space (for example, empty the "
        "recycle bin or delete old downloads) and try again; nothing that was saved before is lost."
    )


def read_only_message(folder: Path | str) -> str:
    return _(
        "The data folder {folder} cannot be written to, so this change was not saved. Check that "
        "the folder, disk or USB drive is not read-only, then try again."
    ).format(folder=folder)


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, sqlite3.Error):
        return exc
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        return exc.orig
    return None


def _probe_write(folder: Path) -> int | None:
    """The errno of creating a small file in `folder`, or None when that works."""
    probe = folder / f".organiser-write-probe-{os.getpid()}"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"x")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return exc.errno
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def user_error_for(exc: BaseException, folder: Path | str) -> UserError | None:
    """The user-facing error for a failure while writing in `folder`, or None when the failure
    is not one a user can act on (a programming error stays an error)."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.errno in _FULL_ERRNOS:
            return DiskFullError(disk_full_message())
        if exc.errno in _READONLY_ERRNOS:
            return ReadOnlyError(read_only_message(folder))
        return None
    error = _sqlite_error(exc)
    if error is None:
        return None
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL or "disk is full" in text:
        return DiskFullError(disk_full_message())
    if primary in (SQLITE_READONLY, SQLITE_PERM) or "readonly database" in text:
        return ReadOnlyError(read_only_message(folder))
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusyError(
            _(
                "The database is busy in another program, so this change was not saved. "
                "Wait a moment and try again."
            )
        )
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk i/o error" in text:
        # SQLite cannot say why it could not write or create its -wal file: ask the folder.
        probed = _probe_write(Path(folder))
        if probed in _FULL_ERRNOS:
            return DiskFullError(disk_full_message())
        if probed in _READONLY_ERRNOS:
            return ReadOnlyError(read_only_message(folder))
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        return DataFolderError(
            _(
                "Writing to the disk failed, so this change was not saved. Check that the disk or "
                "USB drive is still connected and has free space, then try again."
            )
        )
    if primary == SQLITE_CANTOPEN or "unable to open database" in text:
        return DataFolderError(
            _(
                "The database in {folder} cannot be opened. Check that the folder still exists "
                "and that the disk or USB drive is connected."
            ).format(folder=folder)
        )
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        return DamagedError(
            _(
                "The database appears to be damaged, so this change was not saved. Close "
                "Organiser and open it again: it will check the database and offer the newest "
                "good backup."
            )
        )
    return None
