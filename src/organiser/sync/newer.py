"""Changes made by a newer version of Organiser: for tables or columns this version does not
have. They are kept in the change log like any other (and passed on to other copies), the
rows they touch are listed in `sync_newer`, and `Applied.newer_version` asks the person to
update Organiser. After an upgrade has added the tables and columns, opening the database
makes those rows again from their changes (`apply_known_now`)."""

from __future__ import annotations

import json
import sqlite3

from organiser.sync import policy


def waiting_for_upgrade(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT count(*) FROM sync_newer").fetchone()
    except sqlite3.OperationalError:  # before revision 0009
        return 0
    return int(row[0]) if row else 0


def apply_known_now(conn: sqlite3.Connection) -> int:
    """Make the rows of `sync_newer` again with what this version knows (inside the caller's
    write transaction); those still beyond it stay listed. Returns how many stay."""
    if not waiting_for_upgrade(conn):
        return 0
    from organiser.sync.conflicting import recompute_conflicts
    from organiser.sync.recompute import recompute_rows

    rows = {(str(t), str(r)) for t, r in conn.execute("SELECT tbl, row_id FROM sync_newer")}
    conn.execute("DELETE FROM sync_newer")
    rows |= {(str(t), str(r)) for t, r in conn.execute("SELECT tbl, row_id FROM sync_waiting")}
    conn.execute("UPDATE sync_copy SET applying = 1 WHERE one = 1")
    try:
        recompute_rows(conn, rows)
        # the conflicts of columns that were unknown until now are found now
        cells = {
            (str(t), str(r), str(c))
            for t, r, c in conn.execute(
                "SELECT DISTINCT tbl, row_id, col FROM sync_change WHERE col NOT IN (?, ?) "
                "AND (tbl, row_id) IN (SELECT json_extract(value, '$[0]'), "
                "json_extract(value, '$[1]') FROM json_each(?))",
                (policy.ROW, policy.WHOLE, json.dumps(sorted([t, r] for t, r in rows))),
            )
        }
        recompute_conflicts(conn, cells)
    finally:
        conn.execute("UPDATE sync_copy SET applying = 0 WHERE one = 1")
    return waiting_for_upgrade(conn)
