"""Compaction: the change log keeps every value ever written until it cannot matter any more.

A field's older values can go once every trusted copy holds the value that replaced them:
from then on, every edit any of them makes saw that value (its `base` is at least that
stamp), so the older ones can never win nor be in conflict again. This copy must hold
everything the others hold (else a change made before they saw the winner may still be on
its way here), and a field in conflict keeps all its values until a person settles it.
Creations, deletions and erasures are kept: a new copy is made from them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from organiser.sync import clock, policy

if TYPE_CHECKING:
    from organiser.store.db import UnitOfWork


def compact(uow: UnitOfWork, holders: Iterable[dict[str, str]]) -> int:
    """Drop the changes every copy in `holders` (their version vectors, as `known` gives
    them) holds a replacement of. Returns how many changes were dropped (0 when another copy
    holds something this one lacks: exchange first)."""
    from organiser.sync.merge import connection_of

    conn = connection_of(uow)
    return compact_log(conn, list(holders))


def compact_log(conn: sqlite3.Connection, holders: list[dict[str, str]]) -> int:
    mine = {str(o): str(s) for o, s in conn.execute("SELECT origin, stamp FROM sync_held")}
    for vector in holders:
        if any(stamp > mine.get(origin, "") for origin, stamp in vector.items()):
            return 0
    # per copy id, the newest stamp every holder (and this copy) holds
    floor: dict[str, str] = {}
    for origin, stamp in mine.items():
        floor[origin] = min([stamp, *(v.get(origin, "") for v in holders)])
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_floor (origin TEXT PRIMARY KEY, stamp)")
    conn.execute("DELETE FROM temp.sync_floor")
    conn.executemany("INSERT INTO temp.sync_floor VALUES (?, ?)", floor.items())
    # the fields whose every value is held everywhere, not in conflict, not kept for ever
    conn.execute(
        """CREATE TEMP TABLE IF NOT EXISTS sync_settled
        (tbl TEXT, row_id TEXT, col TEXT, top TEXT, PRIMARY KEY (tbl, row_id, col))"""
    )
    conn.execute("DELETE FROM temp.sync_settled")
    conn.execute(
        """INSERT INTO temp.sync_settled
        SELECT c.tbl, c.row_id, c.col, max(c.stamp) FROM sync_change c
        LEFT JOIN temp.sync_floor f ON f.origin = substr(c.stamp, :from)
        WHERE c.col NOT IN (:row, 'erased_at')
        GROUP BY c.tbl, c.row_id, c.col
        HAVING count(*) > 1 AND min(coalesce(c.stamp <= f.stamp, 0)) = 1""",
        {"from": clock.HLC_DIGITS + 1, "row": policy.ROW},
    )
    conn.execute(
        """DELETE FROM temp.sync_settled WHERE EXISTS (SELECT 1 FROM sync_conflict k
        WHERE k.tbl = sync_settled.tbl AND k.row_id = sync_settled.row_id
        AND k.col = sync_settled.col)"""
    )
    start = conn.total_changes
    conn.execute(
        """DELETE FROM sync_change WHERE EXISTS (SELECT 1 FROM temp.sync_settled s
        WHERE s.tbl = sync_change.tbl AND s.row_id = sync_change.row_id
        AND s.col = sync_change.col AND sync_change.stamp < s.top)"""
    )
    dropped = conn.total_changes - start
    conn.execute("DELETE FROM temp.sync_settled")
    conn.execute("DELETE FROM temp.sync_floor")
    return dropped
