"""Checking the database file without writing to it, and starting that check early.

The check at every start (`PRAGMA quick_check`, or the full `integrity_check` for a small file)
reads the whole file: about 0.1 s at 50,000 people. It needs nothing but `sqlite3`, so the app
starts it on a thread before it imports the rest of itself (`start_early_check`), and opening
the store uses its answer when the file has not changed since (`check_at_opening`). A damaged
file is still never opened for writing: opening waits for the answer.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
FULL_CHECK_LIMIT = 8 * 1024 * 1024  # bytes: below this (~10 ms) the start-up check is the full one


def can_write(path: Path) -> bool:
    """Whether the database `path` (and its folder, where SQLite keeps its -wal and -shm) can
    be written: False on a read-only disk, USB stick or shared folder."""
    path = Path(path)
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` without ever writing to it (any character in the name is safe).

    Where the folder cannot be written, SQLite cannot create the -shm file that reading a
    database in WAL mode needs, so the file is opened as immutable: read as it is on disk (a
    write-ahead log left over by a crash is not read; nothing can write there anyway)."""
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    return uri if can_write(path) else uri + "&immutable=1"


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def check_file(path: Path, *, full: bool | None = None) -> list[str]:
    """Problems found in the database file, checked without writing to it; empty when sound."""
    if not looks_like_sqlite(path):
        return ["file is not a database"]
    if full is None:
        full = path.stat().st_size <= FULL_CHECK_LIMIT
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    result = [str(r[0]) for r in rows]
    return [] if result == ["ok"] else result


Signature = tuple[tuple[int, int] | None, ...]


def _signature(path: Path) -> Signature:
    """Size and modification time of the file and its write-ahead log (None where missing or,
    for the log, empty: a read-only connection may create an empty one)."""
    result: list[tuple[int, int] | None] = []
    for name in (path, path.with_name(path.name + "-wal")):
        try:
            st = name.stat()
        except OSError:
            result.append(None)
        else:
            empty_log = name != path and st.st_size == 0
            result.append(None if empty_log else (st.st_size, st.st_mtime_ns))
    return tuple(result)


class _EarlyCheck:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.signature = _signature(path)
        self.problems: list[str] | None = None
        self.thread = threading.Thread(target=self._run, name="early-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.problems = check_file(self.path)
        except Exception as exc:  # reported when opening, where the answer is used
            self.problems = [str(exc)]


_early: dict[Path, _EarlyCheck] = {}
_early_lock = threading.Lock()


def start_early_check(db_path: Path) -> None:
    """Start checking `db_path` on a thread now (it exists and nothing is checking it yet)."""
    path = Path(db_path).absolute()
    with _early_lock:
        if path in _early or not looks_like_sqlite(path):
            return
        _early[path] = _EarlyCheck(path)


def check_at_opening(db_path: Path) -> list[str]:
    """`check_file(db_path)`, answered by the early check when one was started and the file
    (with its log) is the same as when it started; otherwise checked now."""
    path = Path(db_path).absolute()
    with _early_lock:
        early = _early.pop(path, None)
    if early is not None:
        early.thread.join()
        if early.problems is not None and early.signature == _signature(path):
            return early.problems
    return check_file(path)
