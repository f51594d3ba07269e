"""Conflicts: a value the winning change had not seen (its stamp is above the winner's base),
that nobody replaced knowingly since, and that says something else. Found for many fields at
once: the changes of every touched field are read in one statement per table."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence

from organiser.sync import policy
from organiser.sync.schema import q

Value = str | int | float | bytes | None


def conflicts_in(
    tbl: str, row_id: str, col: str, found: Sequence[tuple[str, Value, str | None]]
) -> list[tuple[str, str, str, str, Value, str, Value]]:
    """The conflicts of one field from its changes (stamp, value, base), newest first."""
    if len(found) < 2:
        return []
    (w_stamp, w_value, w_base), others = found[0], found[1:]
    replaced = {b for _s, _v, b in found if b is not None}
    return [
        (tbl, row_id, col, w_stamp, w_value, stamp, value)
        for stamp, value, _base in others
        if stamp > (w_base or "") and stamp not in replaced and value != w_value
    ]


def _columns(conn: sqlite3.Connection, tbl: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({q(tbl)})")}


def _may_conflict(tbl: str, col: str, columns: set[str]) -> bool:
    if col in (policy.ROW, policy.WHOLE) or col in policy.NEVER_IN_CONFLICT:
        return False
    if policy.policy_of(tbl) is not policy.Policy.REPLICATED:
        return False
    return col in columns  # a column of a newer version: its conflicts come after the upgrade


def recompute_conflicts(conn: sqlite3.Connection, cells: Iterable[tuple[str, str, str]]) -> None:
    """Find again the conflicts of these fields (tbl, row_id, col)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_cells "
        "(tbl TEXT, row_id TEXT, col TEXT, PRIMARY KEY (tbl, row_id, col))"
    )
    conn.execute("DELETE FROM temp.sync_cells")
    conn.executemany("INSERT OR IGNORE INTO temp.sync_cells VALUES (?, ?, ?)", cells)
    conn.execute(
        "DELETE FROM sync_conflict WHERE EXISTS (SELECT 1 FROM temp.sync_cells t WHERE "
        "t.tbl = sync_conflict.tbl AND t.row_id = sync_conflict.row_id "
        "AND t.col = sync_conflict.col)"
    )
    columns: dict[str, set[str]] = {}
    for (tbl,) in conn.execute("SELECT DISTINCT tbl FROM temp.sync_cells").fetchall():
        columns[str(tbl)] = _columns(conn, str(tbl))
    # only fields with two values or more can be in conflict; CROSS JOIN: from the touched
    # fields (the planner, knowing nothing of the temp table, would walk the whole log)
    fields: dict[tuple[str, str, str], list[tuple[str, Value, str | None]]] = defaultdict(list)
    for tbl, row_id, col, stamp, value, base in conn.execute(
        "SELECT c.tbl, c.row_id, c.col, c.stamp, c.value, c.base FROM temp.sync_cells t "
        "CROSS JOIN sync_change c ON c.tbl = t.tbl AND c.row_id = t.row_id AND c.col = t.col "
        "WHERE EXISTS (SELECT 1 FROM sync_change o WHERE o.tbl = t.tbl AND o.row_id = t.row_id "
        "AND o.col = t.col AND o.stamp != c.stamp) "
        "ORDER BY t.tbl, t.row_id, t.col, c.stamp DESC"
    ):
        if _may_conflict(tbl, col, columns[tbl]):
            fields[(tbl, row_id, col)].append((stamp, value, base))
    found = [c for (t, r, col), changes in fields.items() for c in conflicts_in(t, r, col, changes)]
    conn.executemany(
        "INSERT OR IGNORE INTO sync_conflict (tbl, row_id, col, kept_stamp, kept_value, "
        "other_stamp, other_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
        found,
    )
    conn.execute("DELETE FROM temp.sync_cells")
