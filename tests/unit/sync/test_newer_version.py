"""Changes made by a newer version of Organiser (a table or a column this version does not
have) are kept, not applied, not an error, with an "update Organiser" notice; after an upgrade
adds the table and column, opening the database applies them."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sync_copies import Copy, exchange, phone_of

from organiser import sync
from organiser.sync import clock, policy

THEIRS = "f" * 16  # the copy id of an office running a newer Organiser


def stamp(offset_ms: int = 0) -> str:
    return clock.make_stamp((clock.wall_ms() + offset_ms) << clock.COUNTER_BITS, THEIRS)


def test_changes_for_unknown_tables_and_columns_wait_for_an_upgrade_and_are_applied_after_it(
    three: tuple[list[Copy], dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    (a, b, _c), ids = three
    person = ids["people"][0]
    s = stamp()
    changes = [
        sync.Change(s, "person", person, "phone", "0899999999", None),
        sync.Change(s, "person", person, "blood_group", "O", None),  # a column added later
        sync.Change(s, "vehicle", "v1", policy.ROW, '{"id": "v1", "plate": "กข 1234"}', None),
    ]
    result = a.apply(changes)
    assert result.update_organiser and result.newer_version == 2
    assert phone_of(a, person) == "0899999999"  # what this version knows is applied
    held = a.raw("SELECT tbl, col FROM sync_change WHERE stamp = ? ORDER BY tbl, col", s)
    assert held == [("person", "blood_group"), ("person", "phone"), ("vehicle", policy.ROW)]
    assert a.raw("SELECT count(*) FROM sync_waiting") == [(0,)]
    exchange(a, b)  # passed on unchanged to copies that cannot apply them either
    assert b.raw("SELECT count(*) FROM sync_change WHERE stamp = ?", s) == [(3,)]

    # the upgrade: a migration adds the column and the table, the policy knows the table
    folder = a.store.path.parent
    a.close()
    conn = sqlite3.connect(folder / "organiser.sqlite3", isolation_level=None)
    conn.execute("ALTER TABLE person ADD COLUMN blood_group TEXT")
    conn.execute("CREATE TABLE vehicle (id TEXT PRIMARY KEY, plate TEXT NOT NULL)")
    conn.close()
    monkeypatch.setitem(policy.TABLES, "vehicle", policy.Policy.REPLICATED)
    upgraded = Copy(folder)
    try:
        assert upgraded.raw("SELECT blood_group FROM person WHERE id = ?", person) == [("O",)]
        assert upgraded.raw("SELECT plate FROM vehicle") == [("กข 1234",)]
        assert upgraded.raw("SELECT count(*) FROM sync_newer") == [(0,)]
    finally:
        upgraded.close()
