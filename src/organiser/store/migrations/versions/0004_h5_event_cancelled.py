"""events: a seminar can be cancelled (event.cancelled_at)

A cancelled seminar keeps its registrations, agenda and check-ins; the desk refuses new
check-ins for it. Adding a nullable column is a plain ALTER TABLE in SQLite: no table is
rebuilt, so no trigger or foreign key is touched.

Revision ID: 0004_h5
Revises: 0003
Create Date: 2026-12-03 13:00:00
"""

import sqlalchemy as sa
from alembic import op

import organiser.domain.base

revision = "0004_h5"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "event",
        sa.Column("cancelled_at", organiser.domain.base.UTCDateTime(), nullable=True),
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place; a batch rebuild of `event` is not needed
    op.execute("ALTER TABLE event DROP COLUMN cancelled_at")
