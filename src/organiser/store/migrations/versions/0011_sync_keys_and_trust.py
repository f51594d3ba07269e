"""sync: the copies and offices this copy trusts, and the signatures that travel with changes

All local to this laptop (policy `local`): whom it trusts is its own decision, and the
signatures and salts of a change are kept only to pass the change on unchanged. The private keys
are not here: they live in their own file beside the database (organiser.sync.keys), never in
the database, a backup or an export.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 15:50:00
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # An office key (kind "office") or a laptop (kind "laptop"). `trusted` = trusted by hand
    # (its fingerprint read aloud); a laptop is also trusted when an office trusted here vouches
    # for it (`office_fpr`, `vouch`). `revoked_at`: refused from then on, nothing sealed to it.
    # `holds`: what it last said it holds (a version vector), so a file to it carries only
    # what it lacks.
    op.execute(
        """CREATE TABLE sync_trust (
            fingerprint TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('office', 'laptop')),
            name TEXT NOT NULL DEFAULT '',
            office TEXT NOT NULL DEFAULT '',
            copy_id TEXT,
            sign_key BLOB NOT NULL,
            age_recipient TEXT,
            self_sig BLOB,
            office_fpr TEXT,
            vouch BLOB,
            trusted INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL,
            revoked_at TEXT,
            last_sent_at TEXT,
            last_received_at TEXT,
            holds TEXT
        )"""
    )
    op.execute("CREATE INDEX ix_sync_trust_copy ON sync_trust (copy_id)")
    # A batch of changes as its author signed it: the leaf hashes in order and the signature.
    op.execute(
        """CREATE TABLE sync_batch (
            batch TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            leaves BLOB NOT NULL,
            signature BLOB NOT NULL
        )"""
    )
    # Per change: its batch and place in it, the salted hashes of its value(s) and the salts.
    # An erasure drops the values; their salts go with them, the hashes stay (the signature
    # still verifies, and nothing of the value can be recovered from a hash without its salt).
    op.execute(
        """CREATE TABLE sync_seal (
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            col TEXT NOT NULL,
            stamp TEXT NOT NULL,
            batch TEXT NOT NULL,
            idx INTEGER NOT NULL,
            hashes TEXT NOT NULL,
            salts TEXT NOT NULL,
            PRIMARY KEY (tbl, row_id, col, stamp)
        ) WITHOUT ROWID"""
    )
    op.execute("CREATE INDEX ix_sync_seal_batch ON sync_seal (batch, idx)")
    # Files sent: an erasure cannot reach them, so its report lists them.
    op.execute(
        """CREATE TABLE sync_sent (
            id INTEGER PRIMARY KEY,
            sent_at TEXT NOT NULL,
            file TEXT NOT NULL,
            recipients TEXT NOT NULL,
            changes INTEGER NOT NULL
        )"""
    )
    # Attachments (signed scans) listed in a received file but too large to travel in it.
    op.execute(
        """CREATE TABLE sync_awaited (
            sha256 TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL DEFAULT 0,
            since TEXT NOT NULL
        )"""
    )


def downgrade() -> None:
    for name in ("sync_awaited", "sync_sent", "sync_seal", "sync_batch", "sync_trust"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
