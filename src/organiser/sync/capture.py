"""Capture: triggers generated from the policy write every change of a captured table into
`sync_pending` in the writing transaction; at commit the transaction's changes get one stamp
and move into the change log (`sync_change`).

The triggers are no part of any migration: store.migrate drops them before Alembic runs
(batch mode rebuilds tables, and triggers do not survive that well) and regenerates them
after; `install` creates them for a database at head when it is opened.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, event

from organiser.sync import clock, policy
from organiser.sync.schema import Table, captured_tables, q, row_id_sql

PREFIX = "sync_"
QUIET = "WHEN (SELECT applying FROM sync_copy) IS NOT 1"


def has_sync_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sync_change'"
    ).fetchone()
    return bool(row and row[0])


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def triggers_for(table: Table) -> dict[str, str]:
    """Trigger name -> CREATE TRIGGER statement for one captured table."""
    t, name = _literal(table.name), q(table.name)
    new_id, old_id = row_id_sql(table, "new"), row_id_sql(table, "old")
    insert = "INSERT INTO sync_pending (tbl, row_id, col, value)"
    if policy.policy_of(table.name) is policy.Policy.INSERT_ONLY:
        # A fact travels as one row. Nothing here edits one (a person merge no longer moves
        # check-ins); should anything, the whole row is sent again, the newest version winning.
        body = ", ".join(f"{_literal(c)}, new.{q(c)}" for c in table.sent)
        whole = f"{insert} VALUES ({t}, {new_id}, '{policy.WHOLE}', json_object({body}));"
        return {
            f"{PREFIX}{table.name}_ai": (
                f"CREATE TRIGGER {PREFIX}{table.name}_ai AFTER INSERT ON {name} {QUIET} "
                f"BEGIN {whole} END"
            ),
            f"{PREFIX}{table.name}_au": (
                f"CREATE TRIGGER {PREFIX}{table.name}_au AFTER UPDATE ON {name} {QUIET} "
                f"BEGIN {whole} END"
            ),
        }
    # a new row travels as one JSON object (one log row, not one per column); later edits
    # as one row per changed column, each last-writer-wins on its own
    body = ", ".join(f"{_literal(c)}, new.{q(c)}" for c in table.sent)
    values = [f"({t}, {new_id}, '{policy.ROW}', json_object({body}))"]
    changed = " UNION ALL ".join(
        f"SELECT {t}, {new_id}, {_literal(c)}, new.{q(c)} WHERE new.{q(c)} IS NOT old.{q(c)}"
        for c in table.sent
    )
    return {
        f"{PREFIX}{table.name}_ai": (
            f"CREATE TRIGGER {PREFIX}{table.name}_ai AFTER INSERT ON {name} {QUIET} "
            f"BEGIN {insert} VALUES {', '.join(values)}; END"
        ),
        f"{PREFIX}{table.name}_au": (
            f"CREATE TRIGGER {PREFIX}{table.name}_au AFTER UPDATE ON {name} {QUIET} "
            f"BEGIN {insert} {changed}; END"
        ),
        f"{PREFIX}{table.name}_ad": (
            f"CREATE TRIGGER {PREFIX}{table.name}_ad AFTER DELETE ON {name} {QUIET} "
            f"BEGIN {insert} VALUES ({t}, {old_id}, '{policy.ROW}', 0); END"
        ),
    }


def wanted_triggers(conn: sqlite3.Connection) -> dict[str, str]:
    wanted: dict[str, str] = {}
    for table in captured_tables(conn).values():
        wanted.update(triggers_for(table))
    return wanted


def present_triggers(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' "
        "ESCAPE '\\'"
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def drop_triggers(conn: sqlite3.Connection) -> None:
    for name in present_triggers(conn):
        conn.execute(f"DROP TRIGGER IF EXISTS {q(name)}")


def create_triggers(conn: sqlite3.Connection) -> bool:
    """Make the capture triggers exactly the generated set; False when there is nothing to
    capture into (a schema before the sync revision). Writes only when something differs."""
    if not has_sync_tables(conn):
        return False
    wanted, present = wanted_triggers(conn), present_triggers(conn)
    if wanted == present:
        return True
    for name in present:
        conn.execute(f"DROP TRIGGER IF EXISTS {q(name)}")
    for sql in wanted.values():
        conn.execute(sql)
    return True


# ------------------------------------------------------------------ stamping at commit


def stamp_pending(conn: sqlite3.Connection) -> str | None:
    """Give the transaction's captured changes one stamp and move them into the change log.
    The last value a transaction wrote to a column is the one kept."""
    try:
        if conn.execute("SELECT 1 FROM sync_pending LIMIT 1").fetchone() is None:
            return None
    except sqlite3.OperationalError:  # a schema before the sync revision
        return None
    stamp = clock.tick(conn, lambda: _newest_edited(conn))
    conn.execute(
        """INSERT OR REPLACE INTO sync_change (stamp, tbl, row_id, col, value, base)
        SELECT ?, p.tbl, p.row_id, p.col, p.value,
            (SELECT max(c.stamp) FROM sync_change c
             WHERE c.tbl = p.tbl AND c.row_id = p.row_id AND c.col IN (p.col, '_row'))
        FROM sync_pending p
        WHERE p.seq IN (SELECT max(seq) FROM sync_pending GROUP BY tbl, row_id, col)""",
        (stamp,),
    )
    # an edit made after seeing every value of a field settles any conflict on it
    conn.execute(
        """DELETE FROM sync_conflict WHERE EXISTS (SELECT 1 FROM sync_pending p
        WHERE p.tbl = sync_conflict.tbl AND p.row_id = sync_conflict.row_id
        AND p.col = sync_conflict.col)"""
    )
    erased = [
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            "SELECT DISTINCT tbl, row_id FROM sync_pending WHERE col = 'erased_at' "
            "AND value IS NOT NULL"
        ).fetchall()
    ]
    touched = [
        (str(r[0]), str(r[1]))
        for r in conn.execute(
            f"SELECT DISTINCT tbl, row_id FROM sync_pending WHERE tbl IN "
            f"({', '.join(_literal(t) for t in policy.ERASED)})"
        ).fetchall()
    ]
    conn.execute("DELETE FROM sync_pending")
    conn.execute(
        "INSERT INTO sync_held (origin, stamp) VALUES (?, ?) "
        "ON CONFLICT (origin) DO UPDATE SET stamp = max(stamp, excluded.stamp)",
        (clock.origin_of(stamp), stamp),
    )
    if erased:
        from organiser.sync.erasure import scrub_row

        for tbl, row_id in erased:
            scrub_row(conn, tbl, row_id)
    _erasure_stays(conn, [t for t in touched if t not in erased])
    return stamp


def _newest_edited(conn: sqlite3.Connection) -> str | None:
    """The newest change held of the fields this transaction writes (asked only when this
    copy's clock was set back: an edit must still sort after what it replaces)."""
    row = conn.execute(
        "SELECT max(c.stamp) FROM sync_pending p JOIN sync_change c ON c.tbl = p.tbl "
        "AND c.row_id = p.row_id AND c.col IN (p.col, '_row')"
    ).fetchone()
    return str(row[0]) if row and row[0] else None


def _erasure_stays(conn: sqlite3.Connection, rows: list[tuple[str, str]]) -> None:
    """Erasure is sticky here too: an edit of an erased person's personal data made on this
    copy after the erasure leaves the log and the row, as it will on every other copy."""
    from organiser.sync.erasure import erasure_stamp, scrub_row

    again = {(t, r) for t, r in rows if erasure_stamp(conn, t, r) is not None}
    if not again:
        return
    from organiser.sync.recompute import recompute_rows

    for tbl, row_id in again:
        scrub_row(conn, tbl, row_id)
    waiting = {(str(t), str(r)) for t, r in conn.execute("SELECT tbl, row_id FROM sync_waiting")}
    conn.execute("UPDATE sync_copy SET applying = 1 WHERE one = 1")
    try:
        recompute_rows(conn, again | waiting)
    finally:
        conn.execute("UPDATE sync_copy SET applying = 0 WHERE one = 1")


def _on_commit(connection: Any) -> None:
    dbapi = connection.connection.driver_connection
    if isinstance(dbapi, sqlite3.Connection):
        stamp_pending(dbapi)


def hook(engine: Engine) -> None:
    """Stamp captured changes in the same transaction, just before every commit."""
    if not event.contains(engine, "commit", _on_commit):
        event.listen(engine, "commit", _on_commit)
