"""Schema changes through Alembic revisions shipped in the package, applied at start-up."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from organiser.store.db import Store

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako and Pygments) is imported only when a migration is inspected or run: at
# every start the schema is usually at head already, and the import costs ~0.1 s of start-up.
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision(?:\s*:[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]\s*$", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(.+?)\s*$", re.M)
_ONE_ID = re.compile(r"^['\"]([^'\"]+)['\"]$")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _head_from_files() -> str | None:
    """The single head read from the revision files' `revision`/`down_revision` lines, or None
    when they are not plain (no source files, a merge, branches): then Alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        if path.name.startswith("_"):
            continue
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        value = down.group(1)
        if value != "None":
            one = _ONE_ID.match(value)
            if one is None:
                return None
            parents.add(one.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def head_revision() -> str:
    head = _head_from_files()
    if head is not None:
        return head
    from alembic.script import ScriptDirectory

    found = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert found is not None
    return found


_known: set[str] | None = None


def known_revisions() -> set[str]:
    """Every revision this version of Organiser ships (read once: receiving asks on every
    answer from another desk, and reading the scripts costs tens of milliseconds)."""
    global _known
    if _known is None:
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        _known = {r.revision for r in script.walk_revisions()}
    return set(_known)


def revisions_in_order() -> list[str]:
    """Every shipped revision, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def current_revision(store: Store) -> str | None:
    # what Alembic's MigrationContext.get_current_revision() reads, without importing Alembic
    try:
        with store.raw_connection() as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:  # no version table: nothing migrated yet
        return None
    if len(rows) <= 1:
        return str(rows[0][0]) if rows else None
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:  # several heads: Alembic raises its own error
        return MigrationContext.configure(conn).get_current_revision()


def has_tables(store: Store) -> bool:
    with store.raw_connection() as conn:
        row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
        return bool(row and row[0])


def upgrade(store: Store, revision: str = "head") -> None:
    """Bring the schema to `revision`. Foreign keys are turned off around it (batch mode
    recreates tables, and a DROP with foreign keys on would cascade), then checked."""
    with store.engine.connect() as conn:
        _foreign_keys(conn, on=False)
        _capture_triggers(conn, drop=True)
        from alembic import command

        command.upgrade(alembic_config(conn), revision)
        _foreign_keys(conn, on=True)
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
        _capture_triggers(conn, drop=False)


def _capture_triggers(conn: Connection, *, drop: bool) -> None:
    """Sync's capture triggers are dropped before Alembic runs (a batch rebuild of a table
    with triggers fails or loses them) and generated again, for the new schema, after it."""
    from organiser.sync import capture

    dbapi = conn.connection.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    if drop:
        capture.drop_triggers(dbapi)
    else:
        capture.create_triggers(dbapi)
    if conn.in_transaction():
        conn.commit()


def downgrade(store: Store, revision: str) -> None:
    with store.engine.connect() as conn:
        _foreign_keys(conn, on=False)
        _capture_triggers(conn, drop=True)
        from alembic import command

        command.downgrade(alembic_config(conn), revision)
        _foreign_keys(conn, on=True)
        _capture_triggers(conn, drop=False)


def _foreign_keys(conn: Connection, *, on: bool) -> None:
    """Turn foreign keys on or off for this connection. SQLite ignores the PRAGMA inside a
    transaction, and SQLAlchemy would begin one for any statement it runs: so any open
    transaction is committed first and the PRAGMA goes to the driver's connection directly."""
    if conn.in_transaction():
        conn.commit()
    dbapi = conn.connection.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    dbapi.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
    state = dbapi.execute("PRAGMA foreign_keys").fetchone()
    if not state or bool(state[0]) != on:
        raise RuntimeError("foreign keys could not be turned " + ("on" if on else "off"))
