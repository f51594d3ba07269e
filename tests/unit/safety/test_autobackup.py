"""When backups happen by themselves: before bulk changes, and while there are changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from organiser.services import settings as settings_service
from organiser.services.safety.autobackup import (
    AUTO_BACKUP_EVERY,
    BulkChange,
    backup_before,
    backup_if_changed,
)
from organiser.store.backup import (
    KEEP_RECENT_AUTO,
    BackupInfo,
    backups_to_keep,
    list_backups,
    verify_database,
)
from organiser.store.db import Store


def _change(store: Store, value: str = "โต๊ะ 1") -> None:
    with store.writer() as uow:
        settings_service.put(uow, settings_service.DESK_NAME, value)
        uow.commit()


def test_a_bulk_change_is_preceded_by_a_verified_backup(demo_store: Store) -> None:
    info = backup_before(demo_store, BulkChange.MERGE)
    assert info is not None and info.reason == "pre-merge"
    assert verify_database(info.path) == []
    assert [b.reason for b in list_backups(demo_store)] == ["pre-merge"]


def test_an_empty_database_is_not_backed_up_before_a_change(store: Store) -> None:
    assert backup_before(store, BulkChange.DEMO) is None
    assert list_backups(store) == []


def test_changes_are_backed_up_once_and_not_again_without_new_ones(demo_store: Store) -> None:
    assert backup_if_changed(demo_store) is None  # nothing changed through this store yet
    _change(demo_store)
    first = backup_if_changed(demo_store)
    assert first is not None and first.reason == "auto"
    assert backup_if_changed(demo_store) is None


def test_a_recent_backup_is_recent_enough(demo_store: Store) -> None:
    backup_before(demo_store, BulkChange.IMPORT)
    _change(demo_store)
    now = dt.datetime.now(dt.UTC)
    assert backup_if_changed(demo_store, now) is None
    later = backup_if_changed(demo_store, now + AUTO_BACKUP_EVERY + dt.timedelta(seconds=2))
    assert later is not None


def test_a_day_of_timer_backups_keeps_only_the_newest_few_but_every_other_kind(
    tmp_path: Path,
) -> None:
    now = dt.datetime(2026, 12, 3, 18, 0, tzinfo=dt.UTC)
    made = [
        BackupInfo(tmp_path / f"auto{i}", now - dt.timedelta(minutes=15 * i), "auto", 1)
        for i in range(1, 33)
    ]
    bulk = BackupInfo(tmp_path / "import", now - dt.timedelta(hours=5), "pre-import", 1)
    keep = backups_to_keep([*made, bulk], now)
    assert bulk.path in keep
    assert {b.path for b in made[:KEEP_RECENT_AUTO]} <= keep
    assert len(keep & {b.path for b in made}) == KEEP_RECENT_AUTO
