"""Sync: many copies of the data (laptops, offices) that merge into one truth.

This package sits beside the areas: they never import it. It sees their writes through the
change log that triggers fill (`capture`), stamps them with a hybrid logical clock (`clock`),
and merges what other copies made (`merge`). The per-table rules are in `policy`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from organiser.store.db import Store
    from organiser.sync.merge import (
        Applied,
        Change,
        Conflict,
        apply,
        changes_since,
        conflicts,
        known,
        resolve,
    )

__all__ = [
    "Applied", "Change", "Conflict", "apply", "changes_since", "conflicts", "install", "known",
    "resolve",
]  # fmt: skip


def install(store: Store) -> str | None:
    """At opening: the capture triggers as the policy wants them, this copy's id (a new one
    for a database that is not the file it was), every row in the change log, and stamping at
    every commit. Returns the copy id, or None for a schema without sync tables or a database
    that cannot be written."""
    from organiser.sync import capture, identity, snapshot

    with store.raw_connection() as conn:
        if not capture.has_sync_tables(conn):
            return None
        found = identity.current_copy_id(conn, store.path)
        wanted = capture.wanted_triggers(conn)
        digest = snapshot.schema_digest(wanted)
        if (
            found is not None
            and wanted == capture.present_triggers(conn)
            and snapshot.seen_digest(conn) == digest
            and conn.execute("SELECT 1 FROM sync_pending LIMIT 1").fetchone() is None
        ):
            capture.hook(store.engine)
            identity.complete_marker(store.path, found)
            return found  # the usual start: nothing to write, so no write lock taken
        with contextlib.suppress(sqlite3.OperationalError):  # a read-only database
            conn.execute("BEGIN IMMEDIATE")
            try:
                capture.create_triggers(conn)
                found = identity.ensure_copy_id(conn, store.path)
                _upkeep(conn, digest)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    capture.hook(store.engine)
    return found


def _upkeep(conn: sqlite3.Connection, digest: str) -> None:
    """After an upgrade, or writes made without the triggers or the commit hook: rows written
    through plain connections are stamped, rows with no change at all get a snapshot
    creation, and rows a newer version wrote are made again with what this version knows."""
    from organiser.sync import capture, newer, snapshot

    capture.stamp_pending(conn)
    snapshot.stamp_unlogged_rows(conn)
    newer.apply_known_now(conn)
    snapshot.mark_seen(conn, digest)


def __getattr__(name: str) -> Any:
    # the merge is imported when first used: every start of the app opens the store (and so
    # calls `install`), few of them merge anything
    if name in __all__:
        from organiser.sync import merge

        return getattr(merge, name)
    raise AttributeError(name)
