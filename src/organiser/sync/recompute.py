"""Make rows what their changes say, many rows at a time.

Receiving a busy office's month (10,000 changes) once cost about seven queries per changed row.
Here each table's touched rows are read in three statements (their changes, their current
values, which of them are erased), decided in Python by the rules below, and written with one
`executemany` per shape of write. What a row becomes is decided by one function, `decide`,
for a single row (`recompute_one`) and for many alike, so both ways give the same copy.

The rules: per column the value with the highest stamp wins; a column edit wins over the
creation it is newer than; a snapshot creation (a row older than the change log) stands in only
while no real creation or deletion is held, and every edit wins over it; erasure is sticky; a
row whose parent (or first change) has not arrived waits; a table or column only a newer version
knows is kept for after an upgrade.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from organiser.core.thaitext import thai_sort_key
from organiser.sync import policy
from organiser.sync.erasure import erasure_stamp
from organiser.sync.merge_loops import break_merge_loops
from organiser.sync.schema import Table, captured_tables, parents_first, q
from organiser.sync.snapshot import SNAPSHOT

Value = str | int | float | bytes | None
Done = Literal["written", "wait", "newer", "written_newer"]
# (col, value, stamp, base) of one row's changes, newest first per column
# what a recompute wrote, for whoever keeps derived data in step: (tbl, row_id) -> the columns
# updated, or None for a row inserted or deleted
Written = dict[tuple[str, str], frozenset[str] | None]
Logged = Sequence[tuple[str, Value, str, str | None]]

# the columns a derived sort key is computed from
NAMES = {"person": ("given_name", "family_name"), "organisation": ("name",)}


def winners(found: Logged) -> tuple[Value, dict[str, Value]]:
    """The row's newest creation or deletion, and per column the value with the highest
    stamp: a column edit wins over the creation it is newer than (or made in the same
    transaction, after the insert). A snapshot creation (a row older than the change log) is
    what a copy held, not an edit: it stands in only while no real creation or deletion is
    held, and every column edit wins over it, whatever the stamps."""
    newest: dict[str, tuple[str, Value]] = {}
    real: dict[str, tuple[str, Value]] = {}
    snapshot: dict[str, tuple[str, Value]] = {}
    for col, value, stamp, base in found:
        if col not in (policy.ROW, policy.WHOLE):
            newest.setdefault(col, (stamp, value))
        elif base == SNAPSHOT:  # the newest; as a floor, "" lets every edit in
            snapshot.setdefault(col, ("", value))
        else:
            real.setdefault(col, (stamp, value))
    whole = real.get(policy.WHOLE) or snapshot.get(policy.WHOLE)
    if whole is not None:
        newest[policy.WHOLE] = whole
    row_stamp, row_value = real.get(policy.ROW) or snapshot.get(policy.ROW) or ("", None)
    values: dict[str, Value] = {}
    if isinstance(row_value, str):
        values.update(json.loads(row_value))
    for col, (stamp, value) in newest.items():
        if stamp >= row_stamp:
            values[col] = value
    return row_value, values


@dataclass
class Plan:
    """What one row becomes: `op` the write ("insert" with every value, "update" with the
    values that differ, "delete", or "" for none), and the parent rows it needs."""

    done: Done
    op: Literal["", "insert", "update", "delete"] = ""
    values: dict[str, Value] = field(default_factory=dict)
    key: list[Value] = field(default_factory=list)
    parents: list[tuple[str, Value]] = field(default_factory=list)


def _key_values(table: Table, row_id: str, values: dict[str, Value]) -> list[Value] | None:
    if len(table.key) == 1:
        return [row_id]
    found = [values.get(c) for c in table.key]
    return None if any(v is None for v in found) else found


def decide(
    table: Table | None,
    tbl: str,
    row_id: str,
    found: Logged,
    local: Sequence[Value] | None,
    erased: bool,
) -> Plan:
    """What the row must become, from its changes (`found`), its values here (`local`, in
    the table's column order, None when absent) and whether it is erased. "wait" when its
    parent, or its first change, has not arrived; "newer" when its table is one only a newer
    version knows; "written_newer" when written without columns only a newer version knows.
    Parents are checked by the caller (`Plan.parents`)."""
    if table is None:
        return Plan("newer")
    exists_flag, values = winners(found)
    if policy.policy_of(tbl) is policy.Policy.INSERT_ONLY:
        whole = values.pop(policy.WHOLE, None)
        if not isinstance(whole, str):
            return Plan("wait")
        values = json.loads(whole)
        exists_flag = 1
    done: Done = "written"
    if not values.keys() <= table.sent_set:  # (the usual row is a subset: nothing to drop)
        if not values.keys() <= table.column_set:
            done = "written_newer"
        sent = table.sent_set
        values = {c: v for c, v in values.items() if c in sent}
    if erased:
        for col in policy.ERASED[tbl]:
            if col not in values and col in table.column_set:
                values[col] = None if col not in table.notnull else ""
    key = _key_values(table, row_id, values)
    if key is None:
        return Plan("wait")
    if exists_flag == 0:
        return Plan(done, "delete" if local is not None else "", key=key)
    if local is None and exists_flag is None:
        return Plan("wait")  # edits of a row whose creation has not arrived
    at = table.position
    names = NAMES.get(tbl, ())
    # a sort key is worked out again only when a name it comes from changes (it is the same
    # function of the same names otherwise)
    if local is None or any(c in values and values[c] != local[at[c]] for c in names):
        derive(tbl, values)
    parents: list[tuple[str, Value]] = []
    for col, parent in table.parents.items():
        value = values.get(col)
        if value is not None and (local is None or value != local[at[col]]):
            parents.append((parent, value))
    if local is None:
        return Plan(done, "insert", values, key, parents)
    diff = {c: v for c, v in values.items() if local[at[c]] != v}
    return Plan(done, "update" if diff else "", diff, key, parents)


def derive(tbl: str, values: dict[str, Value]) -> None:
    """Derived columns are computed here, as the domain computes them (refresh_sort_key)."""

    def text(col: str) -> str:
        value = values.get(col)
        return value if isinstance(value, str) else ""

    if tbl == "person" and ("given_name" in values or "family_name" in values):
        values["sort_key"] = thai_sort_key(f"{text('given_name')} {text('family_name')}")
    elif tbl == "organisation" and "name" in values:
        values["sort_key"] = thai_sort_key(text("name"))


# ------------------------------------------------------------------ writing


def _write(conn: sqlite3.Connection, table: Table, plan: Plan) -> None:
    name, where = q(table.name), table.where_key
    if plan.op == "delete":
        conn.execute(f"DELETE FROM {name} WHERE {where}", plan.key)
    elif plan.op == "insert":
        cols = list(plan.values)
        conn.execute(
            f"INSERT INTO {name} ({', '.join(q(c) for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})",
            list(plan.values.values()),
        )
    elif plan.op == "update":
        conn.execute(
            f"UPDATE {name} SET {', '.join(f'{q(c)} = ?' for c in plan.values)} WHERE {where}",
            [*plan.values.values(), *plan.key],
        )


def _missing(conn: sqlite3.Connection, table: str, row_id: Value) -> bool:
    return conn.execute(f"SELECT 1 FROM {q(table)} WHERE id = ?", (row_id,)).fetchone() is None


def _note(written: Written | None, tbl: str, plan: Plan) -> None:
    if written is not None and plan.op:
        cols = frozenset(plan.values) if plan.op == "update" else None
        written[(tbl, str(plan.key[0]) if len(plan.key) == 1 else "|".join(map(str, plan.key)))] = (
            cols
        )


def recompute_one(
    conn: sqlite3.Connection,
    table: Table | None,
    tbl: str,
    row_id: str,
    written: Written | None = None,
) -> Done:
    """One row, read and written on its own (a composite key, or a write the set-based way
    could not make because a unique value is taken)."""
    found = [
        (str(c), v, str(s), None if b is None else str(b))
        for c, v, s, b in conn.execute(
            "SELECT col, value, stamp, base FROM sync_change WHERE tbl = ? AND row_id = ? "
            "ORDER BY col, stamp DESC",
            (tbl, row_id),
        )
    ]
    local = None
    if table is not None:
        key = (
            [row_id] if len(table.key) == 1 else decide(table, tbl, row_id, found, None, False).key
        )
        if key:
            local = conn.execute(table.select_row, key).fetchone()
    erased = table is not None and erasure_stamp(conn, tbl, row_id) is not None
    plan = decide(table, tbl, row_id, found, local, erased)
    if table is None or plan.done == "wait":
        return plan.done
    if any(_missing(conn, parent, value) for parent, value in plan.parents):
        return "wait"
    try:
        _write(conn, table, plan)
        _note(written, tbl, plan)
    except sqlite3.IntegrityError:
        # a unique value another row here already has (the same person registered at two
        # desks): the row waits, visible in sync_waiting, until the model allows both
        return "wait"
    return plan.done


# ------------------------------------------------------------------ many rows of one table


def _touch(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_touched (row_id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.sync_touched")
    conn.executemany("INSERT OR IGNORE INTO temp.sync_touched VALUES (?)", ((i,) for i in ids))


def _changes_of(
    conn: sqlite3.Connection, tbl: str
) -> dict[str, list[tuple[str, Value, str, str | None]]]:
    out: dict[str, list[tuple[str, Value, str, str | None]]] = defaultdict(list)
    for row_id, col, value, stamp, base in conn.execute(
        # CROSS JOIN: from the touched rows (the planner, knowing nothing of the temp table,
        # would otherwise walk the table's whole log)
        "SELECT c.row_id, c.col, c.value, c.stamp, c.base FROM temp.sync_touched t "
        "CROSS JOIN sync_change c ON c.tbl = ? AND c.row_id = t.row_id "
        "ORDER BY t.row_id, c.col, c.stamp DESC",
        (tbl,),
    ):
        out[row_id].append((col, value, stamp, base))
    return out


def _erased_of(conn: sqlite3.Connection, tbl: str) -> set[str]:
    if tbl not in policy.ERASED:
        return set()
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT c.row_id FROM temp.sync_touched t CROSS JOIN sync_change c "
            "ON c.tbl = ? AND c.row_id = t.row_id AND c.col = 'erased_at' "
            "WHERE c.value IS NOT NULL",
            (tbl,),
        )
    }


def _present(conn: sqlite3.Connection, parent: str, ids: set[Value]) -> set[Value]:
    found: set[Value] = set()
    listed = list(ids)
    for start in range(0, len(listed), 5000):
        part = listed[start : start + 5000]
        found |= {
            r[0]
            for r in conn.execute(
                f"SELECT id FROM {q(parent)} WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(part),),
            )
        }
    return found


def recompute_table(
    conn: sqlite3.Connection, table: Table, ids: list[str], written: Written | None = None
) -> dict[str, Done]:
    """Many rows of one table keyed by `id`: read in three statements, written with one
    statement per shape of write (deletions, then updates, then insertions)."""
    tbl = table.name
    _touch(conn, ids)
    changes = _changes_of(conn, tbl)
    erased = _erased_of(conn, tbl)
    at_id = table.position["id"]
    local = {
        str(r[at_id]): r
        for r in conn.execute(
            f"SELECT {', '.join(f't.{q(c)}' for c in table.columns)} FROM {q(tbl)} t "
            "WHERE t.id IN (SELECT row_id FROM temp.sync_touched)"
        )
    }
    conn.execute("DELETE FROM temp.sync_touched")
    plans = {
        row_id: decide(
            table, tbl, row_id, changes.get(row_id, ()), local.get(row_id), row_id in erased
        )
        for row_id in ids
    }
    needed: dict[str, set[Value]] = defaultdict(set)
    for plan in plans.values():
        for parent, value in plan.parents:
            needed[parent].add(value)
    present = {parent: _present(conn, parent, wanted) for parent, wanted in needed.items()}
    done: dict[str, Done] = {}
    groups: dict[tuple[str, tuple[str, ...]], list[Plan]] = defaultdict(list)
    for row_id, plan in plans.items():
        if plan.done == "wait" or any(v not in present[p] for p, v in plan.parents):
            done[row_id] = "wait"
            continue
        done[row_id] = plan.done
        if plan.op:
            groups[(plan.op, tuple(plan.values))].append(plan)
    order = {"delete": 0, "update": 1, "insert": 2}
    for (op, cols), group in sorted(groups.items(), key=lambda g: (order[g[0][0]], g[0][1])):
        try:
            conn.execute("SAVEPOINT sync_many")
            _write_many(conn, table, op, cols, group)
            conn.execute("RELEASE sync_many")
            for plan in group:
                _note(written, tbl, plan)
        except sqlite3.IntegrityError:
            # a unique value taken: these rows one by one, as each would be alone
            conn.execute("ROLLBACK TO sync_many")
            conn.execute("RELEASE sync_many")
            for plan in group:
                done[str(plan.key[0])] = recompute_one(conn, table, tbl, str(plan.key[0]), written)
    return done


def _write_many(
    conn: sqlite3.Connection, table: Table, op: str, cols: tuple[str, ...], group: list[Plan]
) -> None:
    name, where = q(table.name), table.where_key
    if op == "delete":
        conn.executemany(f"DELETE FROM {name} WHERE {where}", (p.key for p in group))
    elif op == "insert":
        conn.executemany(
            f"INSERT INTO {name} ({', '.join(q(c) for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})",
            (list(p.values.values()) for p in group),
        )
    else:
        conn.executemany(
            f"UPDATE {name} SET {', '.join(f'{q(c)} = ?' for c in cols)} WHERE {where}",
            ([*p.values.values(), *p.key] for p in group),
        )


# ------------------------------------------------------------------ every touched row


def recompute_rows(
    conn: sqlite3.Connection,
    rows: set[tuple[str, str]],
    *,
    one_by_one: bool = False,
    written: Written | None = None,
) -> tuple[int, int, int]:
    """Make rows what their changes say, parents first; rows whose parent is missing wait.
    Returns (rows written, rows waiting, rows with changes for a newer version).
    `one_by_one`: each row read and written alone (the reference the set-based way is
    tested against). `written` collects what was written."""
    tables = captured_tables(conn)
    order = {name: i for i, name in enumerate(parents_first(tables))}
    pending = sorted(rows, key=lambda tr: (order.get(tr[0], len(order)), tr[1]))
    count = newer = 0
    while pending:
        left: list[tuple[str, str]] = []
        by_table: dict[str, list[str]] = defaultdict(list)
        for tbl, row_id in pending:
            by_table[tbl].append(row_id)
        for tbl, ids in by_table.items():  # in the order of `pending`: parents first
            table = tables.get(tbl)
            if table is not None and table.key == ["id"] and not one_by_one:
                done = recompute_table(conn, table, ids, written)
            else:
                done = {r: recompute_one(conn, table, tbl, r, written) for r in ids}
            for row_id in ids:
                result = done[row_id]
                if result == "wait":
                    left.append((tbl, row_id))
                    continue
                count += result != "newer"
                if result != "written":
                    newer += 1
                    conn.execute(
                        "INSERT OR IGNORE INTO sync_newer (tbl, row_id) VALUES (?, ?)",
                        (tbl, row_id),
                    )
        if len(left) == len(pending):
            break
        pending = left  # a parent applied in this pass lets its children through
    conn.execute("DELETE FROM sync_waiting")
    conn.executemany("INSERT INTO sync_waiting (tbl, row_id) VALUES (?, ?)", pending)
    break_merge_loops(conn, {t for t, _r in rows})
    return count, len(pending), newer
