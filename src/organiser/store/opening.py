"""Opening the data folder: prepare it, check the file, back up, migrate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from organiser.core.errors import DataFolderError
from organiser.core.i18n import _
from organiser.store import migrate
from organiser.store.backup import make_backup
from organiser.store.db import Store, prepare_data_dir


def quick_check(store: Store) -> list[str]:
    try:
        with store.raw_connection() as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    result = [str(r[0]) for r in rows]
    return [] if result == ["ok"] else result


def open_store(data_dir: Path, *, migrate_schema: bool = True) -> Store:
    """Open (creating if needed) the database in `data_dir`, at the newest schema.

    An existing database at an older revision is backed up first; a damaged one is refused.
    """
    prepare_data_dir(data_dir)
    store = Store(data_dir)
    is_new = not store.path.exists() or store.path.stat().st_size == 0
    if not is_new:
        problems = quick_check(store)
        if problems:
            store.dispose()
            raise DataFolderError(
                _(
                    "The database {path} is damaged ({problem}). Restore a backup with 'organiser restore'."
                ).format(path=store.path, problem=problems[0])
            )
    if migrate_schema:
        head = migrate.head_revision()
        current = None if is_new else migrate.current_revision(store)
        if current != head:
            if current is not None or (not is_new and migrate.has_tables(store)):
                make_backup(store, reason="pre-migration")
            try:
                migrate.upgrade(store)
            except Exception:
                store.dispose()
                raise
    return store
