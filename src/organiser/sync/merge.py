"""Apply received changes, and say what another copy lacks.

A copy's state is a function of the set of changes it holds: applying inserts the changes
(ignoring those already held) and recomputes the rows they touch. Per column the value with
the highest stamp wins; insert-only rows are facts, kept by every copy; a row whose parent has
not arrived waits in `sync_waiting` and is applied when it does.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from organiser.core.thaitext import thai_sort_key
from organiser.sync import clock, future, policy
from organiser.sync.erasure import erasure_stamp, scrub_row
from organiser.sync.merge_loops import break_merge_loops
from organiser.sync.schema import Table, captured_tables, parents_first, q
from organiser.sync.snapshot import SNAPSHOT

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
    conn.execute("DELETE FROM temp.sync_incoming")

    rows = {(t, r) for t, r, _c, _s in fresh}
    erased: set[tuple[str, str, str]] = set()
    for tbl, row_id in rows:
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
    written, waiting, newer = recompute_rows(conn, rows)
    recompute_conflicts(conn, cells)
    return Applied(len(fresh), written, waiting, newer_version=newer)


def recompute_rows(conn: sqlite3.Connection, rows: set[tuple[str, str]]) -> tuple[int, int, int]:
    """Make rows what their changes say, parents first; rows whose parent is missing wait.
    Returns (rows written, rows waiting, rows with changes for a newer version)."""
    tables = captured_tables(conn)
    order = {name: i for i, name in enumerate(parents_first(tables))}
    pending = sorted(rows, key=lambda tr: (order.get(tr[0], len(order)), tr[1]))
    written = newer = 0
    while pending:
        left = []
        for tbl, row_id in pending:
            done = _recompute(conn, tables.get(tbl), tbl, row_id)
            if done == "wait":
                left.append((tbl, row_id))
                continue
            written += done != "newer"
            if done != "written":
                newer += 1
                conn.execute(
                    "INSERT OR IGNORE INTO sync_newer (tbl, row_id) VALUES (?, ?)", (tbl, row_id)
                )
        if len(left) == len(pending):
            break
        pending = left  # a parent applied in this pass lets its children through
    conn.execute("DELETE FROM sync_waiting")
    conn.executemany("INSERT INTO sync_waiting (tbl, row_id) VALUES (?, ?)", pending)
    break_merge_loops(conn, {t for t, _r in rows})
    return written, len(pending), newer


# ------------------------------------------------------------------ one row


def _winners(conn: sqlite3.Connection, tbl: str, row_id: str) -> tuple[Value, dict[str, Value]]:
    """The row's newest creation or deletion, and per column the value with the highest
    stamp: a column edit wins over the creation it is newer than (or made in the same
    transaction, after the insert). A snapshot creation (a row older than the change log) is
    what a copy held, not an edit: it stands in only while no real creation or deletion is
    held, and every column edit wins over it, whatever the stamps."""
    found: dict[str, tuple[str, Value]] = {}
    real: dict[str, tuple[str, Value]] = {}
    snapshot: dict[str, tuple[str, Value]] = {}
    for col, value, stamp, base in conn.execute(
        "SELECT col, value, stamp, base FROM sync_change WHERE tbl = ? AND row_id = ? "
        "ORDER BY col, stamp DESC",
        (tbl, row_id),
    ):
        if col not in (policy.ROW, policy.WHOLE):
            found.setdefault(str(col), (str(stamp), value))
        elif base == SNAPSHOT:  # the newest; as a floor, "" lets every edit in
            snapshot.setdefault(str(col), ("", value))
        else:
            real.setdefault(str(col), (str(stamp), value))
    whole = real.get(policy.WHOLE) or snapshot.get(policy.WHOLE)
    if whole is not None:
        found[policy.WHOLE] = whole
    row_stamp, row_value = real.get(policy.ROW) or snapshot.get(policy.ROW) or ("", None)
    values: dict[str, Value] = {}
    if isinstance(row_value, str):
        values.update(json.loads(row_value))
    for col, (stamp, value) in found.items():
        if stamp >= row_stamp:
            values[col] = value
    return row_value, values


def _key_values(table: Table, row_id: str, values: dict[str, Value]) -> list[Value] | None:
    if len(table.key) == 1:
        return [row_id]
    found = [values.get(c) for c in table.key]
    return None if any(v is None for v in found) else found


Done = Literal["written", "wait", "newer", "written_newer"]


def _recompute(conn: sqlite3.Connection, table: Table | None, tbl: str, row_id: str) -> Done:
    """Make the row what its changes say: "wait" when its parent, or its first change, has
    not arrived; "newer" when its table is one only a newer version knows (kept for after
    an upgrade); "written_newer" when written without columns only a newer version knows."""
    if table is None:
        return "newer"
    exists_flag, values = _winners(conn, tbl, row_id)
    if policy.policy_of(tbl) is policy.Policy.INSERT_ONLY:
        whole = values.pop(policy.WHOLE, None)
        if not isinstance(whole, str):
            return "wait"
        values = json.loads(whole)
        exists_flag = 1
    sent = table.sent_set
    unknown = set(values) - table.column_set
    values = {c: v for c, v in values.items() if c in sent}
    done: Done = "written_newer" if unknown else "written"
    if erasure_stamp(conn, tbl, row_id) is not None:
        for col in policy.ERASED[tbl]:
            if col not in values and col in table.columns:
                values[col] = None if col not in table.notnull else ""
    key = _key_values(table, row_id, values)
    if key is None:
        return "wait"
    where = table.where_key
    at = table.position
    local = conn.execute(table.select_row, key).fetchone()
    if exists_flag == 0:
        if local is not None:
            conn.execute(f"DELETE FROM {q(tbl)} WHERE {where}", key)
        return done
    if local is None and exists_flag is None:
        return "wait"  # edits of a row whose creation has not arrived
    _derive(tbl, values)
    for col, parent in table.parents.items():
        value = values.get(col)
        changed = value is not None and (local is None or value != local[at[col]])
        if changed and _missing(conn, parent, value):
            return "wait"
    try:
        if local is None:
            names = list(values)
            conn.execute(
                f"INSERT INTO {q(tbl)} ({', '.join(q(c) for c in names)}) "
                f"VALUES ({', '.join('?' for _ in names)})",
                [values[c] for c in names],
            )
        else:
            diff = {c: v for c, v in values.items() if local[at[c]] != v}
            if diff:
                conn.execute(
                    f"UPDATE {q(tbl)} SET {', '.join(f'{q(c)} = ?' for c in diff)} WHERE {where}",
                    [*diff.values(), *key],
                )
    except sqlite3.IntegrityError:
        # a unique value another row here already has (the same person registered at two
        # desks): the row waits, visible in sync_waiting, until the model allows both
        return "wait"
    return done


def _missing(conn: sqlite3.Connection, table: str, row_id: Value) -> bool:
    return conn.execute(f"SELECT 1 FROM {q(table)} WHERE id = ?", (row_id,)).fetchone() is None


def _derive(tbl: str, values: dict[str, Value]) -> None:
    """Derived columns are computed here, as the domain computes them (refresh_sort_key)."""

    def text(col: str) -> str:
        value = values.get(col)
        return value if isinstance(value, str) else ""

    if tbl == "person" and ("given_name" in values or "family_name" in values):
        values["sort_key"] = thai_sort_key(f"{text('given_name')} {text('family_name')}")
    elif tbl == "organisation" and "name" in values:
        values["sort_key"] = thai_sort_key(text("name"))


# ------------------------------------------------------------------ conflicts


def _recompute_conflicts(
    conn: sqlite3.Connection, tbl: str, row_id: str, col: str, columns: frozenset[str] | None = None
) -> None:
    """A conflict: a value the winning change had not seen (its stamp is above the winner's
    base), that nobody replaced knowingly since, and that says something else."""
    conn.execute(
        "DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND col = ?", (tbl, row_id, col)
    )
    if col in (policy.ROW, policy.WHOLE) or col in policy.NEVER_IN_CONFLICT:
        return
    if policy.policy_of(tbl) is not policy.Policy.REPLICATED:
        return
    if col not in (columns if columns is not None else _columns(conn, tbl)):
        return  # a column of a newer version: its conflicts are found after the upgrade
    found = conn.execute(
        "SELECT stamp, value, base FROM sync_change WHERE tbl = ? AND row_id = ? AND col = ? "
        "ORDER BY stamp DESC",
        (tbl, row_id, col),
    ).fetchall()
    if len(found) < 2:
        return
    (w_stamp, w_value, w_base), others = found[0], found[1:]
    replaced = {b for _s, _v, b in found if b is not None}
    for stamp, value, _base in others:
        if stamp > (w_base or "") and stamp not in replaced and value != w_value:
            conn.execute(
                "INSERT OR IGNORE INTO sync_conflict (tbl, row_id, col, kept_stamp, kept_value, "
                "other_stamp, other_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (tbl, row_id, col, w_stamp, w_value, stamp, value),
            )


def _columns(conn: sqlite3.Connection, tbl: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({q(tbl)})")}


def recompute_conflicts(conn: sqlite3.Connection, cells: Iterable[tuple[str, str, str]]) -> None:
    known: dict[str, frozenset[str]] = {}
    for tbl, row_id, col in cells:
        if tbl not in known:
            known[tbl] = frozenset(_columns(conn, tbl))
        _recompute_conflicts(conn, tbl, row_id, col, known[tbl])


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
