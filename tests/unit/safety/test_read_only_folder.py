"""A data folder that cannot be written (a write-protected USB stick, a shared folder without
write permission) opens read-only: everything can be read, not a byte of the folder changes,
and every change is refused in one sentence."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from organiser.domain.people import Person
from organiser.services.people.search import search_people
from organiser.store.db import Store
from organiser.store.errors import ReadOnlyError
from organiser.store.opening import open_store


def folder_state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def closed_demo(demo_store: Store) -> Path:
    with demo_store.raw_connection() as conn:  # as after a clean quit: no write-ahead log
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.dispose()
    return demo_store.data_dir


def test_a_read_only_folder_is_opened_for_reading_and_refuses_changes(
    closed_demo: Path, read_only_folder
) -> None:
    before = folder_state(closed_demo)
    with read_only_folder(closed_demo):
        store = open_store(closed_demo)
        try:
            assert store.read_only
            with store.reader() as uow:
                assert uow.session.scalar(select(func.count()).select_from(Person)) == 124
                assert search_people(uow, "สม")  # the search index is read too
            with pytest.raises(ReadOnlyError) as refused, store.writer() as uow:
                uow.session.add(Person(given_name="ใหม่"))
                uow.commit()
            assert str(closed_demo) in refused.value.message
            assert refused.value.message.count(". ") <= 1
        finally:
            store.dispose()
        assert folder_state(closed_demo) == before


def test_the_cli_reads_a_read_only_folder_and_refuses_to_change_it(
    cli, closed_demo: Path, read_only_folder
) -> None:
    before = folder_state(closed_demo)
    with read_only_folder(closed_demo):
        listed = cli("people", "list", "--json", data_dir=closed_demo)
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == 124
        assert "read-only" in listed.stderr
        checked = cli("check", data_dir=closed_demo)
        assert checked.returncode == 0, checked.stderr + checked.stdout
        assert "The database is sound." in checked.stdout
        changed = cli("demo", "--force", data_dir=closed_demo)
        assert changed.returncode == 2
        assert "cannot be written to" in changed.stderr
        assert "Traceback" not in changed.stderr
    assert folder_state(closed_demo) == before
