"""agenda: imports of a programme (agenda_import), so that one can be taken back whole

A new table only: no existing table is rebuilt, so no trigger or foreign key is touched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 14:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_import",
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("created_sessions", sa.JSON(), nullable=False),
        sa.Column("created_rooms", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_agenda_import_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_import")),
    )
    with op.batch_alter_table("agenda_import", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_import_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("agenda_import", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_import_event_id"))
    op.drop_table("agenda_import")
