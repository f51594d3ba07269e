"""A full disk in the middle of a large import: the user reads that the disk is full (not a
message about the search index's triggers), and the database is exactly as it was."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from organiser.services.people.importing.writing import prepare_import, run_import
from organiser.services.people.search import search_people
from organiser.store.db import Store
from organiser.store.errors import DiskFullError


@contextlib.contextmanager
def disk_full(store: Store, spare_pages: int = 0) -> Iterator[None]:
    """New connections may grow the file by at most `spare_pages` pages (a nearly full disk)."""

    def limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

    store.dispose()
    event.listen(store.engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", limit)
        store.dispose()


@pytest.mark.parametrize("spare_pages", [0, 40, 400])
def test_a_full_disk_during_a_big_import_says_so_and_loses_nothing(
    demo_store: Store, event_id: str, make_csv, listing, db_dump, spare_pages: int
) -> None:
    path = make_csv(listing(10_000))
    with demo_store.reader() as uow:
        plan = prepare_import(uow, path)
    before = db_dump(demo_store)
    with (
        disk_full(demo_store, spare_pages),
        pytest.raises(DiskFullError) as raised,
        demo_store.writer() as uow,
    ):
        run_import(uow, plan, event_id)
        uow.commit()
    assert raised.value.message.startswith("The disk is full")
    assert "trigger" not in raised.value.message
    assert db_dump(demo_store) == before
    # once there is space again the same import works, and the new people can be found
    with demo_store.writer() as uow:
        result = run_import(uow, plan, event_id)
        uow.commit()
    assert result.created == 10_000
    with demo_store.reader() as uow:
        assert search_people(uow, "ทดลอง9999")[0].phone
