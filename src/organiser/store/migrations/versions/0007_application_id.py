"""safety: mark the file as Organiser's (PRAGMA application_id)

Another program's SQLite file put in place of the database used to be adopted: Organiser's
tables were added to it and it passed every check. Now every Organiser database carries a fixed
application id in its header, and a file with another id (or none, and no Organiser tables) is
refused (see organiser.store.ownership). Databases from before this revision are recognised by
their tables and marked here. Only the header changes: no table is rebuilt.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 13:40:00
"""

from alembic import op

# "ORG1": the number organiser.store.ownership checks; written out here, since a migration must
# make the same database forever whatever the live code becomes
APPLICATION_ID = 0x4F524731

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.execute("PRAGMA application_id = 0")
