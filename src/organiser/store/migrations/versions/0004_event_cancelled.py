"""events: a seminar can be cancelled (event.cancelled_at)

A cancelled seminar keeps its registrations, agenda and check-ins; the desk refuses new
check-ins for it. Adding a nullable column is a plain ALTER TABLE in SQLite: no table is
rebuilt, so no trigger or foreign key is touched.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 13:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # naive UTC text, as the models' UTCDateTime stores it (no live model code in migrations)
    op.add_column("event", sa.Column("cancelled_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place; a batch rebuild of `event` is not needed
    op.execute("ALTER TABLE event DROP COLUMN cancelled_at")
