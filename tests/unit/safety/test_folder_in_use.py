"""Nothing is set aside, replaced or migrated while another process has the database open
(issue 18, item 2): a writer that kept its connection would go on writing into the renamed
file, and everything it acknowledged would be lost at the next restore."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from organiser.store import folder_use
from organiser.store.db import Store

WRITER = Path(__file__).resolve().parents[2] / "e2e" / "desk_checkin_loop.py"

HOLD = """
import sys
from pathlib import Path
from sqlalchemy import text
from organiser.store import folder_use
from organiser.store.db import Store
folder_use.program_name = "desk-laptop-script"
store = Store(Path(sys.argv[1]))
with store.reader() as uow:
    uow.session.execute(text("SELECT 1"))
print("open", flush=True)
sys.stdin.readline()
"""


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONIOENCODING="utf-8")


def _damage_a_page_the_desk_never_reads(db: Path) -> None:
    """Zero the root page of an index on the plans table: integrity_check fails, while
    check-ins (which never read it) go on."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'plan_action' "
        "AND rootpage > 1 ORDER BY rootpage LIMIT 1"
    ).fetchone()
    if root is None:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'plan%' "
            "AND rootpage > 1 ORDER BY rootpage LIMIT 1"
        ).fetchone()
    conn.close()
    assert root is not None
    with open(db, "r+b") as fh:
        fh.seek((root[0] - 1) * page_size)
        fh.write(b"\xff" * 64)
        fh.flush()
        os.fsync(fh.fileno())


def test_check_sets_nothing_aside_while_a_writer_is_checking_people_in(
    demo_store: Store, data_dir: Path, cli: Any
) -> None:
    demo_store.dispose()
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(),
    )
    acknowledged: list[str] = []
    try:
        assert writer.stdout is not None
        for _ in range(5):
            acknowledged.append(writer.stdout.readline().strip())
        _damage_a_page_the_desk_never_reads(data_dir / "organiser.sqlite3")
        checked = cli("check", data_dir=data_dir)
        for _ in range(20):  # the writer goes on, into the same file
            acknowledged.append(writer.stdout.readline().strip())
    finally:
        writer.kill()
        writer.wait(timeout=30)
    # read through the same buffer (communicate() would skip what readline() buffered); a
    # line cut by the kill was never acknowledged
    assert writer.stdout is not None
    with writer.stdout:
        rest = writer.stdout.read()
    acknowledged += [x for x in rest.split("\n")[:-1] if x.strip()]

    assert checked.returncode == 2, checked.stdout + checked.stderr
    assert "not set aside" in checked.stderr and "desk_checkin_loop.py" in checked.stderr
    assert str(writer.pid) in checked.stderr
    assert not list(data_dir.glob("organiser.sqlite3.damaged-*"))
    conn = sqlite3.connect(data_dir / "organiser.sqlite3")
    stored = {r[0] for r in conn.execute("SELECT id FROM check_in")}
    conn.close()
    missing = [a for a in acknowledged if a and a not in stored]
    assert not missing, (missing, len(acknowledged))


def test_restore_is_refused_while_a_command_has_the_database_open_and_says_who(
    demo_store: Store, data_dir: Path, cli: Any
) -> None:
    demo_store.dispose()
    conn = sqlite3.connect(data_dir / "organiser.sqlite3")
    code = conn.execute("SELECT code FROM registration LIMIT 1").fetchone()[0]
    conn.close()
    assert cli("backup", data_dir=data_dir).returncode == 0
    backup = next((data_dir / "backups").glob("*-manual.sqlite3"))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        refused = cli("restore", str(backup), data_dir=data_dir)
        # ordinary commands still write beside it: SQLite serialises them
        beside = cli(
            "checkin", "south-2550", "--code", code, "--day", "2007-01-30", data_dir=data_dir
        )
        listed = cli("events", "list", data_dir=data_dir)
    finally:
        holder.communicate("\n", timeout=30)
    assert refused.returncode == 2
    assert "desk-laptop-script" in refused.stderr and str(holder.pid) in refused.stderr
    assert not list((data_dir / "backups").glob("*-pre-restore.sqlite3"))
    assert listed.returncode == 0 and beside.returncode == 0, beside.stderr
    # once it has closed, the restore goes ahead
    assert cli("restore", str(backup), data_dir=data_dir).returncode == 0


def test_a_note_left_by_a_killed_holder_is_not_taken_for_a_holder(data_dir: Path) -> None:
    notes = data_dir / folder_use.NOTES_DIR
    notes.mkdir(parents=True)
    (notes / "gone-1-1.json").write_text('{"pid": 1, "program": "ghost"}')
    assert folder_use.holders(data_dir) == []
    assert not (notes / "gone-1-1.json").exists()
    with folder_use.exclusive(data_dir):
        assert folder_use.held_here(data_dir)
    assert not folder_use.held_here(data_dir)


@pytest.mark.parametrize("first", ["shared", "exclusive"])
def test_one_process_may_take_its_own_folder_exclusively(data_dir: Path, first: str) -> None:
    data_dir.mkdir()
    if first == "shared":
        folder_use.hold_shared(data_dir)
        with folder_use.exclusive(data_dir):
            folder_use.hold_shared(data_dir)
            folder_use.release_shared(data_dir)
        folder_use.release_shared(data_dir)
    else:
        with folder_use.exclusive(data_dir):
            folder_use.hold_shared(data_dir)
        assert folder_use.held_here(data_dir)
        folder_use.release_shared(data_dir)
    assert not folder_use.held_here(data_dir)
