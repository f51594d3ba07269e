"""Each backup is compared with the live database's row counts before it counts: a copy that
lost rows on the way to the disk (which `integrity_check` does not see) is refused, and the
older backups stay as they were."""

from __future__ import annotations

import sqlite3
import types

import pytest

from organiser.store import backup as backup_module
from organiser.store.backup import BackupError, list_backups, make_backup
from organiser.store.db import Store


class LossyCopy(sqlite3.Connection):
    """The copy reaches the disk one check-in short: structurally sound, yet not the data."""

    def backup(self, target: sqlite3.Connection, **kwargs: object) -> None:  # type: ignore[override]
        super().backup(target, **kwargs)  # type: ignore[arg-type]
        target.execute("DELETE FROM check_in WHERE rowid = (SELECT min(rowid) FROM check_in)")
        target.commit()


def test_a_backup_missing_rows_is_refused_and_older_ones_stay(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_backup(demo_store, "manual")

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        return sqlite3.connect(*args, factory=LossyCopy, **kwargs)  # type: ignore[arg-type]

    fake = types.SimpleNamespace(**{n: getattr(sqlite3, n) for n in dir(sqlite3) if n[0] != "_"})
    fake.connect = connect
    monkeypatch.setattr(backup_module, "sqlite3", fake)
    with pytest.raises(BackupError) as refused:
        make_backup(demo_store, "manual")
    assert "check_in" in refused.value.message
    assert "rows in the database" in refused.value.message
    assert [b.path for b in list_backups(demo_store)] == [good.path]
    assert not list(demo_store.backups_dir.glob("*.tmp"))


def test_a_sound_backup_has_every_row(demo_store: Store) -> None:
    made = make_backup(demo_store, "manual")
    with demo_store.raw_connection() as live:
        expected = backup_module.row_counts(live)
    conn = sqlite3.connect(made.path)
    try:
        assert backup_module.row_counts(conn) == expected
    finally:
        conn.close()
    assert expected["person"] == 124
