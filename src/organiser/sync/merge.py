"""Apply received changes, and say what another copy lacks.

A copy's state is a function of the set of changes it holds: applying inserts the changes
(ignoring those already held) and recomputes the rows they touch. Per column the value with
the highest stamp wins; insert-only rows are facts, kept by every copy; a row whose parent has
not arrived waits in `sync_waiting` and is applied when it does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from organiser.sync import clock, future, policy
from organiser.sync.conflicting import recompute_conflicts
from organiser.sync.erasure import scrub_row
from organiser.sync.recompute import derive as _derive
from organiser.sync.recompute import recompute_rows
from organiser.sync.schema import captured_tables, q
from organiser.sync.set_aside import collector_set_aside, triggers_set_aside

if TYPE_CHECKING:
    from organiser.store.db import UnitOfWork

Value = str | int | float | bytes | None


@dataclass(frozen=True)
class Change:
    stamp: str
    tbl: str
    row_id: str
    col: str
    value: Value
    base: str | None

    @property
    def origin(self) -> str:
        return clock.origin_of(self.stamp)


@dataclass(frozen=True)
class Applied:
    """What applying did, as plain numbers for the CLI and the window to put in words."""

    new_changes: int
    rows_written: int
    rows_waiting: int
    # changes stamped more than a day ahead of this laptop's clock: kept, listed by
    # `future.held_back`, applied when a person accepts them
    held_back: int = 0
    # how far this laptop's clock is ahead of the copy the changes came from (0 when less
    # than the allowed drift): this laptop's date is probably wrong, and it should be told
    clock_ahead_ms: int = 0
    # rows with changes made by a newer version of Organiser (tables or columns this version
    # does not know): kept, and applied after an upgrade
    newer_version: int = 0

    @property
    def update_organiser(self) -> bool:
        return self.newer_version > 0


def connection_of(uow: UnitOfWork) -> sqlite3.Connection:
    """The unit's own SQLite connection: changes are read and applied in its transaction."""
    uow.flush()
    dbapi = uow.session.connection().connection.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    return dbapi


def known(uow: UnitOfWork) -> dict[str, str]:
    """What this copy holds: per copy id, the highest stamp held (a version vector)."""
    conn = connection_of(uow)
    return {str(o): str(s) for o, s in conn.execute("SELECT origin, stamp FROM sync_held")}


def changes_since(uow: UnitOfWork, known_there: dict[str, str]) -> list[Change]:
    """Every change held here that a copy holding `known_there` lacks, oldest first."""
    conn = connection_of(uow)
    out: list[Change] = []
    for origin, top in conn.execute("SELECT origin, stamp FROM sync_held").fetchall():
        after = known_there.get(str(origin), "")
        if after >= str(top):
            continue
        out += [
            Change(*r)
            for r in conn.execute(
                "SELECT stamp, tbl, row_id, col, value, base FROM sync_change "
                "WHERE stamp > ? AND substr(stamp, ?) = ?",
                (after, clock.HLC_DIGITS + 1, str(origin)),
            )
        ]
    out.sort(key=lambda c: (c.stamp, c.tbl, c.row_id, c.col))
    return out


def apply(
    uow: UnitOfWork, changes: Iterable[Change], *, sender_clock_ms: int | None = None
) -> Applied:
    """Take in changes from other copies (any order, any number of times). Changes stamped
    far in the future are held back, not applied. `sender_clock_ms`, when known (a meeting,
    a file's header), is the sender's wall clock: it tells this copy whether its own clock is
    far ahead."""
    conn = connection_of(uow)
    batch = list(changes)
    now, held = future.hold_back(conn, batch)
    result = apply_held(uow, now)
    ahead = future.clock_ahead_ms(conn, batch, sender_clock_ms)
    return Applied(
        result.new_changes, result.rows_written, result.rows_waiting, held, ahead,
        result.newer_version,
    )  # fmt: skip


def apply_held(uow: UnitOfWork, changes: Iterable[Change], *, accepted: bool = False) -> Applied:
    """Apply changes without holding any back. `accepted`: changes that were held back and a
    person accepted; older than what was applied since from their copy (an erasure is never
    held back), they were never taken in, and are now."""
    conn = connection_of(uow)
    if conn.execute("SELECT 1 FROM sync_copy WHERE one = 1").fetchone() is None:
        clock.tick(conn)  # this copy's id and clock row, before anything is applied
    conn.execute("UPDATE sync_copy SET applying = 1 WHERE one = 1")
    try:
        with collector_set_aside():
            result = _apply(conn, changes, accepted=accepted)
    finally:
        conn.execute("UPDATE sync_copy SET applying = 0 WHERE one = 1")
    uow.session.expire_all()  # rows the session loaded may have changed underneath it
    return result


def _apply(conn: sqlite3.Connection, changes: Iterable[Change], *, accepted: bool) -> Applied:
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_incoming "
        "(stamp TEXT, tbl TEXT, row_id TEXT, col TEXT, value, base TEXT)"
    )
    conn.execute("DELETE FROM temp.sync_incoming")
    conn.executemany(
        "INSERT INTO temp.sync_incoming VALUES (?, ?, ?, ?, ?, ?)",
        ((c.stamp, c.tbl, c.row_id, c.col, c.value, c.base) for c in changes),
    )
    # A change older than the newest this copy holds from its copy was held here before: it
    # is in the log, or it left it (replaced and compacted, or scrubbed by an erasure) and
    # must not come back. (Files carry whole transactions: one stamp is all or nothing.)
    if not accepted:
        conn.execute(
            "DELETE FROM temp.sync_incoming WHERE stamp < coalesce((SELECT h.stamp FROM "
            "sync_held h WHERE h.origin = substr(temp.sync_incoming.stamp, ?)), '')",
            (clock.HLC_DIGITS + 1,),
        )
    fresh = {
        (str(t), str(r), str(c), str(s))
        for t, r, c, s in conn.execute(
            "SELECT tbl, row_id, col, stamp FROM temp.sync_incoming i WHERE NOT EXISTS "
            "(SELECT 1 FROM sync_change c WHERE c.tbl = i.tbl AND c.row_id = i.row_id "
            "AND c.col = i.col AND c.stamp = i.stamp)"
        )
    }
    conn.execute(
        "INSERT OR IGNORE INTO sync_change (stamp, tbl, row_id, col, value, base) "
        "SELECT stamp, tbl, row_id, col, value, base FROM temp.sync_incoming"
    )
    # held-back changes a person accepted do not count as held in order: their copy, its clock
    # put right, goes on with earlier stamps that must not be taken for ones already held
    conn.execute(  # "WHERE true": SQLite's upsert after a SELECT needs it to parse
        "INSERT INTO sync_held (origin, stamp) SELECT substr(stamp, ?) AS o, max(stamp) "
        "FROM temp.sync_incoming WHERE ? GROUP BY o "
        "ON CONFLICT (origin) DO UPDATE SET stamp = max(stamp, excluded.stamp)",
        (clock.HLC_DIGITS + 1, not accepted),
    )
    top = conn.execute("SELECT max(stamp) FROM temp.sync_incoming").fetchone()
    if top and top[0]:
        clock.observe(conn, clock.hlc_of(str(top[0])))
    # the erased rows among those received, found at once (then scrubbed one by one: few)
    marks = ", ".join("?" for _ in policy.ERASED)
    maybe_erased = {
        (str(t), str(r))
        for t, r in conn.execute(
            "SELECT DISTINCT i.tbl, i.row_id FROM temp.sync_incoming i JOIN sync_change e "
            "ON e.tbl = i.tbl AND e.row_id = i.row_id AND e.col = 'erased_at' "
            f"WHERE i.tbl IN ({marks}) AND e.value IS NOT NULL",
            tuple(policy.ERASED),
        )
    }
    conn.execute("DELETE FROM temp.sync_incoming")

    rows = {(t, r) for t, r, _c, _s in fresh}
    erased: set[tuple[str, str, str]] = set()
    for tbl, row_id in sorted(rows & maybe_erased):
        if scrub_row(conn, tbl, row_id):
            erased |= {(tbl, row_id, col) for col in policy.ERASED[tbl]}
    if erased:  # what the erasure scrubbed was not taken in
        fresh = {
            f
            for f in fresh
            if conn.execute(
                "SELECT 1 FROM sync_change WHERE tbl = ? AND row_id = ? AND col = ? AND stamp = ?",
                f,
            ).fetchone()
        }
    cells = {(t, r, c) for t, r, c, _s in fresh}
    rows = {(t, r) for t, r, _c in cells}
    if cells:
        cells |= {e for e in erased if (e[0], e[1]) in rows}
    rows |= {(str(t), str(r)) for t, r in conn.execute("SELECT tbl, row_id FROM sync_waiting")}
    with triggers_set_aside(conn, rows) as aside:
        written, waiting, newer = recompute_rows(conn, rows, written=aside.written)
    recompute_conflicts(conn, cells)
    return Applied(len(fresh), written, waiting, newer_version=newer)


@dataclass(frozen=True)
class Conflict:
    tbl: str
    row_id: str
    col: str
    kept_stamp: str
    kept_value: Value
    other_stamp: str
    other_value: Value

    @property
    def kept_by(self) -> str:
        return clock.origin_of(self.kept_stamp)

    @property
    def other_by(self) -> str:
        return clock.origin_of(self.other_stamp)


def resolve(uow: UnitOfWork, tbl: str, row_id: str, col: str, value: Value) -> None:
    """A person chose the value of a field in conflict (one of the two, or another): a new
    edit that saw both, recorded even when it keeps the value already shown, so that every
    copy settles the conflict the same way when it arrives."""
    conn = connection_of(uow)
    table = captured_tables(conn).get(tbl)
    if table is None or table.key != ["id"] or col not in table.sent:
        raise ValueError(f"{tbl}.{col} is not a replicated field")
    conn.execute(f"UPDATE {q(tbl)} SET {q(col)} = ? WHERE id = ?", (value, row_id))
    if tbl in ("person", "organisation"):
        names = ("given_name", "family_name") if tbl == "person" else ("name",)
        row = conn.execute(
            f"SELECT {', '.join(q(n) for n in names)} FROM {q(tbl)} WHERE id = ?", (row_id,)
        ).fetchone()
        if row is not None:
            values: dict[str, Value] = dict(zip(names, row, strict=True))
            _derive(tbl, values)
            conn.execute(
                f"UPDATE {q(tbl)} SET sort_key = ? WHERE id = ?", (values["sort_key"], row_id)
            )
    conn.execute(
        "INSERT INTO sync_pending (tbl, row_id, col, value) VALUES (?, ?, ?, ?)",
        (tbl, row_id, col, value),
    )
    uow.session.expire_all()


def conflicts(uow: UnitOfWork) -> list[Conflict]:
    conn = connection_of(uow)
    return [
        Conflict(*r)
        for r in conn.execute(
            "SELECT tbl, row_id, col, kept_stamp, kept_value, other_stamp, other_value "
            "FROM sync_conflict ORDER BY tbl, row_id, col, other_stamp"
        )
    ]
