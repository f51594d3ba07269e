"""A full disk or a read-only folder during a check-in or an import: one clear sentence, the
operation rolled back with nothing partly written, the app keeps going, and a retry works once
the cause is gone. Failures are translated in one place (the unit of work)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from organiser.core import i18n
from organiser.domain.desk import CheckIn, CheckInMethod, Registration
from organiser.domain.people import Person
from organiser.store.db import Store
from organiser.store.errors import DiskFullError, ReadOnlyError, user_error_for


@contextlib.contextmanager
def disk_full(store: Store) -> Iterator[None]:
    """Every new connection may not grow the file beyond its present size."""

    def limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store.dispose()
    event.listen(store.engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", limit)
        store.dispose()  # "space freed": new connections have no limit


def check_in(store: Store, registration_id: str) -> str:
    with store.writer() as uow:
        row = CheckIn(
            registration_id=registration_id,
            day=dt.date(2007, 1, 30),
            desk="desk 1",
            method=CheckInMethod.SEARCH,
        )
        uow.session.add(row)
        uow.commit()
        return row.id


def count(store: Store, model: type, *where: object) -> int:
    with store.reader() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def import_people(store: Store, n: int, tag: str) -> None:
    """An import: every person in one unit of work."""
    with store.writer() as uow:
        for i in range(n):
            uow.session.add(
                Person(given_name=f"ผู้เข้าร่วม{i}", family_name=tag, notes="หมายเหตุ " * 40)
            )
        uow.commit()


def a_registration(store: Store) -> str:
    with store.reader() as uow:
        return str(uow.session.scalars(select(Registration.id)).first())


def test_check_ins_until_the_disk_is_full_then_a_retry_after_freeing_space(
    demo_store: Store,
) -> None:
    registration = a_registration(demo_store)
    before = count(demo_store, CheckIn)
    saved: list[str] = []
    with disk_full(demo_store):
        with pytest.raises(DiskFullError) as raised:
            for _ in range(20_000):
                saved.append(check_in(demo_store, registration))
        # the store keeps working for reading while the disk is full
        assert count(demo_store, CheckIn) == before + len(saved)
    assert "disk is full" in raised.value.message
    assert "try again" in raised.value.message
    retried = check_in(demo_store, registration)
    with demo_store.reader() as uow:
        ids = set(uow.session.scalars(select(CheckIn.id)))
    assert set(saved) | {retried} <= ids
    assert count(demo_store, CheckIn) == before + len(saved) + 1


def test_an_import_on_a_full_disk_leaves_nothing_behind(demo_store: Store) -> None:
    people = count(demo_store, Person)
    with disk_full(demo_store), pytest.raises(DiskFullError):
        import_people(demo_store, 400, "batch-full")
    assert count(demo_store, Person) == people
    assert count(demo_store, Person, Person.family_name == "batch-full") == 0
    import_people(demo_store, 400, "batch-retry")
    assert count(demo_store, Person, Person.family_name == "batch-retry") == 400


def test_the_message_is_in_thai_when_the_app_is_in_thai(demo_store: Store) -> None:
    i18n.set_language("th")
    with disk_full(demo_store), pytest.raises(DiskFullError) as raised:
        import_people(demo_store, 400, "batch-th")
    assert "ดิสก์" in raised.value.message


def _make_immutable(paths: list[Path], on: bool) -> bool:
    flag = "+i" if on else "-i"
    for p in paths:
        done = subprocess.run(["chattr", flag, str(p)], capture_output=True)
        if done.returncode != 0:
            return False
    return True


@contextlib.contextmanager
def read_only_folder(store: Store) -> Iterator[None]:
    """Make the data folder and its files read-only for real: chmod for a normal user, the
    immutable attribute when the tests run as root (root ignores permissions)."""
    folder = store.data_dir
    store.dispose()
    files = [p for p in folder.iterdir() if p.is_file()]
    if os.geteuid() == 0:
        if not _make_immutable([*files, folder], True):
            _make_immutable([*files, folder], False)
            pytest.skip("cannot make files read-only here (root without chattr)")
        try:
            yield
        finally:
            _make_immutable([*files, folder], False)
            store.dispose()
    else:
        modes = {p: p.stat().st_mode for p in [*files, folder]}
        for p in files:
            p.chmod(0o400)
        folder.chmod(0o500)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
            store.dispose()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_during_check_in_and_import(demo_store: Store) -> None:
    registration = a_registration(demo_store)
    check_ins, people = count(demo_store, CheckIn), count(demo_store, Person)
    with read_only_folder(demo_store):
        with pytest.raises(ReadOnlyError) as raised:
            check_in(demo_store, registration)
        assert str(demo_store.data_dir) in raised.value.message
        with pytest.raises(ReadOnlyError):
            import_people(demo_store, 50, "batch-ro")
    assert count(demo_store, CheckIn) == check_ins
    assert count(demo_store, Person) == people
    check_in(demo_store, registration)
    assert count(demo_store, CheckIn) == check_ins + 1


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
        (OSError(errno.EROFS, "Read-only file system"), ReadOnlyError),
        (sqlite3.OperationalError("database or disk is full"), DiskFullError),
        (sqlite3.OperationalError("attempt to write a readonly database"), ReadOnlyError),
    ],
)
def test_translation_of_os_and_sqlite_errors(error: Exception, kind: type) -> None:
    translated = user_error_for(error, Path("/data"))
    assert isinstance(translated, kind)
    assert translated.message.endswith(".")


def test_programming_errors_are_not_dressed_up_as_user_errors() -> None:
    assert user_error_for(ValueError("bug"), Path("/data")) is None
    assert user_error_for(sqlite3.OperationalError("no such table: x"), Path("/data")) is None
