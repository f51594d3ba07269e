"""A hybrid logical clock: one stamp per writing transaction, never behind this laptop's wall
clock nor behind any stamp this copy has applied, so an edit made after seeing another always
sorts after it, whatever the two laptops' clocks say.

A stamp is text that sorts in time order: 16 hex digits of (milliseconds << 16 | counter),
then the id of the copy that made it (ties between copies are broken by it).
"""

from __future__ import annotations

import sqlite3
import time

COUNTER_BITS = 16
HLC_DIGITS = 16
# How far ahead of this laptop's clock a stamp may be and still be applied as it comes; and how
# far ahead of it a stamp applied (even one a person accepted) may move this copy's clock.
DRIFT_MS = 24 * 3600 * 1000


def wall_ms() -> int:
    """This laptop's clock (tests move it to play a laptop whose clock is wrong)."""
    return time.time_ns() // 1_000_000


def make_stamp(hlc: int, copy_id: str) -> str:
    return f"{hlc:0{HLC_DIGITS}x}{copy_id}"


def hlc_of(stamp: str) -> int:
    return int(stamp[:HLC_DIGITS], 16)


def origin_of(stamp: str) -> str:
    return stamp[HLC_DIGITS:]


def ms_of(stamp: str) -> int:
    return hlc_of(stamp) >> COUNTER_BITS


def tick(conn: sqlite3.Connection) -> str:
    """The next stamp of this copy (inside the writing transaction, which holds the lock)."""
    row = conn.execute("SELECT copy_id, hlc FROM sync_copy WHERE one = 1").fetchone()
    if row is None:
        from organiser.sync.identity import new_copy_id

        copy_id, last = new_copy_id(), 0
        conn.execute("INSERT INTO sync_copy (one, copy_id, hlc) VALUES (1, ?, 0)", (copy_id,))
    else:
        copy_id, last = str(row[0]), int(row[1])
    now = max(wall_ms() << COUNTER_BITS, last + 1)
    conn.execute("UPDATE sync_copy SET hlc = ? WHERE one = 1", (now,))
    return make_stamp(now, copy_id)


def observe(conn: sqlite3.Connection, stamps_hlc: int) -> None:
    """Received changes move the clock forward: this copy's next edit sorts after them; but
    never past this laptop's wall clock plus the allowed drift, so that one laptop with a
    wrong clock cannot drag every copy into the future (held-back changes a person accepted
    may then stay ahead of this copy's next edits)."""
    ceiling = ((wall_ms() + DRIFT_MS) << COUNTER_BITS) | ((1 << COUNTER_BITS) - 1)
    conn.execute(
        "UPDATE sync_copy SET hlc = max(hlc, ?) WHERE one = 1", (min(stamps_hlc, ceiling),)
    )
