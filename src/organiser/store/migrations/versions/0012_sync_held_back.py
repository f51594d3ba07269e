"""sync: changes held back (stamped far in the future) and rows a newer version wrote

Tables only, as in 0008; nothing in the existing tables changes.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 15:45:00
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Changes stamped more than a day ahead of this laptop's clock (a laptop whose clock was
    # wrong): kept as they came, shown, and applied only when a person accepts them. They are
    # not in the version vector, so the sender offers them again until they are accepted.
    op.execute(
        """CREATE TABLE sync_future (
            stamp TEXT NOT NULL,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            col TEXT NOT NULL,
            value,
            base TEXT,
            PRIMARY KEY (tbl, row_id, col, stamp)
        ) WITHOUT ROWID"""
    )
    # Rows with changes this version cannot apply in full (a table or column a newer version
    # of Organiser added): the changes stay in sync_change, and these rows are made again
    # after an upgrade that knows them.
    op.execute(
        "CREATE TABLE sync_newer (tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
        "PRIMARY KEY (tbl, row_id)) WITHOUT ROWID"
    )

    # The captured schema (a digest of its capture triggers) for which this copy last made
    # sure that every row is in the change log and that rows a newer version wrote are
    # applied: a different digest at opening (an upgrade, triggers that were missing) does
    # it again, and the usual start only compares two strings.
    op.execute("ALTER TABLE sync_copy ADD COLUMN schema_seen TEXT")


def downgrade() -> None:
    op.execute("ALTER TABLE sync_copy DROP COLUMN schema_seen")
    op.execute("DROP TABLE IF EXISTS sync_newer")
    op.execute("DROP TABLE IF EXISTS sync_future")
