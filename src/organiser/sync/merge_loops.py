"""Two offices that merged the same two people in opposite directions (A folds X into Y, B
folds Y into X, before either saw the other) leave, once their changes meet, a loop of
`merged_into_id`: both records merged, both soft-deleted, and nobody left in the People list
although the desk still counts the person. Loops of three (X into Y, Y into Z, Z into X) come
the same way.

No copy writes a change to settle it: every copy computes the same answer from the rows
alone, as for registrations. Of a loop, the smallest id is the person
(`services.shared.registrations.person_roots` reads loops so too): its merge is set aside, and so is
the soft deletion that came with it (stamped in the same transaction), so it is live again;
the others stay merged into it. Nothing is lost: each record keeps its values, and the
survivor the fields its own merge filled in. A deletion made apart from the merge stands.
"""

from __future__ import annotations

import sqlite3

from organiser.sync.schema import q

MERGEABLE = ("person", "organisation")


def loops(parent: dict[str, str]) -> list[list[str]]:
    """The loops of a `merged_into_id` graph (each record points to at most one)."""
    found: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(parent):
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node in parent and node not in done and node not in on_path:
            on_path.add(node)
            path.append(node)
            node = parent[node]
        if node is not None and node in on_path:
            found.append(path[path.index(node) :])
        done |= on_path
    return found


def _winning_stamp(conn: sqlite3.Connection, tbl: str, row_id: str, col: str) -> str | None:
    row = conn.execute(
        "SELECT max(stamp) FROM sync_change WHERE tbl = ? AND row_id = ? AND col = ?",
        (tbl, row_id, col),
    ).fetchone()
    return str(row[0]) if row and row[0] is not None else None


def break_merge_loops(conn: sqlite3.Connection, tables: set[str] | None = None) -> int:
    """After rows were made what their changes say: end every merge loop at its smallest id.
    Returns how many loops were broken. Runs while applying (nothing is captured)."""
    broken = 0
    for tbl in MERGEABLE:
        if tables is not None and tbl not in tables:
            continue
        parent = {
            str(i): str(m)
            for i, m in conn.execute(
                f"SELECT id, merged_into_id FROM {q(tbl)} WHERE merged_into_id IS NOT NULL"
            )
        }
        for loop in loops(parent):
            survivor = min(loop)
            merged = _winning_stamp(conn, tbl, survivor, "merged_into_id")
            deleted = _winning_stamp(conn, tbl, survivor, "deleted_at")
            undo_delete = merged is not None and merged == deleted
            conn.execute(
                f"UPDATE {q(tbl)} SET merged_into_id = NULL"
                f"{', deleted_at = NULL' if undo_delete else ''} WHERE id = ?",
                (survivor,),
            )
            broken += 1
    return broken
