"""Every row a copy holds is in its change log, so a new copy receiving from it misses nothing.

Rows written before the change log existed (a database upgraded from before revision 0008),
or while the capture triggers were missing, have no change. At opening, when the captured
schema is not the one last seen, each such row gets a creation change, all under one stamp.

Such a creation is a *snapshot*: its values are what this copy held, not an edit anybody made
then. So it never outvotes a real edit of a column, whatever its stamp: two offices upgrading
the same old data on different days must not reset each other's edits made in between. It is
marked by `SNAPSHOT` in the creation's `base` (unused otherwise: a creation replaces nothing).
"""

from __future__ import annotations

import hashlib
import sqlite3

from organiser.sync import clock, policy
from organiser.sync.schema import Table, captured_tables, q, row_id_sql

SNAPSHOT = "snapshot"


def schema_digest(triggers: dict[str, str]) -> str:
    """The captured schema, as the capture triggers generated from it spell it."""
    text = "\n".join(f"{name}\n{sql}" for name, sql in sorted(triggers.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def seen_digest(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT schema_seen FROM sync_copy WHERE one = 1").fetchone()
    except sqlite3.OperationalError:  # before revision 0009
        return None
    return str(row[0]) if row and row[0] is not None else None


def mark_seen(conn: sqlite3.Connection, digest: str) -> None:
    try:
        conn.execute("UPDATE sync_copy SET schema_seen = ? WHERE one = 1", (digest,))
    except sqlite3.OperationalError:
        return


def _unlogged(table: Table) -> tuple[str, str]:
    """The rows of `table` with no creation change: (the FROM ... WHERE text, the column)."""
    kind = policy.policy_of(table.name)
    col = policy.WHOLE if kind is policy.Policy.INSERT_ONLY else policy.ROW
    row_id = row_id_sql(table, "t")
    return (
        f"FROM {q(table.name)} AS t WHERE NOT EXISTS (SELECT 1 FROM sync_change c "
        f"WHERE c.tbl = :tbl AND c.row_id = {row_id} AND c.col = '{col}')"
    ), col


def stamp_unlogged_rows(conn: sqlite3.Connection) -> int:
    """Give every captured row without a creation change one (inside the caller's write
    transaction). Returns how many rows were written into the log."""
    stamp: str | None = None
    made = 0
    for table in captured_tables(conn).values():
        if not table.key:
            continue
        rows, col = _unlogged(table)
        names = {"tbl": table.name}
        if conn.execute(f"SELECT 1 {rows} LIMIT 1", names).fetchone() is None:
            continue
        if stamp is None:  # a stamp only when there is something to stamp
            stamp = clock.tick(conn)
        body = ", ".join(f"'{c}', t.{q(c)}" for c in table.sent)
        made += conn.execute(
            "INSERT INTO sync_change (stamp, tbl, row_id, col, value, base) "
            f"SELECT :stamp, :tbl, {row_id_sql(table, 't')}, '{col}', json_object({body}), "
            f"'{SNAPSHOT}' {rows}",
            {**names, "stamp": stamp},
        ).rowcount
    if stamp is not None:
        conn.execute(
            "INSERT INTO sync_held (origin, stamp) VALUES (?, ?) "
            "ON CONFLICT (origin) DO UPDATE SET stamp = max(stamp, excluded.stamp)",
            (clock.origin_of(stamp), stamp),
        )
    return made
