"""0010: existing lists keep their order with order keys, and existing join rows take the
ids made from what they join, on a database of every earlier revision."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from organiser.core import positions
from organiser.core.ids import natural_id
from organiser.store.opening import open_store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
LISTS = {
    "agenda_session": "event_id, day",
    "session_person": "session_id",
    "memorandum_clause": "memorandum_id",
    "memorandum_party": "memorandum_id",
    "plan_action": "plan_id",
}


def orders(db: Path, numeric: bool) -> dict[str, list[str]]:
    conn = sqlite3.connect(db)
    try:
        found = {}
        for table, group in LISTS.items():
            key = "CAST(position AS REAL)" if numeric else "position"
            ids = [
                r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY {group}, {key}, id")
            ]
            found[table] = ids
        return found
    finally:
        conn.close()


# the databases made before 0010: their positions and join rows are what the upgrade rewrites
BEFORE_0010 = [p for p in sorted(FIXTURES.glob("schema-*.sqlite3")) if p.stem < "schema-0010"]


@pytest.mark.parametrize("fixture", BEFORE_0010, ids=lambda p: p.stem)
def test_lists_keep_their_order_and_join_rows_get_their_natural_ids(
    fixture: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "organiser.sqlite3"
    shutil.copyfile(fixture, db)
    conn = sqlite3.connect(db)
    speakers = set(conn.execute("SELECT session_id, person_id, role FROM session_person"))
    links = set(conn.execute("SELECT plan_id, memorandum_id FROM plan_memorandum"))
    conn.close()
    before = orders(db, numeric=True)
    old_ids = {t: ids for t, ids in before.items() if t != "session_person"}

    open_store(folder).dispose()

    after = orders(db, numeric=False)
    assert {t: ids for t, ids in after.items() if t != "session_person"} == old_ids
    conn = sqlite3.connect(db)
    try:
        for table in LISTS:
            keys = [r[0] for r in conn.execute(f"SELECT position FROM {table}")]
            assert all(positions.is_key(k) for k in keys), table
        rows = conn.execute("SELECT id, session_id, person_id, role FROM session_person")
        assert {i: natural_id("session_person", s, p, r) for i, s, p, r in rows} == {
            natural_id("session_person", *k): natural_id("session_person", *k) for k in speakers
        }
        for i, team, person in conn.execute("SELECT id, team_id, person_id FROM team_member"):
            assert i == natural_id("team_member", team, person)
        now_links = {
            (p, m): (i, d)
            for i, p, m, d in conn.execute(
                "SELECT id, plan_id, memorandum_id, deleted_at FROM plan_memorandum"
            )
        }
        assert set(now_links) == links
        assert all(
            i == natural_id("plan_memorandum", *k) and d is None for k, (i, d) in now_links.items()
        )
    finally:
        conn.close()
