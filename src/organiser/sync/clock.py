"""A hybrid logical clock: one stamp per writing transaction, never behind this laptop's wall
clock nor behind any stamp this copy has applied, so an edit made after seeing another always
sorts after it, whatever the two laptops' clocks say.

A stamp is text that sorts in time order: 16 hex digits of (milliseconds << 16 | counter),
then the id of the copy that made it (ties between copies are broken by it).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

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


def ceiling_hlc(now_ms: int, ahead_ms: int = DRIFT_MS) -> int:
    """The highest clock value `ahead_ms` past `now_ms`."""
    return ((now_ms + ahead_ms) << COUNTER_BITS) | ((1 << COUNTER_BITS) - 1)


def tick(conn: sqlite3.Connection, edits: Callable[[], str | None] | None = None) -> str:
    """The next stamp of this copy (inside the writing transaction, which holds the lock).

    Usually the next value after the last stamp. But when that last stamp is more than the
    allowed drift ahead of the wall clock, this copy stamped with a wrong clock (a received
    change never moves it that far, see `observe`) that has since been put right: carrying on
    from there would date every new edit in the future and keep dragging other copies along.
    Then the stamp follows the wall clock again, after every change held here that another
    copy with a right clock could have taken in without a person's say (those within twice the
    drift of this clock), so that this copy's changes still reach every copy in order; and
    after the changes it edits (`edits`: the newest stamp of the fields this transaction
    writes), so that an edit made after seeing a value still wins over it. The high-water mark
    itself never goes back: `own_ahead` reports the changes stamped ahead."""
    row = conn.execute("SELECT copy_id, hlc FROM sync_copy WHERE one = 1").fetchone()
    if row is None:
        from organiser.sync.identity import new_copy_id

        copy_id, last = new_copy_id(), 0
        conn.execute("INSERT INTO sync_copy (one, copy_id, hlc) VALUES (1, ?, 0)", (copy_id,))
    else:
        copy_id, last = str(row[0]), int(row[1])
    wall = wall_ms()
    if last <= ceiling_hlc(wall):
        now = max(wall << COUNTER_BITS, last + 1)
    else:
        reach = ceiling_hlc(wall, 2 * DRIFT_MS)
        held = conn.execute(
            "SELECT max(stamp) FROM sync_change WHERE stamp < ?", (f"{reach + 1:0{HLC_DIGITS}x}",)
        ).fetchone()
        now = max(wall << COUNTER_BITS, hlc_of(str(held[0])) + 1 if held and held[0] else 0)
        seen = edits() if edits is not None else None
        if seen:
            now = max(now, hlc_of(seen) + 1)
    conn.execute("UPDATE sync_copy SET hlc = max(hlc, ?) WHERE one = 1", (now,))
    return make_stamp(now, copy_id)


def observe(conn: sqlite3.Connection, stamps_hlc: int) -> None:
    """Received changes move the clock forward: this copy's next edit sorts after them; but
    never past this laptop's wall clock plus the allowed drift, so that one laptop with a
    wrong clock cannot drag every copy into the future (held-back changes a person accepted
    may then stay ahead of this copy's next edits, which still sort after the fields they
    edit: see `tick`)."""
    conn.execute(
        "UPDATE sync_copy SET hlc = max(hlc, ?) WHERE one = 1",
        (min(stamps_hlc, ceiling_hlc(wall_ms())),),
    )


@dataclass(frozen=True)
class Ahead:
    """This copy's own changes stamped more than the allowed drift ahead of its clock: made
    while its date was wrong. Other copies hold them back until a person accepts them."""

    changes: int
    newest_ms: int
    ahead_ms: int


def own_ahead(conn: sqlite3.Connection) -> Ahead | None:
    row = conn.execute("SELECT copy_id FROM sync_copy WHERE one = 1").fetchone()
    if row is None:
        return None
    wall = wall_ms()
    bound = f"{ceiling_hlc(wall) + 1:0{HLC_DIGITS}x}"
    count, newest = conn.execute(
        "SELECT count(*), max(stamp) FROM sync_change WHERE stamp >= ? AND substr(stamp, ?) = ?",
        (bound, HLC_DIGITS + 1, str(row[0])),
    ).fetchone()
    if not count:
        return None
    newest_ms = ms_of(str(newest))
    return Ahead(int(count), newest_ms, newest_ms - wall)
