"""Schema changes through Alembic revisions shipped in the package, applied at start-up."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from organiser.store.db import Store

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this version of Organiser ships."""
    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def revisions_in_order() -> list[str]:
    """Every shipped revision, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def has_tables(store: Store) -> bool:
    with store.raw_connection() as conn:
        row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
        return bool(row and row[0])


def upgrade(store: Store, revision: str = "head") -> None:
    """Bring the schema to `revision`. Foreign keys are turned off around it (batch mode
    recreates tables, and a DROP with foreign keys on would cascade), then checked."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        command.upgrade(alembic_config(conn), revision)
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")


def downgrade(store: Store, revision: str) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        command.downgrade(alembic_config(conn), revision)
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
