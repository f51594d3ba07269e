"""Revision 0002: the search index is built for people already there, and can be taken out."""

from __future__ import annotations

from sqlalchemy import text

from organiser.store import migrate
from organiser.store.opening import open_store


def test_upgrade_indexes_existing_people_and_downgrade_removes_it(tmp_path) -> None:
    store = open_store(tmp_path, migrate_schema=False)
    migrate.upgrade(store, "0001")
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO person (id, title, given_name, family_name, nickname, phone, email, line_id,"
                " position, province, district, subdistrict, village_no, diet, access_needs,"
                " consent_purpose, notes, sort_key, created_at, updated_at) VALUES"
                " ('p1', 'นาย', 'สมชาย', 'ใจดี', 'ต้อม', '0812345678', '', '', '', '', '', '', '',"
                " '', '', '', '', '', '2026-01-01', '2026-01-01')"
            )
        )
    migrate.upgrade(store, "0002")
    with store.engine.connect() as conn:
        hits = conn.execute(
            text(
                "SELECT d.person_id FROM person_fts JOIN person_search_doc d ON d.rowid = person_fts.rowid"
                " WHERE person_fts MATCH '\"ใจดี\"'"
            )
        ).all()
    assert hits == [("p1",)]
    migrate.downgrade(store, "0001")
    with store.engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert not {"person_fts", "person_search_doc", "import_batch"} & tables
    migrate.upgrade(store, "head")
    store.dispose()


def test_search_triggers_exist_at_head(store) -> None:
    """A later migration that recreates `person` or `organisation` (batch mode) drops their
    triggers; it must create them again, or people added after it are never found."""
    with store.raw_connection() as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {
        "person_search_ai", "person_search_au", "person_search_ad", "organisation_search_au",
        "person_search_doc_ai", "person_search_doc_ad", "person_search_doc_au",
    } <= names  # fmt: skip
