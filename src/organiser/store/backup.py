"""Backups made through SQLite itself, verified before they count, rotated by age."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from organiser.core import paths
from organiser.core.errors import DataFolderError
from organiser.core.i18n import _
from organiser.store.backup_files import forget_unused_attachments, keep_attachments
from organiser.store.checking import looks_like_sqlite, read_only_uri
from organiser.store.db import Store

_NAME = re.compile(r"^organiser-(\d{8}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
# The timer's backups ("auto", every quarter hour of work) kept among the last 24 hours: the
# newest few, not a day's worth of whole copies of the database.
KEEP_RECENT_AUTO = 8


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime  # UTC
    reason: str
    size: int


class BackupError(DataFolderError):
    pass


def verify_database(path: Path) -> list[str]:
    """Problems found by integrity_check and foreign_key_check; empty when the file is sound.
    The file is opened read-only: checking never changes it."""
    problems: list[str] = []
    if not looks_like_sqlite(path):
        return ["file is not a database"]
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            problems.extend(str(r[0]) for r in rows)
        problems.extend(
            f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check").fetchall()
        )
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    finally:
        conn.close()
    return problems


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """The number of rows of every ordinary table (the search index's own tables included)."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def counts_differ(live: dict[str, int], copy: Path) -> list[str]:
    """Tables whose row count in the written copy is not the live file's. The structural
    check cannot see a row lost with a page the disk wrote wrongly; this sees that much."""
    conn = sqlite3.connect(read_only_uri(copy), uri=True)
    try:
        copied = row_counts(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [
        _("the table {table} has {live} rows in the database but {copy} in the backup").format(
            table=name, live=n, copy=copied.get(name, 0)
        )
        for name, n in live.items()
        if copied.get(name) != n
    ]


def list_backups(store: Store) -> list[BackupInfo]:
    """Newest first."""
    folder = store.backups_dir
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        made = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(entry, made, match.group(2) or "", size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def last_backup(store: Store) -> BackupInfo | None:
    backups = list_backups(store)
    return backups[0] if backups else None


def make_backup(store: Store, reason: str = "manual", now: dt.datetime | None = None) -> BackupInfo:
    """Copy the live database with the online backup API into a temporary file, verify it,
    then move it into place. A failure leaves the older backups untouched."""
    now = now or dt.datetime.now(dt.UTC)
    if not store.path.exists():
        raise BackupError(
            _("There is no database to back up in {folder}.").format(folder=store.data_dir)
        )
    generation = store.generation
    try:
        folder = paths.ensure_private_dir(store.backups_dir)
    except OSError as exc:
        raise _backup_write_error(store.backups_dir, exc) from exc
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"organiser-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"organiser-{stamp}-{reason}-{counter}.sqlite3"
    tmp = target.with_suffix(".tmp")
    try:
        paths.make_private_file(tmp)
        src = sqlite3.connect(read_only_uri(store.path), uri=True, isolation_level=None)
        try:
            # one snapshot for the counts and the copy: writers going on meanwhile change neither
            src.execute("BEGIN")
            live_counts = row_counts(src)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        problems = verify_database(tmp) or counts_differ(live_counts, tmp)
        if problems:
            raise BackupError(
                _("The backup could not be verified: {problem}").format(problem=problems[0])
            )
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        # the filed scans it lists, once each, before the backup counts (issue 18, item 4)
        keep_attachments(store.data_dir, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _backup_write_error(folder, exc) from exc
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        from organiser.store.errors import DiskFullError, ReadOnlyError, user_error_for

        known = user_error_for(exc, folder)
        if isinstance(known, DiskFullError | ReadOnlyError):
            raise BackupError(
                _("The backup could not be written: {reason}").format(reason=known.message)
            ) from exc
        raise BackupError(_("The backup could not be made: {reason}").format(reason=exc)) from exc
    except BackupError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    store.backed_up_generation = max(store.backed_up_generation, generation)
    rotate_backups(store, now)
    return BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size)


def copy_backup_to(info: BackupInfo, target: Path) -> Path:
    """Copy a verified backup to `target` (a USB stick, another folder): written under a
    temporary name created private (owner only) before the first byte, flushed, then renamed,
    so the copy is never readable by others, not even while it is written."""
    target = Path(target).expanduser()
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(temp_name)  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "wb") as out, open(info.path, "rb") as src:
            while chunk := src.read(1024 * 1024):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _backup_write_error(folder: Path, exc: OSError) -> BackupError:
    from organiser.store.errors import user_error_for

    known = user_error_for(exc, folder)
    if known is not None:
        return BackupError(
            _("The backup could not be written: {reason}").format(reason=known.message)
        )
    return BackupError(
        _("The backup could not be written to {folder}: {reason}").format(
            folder=folder, reason=exc.strerror
        )
    )


def changed_since_backup(store: Store) -> bool:
    """Whether this store committed anything since its last backup (for the backup on quit)."""
    return store.generation > store.backed_up_generation


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, for choosing one to restore. `None` counts: not readable."""

    people: int | None
    events: int | None
    memoranda: int | None
    plans: int | None
    schema: str | None


def backup_contents(path: Path) -> BackupContents:
    """Counts of live rows in a backup, read without changing it."""

    def count(conn: sqlite3.Connection, table: str) -> int | None:
        try:
            row = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()
        except sqlite3.Error:
            return None
        return int(row[0]) if row else None

    if not looks_like_sqlite(path):
        return BackupContents(None, None, None, None, None)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return BackupContents(None, None, None, None, None)
    try:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = str(row[0]) if row else None
        except sqlite3.Error:
            schema = None
        return BackupContents(
            count(conn, "person"),
            count(conn, "event"),
            count(conn, "memorandum"),
            count(conn, "plan"),
            schema,
        )
    finally:
        conn.close()


def newest_good_backup(store: Store) -> BackupInfo | None:
    """The newest backup that passes the full check and is Organiser's; damaged ones, and
    copies of another program's file that was once in place of the database, are skipped."""
    from organiser.store.ownership import Owner, owner_of

    for info in list_backups(store):
        if owner_of(info.path) is Owner.ORGANISER and not verify_database(info.path):
            return info
    return None


def backups_to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """The newest backup of each of the last 7 days, 4 ISO weeks and 12 months, and any made
    in the last 24 hours (so a pre-migration backup is never rotated away on the same day) but
    for the timer's: of those, the newest KEEP_RECENT_AUTO."""
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    recent_auto = 0
    for b in sorted(backups, key=lambda b: b.made_at, reverse=True):
        if now - b.made_at < dt.timedelta(hours=24):
            if b.reason.split("-")[0] != "auto":
                keep.add(b.path)
            elif recent_auto < KEEP_RECENT_AUTO:
                recent_auto += 1
                keep.add(b.path)
        day = b.made_at.date()
        week = tuple(day.isocalendar())[:2]
        month = (day.year, day.month)
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)  # type: ignore[arg-type]
            keep.add(b.path)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.add(month)
            keep.add(b.path)
    return keep


def rotate_backups(store: Store, now: dt.datetime | None = None) -> list[Path]:
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(store)
    keep = backups_to_keep(backups, now)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    if removed:
        forget_unused_attachments(store.data_dir, [b.path for b in list_backups(store)])
    return removed


def backup_due(store: Store, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now(dt.UTC)
    last = last_backup(store)
    return last is None or now - last.made_at > dt.timedelta(days=1)
