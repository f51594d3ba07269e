"""Changes stamped far in the future: a laptop whose clock was wrong (a Buddhist-era year typed
as a Christian-era one is the usual case) stamps its edits years ahead. Applied as they come,
they would win over every edit made anywhere until that date, and drag every clock that saw
them into the future. So they are held back in `sync_future`, listed for a person, and
applied only when that person accepts them; even then this copy's clock moves no further
than its wall clock plus the allowed drift (`clock.observe`). An erasure is never held back:
privacy does not wait for a clock to be put right.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from organiser.sync import clock

if TYPE_CHECKING:
    from organiser.store.db import UnitOfWork
    from organiser.sync.merge import Applied, Change

DRIFT_MS = clock.DRIFT_MS


def _too_far(stamp: str, now_ms: int) -> bool:
    return clock.ms_of(stamp) > now_ms + DRIFT_MS


def hold_back(conn: sqlite3.Connection, batch: Sequence[Change]) -> tuple[list[Change], int]:
    """Split a batch: the changes to apply now, and how many were put aside (kept in
    `sync_future` until accepted; those already held or already applied are not counted)."""
    now_ms = clock.wall_ms()
    far = {c.stamp for c in batch if _too_far(c.stamp, now_ms)}
    if not far:
        return list(batch), 0
    # a transaction that erases someone goes through whole, whatever its stamp
    far -= {c.stamp for c in batch if c.col == "erased_at" and c.value is not None}
    held = [c for c in batch if c.stamp in far]
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO sync_future (stamp, tbl, row_id, col, value, base) "
        "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sync_change "
        "WHERE tbl = ? AND row_id = ? AND col = ? AND stamp = ?)",
        [
            (c.stamp, c.tbl, c.row_id, c.col, c.value, c.base, c.tbl, c.row_id, c.col, c.stamp)
            for c in held
        ],
    )
    return [c for c in batch if c.stamp not in far], conn.total_changes - before


@dataclass(frozen=True)
class HeldBack:
    """Changes from one copy waiting for a person: which copy, how many, how far ahead of
    this laptop's clock the newest is, and when (by that copy's clock) it was made."""

    origin: str
    changes: int
    ahead_ms: int
    newest_ms: int


def held_back(uow: UnitOfWork) -> list[HeldBack]:
    from organiser.sync.merge import connection_of

    conn = connection_of(uow)
    now_ms = clock.wall_ms()
    out = []
    for origin, count, newest in conn.execute(
        "SELECT substr(stamp, ?) AS o, count(*), max(stamp) FROM sync_future GROUP BY o ORDER BY o",
        (clock.HLC_DIGITS + 1,),
    ).fetchall():
        newest_ms = clock.ms_of(str(newest))
        out.append(HeldBack(str(origin), int(count), max(0, newest_ms - now_ms), newest_ms))
    return out


def accept(uow: UnitOfWork, origin: str | None = None) -> Applied:
    """A person accepts the held-back changes (of one copy, or all): they are applied, and
    this copy's clock stays within the allowed drift of its wall clock."""
    from organiser.sync.merge import Change, apply_held, connection_of

    conn = connection_of(uow)
    where, args = (
        ("WHERE substr(stamp, ?) = ?", (clock.HLC_DIGITS + 1, origin)) if origin else ("", ())
    )
    changes = [
        Change(*r)
        for r in conn.execute(
            f"SELECT stamp, tbl, row_id, col, value, base FROM sync_future {where}", args
        ).fetchall()
    ]
    conn.execute(f"DELETE FROM sync_future {where}", args)
    return apply_held(uow, changes, accepted=True)


def ahead_of(their_clock_ms: int) -> int:
    """How far this laptop's clock is ahead of another copy's (told by a meeting or a file's
    header), when more than the allowed drift; else 0. For the CLI and the window to warn
    that this laptop's date is probably wrong."""
    ahead = clock.wall_ms() - their_clock_ms
    return ahead if ahead > DRIFT_MS else 0


def clock_ahead_ms(
    conn: sqlite3.Connection, batch: Sequence[Change], sender_clock_ms: int | None
) -> int:
    """How far this laptop's clock is ahead of the copy it is receiving from, when more than
    the allowed drift (else 0). The sender's clock when it is known (a meeting, a file's
    header); otherwise the newest stamp another copy made in the batch: a copy's stamps are
    never behind its own clock at the time, so stamps a day behind ours mean our clock runs
    ahead, or the other office has not written anything since."""
    mine = _own_origin(conn)
    reference = sender_clock_ms
    if reference is None:
        theirs = [clock.ms_of(c.stamp) for c in batch if c.origin != mine]
        reference = max(theirs) if theirs else None
    return 0 if reference is None else ahead_of(reference)


def _own_origin(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT copy_id FROM sync_copy WHERE one = 1").fetchone()
    return str(row[0]) if row else ""
