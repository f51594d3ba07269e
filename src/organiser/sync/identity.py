"""Which copy this database is. The id lives in the database (`sync_copy`) and in a marker
file beside it, with the identity of the database file; a database that is not the file the
marker was written for (a backup put back, a copied data folder, a file carried to another
laptop) takes a new id, so two copies never stamp changes with one id. A new id when it was
not needed costs nothing but one more entry in the version vector."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import uuid
from pathlib import Path

MARKER = "organiser-copy.json"


def new_copy_id() -> str:
    return uuid.uuid4().hex[:16]


def _file_identity(db_path: Path) -> dict[str, str]:
    """What tells this database file apart from a copy of it: the file itself (inode and
    volume), where it is, and on which computer. A copy made on this laptop is another file;
    a folder copied to another laptop may land on the same inode number (a fresh disk hands
    out small numbers) and even the same path, but not on the same computer and volume."""
    try:
        st = os.stat(db_path)
        file_key, device = str(st.st_ino), str(st.st_dev)
    except OSError:
        file_key = device = ""
    return {
        "file": file_key,
        "device": device,
        "path": os.path.normcase(str(Path(db_path).absolute())),
        "host": socket.gethostname(),
    }


def _read_marker(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _same_file(marker: dict[str, str], db_path: Path) -> bool:
    # a field the marker does not have (written by an older version) or that could not be
    # read does not count against it
    here = _file_identity(db_path)
    return all(
        not value or not marker.get(name) or marker[name] == value for name, value in here.items()
    )


def current_copy_id(conn: sqlite3.Connection, db_path: Path) -> str | None:
    """The id in the database when the marker beside it names it and this very file."""
    row = conn.execute("SELECT copy_id FROM sync_copy WHERE one = 1").fetchone()
    if row is None:
        return None
    marker = _read_marker(db_path.parent / MARKER)
    same = marker.get("copy_id") == str(row[0]) and _same_file(marker, db_path)
    return str(row[0]) if same else None


def complete_marker(db_path: Path, copy_id: str) -> None:
    """Add what a marker written by an older version lacks (the computer, volume and path), so
    that a copy of this folder made from now on is told apart however it is made."""
    marker_path = db_path.parent / MARKER
    marker = _read_marker(marker_path)
    here = _file_identity(db_path)
    if marker.get("copy_id") != copy_id or all(marker.get(k) for k, v in here.items() if v):
        return
    _write_marker(marker_path, {"copy_id": copy_id, **here})


def _write_marker(marker_path: Path, marker: dict[str, str]) -> None:
    with contextlib.suppress(OSError):
        tmp = marker_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(marker, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, marker_path)


def ensure_copy_id(conn: sqlite3.Connection, db_path: Path) -> str:
    """This copy's id, made new when the database is not the one the marker names."""
    found = current_copy_id(conn, db_path)
    if found is not None:
        return found
    return renew(conn, db_path)


def renew(conn: sqlite3.Connection, db_path: Path) -> str:
    """Give this database a new id, whatever it had: a backup put back is a new copy (the
    copy it was taken from went on making changes under the old id after the backup)."""
    marker_path = db_path.parent / MARKER
    row = conn.execute("SELECT copy_id FROM sync_copy WHERE one = 1").fetchone()
    copy_id = new_copy_id()
    if row is None:
        conn.execute("INSERT INTO sync_copy (one, copy_id, hlc) VALUES (1, ?, 0)", (copy_id,))
    else:
        conn.execute("UPDATE sync_copy SET copy_id = ? WHERE one = 1", (copy_id,))
    _write_marker(marker_path, {"copy_id": copy_id, **_file_identity(db_path)})
    return copy_id


def renew_file(db_path: Path) -> str | None:
    """`renew` for a database file no connection has open (right after a restore put it in
    place); None for a schema without sync tables (its id is made when it is migrated)."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        has_sync = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_copy'"
        ).fetchone()
        if has_sync is None:
            return None
        conn.execute("BEGIN IMMEDIATE")
        try:
            found = renew(conn, db_path)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return found
    finally:
        conn.close()


def copy_id(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT copy_id FROM sync_copy WHERE one = 1").fetchone()
    return str(row[0]) if row else None
