"""Which copy this database is. The id lives in the database (`sync_copy`) and in a marker
file beside it, with the identity of the database file; a database that is not the file the
marker was written for (a backup put back, a copied data folder, a file carried to another
laptop) takes a new id, so two copies never stamp changes with one id. A new id when it was
not needed costs nothing but one more entry in the version vector."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import uuid
from pathlib import Path

MARKER = "organiser-copy.json"


def new_copy_id() -> str:
    return uuid.uuid4().hex[:16]


def _file_key(db_path: Path) -> str:
    try:
        return str(os.stat(db_path).st_ino)
    except OSError:
        return ""


def _read_marker(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def current_copy_id(conn: sqlite3.Connection, db_path: Path) -> str | None:
    """The id in the database when the marker beside it names it and this very file."""
    row = conn.execute("SELECT copy_id FROM sync_copy WHERE one = 1").fetchone()
    if row is None:
        return None
    marker, key = _read_marker(db_path.parent / MARKER), _file_key(db_path)
    same_file = not key or not marker.get("file") or marker["file"] == key
    return str(row[0]) if marker.get("copy_id") == str(row[0]) and same_file else None


def ensure_copy_id(conn: sqlite3.Connection, db_path: Path) -> str:
    """This copy's id, made new when the database is not the one the marker names."""
    found = current_copy_id(conn, db_path)
    if found is not None:
        return found
    marker_path = db_path.parent / MARKER
    key = _file_key(db_path)
    row = conn.execute("SELECT copy_id FROM sync_copy WHERE one = 1").fetchone()
    copy_id = new_copy_id()
    if row is None:
        conn.execute("INSERT INTO sync_copy (one, copy_id, hlc) VALUES (1, ?, 0)", (copy_id,))
    else:
        conn.execute("UPDATE sync_copy SET copy_id = ? WHERE one = 1", (copy_id,))
    with contextlib.suppress(OSError):
        tmp = marker_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"copy_id": copy_id, "file": key}), encoding="utf-8")
        os.replace(tmp, marker_path)
    return copy_id


def copy_id(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT copy_id FROM sync_copy WHERE one = 1").fetchone()
    return str(row[0]) if row else None
