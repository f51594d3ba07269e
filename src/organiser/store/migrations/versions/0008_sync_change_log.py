"""sync: the change log, the clock and this copy's id, and the conflicts found on merging

Tables only; the capture triggers are not part of any revision: they are generated from
`organiser.sync.policy` after every migration (store.migrate) and at opening, because Alembic's
batch rebuilds and triggers do not mix (NOTES, "Sync"). Nothing in the existing tables changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 13:40:00
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new row as one JSON object (col "_row"; 0 when deleted), then one row per edited
    # column; a fact (insert-only tables) as one JSON row (col "*"). Keyed so that receiving
    # a change twice is a no-op. `value` has no declared type: SQLite
    # keeps what the column held (text, integer, real, NULL). `base` is the stamp of the value
    # this change replaced on the copy that made it: two changes neither of which saw the other
    # are concurrent, and disagreeing concurrent values are a conflict.
    op.execute(
        """CREATE TABLE sync_change (
            stamp TEXT NOT NULL,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            col TEXT NOT NULL,
            value,
            base TEXT,
            PRIMARY KEY (tbl, row_id, col, stamp)
        ) WITHOUT ROWID"""
    )
    op.execute("CREATE INDEX ix_sync_change_stamp ON sync_change (stamp)")
    # Written by the triggers, stamped and moved into sync_change when the transaction commits.
    op.execute(
        """CREATE TABLE sync_pending (
            seq INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            col TEXT NOT NULL,
            value
        )"""
    )
    # This copy: its id, its hybrid logical clock, and whether received changes are being
    # applied (then the triggers stay quiet, so nothing received is captured again).
    op.execute(
        """CREATE TABLE sync_copy (
            one INTEGER PRIMARY KEY CHECK (one = 1),
            copy_id TEXT NOT NULL,
            hlc INTEGER NOT NULL DEFAULT 0,
            applying INTEGER NOT NULL DEFAULT 0
        )"""
    )
    # What this copy holds: per copy id, the highest stamp (a version vector). Kept apart from
    # sync_change so that changes scrubbed by an erasure are not asked for again.
    op.execute("CREATE TABLE sync_held (origin TEXT PRIMARY KEY, stamp TEXT NOT NULL)")
    # Rows whose changes arrived before their parent row: applied when the parent arrives.
    op.execute(
        "CREATE TABLE sync_waiting (tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
        "PRIMARY KEY (tbl, row_id)) WITHOUT ROWID"
    )
    op.execute(
        """CREATE TABLE sync_conflict (
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            col TEXT NOT NULL,
            kept_stamp TEXT NOT NULL,
            kept_value,
            other_stamp TEXT NOT NULL,
            other_value,
            PRIMARY KEY (tbl, row_id, col, other_stamp)
        ) WITHOUT ROWID"""
    )


def downgrade() -> None:
    for name in (
        "sync_conflict", "sync_waiting", "sync_held", "sync_copy", "sync_pending", "sync_change"
    ):  # fmt: skip
        op.execute(f"DROP TABLE IF EXISTS {name}")
