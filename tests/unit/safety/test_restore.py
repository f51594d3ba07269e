"""Restore: the current database is backed up first, then replaced safely; hostile files are
refused with nothing changed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from organiser.core.errors import UserError
from organiser.domain.people import Person
from organiser.services.home.overview import counts
from organiser.services.safety.backups import list_backup_rows, restore_database
from organiser.services.safety.privacy import list_audit
from organiser.store.backup import make_backup
from organiser.store.checking import SQLITE_MAGIC, check_file
from organiser.store.db import Store


def people(store: Store) -> int:
    with store.reader() as uow:
        return counts(uow).people


def state(folder: Path) -> dict[str, str]:
    """Every file in the data folder and its content hash."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(("-shm", ".lock"))
    }


def test_restore_backs_up_the_current_database_then_replaces_it(demo_store: Store) -> None:
    backup = make_backup(demo_store, "manual")
    with demo_store.writer() as uow:
        uow.session.add(Person(given_name="คนใหม่หลังสำรอง"))
        uow.commit()
    assert people(demo_store) == 125

    result = restore_database(demo_store.data_dir, backup.path, store=demo_store)

    assert people(demo_store) == 124  # the running store reads the restored file
    assert result.previous_saved_as is not None and result.previous_saved_as.exists()
    assert "pre-restore" in result.previous_saved_as.name
    conn = sqlite3.connect(result.previous_saved_as)
    try:
        assert (
            conn.execute("SELECT count(*) FROM person WHERE given_name='คนใหม่หลังสำรอง'").fetchone()[
                0
            ]
            == 1
        )
    finally:
        conn.close()
    assert not list(demo_store.data_dir.glob("*.restoring*"))
    assert check_file(demo_store.path, full=True) == []
    with demo_store.reader() as uow:
        log = list_audit(uow)
    assert log[0].action == "restore" and backup.path.name in log[0].detail
    # the store keeps writing to the restored file
    with demo_store.writer() as uow:
        uow.session.add(Person(given_name="หลังกู้คืน"))
        uow.commit()
    assert people(demo_store) == 125


def test_the_backup_list_shows_what_each_backup_holds(demo_store: Store) -> None:
    make_backup(demo_store, "manual")
    rows = list_backup_rows(demo_store)
    assert rows[0].contents.people == 124
    assert rows[0].contents.events == 1
    assert rows[0].contents.memoranda == 1
    assert rows[0].contents.plans == 1
    assert rows[0].size > 0


def hostile_files() -> dict[str, bytes]:
    header = bytearray(SQLITE_MAGIC + bytes(84))
    struct.pack_into(">H", header, 16, 65535)  # absurd page size
    struct.pack_into(">I", header, 28, 0x7FFFFFFF)  # claims two billion pages
    return {
        "empty": b"",
        "text": "ชื่อ,นามสกุล\nสมชาย,ใจดี\n".encode(),
        "nul-bytes": bytes(100_000),
        "xlsx-zip": b"PK\x03\x04" + os.urandom(2000),
        "sqlite-header-only": SQLITE_MAGIC,
        "huge-header": bytes(header) + bytes(4096 - len(header)),
    }


@pytest.mark.parametrize("name", list(hostile_files()))
def test_hostile_files_are_refused_and_nothing_changes(
    name: str, demo_store: Store, tmp_path: Path
) -> None:
    bad = tmp_path / f"{name}.sqlite3"
    bad.write_bytes(hostile_files()[name])
    before = state(demo_store.data_dir)
    with pytest.raises(UserError) as raised:
        restore_database(demo_store.data_dir, bad, store=demo_store)
    assert bad.name in raised.value.message
    assert state(demo_store.data_dir) == before
    assert people(demo_store) == 124


def test_a_sqlite_file_that_is_not_organiser_is_refused(demo_store: Store, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes(x)")
    conn.commit()
    conn.close()
    before = state(demo_store.data_dir)
    with pytest.raises(UserError, match="not an Organiser database"):
        restore_database(demo_store.data_dir, other, store=demo_store)
    assert state(demo_store.data_dir) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.sampled_from([b"", SQLITE_MAGIC, SQLITE_MAGIC + b"\x10\x00\x01\x01"]),
    body=st.binary(max_size=5000),
)
def test_random_bytes_never_get_past_the_checks(
    prefix: bytes, body: bytes, store: Store, tmp_path: Path
) -> None:
    bad = tmp_path / "random.sqlite3"
    bad.write_bytes(prefix + body)
    before = state(store.data_dir)
    with pytest.raises(UserError):
        restore_database(store.data_dir, bad, store=store)
    assert state(store.data_dir) == before


def test_a_backup_on_quit_only_when_something_changed(demo_store: Store) -> None:
    from organiser.store.backup import changed_since_backup, list_backups

    make_backup(demo_store, "daily")
    assert not changed_since_backup(demo_store)
    with demo_store.writer() as uow:
        uow.session.add(Person(given_name="มาสาย"))
        uow.commit()
    assert changed_since_backup(demo_store)
    quit_backup = make_backup(demo_store, "quit")
    assert not changed_since_backup(demo_store)
    assert quit_backup.path in [b.path for b in list_backups(demo_store)]


@pytest.mark.parametrize("name", list(hostile_files()))
def test_hostile_files_in_the_backups_folder_are_listed_harmlessly_and_skipped(
    name: str, demo_store: Store
) -> None:
    from organiser.store.backup import newest_good_backup

    good = make_backup(demo_store, "daily")
    bad = demo_store.backups_dir / "organiser-29991231-235959-manual.sqlite3"  # the "newest"
    bad.write_bytes(hostile_files()[name])
    rows = list_backup_rows(demo_store)
    assert rows[0].path == bad and rows[0].contents.people is None
    assert newest_good_backup(demo_store) is not None
    assert newest_good_backup(demo_store).path == good.path  # type: ignore[union-attr]
