"""A damaged database at start-up is never opened for writing: it is set aside with its -wal and
-shm, the user is told in plain words, and the newest GOOD backup is offered (a damaged backup is
skipped). A missing database with backups around is not silently replaced by an empty one."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
from pathlib import Path

import pytest

from organiser.services.safety.backups import restore_latest
from organiser.store.backup import make_backup
from organiser.store.db import Store
from organiser.store.opening import (
    DamagedDatabaseError,
    MissingDatabaseError,
    check_file,
    open_store,
)

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_page_headers(path: Path, seed: int = 7, pages: int = 6) -> None:
    data = bytearray(path.read_bytes())
    count = len(data) // PAGE
    rng = random.Random(seed)
    for page in rng.sample(range(2, count), pages):
        start = (page - 1) * PAGE
        for i in range(8):
            data[start + i] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.fixture
def demo_with_backups(demo_store: Store) -> Store:
    """The demo with a good backup from yesterday and a damaged one from today."""
    good = make_backup(demo_store, "daily", now=dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
    bad = make_backup(demo_store, "manual")
    flip_page_headers(bad.path, seed=3)
    assert good.path.exists()
    demo_store.dispose()
    return demo_store


def damage_ways() -> dict[str, object]:
    def flipped(db: Path) -> None:
        flip_page_headers(db)

    def truncated(db: Path) -> None:
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 3])

    def not_sqlite(db: Path) -> None:
        db.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 500)

    def header_only(db: Path) -> None:
        db.write_bytes(db.read_bytes()[:100])

    return {
        "flipped": flipped,
        "truncated": truncated,
        "not-sqlite": not_sqlite,
        "header-only": header_only,
    }


@pytest.mark.parametrize("how", list(damage_ways()))
def test_damaged_database_is_set_aside_and_the_newest_good_backup_offered(
    how: str, demo_with_backups: Store, data_dir: Path
) -> None:
    db = data_dir / "organiser.sqlite3"
    # a stray -wal/-shm beside the damaged file travels with it
    damage_ways()[how](db)  # type: ignore[operator]
    (data_dir / "organiser.sqlite3-wal").write_bytes(b"")
    (data_dir / "organiser.sqlite3-shm").write_bytes(b"")
    damaged_digest = digest(db)

    with pytest.raises(DamagedDatabaseError) as raised:
        open_store(data_dir)
    error = raised.value
    assert "damaged" in error.message and error.set_aside_as.name in error.message
    assert not db.exists()
    assert error.set_aside_as.name.startswith("organiser.sqlite3.damaged-")
    assert digest(error.set_aside_as) == damaged_digest  # never written to
    assert Path(str(error.set_aside_as) + "-wal").exists()
    assert Path(str(error.set_aside_as) + "-shm").exists()
    # the damaged backup (newer) is skipped; the good one from yesterday is offered
    assert error.backup is not None and error.backup.reason == "daily"
    assert "organiser restore --latest" in error.message

    # starting again does not create an empty database behind the user's back
    with pytest.raises(MissingDatabaseError) as missing:
        open_store(data_dir)
    assert missing.value.backup == error.backup

    result = restore_latest(data_dir)
    assert result.restored_from == error.backup.path
    store = open_store(data_dir)
    try:
        assert check_file(store.path, full=True) == []
        from organiser.services.home.overview import counts

        with store.reader() as uow:
            assert counts(uow).people == 124
    finally:
        store.dispose()
    assert error.set_aside_as.exists()  # the damaged file is kept


def test_damaged_database_without_any_good_backup_says_so(
    demo_store: Store, data_dir: Path
) -> None:
    demo_store.dispose()
    flip_page_headers(data_dir / "organiser.sqlite3")
    with pytest.raises(DamagedDatabaseError) as raised:
        open_store(data_dir)
    assert raised.value.backup is None
    assert "No good backup" in raised.value.message


def test_a_missing_database_in_a_new_folder_is_simply_created(tmp_path: Path) -> None:
    store = open_store(tmp_path / "fresh")
    store.dispose()
    assert (tmp_path / "fresh" / "organiser.sqlite3").stat().st_size > 0


def test_start_empty_is_a_choice(demo_with_backups: Store, data_dir: Path) -> None:
    (data_dir / "organiser.sqlite3").unlink()
    with pytest.raises(MissingDatabaseError):
        open_store(data_dir)
    store = open_store(data_dir, start_empty=True)
    store.dispose()


def test_a_healthy_database_left_by_a_crash_with_its_wal_opens(
    demo_store: Store, data_dir: Path
) -> None:
    # the kill tests cover this at length; here: an uncheckpointed WAL is not mistaken for damage
    from organiser.domain.people import Person

    with demo_store.writer() as uow:
        uow.session.add(Person(given_name="สมหญิง"))
        uow.commit()
    snapshot = data_dir.parent / "copy"
    snapshot.mkdir()
    for name in ("organiser.sqlite3", "organiser.sqlite3-wal", "organiser.sqlite3-shm"):
        if (data_dir / name).exists():
            shutil.copyfile(data_dir / name, snapshot / name)
    store = open_store(snapshot)
    store.dispose()
    assert not list(snapshot.glob("*.damaged-*"))


def test_the_quick_check_of_a_large_database_also_finds_flipped_bytes(
    demo_store: Store, data_dir: Path
) -> None:
    demo_store.dispose()
    db = data_dir / "organiser.sqlite3"
    flip_page_headers(db)
    assert check_file(db, full=False) != []
