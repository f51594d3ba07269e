"""Capture: every replicated column and every fact reaches the change log in the writing
transaction, with one stamp per transaction; derived and local data never does; the triggers
survive migrations and follow the schema; a copied database takes a new id."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sync_copies import Copy

from organiser.services.people.editing import (
    OrganisationRecord,
    PersonRecord,
    save_organisation,
    save_person,
)
from organiser.services.settings import DESK_NAME
from organiser.services.settings import put as set_setting
from organiser.store import migrate
from organiser.store.opening import open_store
from organiser.sync import capture, policy
from organiser.sync.identity import MARKER
from organiser.sync.schema import captured_tables, read_table, table_names

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_every_table_of_the_schema_at_head_has_a_decided_policy(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    try:
        with store.raw_connection() as conn:
            undecided = [t for t in table_names(conn) if policy.policy_of(t) is None]
    finally:
        store.dispose()
    assert undecided == []


def test_the_triggers_capture_every_replicated_column_and_fact_and_nothing_derived_or_local(
    tmp_path: Path,
) -> None:
    """On the newest fixture (a row in every table), upgraded to head: every captured row
    written again reaches the log with every column sent; local and derived tables never."""
    newest = sorted(FIXTURES.glob("schema-*.sqlite3"))[-1]
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(newest, folder / "organiser.sqlite3")
    open_store(folder).dispose()
    conn = sqlite3.connect(folder / "organiser.sqlite3", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")  # the edits below are nonsense
        triggers = capture.present_triggers(conn)
        assert triggers == capture.wanted_triggers(conn)
        on_tables = {
            str(r[0])
            for r in conn.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'"
            )
        }
        assert on_tables == {t for t, p in policy.TABLES.items() if policy.is_captured(t)}
        for name in table_names(conn):
            if name.startswith(("person_fts", "sync_")) or name == "alembic_version":
                continue  # written only by SQLite itself, by sync, and by Alembic
            table = read_table(conn, name)
            row = conn.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchone()
            assert row is not None, f"the fixture has no row in {name}"
            conn.execute("DELETE FROM sync_pending")
            conn.execute(f'DELETE FROM "{name}" WHERE rowid = (SELECT min(rowid) FROM "{name}")')
            deleted = conn.execute("SELECT tbl, col, value FROM sync_pending").fetchall()
            if policy.policy_of(name) is policy.Policy.REPLICATED:
                assert deleted == [(name, policy.ROW, 0)], name
            else:
                assert deleted == [], name
            conn.execute("DELETE FROM sync_pending")
            marks = ", ".join("?" for _ in row)
            conn.execute(f'INSERT INTO "{name}" VALUES ({marks})', row)
            logged = conn.execute("SELECT tbl, col, value FROM sync_pending").fetchall()
            mine = [(c, v) for t, c, v in logged if t == name]
            kind = policy.policy_of(name)
            if kind is policy.Policy.REPLICATED:
                [(col, value)] = mine  # a new row: one JSON object with every column sent
                assert col == policy.ROW and set(json.loads(value)) == set(table.sent), name
                assert not set(policy.NOT_SENT.get(name, ())) & set(json.loads(value))
                # and an edit of each column: one log row per changed column
                conn.execute("DELETE FROM sync_pending")
                last = f'rowid = (SELECT max(rowid) FROM "{name}")'
                for col in set(table.sent) - set(table.key):
                    new = (
                        f"\"{col}\" || 'x'"
                        if col in table.notnull
                        else f"CASE WHEN \"{col}\" IS NULL THEN 'x' END"
                    )
                    conn.execute(f'UPDATE "{name}" SET "{col}" = {new} WHERE {last}')
                edited = {str(r[0]) for r in conn.execute("SELECT col FROM sync_pending")}
                assert edited == set(table.sent) - set(table.key), name
            elif kind is policy.Policy.INSERT_ONLY:
                [(col, value)] = mine
                assert col == policy.WHOLE and set(json.loads(value)) == set(table.sent), name
            else:
                assert logged == [], f"{name} is {kind} but was captured"
    finally:
        conn.close()


def test_one_stamp_per_writing_transaction_and_later_transactions_sort_later(
    tmp_path: Path,
) -> None:
    copy = Copy(tmp_path / "data")
    try:

        def two_rows(uow: Any) -> None:
            save_organisation(uow, OrganisationRecord(name="สหกรณ์ออมทรัพย์ครู"))
            save_person(uow, PersonRecord(given_name="สมหญิง", phone="0812345678"))

        copy.write(two_rows)
        [(first,)] = copy.raw("SELECT DISTINCT stamp FROM sync_change")
        copy.write(lambda uow: save_person(uow, PersonRecord(given_name="อรุณ")))
        stamps = [r[0] for r in copy.raw("SELECT DISTINCT stamp FROM sync_change ORDER BY 1")]
        assert len(stamps) == 2 and stamps[0] == first
        assert copy.raw("SELECT count(*) FROM sync_pending") == [(0,)]
        assert {r[0] for r in copy.raw("SELECT DISTINCT tbl FROM sync_change")} == {
            "person",
            "organisation",
        }
    finally:
        copy.close()


def test_local_settings_such_as_this_desks_name_never_enter_the_log(tmp_path: Path) -> None:
    copy = Copy(tmp_path / "data")
    try:
        copy.write(lambda uow: set_setting(uow, DESK_NAME, "โต๊ะ 2"))
        assert copy.raw("SELECT count(*) FROM sync_change") == [(0,)]
    finally:
        copy.close()


def test_triggers_are_dropped_for_a_migration_and_generated_again_after_it(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "data")
    try:
        migrate.downgrade(store, "0005")
        with store.raw_connection() as conn:
            assert capture.present_triggers(conn) == {}
            # writes still work without the change log (nothing refers to it any more)
            conn.execute(
                "INSERT INTO setting (key, value, updated_at) VALUES ('x', 'y', '2027-01-01')"
            )
        migrate.upgrade(store)
        with store.raw_connection() as conn:
            present = capture.present_triggers(conn)
            assert present and present == capture.wanted_triggers(conn)
            assert set(captured_tables(conn)) == {t for t in policy.TABLES if policy.is_captured(t)}
    finally:
        store.dispose()


def test_a_database_copied_or_put_back_takes_a_new_copy_id_and_a_reopened_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    first = tmp_path / "first"
    store = open_store(first)
    store.dispose()

    def copy_id(folder: Path) -> str:
        s = open_store(folder)
        try:
            with s.raw_connection() as conn:
                return str(conn.execute("SELECT copy_id FROM sync_copy").fetchone()[0])
        finally:
            s.dispose()

    original = copy_id(first)
    assert copy_id(first) == original  # the same file, opened again
    # the whole data folder copied to another laptop (marker and all)
    shutil.copytree(first, tmp_path / "second")
    assert copy_id(tmp_path / "second") != original
    # a backup of itself put back in place: a new file with the old id
    shutil.copyfile(first / "organiser.sqlite3", tmp_path / "put-back.sqlite3")
    (first / "organiser.sqlite3").unlink()
    shutil.move(tmp_path / "put-back.sqlite3", first / "organiser.sqlite3")
    assert copy_id(first) != original
    assert json.loads((first / MARKER).read_text(encoding="utf-8"))["copy_id"] == copy_id(first)
