"""Start-up reads the schema revision without importing Alembic (about 0.1 s of every start);
the answers must be Alembic's own."""

from __future__ import annotations

import subprocess
import sys

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from organiser.store import migrate
from organiser.store.db import Store


def test_head_read_from_the_revision_files_is_alembics_head() -> None:
    alembic_head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    assert migrate._head_from_files() == alembic_head
    assert migrate.head_revision() == alembic_head


def test_current_revision_is_what_alembic_reads(store: Store) -> None:
    with store.engine.connect() as conn:
        expected = MigrationContext.configure(conn).get_current_revision()
    assert expected is not None
    assert migrate.current_revision(store) == expected


def test_a_database_never_migrated_has_no_revision(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "empty"
    folder.mkdir()
    store = Store(folder)
    try:
        assert migrate.current_revision(store) is None
    finally:
        store.dispose()


def test_opening_an_up_to_date_store_does_not_import_alembic(store: Store) -> None:
    code = (
        "import sys; from pathlib import Path; from organiser.store.opening import open_store; "
        f"s = open_store(Path({str(store.data_dir)!r})); s.dispose(); "
        "print('alembic' in sys.modules)"
    )
    store.dispose()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
