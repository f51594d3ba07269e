"""Rows older than the change log (a database upgraded from before it, rows written while the
capture triggers were missing) reach a new copy like any other, and never outvote an edit."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sync_copies import Copy, exchange, phone_of, set_phone

from organiser.core.thaitext import thai_sort_key
from organiser.store.opening import open_store
from organiser.sync import capture, clock

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def without_log(db: Path) -> None:
    """As a database from before the change log: its rows, and no change of any of them."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        capture.drop_triggers(conn)
        for table in ("sync_change", "sync_held", "sync_pending", "sync_conflict"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("UPDATE sync_copy SET schema_seen = NULL")
    finally:
        conn.close()


def test_a_database_upgraded_from_before_the_change_log_gives_a_new_copy_every_row(
    tmp_path: Path,
) -> None:
    old = sorted(FIXTURES.glob("schema-000[1-7].sqlite3"))[-1]  # before revision 0008
    (tmp_path / "old").mkdir()
    shutil.copyfile(old, tmp_path / "old" / "organiser.sqlite3")
    upgraded = Copy(tmp_path / "old")  # opening upgrades it and logs every row once
    new = Copy(tmp_path / "new")
    try:
        assert upgraded.raw("SELECT count(*) FROM person")[0][0] > 0
        exchange(upgraded, new)
        assert new.snapshot() == upgraded.snapshot()
        assert new.raw("SELECT count(*) FROM sync_waiting") == [(0,)]
        # the snapshot is one stamp, made once: opening again logs nothing more
        stamps = upgraded.raw("SELECT count(DISTINCT stamp), count(*) FROM sync_change")
        assert stamps[0][0] == 1
    finally:
        upgraded.close()
        new.close()
    again = Copy(tmp_path / "old")
    try:
        assert again.raw("SELECT count(DISTINCT stamp), count(*) FROM sync_change") == stamps
    finally:
        again.close()


def test_rows_written_while_the_triggers_were_missing_reach_a_new_copy(
    three: tuple[list[Copy], dict[str, Any]], tmp_path: Path
) -> None:
    (a, _b, _c), _ids = three
    folder = a.store.path.parent
    a.close()
    conn = sqlite3.connect(folder / "organiser.sqlite3", isolation_level=None)
    try:
        capture.drop_triggers(conn)
        cols = [str(r[1]) for r in conn.execute("PRAGMA table_info(organisation)")]
        chosen = {"id": "'org-without-log'", "name": ":name", "sort_key": ":key"}
        conn.execute(
            f"INSERT INTO organisation ({', '.join(cols)}) "
            f"SELECT {', '.join(chosen.get(c, c) for c in cols)} FROM organisation LIMIT 1",
            {"name": "กลุ่มออมทรัพย์บ้านนา", "key": thai_sort_key("กลุ่มออมทรัพย์บ้านนา")},
        )
    finally:
        conn.close()
    a = Copy(folder)
    new = Copy(tmp_path / "new")
    try:
        exchange(a, new)
        assert new.raw("SELECT name FROM organisation WHERE id = 'org-without-log'") == [
            ("กลุ่มออมทรัพย์บ้านนา",)
        ]
        assert new.snapshot() == a.snapshot()
    finally:
        a.close()
        new.close()


def test_a_snapshot_made_later_never_resets_an_edit_made_elsewhere_before_it(
    seeded_template: tuple[Path, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two offices upgrade the same old data on different days; an edit made at the first in
    between survives the second's snapshot (whose stamp is newer)."""
    template, ids = seeded_template
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        shutil.copyfile(template / "organiser.sqlite3", tmp_path / name / "organiser.sqlite3")
        without_log(tmp_path / name / "organiser.sqlite3")
    person = ids["people"][0]
    a = Copy(tmp_path / "a")
    set_phone(a, person, "0811111111")
    later = clock.wall_ms() + 60_000  # b is opened (and upgraded) a minute after a's edit
    monkeypatch.setattr(clock, "wall_ms", lambda: later)
    b = Copy(tmp_path / "b")
    monkeypatch.undo()
    try:
        exchange(a, b)
        exchange(b, a)
        assert phone_of(a, person) == phone_of(b, person) == "0811111111"
        assert a.snapshot() == b.snapshot()
        assert a.conflicts() == b.conflicts() == []
    finally:
        a.close()
        b.close()


def test_opening_a_database_whose_rows_are_all_logged_writes_nothing(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, _b, _c), _ids = three
    before = a.raw("SELECT count(*), max(stamp) FROM sync_change")
    folder = a.store.path.parent
    a.close()
    again = open_store(folder)
    again.dispose()
    a = Copy(folder)
    try:
        assert a.raw("SELECT count(*), max(stamp) FROM sync_change") == before
    finally:
        a.close()
