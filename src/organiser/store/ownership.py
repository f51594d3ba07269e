"""Whose SQLite file this is: Organiser marks its databases, and never adopts another's.

Every Organiser database carries `PRAGMA application_id = APPLICATION_ID` in its header (set by
migration 0006 on new and older databases alike). A file with another program's id, or without
an id and without Organiser's tables, belongs to someone else: it is neither migrated (which
would add our tables to it and call it sound) nor restored, nor chosen as "the newest good
backup".
"""

from __future__ import annotations

import enum
import sqlite3
from pathlib import Path

from organiser.store.checking import looks_like_sqlite, read_only_uri

# "ORG1" in ASCII: a fixed 32-bit number, the same in every version of Organiser.
APPLICATION_ID = 0x4F524731
# The tables every Organiser database has had since revision 0001; a file from before the
# application id was set is recognised by them.
ORGANISER_TABLES = frozenset({"alembic_version", "person", "event"})


class Owner(enum.Enum):
    ORGANISER = "organiser"
    EMPTY = "empty"  # a SQLite file without tables: nothing to lose, Organiser may fill it
    FOREIGN = "foreign"  # another program's database
    UNREADABLE = "unreadable"  # not a SQLite file, or damaged: the check says more


def owner_of(path: Path) -> Owner:
    """Read without changing the file (a read-only connection)."""
    if not looks_like_sqlite(path):
        return Owner.UNREADABLE
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return Owner.UNREADABLE
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.Error:
        return Owner.UNREADABLE
    finally:
        conn.close()
    return owner_from(app_id, tables)


def owner_from(app_id: int, tables: set[str]) -> Owner:
    if app_id == APPLICATION_ID:
        return Owner.ORGANISER
    if app_id != 0:
        return Owner.FOREIGN
    if not tables:
        return Owner.EMPTY
    return Owner.ORGANISER if tables >= ORGANISER_TABLES else Owner.FOREIGN


def is_foreign(path: Path) -> bool:
    return owner_of(path) is Owner.FOREIGN
