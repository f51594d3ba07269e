"""Another program's SQLite file in place of the database: refused in one sentence and never
changed; `restore --latest` sets it aside and brings back the newest good Organiser backup,
passing over copies of the foreign file among the backups."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from organiser.store.ownership import APPLICATION_ID


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def another_programs_database(path: Path, app_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")
    conn.executemany("INSERT INTO moz_bookmarks (title) VALUES (?)", [("a",), ("b",)])
    if app_id:
        conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def demo_dir(demo_store, data_dir: Path) -> Path:
    demo_store.dispose()
    return data_dir


def application_id(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("app_id", [0, 0x0F055112], ids=["no id", "another program's id"])
def test_a_foreign_file_is_refused_and_restore_latest_moves_on_to_the_last_good_backup(
    cli, demo_dir: Path, tmp_path: Path, app_id: int
) -> None:
    made = cli("backup", data_dir=demo_dir)
    assert made.returncode == 0, made.stderr
    db = demo_dir / "organiser.sqlite3"
    for side in ("", "-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    another_programs_database(db, app_id)
    before = sha(db)

    opened = cli("people", "list", "--json", data_dir=demo_dir)
    assert opened.returncode == 2
    assert "another program's database" in opened.stderr
    assert "restore --latest" in opened.stderr
    assert opened.stdout == ""
    assert sha(db) == before  # not adopted: no tables added, no id written
    assert len(list((demo_dir / "backups").glob("*.sqlite3"))) == 1  # and not backed up

    # what the old code left behind: a newer "backup" that is the foreign file
    shutil.copyfile(db, demo_dir / "backups" / "organiser-29991231-235959-pre-migration.sqlite3")
    listed = json.loads(cli("backups", "list", "--json", data_dir=demo_dir).stdout)
    assert [row["damaged"] for row in listed] == [True, False]

    restored = cli("restore", "--latest", data_dir=demo_dir)
    assert restored.returncode == 0, restored.stderr
    assert "124 people" in restored.stdout
    assert "other program's database was kept" in restored.stdout
    kept = list(demo_dir.glob("organiser.sqlite3.foreign-*"))
    assert len(kept) == 1 and sha(kept[0]) == before
    assert application_id(db) == APPLICATION_ID
    assert cli("people", "list", "--json", data_dir=demo_dir).returncode == 0


def test_restoring_another_programs_file_changes_nothing(
    cli, demo_dir: Path, tmp_path: Path
) -> None:
    foreign = another_programs_database(tmp_path / "places.sqlite")
    before = sha(demo_dir / "organiser.sqlite3")
    done = cli("restore", str(foreign), data_dir=demo_dir)
    assert done.returncode == 2
    assert "not an Organiser database" in done.stderr
    assert sha(demo_dir / "organiser.sqlite3") == before


def test_new_and_upgraded_databases_are_marked_as_organisers(
    data_dir: Path, tmp_path: Path
) -> None:
    from organiser.store.opening import open_store

    store = open_store(data_dir)
    store.dispose()
    assert application_id(data_dir / "organiser.sqlite3") == APPLICATION_ID
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    old = tmp_path / "old"
    old.mkdir()
    shutil.copyfile(fixtures / "schema-0001.sqlite3", old / "organiser.sqlite3")
    assert application_id(old / "organiser.sqlite3") == 0
    open_store(old).dispose()
    assert application_id(old / "organiser.sqlite3") == APPLICATION_ID
