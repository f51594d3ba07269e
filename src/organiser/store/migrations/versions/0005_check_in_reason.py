"""desk: a reason on the undo row that cancels a check-in

Any check-in can now be cancelled, not only the last one; the person at the desk says why
("wrong person", "wrong day"). The reason is stored on the undo row, which stays insert-only.
SQLite adds a column with a constant default in place: no table is rebuilt, so the triggers
and rows of `check_in` are untouched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 12:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "check_in",
        sa.Column("reason", sa.String(length=300), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place: no batch rebuild of a table with triggers
    op.execute("ALTER TABLE check_in DROP COLUMN reason")
