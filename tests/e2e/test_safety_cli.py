"""The safety commands as a user runs them: backups, restore, a damaged database, erasure and
the audit log."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_dir(demo_store, data_dir: Path) -> Path:
    demo_store.dispose()
    return data_dir


def test_backup_list_and_restore(cli, demo_dir: Path) -> None:
    made = cli("backup", data_dir=demo_dir)
    assert made.returncode == 0, made.stderr
    listed = cli("backups", "list", "--json", data_dir=demo_dir)
    rows = json.loads(listed.stdout)
    assert rows[0]["people"] == 124 and rows[0]["events"] == 1 and rows[0]["reason"] == "manual"

    restored = cli("restore", rows[0]["file"], data_dir=demo_dir)
    assert restored.returncode == 0, restored.stderr
    assert "124 people" in restored.stdout
    assert list((demo_dir / "backups").glob("*-pre-restore.sqlite3"))
    audit = json.loads(cli("audit", "--json", data_dir=demo_dir).stdout)
    assert audit[0]["action"] == "restore"


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(
    cli, demo_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "รายชื่อ.xlsx"
    bad.write_bytes(b"PK\x03\x04" + bytes(3000))
    before = sha(demo_dir / "organiser.sqlite3")
    done = cli("--lang", "th", "restore", str(bad), data_dir=demo_dir)
    assert done.returncode == 2
    assert "ไม่ใช่ฐานข้อมูล" in done.stderr and "รายชื่อ.xlsx" in done.stderr
    assert done.stdout == ""
    assert sha(demo_dir / "organiser.sqlite3") == before


def test_a_damaged_database_is_set_aside_and_restore_latest_brings_it_back(
    cli, demo_dir: Path
) -> None:
    assert cli("backup", data_dir=demo_dir).returncode == 0
    db = demo_dir / "organiser.sqlite3"
    data = bytearray(db.read_bytes())
    data[4096 * 3 : 4096 * 3 + 8] = b"\xff" * 8
    data[4096 * 7 : 4096 * 7 + 8] = b"\xff" * 8
    db.write_bytes(bytes(data))

    first = cli("events", "list", data_dir=demo_dir)
    assert first.returncode == 2
    assert "damaged" in first.stderr and "organiser restore --latest" in first.stderr
    assert list(demo_dir.glob("organiser.sqlite3.damaged-*"))
    again = cli("events", "list", data_dir=demo_dir)
    assert again.returncode == 2 and "no database" in again.stderr.lower()

    fixed = cli("restore", "--latest", data_dir=demo_dir)
    assert fixed.returncode == 0, fixed.stderr
    listed = cli("events", "list", "--json", data_dir=demo_dir)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1
    check = cli("check", "--json", data_dir=demo_dir)
    report = json.loads(check.stdout)
    assert report["ok"] is True
    assert report["backups"] >= 1 and report["newest_good_backup"]
    assert report["readable_by_others"] == [] and report["folder_warning"] is None


HOLD = """
import sys
from pathlib import Path
from organiser.store.lock import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]))
assert lock.acquire("app")
print("held", flush=True)
sys.stdin.readline()
"""


def test_restore_is_refused_while_the_app_has_the_folder_open(cli, demo_dir: Path) -> None:
    assert cli("backup", data_dir=demo_dir).returncode == 0
    backup = next((demo_dir / "backups").glob("*-manual.sqlite3"))
    app = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(demo_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "held"
        refused = cli("restore", str(backup), data_dir=demo_dir)
        # a short write from the command line still works beside the app
        listed = cli("events", "list", data_dir=demo_dir)
    finally:
        app.communicate("\n", timeout=30)
    assert refused.returncode == 2 and "already open" in refused.stderr
    assert listed.returncode == 0


def test_erase_by_registration_code_and_audit(cli, demo_dir: Path) -> None:
    conn = sqlite3.connect(demo_dir / "organiser.sqlite3")
    code, phone = conn.execute(
        "SELECT r.code, p.phone FROM registration r JOIN person p ON p.id = r.person_id "
        "WHERE p.phone != '' LIMIT 1"
    ).fetchone()
    conn.close()
    done = cli("erase", code, "--json", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["label"].startswith("Participant #")
    people = json.loads(cli("people", "list", "--json", data_dir=demo_dir).stdout)
    assert not any(p.get("phone") == phone for p in people)
    audit = cli("audit", data_dir=demo_dir)
    assert "Erasure" in audit.stdout and phone not in audit.stdout
    again = cli("erase", code, data_dir=demo_dir)
    # erasing again finishes what a busy reader may have held up; it never fails
    assert again.returncode == 0 and "already erased" in again.stdout
