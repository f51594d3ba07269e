"""Triggers set aside while a large receive writes its rows.

The search triggers index one person per statement, and the full-text index flushes on every
statement a trigger runs: applying 10,000 received changes to people spent as long in them as
in writing the rows. So a large apply sets them aside, and afterwards indexes again, in a few
set-based statements, exactly the people it touched (and the people of organisations it
touched, whose names are part of their text). The capture triggers of the tables written are
set aside too: they are quiet while changes are applied, but each still costs its check on
every row. Every trigger is put back as it was, in the same transaction: a rollback or a kill
leaves them as they were too (and opening a database makes the capture triggers again when
they differ).
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from types import TracebackType

from organiser.store.search_text import (
    ORGANISATION_SEARCH_COLUMNS,
    PERSON_SEARCH_BODY,
    PERSON_SEARCH_COLUMNS,
)
from organiser.sync.capture import PREFIX
from organiser.sync.recompute import Written
from organiser.sync.schema import q

# the triggers that index a person or follow an organisation's name (not those that keep the
# full-text index in step with person_search_doc, except on insert: see `_refresh`)
SEARCH = (
    "person_search_ai",
    "person_search_au",
    "person_search_ad",
    "organisation_search_au",
    "person_search_doc_ai",
)
LARGE = 200  # rows touched from which setting the triggers aside pays


class triggers_set_aside:
    """`with triggers_set_aside(conn, rows):` around writing received rows (tbl, row_id)."""

    def __init__(self, conn: sqlite3.Connection, rows: Collection[tuple[str, str]]) -> None:
        self.conn = conn
        self.large = len(rows) >= LARGE
        self.people = sorted({r for t, r in rows if t == "person"})
        self.organisations = sorted({r for t, r in rows if t == "organisation"})
        self.tables = sorted({t for t, _r in rows})
        self.saved: dict[str, str] = {}
        self.search = False
        # filled by the recompute: only people whose searchable text may differ are indexed
        self.written: Written = {}

    def _triggers(self, names: Iterable[str]) -> dict[str, str]:
        wanted = list(names)
        marks = ", ".join("?" for _ in wanted)
        return {
            str(n): str(s)
            for n, s in self.conn.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                wanted,
            )
        }

    def __enter__(self) -> triggers_set_aside:
        if not self.large:
            return self
        if self.people or self.organisations:
            search = self._triggers(SEARCH)
            # not the schema this knows (before the search index): left alone
            self.search = set(search) == set(SEARCH)
            if self.search:
                self.saved.update(search)
        self.saved.update(
            self._triggers(f"{PREFIX}{t}_{w}" for t in self.tables for w in ("ai", "au", "ad"))
        )
        for name in self.saved:
            self.conn.execute(f"DROP TRIGGER {q(name)}")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self.saved:
            return
        if exc_type is None and self.search:
            self._refresh()
        present = {
            str(r[0])
            for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        for name, sql in self.saved.items():
            if name not in present:
                self.conn.execute(sql)

    def _refresh(self) -> None:
        conn = self.conn

        def text_may_differ(tbl: str, columns: frozenset[str]) -> list[str]:
            return [
                row_id
                for (t, row_id), cols in self.written.items()
                if t == tbl and (cols is None or cols & columns)
            ]

        people = text_may_differ("person", PERSON_SEARCH_COLUMNS)
        organisations = text_may_differ("organisation", ORGANISATION_SEARCH_COLUMNS)
        if not people and not organisations:
            return
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_people (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.sync_people")
        conn.executemany(
            "INSERT OR IGNORE INTO temp.sync_people VALUES (?)", ((p,) for p in people)
        )
        conn.executemany(
            "INSERT OR IGNORE INTO temp.sync_people SELECT id FROM person WHERE organisation_id = ?",
            ((o,) for o in organisations),
        )
        # gone: the full-text entry goes by the trigger on person_search_doc, still in place
        conn.execute(
            "DELETE FROM person_search_doc WHERE person_id IN (SELECT id FROM temp.sync_people) "
            "AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = person_search_doc.person_id)"
        )
        # (driven from the touched people: the planner knows nothing of the temp table's size)
        body = (
            f"(SELECT {PERSON_SEARCH_BODY} FROM person p WHERE p.id = person_search_doc.person_id)"
        )
        conn.execute(
            f"UPDATE person_search_doc SET body = {body} WHERE person_id IN "
            f"(SELECT t.id FROM temp.sync_people t) AND body IS NOT {body}"
        )
        before = conn.execute("SELECT coalesce(max(rowid), 0) FROM person_search_doc").fetchone()[0]
        conn.execute(
            f"""INSERT INTO person_search_doc (person_id, body)
            SELECT p.id, {PERSON_SEARCH_BODY} FROM temp.sync_people t CROSS JOIN person p ON p.id = t.id
            WHERE NOT EXISTS (SELECT 1 FROM person_search_doc d WHERE d.person_id = p.id)"""
        )
        conn.execute(
            "INSERT INTO person_fts (rowid, body) SELECT rowid, body FROM person_search_doc "
            "WHERE rowid > ?",
            (before,),
        )
        conn.execute("DELETE FROM temp.sync_people")


@contextlib.contextmanager
def collector_set_aside() -> Iterator[None]:
    """Python's cycle collector paused while a large receive makes tens of thousands of small
    objects that all live to its end (the collector walked them again and again: a tenth of
    a month's receive). Whatever it would have freed is freed after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
