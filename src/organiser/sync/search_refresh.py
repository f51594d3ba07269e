"""The people search index during a large receive.

The search triggers index one person per statement, and the full-text index flushes on every
statement a trigger runs: applying 10,000 received changes to people spent as long in them as
in writing the rows. So a large apply sets them aside, and afterwards indexes again, in a few
set-based statements, exactly the people it touched (and the people of organisations it
touched, whose names are part of their text). The triggers are put back as they were, in the
same transaction: a rollback or a kill leaves them as they were too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from types import TracebackType

from organiser.store.search_text import PERSON_SEARCH_BODY

# the triggers that index a person or follow an organisation's name (not those that keep the
# full-text index in step with person_search_doc, except on insert: see `_refresh`)
PAUSED = (
    "person_search_ai",
    "person_search_au",
    "person_search_ad",
    "organisation_search_au",
    "person_search_doc_ai",
)
LARGE = 200  # rows touched from which setting the triggers aside pays


class search_paused:
    """`with search_paused(conn, rows):` around writing received rows (tbl, row_id)."""

    def __init__(self, conn: sqlite3.Connection, rows: Iterable[tuple[str, str]]) -> None:
        self.conn = conn
        self.people = sorted({r for t, r in rows if t == "person"})
        self.organisations = sorted({r for t, r in rows if t == "organisation"})
        self.saved: dict[str, str] = {}

    def __enter__(self) -> search_paused:
        if len(self.people) + len(self.organisations) < LARGE:
            return self
        marks = ", ".join("?" for _ in PAUSED)
        self.saved = {
            str(n): str(s)
            for n, s in self.conn.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                PAUSED,
            )
        }
        if set(self.saved) != set(PAUSED):  # not the schema this knows: leave it alone
            self.saved = {}
            return self
        for name in self.saved:
            self.conn.execute(f'DROP TRIGGER "{name}"')
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self.saved:
            return
        if exc_type is None:
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
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_people (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.sync_people")
        conn.executemany(
            "INSERT OR IGNORE INTO temp.sync_people VALUES (?)", ((p,) for p in self.people)
        )
        conn.executemany(
            "INSERT OR IGNORE INTO temp.sync_people SELECT id FROM person WHERE organisation_id = ?",
            ((o,) for o in self.organisations),
        )
        # gone: the full-text entry goes by the trigger on person_search_doc, still in place
        conn.execute(
            "DELETE FROM person_search_doc WHERE person_id IN (SELECT id FROM temp.sync_people) "
            "AND person_id NOT IN (SELECT id FROM person)"
        )
        conn.execute(
            f"""UPDATE person_search_doc SET body = n.body
            FROM (SELECT p.id, {PERSON_SEARCH_BODY} AS body FROM temp.sync_people t
                  JOIN person p ON p.id = t.id) AS n
            WHERE person_search_doc.person_id = n.id AND person_search_doc.body IS NOT n.body"""
        )
        before = conn.execute("SELECT coalesce(max(rowid), 0) FROM person_search_doc").fetchone()[0]
        conn.execute(
            f"""INSERT INTO person_search_doc (person_id, body)
            SELECT p.id, {PERSON_SEARCH_BODY} FROM temp.sync_people t JOIN person p ON p.id = t.id
            WHERE NOT EXISTS (SELECT 1 FROM person_search_doc d WHERE d.person_id = p.id)"""
        )
        conn.execute(
            "INSERT INTO person_fts (rowid, body) SELECT rowid, body FROM person_search_doc "
            "WHERE rowid > ?",
            (before,),
        )
        conn.execute("DELETE FROM temp.sync_people")
