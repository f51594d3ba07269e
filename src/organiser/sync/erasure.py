"""Erasure (PDPA) is sticky: it wins over any edit, on every copy, and the erased values leave
the change log too, so no byte of them stays in this copy's files."""

from __future__ import annotations

import contextlib
import sqlite3

from organiser.sync import policy


def erasure_stamp(conn: sqlite3.Connection, tbl: str, row_id: str) -> str | None:
    """The stamp of the first erasure of the row (two offices erasing at once agree on it)."""
    if tbl not in policy.ERASED:
        return None
    row = conn.execute(
        "SELECT min(stamp) FROM sync_change WHERE tbl = ? AND row_id = ? AND col = 'erased_at' "
        "AND value IS NOT NULL",
        (tbl, row_id),
    ).fetchone()
    return str(row[0]) if row and row[0] is not None else None


def scrub_row(conn: sqlite3.Connection, tbl: str, row_id: str) -> bool:
    """Drop every value of an erased row's personal columns from the log and the conflicts,
    except what the erasure itself wrote. False when the row is not erased."""
    stamp = erasure_stamp(conn, tbl, row_id)
    if stamp is None:
        return False
    cols = sorted(policy.ERASED[tbl])
    marks = ", ".join("?" for _ in cols)
    conn.execute(
        f"DELETE FROM sync_change WHERE tbl = ? AND row_id = ? AND col IN ({marks}) AND stamp != ?",
        (tbl, row_id, *cols, stamp),
    )
    # the conflicts, the edits not yet stamped and those held back (stamped far ahead) held
    # values too
    for log in ("sync_conflict", "sync_pending", "sync_future"):
        with contextlib.suppress(sqlite3.OperationalError):  # sync_future: from 0009 on
            conn.execute(
                f"DELETE FROM {log} WHERE tbl = ? AND row_id = ? AND col IN ({marks})",
                (tbl, row_id, *cols),
            )
    _out_of_creation(conn, tbl, row_id, cols)
    return True


def _out_of_creation(conn: sqlite3.Connection, tbl: str, row_id: str, cols: list[str]) -> None:
    """The row's creation carries every value as JSON: the personal ones leave it (in the
    log, and in a creation held back or not yet stamped)."""
    paths = ", ".join(f"'$.{c}'" for c in cols)
    for log in ("sync_change", "sync_future", "sync_pending"):
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute(
                f"UPDATE {log} SET value = json_remove(value, {paths}) WHERE tbl = ? "
                f"AND row_id = ? AND col = '{policy.ROW}' AND typeof(value) = 'text'",
                (tbl, row_id),
            )


def forget_values(conn: sqlite3.Connection, tbl: str, row_id: str) -> None:
    """Erasing in a backup (or any copy without its own merge): every logged value of the
    row's personal columns goes, whoever wrote it. Nothing to do without a change log."""
    if tbl not in policy.ERASED:
        return
    cols = sorted(policy.ERASED[tbl])
    marks = ", ".join("?" for _ in cols)
    for log in ("sync_change", "sync_pending", "sync_conflict", "sync_future"):
        with contextlib.suppress(sqlite3.OperationalError):  # a database from before the log
            conn.execute(
                f"DELETE FROM {log} WHERE tbl = ? AND row_id = ? AND col IN ({marks})",
                (tbl, row_id, *cols),
            )
    _out_of_creation(conn, tbl, row_id, cols)
