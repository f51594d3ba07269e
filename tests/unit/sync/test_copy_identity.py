"""Two copies never share one id: a backup put back (from the window or the command line) and
a data folder copied to another computer each become a copy of their own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from organiser.services.people.directory import PersonRecord
from organiser.services.people.editing import save_person
from organiser.services.safety.backups import restore_database
from organiser.store.backup import make_backup
from organiser.store.db import Store
from organiser.store.opening import open_store
from organiser.sync.clock import origin_of
from organiser.sync.identity import MARKER


def copy_id_of(store: Store) -> str:
    with store.raw_connection() as conn:
        return str(conn.execute("SELECT copy_id FROM sync_copy").fetchone()[0])


def last_stamp_origin(store: Store) -> str:
    with store.raw_connection() as conn:
        return origin_of(str(conn.execute("SELECT max(stamp) FROM sync_change").fetchone()[0]))


def _add_person(store: Store, name: str) -> None:
    with store.writer() as uow:
        save_person(uow, PersonRecord(given_name=name, family_name="ใจดี"))
        uow.commit()


def test_a_backup_restored_in_the_running_app_stamps_its_changes_with_a_new_id(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path / "data")
    try:
        _add_person(store, "ก่อนสำรอง")
        backup = make_backup(store, reason="manual").path
        before = copy_id_of(store)
        _add_person(store, "หลังสำรอง")  # sent to other offices under `before`, say

        restore_database(store.data_dir, backup, store=store)
        after = copy_id_of(store)
        _add_person(store, "หลังกู้คืน")
        assert after != before
        assert last_stamp_origin(store) == after
    finally:
        store.dispose()
    reopened = open_store(tmp_path / "data")
    try:
        assert copy_id_of(reopened) == after  # the new id is its own from now on
    finally:
        reopened.dispose()


def test_a_backup_restored_from_the_command_line_is_a_new_copy(tmp_path: Path, cli: Any) -> None:
    data = tmp_path / "data"
    store = open_store(data)
    try:
        _add_person(store, "ก่อนสำรอง")
        before = copy_id_of(store)
        backup = make_backup(store, reason="manual").path
        outside = tmp_path / "carried.sqlite3"
        shutil.copyfile(backup, outside)
    finally:
        store.dispose()
    done = cli("restore", str(outside), data_dir=data)
    assert done.returncode == 0, done.stderr
    store = open_store(data)
    try:
        assert copy_id_of(store) != before
    finally:
        store.dispose()


def test_a_folder_copied_to_another_computer_is_a_new_copy_even_if_the_file_number_matches(
    tmp_path: Path,
) -> None:
    first = tmp_path / "laptop-a" / "data"
    store = open_store(first)
    original = copy_id_of(store)
    store.dispose()
    second = tmp_path / "laptop-b" / "data"
    shutil.copytree(first, second)
    # a fresh disk hands out small file numbers: the copy may well get the same one
    marker = json.loads((second / MARKER).read_text(encoding="utf-8"))
    marker["file"] = str((second / "organiser.sqlite3").stat().st_ino)
    (second / MARKER).write_text(json.dumps(marker), encoding="utf-8")

    copy = open_store(second)
    try:
        assert copy_id_of(copy) != original
    finally:
        copy.dispose()
    again = open_store(first)
    try:
        assert copy_id_of(again) == original  # the first laptop keeps its own
    finally:
        again.dispose()


def test_a_marker_from_an_older_version_keeps_its_id_and_learns_where_it_is(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    store = open_store(data)
    original = copy_id_of(store)
    store.dispose()
    db = data / "organiser.sqlite3"
    old = {"copy_id": original, "file": str(db.stat().st_ino)}
    (data / MARKER).write_text(json.dumps(old), encoding="utf-8")

    store = open_store(data)
    try:
        assert copy_id_of(store) == original
    finally:
        store.dispose()
    marker = json.loads((data / MARKER).read_text(encoding="utf-8"))
    assert marker["copy_id"] == original and marker["host"] and marker["path"]
