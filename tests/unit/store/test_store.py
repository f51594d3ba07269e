from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from organiser.domain.desk import CheckIn, Registration
from organiser.domain.events import Event
from organiser.domain.people import Organisation, Person
from organiser.store import backup, migrate
from organiser.store.db import Store
from organiser.store.opening import open_store


def test_pragmas_in_force_on_a_fresh_connection(store: Store) -> None:
    with store.reader() as uow:
        conn = uow.session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_database_and_folder_are_private(store: Store) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.data_dir.stat().st_mode) == 0o700


def test_migrations_upgrade_from_empty_and_round_trip(tmp_path: Path) -> None:
    s = open_store(tmp_path / "d")
    head = migrate.head_revision()
    assert migrate.current_revision(s) == head
    migrate.downgrade(s, "base")
    assert migrate.current_revision(s) is None
    with s.raw_connection() as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables <= {"alembic_version"}
    migrate.upgrade(s)
    assert migrate.current_revision(s) == head
    s.dispose()


def test_one_head_revision() -> None:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert len(heads) == 1


def test_models_match_the_migrated_schema(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from organiser.domain import Base

    def include(
        obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
    ) -> bool:
        # the search index (FTS5 virtual tables and their documents) is kept by triggers in SQL,
        # not by models, and sync's change log is plain SQL owned by organiser.sync; everything
        # else must match exactly
        if type_ == "table" and name is not None and name.startswith("sync_"):
            return False
        return not (type_ == "table" and name is not None and ("_fts" in name or "_search" in name))

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_constraints_reject_bad_rows(store: Store) -> None:
    with store.writer() as uow, pytest.raises(IntegrityError):
        uow.session.add(
            Event(title="x", starts_on=dt.date(2007, 1, 31), ends_on=dt.date(2007, 1, 30))
        )
        uow.flush()
    with store.writer() as uow, pytest.raises(IntegrityError):
        uow.session.add(Person(given_name="   "))
        uow.flush()
    with store.writer() as uow, pytest.raises(IntegrityError):
        uow.session.add(Registration(event_id="no-such-event", person_id="no-such-person"))
        uow.flush()
    with store.writer() as uow, pytest.raises(IntegrityError):
        uow.session.execute(
            text(
                "INSERT INTO organisation (id, name, name_en, short_name, kind, province, district, subdistrict, village_no, issue_tags, phone, email, notes, sort_key, created_at, updated_at) VALUES ('x', 'n', '', '', 'bogus', '', '', '', '', '[]', '', '', '', '', '2007-01-01', '2007-01-01')"
            )
        )
    with store.writer() as uow, pytest.raises(StatementError):
        uow.session.add(Organisation(name="n", kind="bogus"))  # type: ignore[arg-type]
        uow.flush()


def test_entities_get_time_ordered_ids_and_utc_timestamps(store: Store) -> None:
    with store.writer() as uow:
        people = [Person(given_name=f"คน{i}") for i in range(5)]
        uow.session.add_all(people)
        uow.commit()
    ids = [p.id for p in people]
    assert ids == sorted(ids)
    assert all(p.created_at.tzinfo is dt.UTC for p in people)
    with store.reader() as uow:
        again = uow.session.get(Person, ids[0])
        assert again is not None and again.created_at.tzinfo is not None


def test_soft_delete_keeps_the_row(store: Store) -> None:
    with store.writer() as uow:
        p = Person(given_name="สมชาย")
        uow.session.add(p)
        uow.commit()
    with store.writer() as uow:
        row = uow.session.get(Person, p.id)
        assert row is not None
        row.soft_delete()
        uow.commit()
    with store.reader() as uow:
        row = uow.session.get(Person, p.id)
        assert row is not None and row.is_deleted


def test_uncommitted_work_is_rolled_back(store: Store) -> None:
    with store.writer() as uow:
        uow.session.add(Person(given_name="ไม่บันทึก"))
        uow.flush()
    with store.reader() as uow:
        assert uow.session.query(Person).count() == 0


def test_check_ins_are_rows_of_their_own(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        before = uow.session.query(CheckIn).count()
        reg = uow.session.query(Registration).first()
        assert reg is not None
    with demo_store.writer() as uow:
        uow.session.add(CheckIn(registration_id=reg.id, day=dt.date(2007, 1, 31), desk="t"))
        uow.commit()
    with demo_store.reader() as uow:
        assert uow.session.query(CheckIn).count() == before + 1


def test_backup_is_verified_private_and_rotated(demo_store: Store) -> None:
    info = backup.make_backup(demo_store, "manual")
    assert info.path.exists()
    assert backup.verify_database(info.path) == []
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 124
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert backup.last_backup(demo_store) is not None
    assert not backup.backup_due(demo_store)


def test_rotation_keeps_daily_weekly_monthly() -> None:
    now = dt.datetime(2007, 12, 31, 12, tzinfo=dt.UTC)
    made = [now - dt.timedelta(days=d, hours=h) for d in range(0, 400, 1) for h in (1, 5)]
    infos = [backup.BackupInfo(Path(f"/b/{i}"), t, "", 1) for i, t in enumerate(made)]
    keep = backup.backups_to_keep(infos, now)
    kept = sorted((b for b in infos if b.path in keep), key=lambda b: b.made_at, reverse=True)
    days = {b.made_at.date() for b in kept}
    assert len(days) <= 7 + 4 + 12 + 1
    assert kept[0].made_at == made[0]  # the newest is always kept
    assert any(b.made_at < now - dt.timedelta(days=300) for b in kept)  # monthly reach back
    assert len(kept) < 30


def test_damaged_database_is_refused(tmp_path: Path) -> None:
    from organiser.core.errors import DataFolderError

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "organiser.sqlite3").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DataFolderError):
        open_store(folder)
