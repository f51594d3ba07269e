"""PDPA: erasure removes a person's identity for good (the bytes are gone from the file and the
backups), keeps their history, and is logged without their name; files are private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from organiser.core import i18n
from organiser.core.errors import UserError
from organiser.domain.desk import CheckIn, Registration
from organiser.domain.people import Person
from organiser.services.safety.erasure_reach import erase_everywhere
from organiser.services.safety.privacy import (
    erase_person,
    list_audit,
    scrub_database,
)
from organiser.store.backup import make_backup
from organiser.store.db import Store


def someone_checked_in(store: Store) -> Person:
    with store.reader() as uow:
        return uow.session.scalars(
            select(Person)
            .join(Registration, Registration.person_id == Person.id)
            .join(CheckIn, CheckIn.registration_id == Registration.id)
            .where(Person.phone != "")
            .limit(1)
        ).one()


def file_bytes(folder: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and "sqlite3" in p.name
    )


def test_erasure_leaves_no_trace_in_the_database_file(demo_store: Store) -> None:
    person = someone_checked_in(demo_store)
    with demo_store.reader() as uow:
        others = list(uow.session.scalars(select(Person).where(Person.id != person.id)))
    # what identifies this person (a given name shared with someone else is not a trace of them)
    traces = [person.phone.encode(), f"{person.given_name} {person.family_name}".encode()]
    traces += [
        value.encode()
        for value in (person.given_name, person.family_name)
        if all(value not in (o.given_name, o.family_name) for o in others)
    ]
    assert all(t and t in file_bytes(demo_store.data_dir) for t in traces)
    make_backup(demo_store, "manual")

    report = erase_everywhere(demo_store, person.id)
    result = report.result
    assert report.complete and report.still_held_in == []
    demo_store.dispose()

    content = file_bytes(demo_store.data_dir)
    for trace in traces:
        assert trace not in content, f"{trace.decode()} is still in the files"
    with demo_store.reader() as uow:
        erased = uow.session.get(Person, person.id)
        assert erased is not None
        assert erased.given_name == result.label and erased.given_name.startswith("Participant #")
        assert erased.family_name == erased.phone == erased.email == erased.notes == ""
        assert erased.consent_on is None and erased.erased_at is not None
        registrations = uow.session.scalar(
            select(func.count())
            .select_from(Registration)
            .where(Registration.person_id == person.id)
        )
    assert registrations == result.registrations_kept >= 1
    assert result.check_ins_kept >= 1


def test_erasure_is_logged_without_the_name(demo_store: Store) -> None:
    person = someone_checked_in(demo_store)
    with demo_store.writer() as uow:
        result = erase_person(uow, person.id[:-4])
        uow.commit()
    scrub_database(demo_store)
    with demo_store.reader() as uow:
        entry = list_audit(uow)[0]
    assert entry.action == "erase"
    assert result.label in entry.detail and person.id in entry.detail
    assert person.given_name not in entry.detail and person.phone not in entry.detail
    assert entry.actor  # who did it
    with demo_store.writer() as uow, pytest.raises(UserError, match="already erased"):
        erase_person(uow, person.id)


def test_the_anonymous_label_is_thai_in_thai(demo_store: Store) -> None:
    i18n.set_language("th")
    person = someone_checked_in(demo_store)
    with demo_store.writer() as uow:
        result = erase_person(uow, person.id)
        uow.commit()
    assert result.label.startswith("ผู้เข้าร่วม #")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_wal_backups_and_lock_are_readable_by_the_user_only(
    demo_store: Store, tmp_path: Path
) -> None:
    old = os.umask(0o022)  # a usual, permissive umask
    try:
        with demo_store.writer() as uow:
            uow.session.add(Person(given_name="สมศรี"))
            uow.commit()
        with demo_store.raw_connection():
            wal = demo_store.path.with_name("organiser.sqlite3-wal")
            assert wal.exists()
            files = [demo_store.path, wal, demo_store.path.with_name("organiser.sqlite3-shm")]
            files.append(make_backup(demo_store, "manual").path)
            from organiser.store.lock import DataFolderLock

            lock = DataFolderLock(demo_store.data_dir)
            assert lock.acquire()
            files.append(lock.path)
            for f in files:
                mode = stat.S_IMODE(f.stat().st_mode)
                assert mode & 0o077 == 0, f"{f.name} is readable by others ({oct(mode)})"
            lock.release()
        for folder in (demo_store.data_dir, demo_store.backups_dir):
            assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0
    finally:
        os.umask(old)
