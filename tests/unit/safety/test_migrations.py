"""Every schema revision upgrades to the newest with every row kept; a failed migration puts the
pre-migration backup back and says so."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from schema_filler import fill, primary_keys

from organiser.store import migrate
from organiser.store.backup import list_backups
from organiser.store.checking import check_file
from organiser.store.db import Store
from organiser.store.opening import MigrationFailedError, open_store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("schema-*.sqlite3"))

# Join rows whose ids became a function of what they join (0010): a row is kept when its
# natural key is, whatever its id was before.
NATURAL_KEYS = {
    "session_person": ("session_id", "person_id", "role"),
    "team_member": ("team_id", "person_id"),
    "plan_memorandum": ("plan_id", "memorandum_id"),
}


def row_keys(path: Path) -> dict[str, set[tuple]]:
    """Every row's primary key, or for the join rows their natural key, table by table."""
    keys = primary_keys(path)
    conn = sqlite3.connect(path)
    try:
        for table, columns in NATURAL_KEYS.items():
            if table in keys:
                cols = ", ".join(columns)
                keys[table] = {tuple(r) for r in conn.execute(f"SELECT {cols} FROM {table}")}
    finally:
        conn.close()
    return keys


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_there_is_a_fixture_for_the_first_revision() -> None:
    assert FIXTURE_FILES, "tests/fixtures/schema-*.sqlite3 are missing"
    assert (FIXTURES / f"schema-{migrate.revisions_in_order()[0]}.sqlite3").exists()


def queues_emptied(before: dict[str, set[tuple]], after: dict[str, set[tuple]]) -> None:
    """sync_pending is a queue, not data: opening stamps what it holds into the change log; a
    row waiting for a table this version does not have moves to sync_newer."""
    before.pop("sync_pending", None)
    assert after.get("sync_pending", set()) == set()
    waiting = before.pop("sync_waiting", set())
    assert waiting <= after.get("sync_waiting", set()) | after.get("sync_newer", set())


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_fixture_database_upgrades_with_every_row_kept(fixture: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "organiser.sqlite3"
    shutil.copyfile(fixture, db)
    before = row_keys(db)
    assert all(before.values()), "the fixture has an empty table"

    store = open_store(folder)
    try:
        assert migrate.current_revision(store) == migrate.head_revision()
    finally:
        store.dispose()
    after = row_keys(db)
    queues_emptied(before, after)
    for table, keys in before.items():
        assert keys <= after.get(table, set()), f"rows of {table} lost in the upgrade"
    assert check_file(db, full=True) == []
    if revision_of(fixture) != migrate.head_revision():
        assert any(b.reason == "pre-migration" for b in list_backups(Store(folder)))


@pytest.mark.parametrize("revision", migrate.revisions_in_order())
def test_a_database_at_each_revision_upgrades_with_every_row_kept(
    revision: str, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    store = Store(folder)
    migrate.upgrade(store, revision)
    store.dispose()
    db = folder / "organiser.sqlite3"
    counts = fill(db, rows_per_table=3)
    assert all(counts.values()), f"could not fill every table at {revision}: {counts}"
    before = row_keys(db)

    store = open_store(folder)
    store.dispose()
    after = row_keys(db)
    queues_emptied(before, after)
    for table, keys in before.items():
        assert keys <= after.get(table, set()), f"rows of {table} lost from {revision} to head"


def test_a_migration_that_fails_halfway_puts_the_backup_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A copy of the shipped migrations plus one that changes data and schema, then fails.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9999_broken.py").write_text(
        f'''"""broken on purpose"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("person", sa.Column("junk", sa.Text(), nullable=True))
    op.execute("DELETE FROM check_in")
    op.execute("UPDATE person SET given_name = 'gone'")
    raise RuntimeError("disk said no halfway through")


def downgrade() -> None:
    pass
''',
        encoding="utf-8",
    )
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "organiser.sqlite3"
    shutil.copyfile(FIXTURE_FILES[-1], db)
    store = open_store(folder)  # at head of the shipped migrations
    store.dispose()
    before = primary_keys(db)
    with sqlite3.connect(db) as conn:
        names_before = sorted(r[0] for r in conn.execute("SELECT given_name FROM person"))
    conn.close()

    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    with pytest.raises(MigrationFailedError) as raised:
        open_store(folder)
    assert "nothing was lost" in raised.value.message
    assert "disk said no" in raised.value.message

    assert primary_keys(db) == before
    conn = sqlite3.connect(db)
    try:
        names_after = sorted(r[0] for r in conn.execute("SELECT given_name FROM person"))
        columns = {r[1] for r in conn.execute("PRAGMA table_info(person)")}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    assert names_after == names_before
    assert "junk" not in columns
    assert revision == head
    assert check_file(db, full=True) == []
    assert list(folder.glob("organiser.sqlite3.failed-migration-*")), "the broken file is kept"


def schema_objects(path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return {
            (str(t), str(n), str(tbl))
            for t, n, tbl in conn.execute(
                "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_a_shipped_revision_was_not_changed_after_its_fixture_was_made(
    fixture: Path, tmp_path: Path
) -> None:
    """Databases already at a revision never run it again: a change to a shipped revision must
    be a new revision. (If the revision was never released, regenerate its fixture.)"""
    revision = revision_of(fixture)
    store = Store(tmp_path)
    migrate.upgrade(store, revision)
    store.dispose()
    fresh = schema_objects(tmp_path / "organiser.sqlite3")
    assert schema_objects(fixture) == fresh, (
        f"migration {revision} now makes a different schema than when "
        f"{fixture.name} was made: add a new revision for the change"
    )


def test_foreign_keys_are_really_off_while_migrations_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch rebuild with foreign keys on cascades deletes into child rows; SQLite ignores
    `PRAGMA foreign_keys = OFF` inside a transaction, which is where it used to be sent."""
    from alembic import command

    seen: list[int] = []
    real_upgrade = command.upgrade

    def upgrade_and_look(config, revision):  # type: ignore[no-untyped-def]
        connection = config.attributes["connection"]
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        return real_upgrade(config, revision)

    monkeypatch.setattr(command, "upgrade", upgrade_and_look)
    store = Store(tmp_path)
    try:
        migrate.upgrade(store)
    finally:
        store.dispose()
    assert seen == [0]
