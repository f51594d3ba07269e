"""Backups the command line makes by itself: before an import, an undo or redo of an import,
a merge and a restore, and at the end of a command that changed data; and the undo of an
import that asks for --only-untouched once people have checked in."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest


def backups(data_dir: Path, reason: str = "") -> list[Path]:
    pattern = f"organiser-*-{reason}.sqlite3" if reason else "organiser-*.sqlite3"
    return sorted((data_dir / "backups").glob(pattern))


def write_list(path: Path, n: int = 4) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ชื่อ-สกุล", "เบอร์โทร"])
        writer.writerows([f"นายสำรอง{i} ทดสอบ", f"08{i + 40:08d}"] for i in range(n))
    return path


@pytest.fixture
def demo_dir(cli, data_dir: Path) -> Path:
    assert cli("demo", data_dir=data_dir).returncode == 0
    return data_dir


def test_a_day_of_command_line_work_is_backed_up(cli, data_dir: Path) -> None:
    done = cli("demo", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert backups(data_dir, "auto"), "the demo left no backup behind"
    check = cli("check", data_dir=data_dir)
    assert "No backups yet" not in check.stdout
    report = json.loads(cli("check", "--json", data_dir=data_dir).stdout)
    assert report["backups"] >= 1


def test_import_undo_and_redo_each_back_up_first(cli, demo_dir: Path, tmp_path: Path) -> None:
    path = write_list(tmp_path / "list.csv")
    done = cli("people", "import", str(path), "--event", "south-2550", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    before_import = backups(demo_dir, "pre-import")
    assert len(before_import) == 1
    batch = json.loads(cli("people", "imports", "--json", data_dir=demo_dir).stdout)[0]["id"]
    undone = cli("people", "undo-import", batch, "--json", data_dir=demo_dir)
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["people"] == 4
    assert len(backups(demo_dir, "pre-undo-import")) == 1
    assert json.loads(cli("people", "search", "สำรอง", "--json", data_dir=demo_dir).stdout) == []
    redone = cli("people", "redo-import", batch, data_dir=demo_dir)
    assert redone.returncode == 0, redone.stderr
    assert len(backups(demo_dir, "pre-redo-import")) == 1
    found = json.loads(cli("people", "search", "สำรอง", "--json", data_dir=demo_dir).stdout)
    assert len(found) == 4


def test_undo_after_check_ins_refuses_with_counts_then_keeps_them(
    cli, demo_dir: Path, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "list.csv")
    assert (
        cli("people", "import", str(path), "--event", "south-2550", data_dir=demo_dir).returncode
        == 0
    )
    batch = json.loads(cli("people", "imports", "--json", data_dir=demo_dir).stdout)[0]["id"]
    found = json.loads(cli("people", "search", "สำรอง1", "--json", data_dir=demo_dir).stdout)
    event = json.loads(cli("events", "list", "--json", data_dir=demo_dir).stdout)[0]
    checked = cli("checkin", "south-2550", "--person", found[0]["id"], "--day",
                  event["starts_on"], data_dir=demo_dir)  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    backups_before = backups(demo_dir)

    refused = cli("people", "undo-import", batch, data_dir=demo_dir)
    assert refused.returncode == 2
    assert "4 people" in refused.stderr and "1 of them have checked in" in refused.stderr
    assert backups(demo_dir) == backups_before  # a refusal makes no backup and changes nothing

    partial = cli("people", "undo-import", batch, "--only-untouched", data_dir=demo_dir)
    assert partial.returncode == 0, partial.stderr
    assert "3 people" in partial.stdout
    left = json.loads(cli("people", "search", "สำรอง", "--json", data_dir=demo_dir).stdout)
    assert [p["id"] for p in left] == [found[0]["id"]]


def test_merge_backs_up_first(cli, demo_dir: Path) -> None:
    people = json.loads(cli("people", "list", "--json", data_dir=demo_dir).stdout)
    done = cli("people", "merge", people[0]["id"], people[1]["id"], data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    assert len(backups(demo_dir, "pre-merge")) == 1
    after = json.loads(cli("people", "list", "--json", data_dir=demo_dir).stdout)
    assert len(after) == len(people) - 1


def test_restore_backs_up_the_database_it_replaces(cli, demo_dir: Path) -> None:
    assert cli("backup", data_dir=demo_dir).returncode == 0
    manual = backups(demo_dir, "manual")[0]
    assert cli("restore", str(manual), data_dir=demo_dir).returncode == 0
    assert backups(demo_dir, "pre-restore")
