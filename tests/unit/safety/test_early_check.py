"""The start-up check runs on a thread while the app imports itself; opening uses its answer
only for the very file it checked, and a damaged file is refused all the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from organiser.core import paths
from organiser.store import checking
from organiser.store.db import Store
from organiser.store.opening import DamagedDatabaseError, open_store


def damage(db: Path) -> None:
    """Scramble the headers of a few b-tree pages, as a failing disk would."""
    data = bytearray(db.read_bytes())
    for page in (3, 5, 8, 13):
        start = (page - 1) * 4096
        data[start : start + 8] = bytes(b ^ 0xA5 for b in data[start : start + 8])
    db.write_bytes(bytes(data))


def _checked_early(db: Path) -> None:
    checking.start_early_check(db)
    early = checking._early[db.absolute()]
    early.thread.join(30)
    assert early.problems is not None  # it answered


def test_opening_an_unchanged_file_uses_the_early_answer(demo_store: Store, monkeypatch) -> None:
    folder = demo_store.data_dir
    demo_store.dispose()
    db = folder / paths.DB_NAME
    _checked_early(db)

    def no_second_check(*_a: object, **_k: object) -> list[str]:
        raise AssertionError("the file was checked twice")

    monkeypatch.setattr(checking, "check_file", no_second_check)
    store = open_store(folder)
    store.dispose()
    assert db.absolute() not in checking._early  # used once, then forgotten


def test_a_file_written_after_the_early_check_is_checked_again(
    demo_store: Store, monkeypatch
) -> None:
    folder = demo_store.data_dir
    demo_store.dispose()
    db = folder / paths.DB_NAME
    _checked_early(db)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE scratch(x)")  # the file (or its log) is not what was checked
    conn.commit()
    conn.close()
    calls: list[Path] = []
    real = checking.check_file

    def counted(path: Path, **kw: object) -> list[str]:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(checking, "check_file", counted)
    open_store(folder).dispose()
    assert calls == [db.absolute()]


def test_a_damaged_file_found_early_is_still_refused(demo_store: Store) -> None:
    folder = demo_store.data_dir
    demo_store.dispose()
    db = folder / paths.DB_NAME
    damage(db)
    _checked_early(db)
    with pytest.raises(DamagedDatabaseError):
        open_store(folder)
    assert not db.exists()  # set aside, never opened for writing


def test_no_early_check_for_a_missing_file(tmp_path: Path) -> None:
    checking.start_early_check(tmp_path / paths.DB_NAME)
    assert (tmp_path / paths.DB_NAME).absolute() not in checking._early
