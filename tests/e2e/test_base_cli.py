"""The headless commands of the foundation, run as the real `organiser` command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from organiser import __version__


def test_version_and_help(cli) -> None:
    out = cli("--version")
    assert out.returncode == 0 and __version__ in out.stdout
    out = cli("--help")
    assert out.returncode == 0
    for command in ("demo", "events", "check", "backup", "export"):
        assert command in out.stdout


def test_demo_then_list_events_as_json(cli, data_dir: Path) -> None:
    out = cli("demo", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "124" in out.stdout
    listed = cli("events", "list", "--json", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    events = json.loads(listed.stdout)  # JSON only on stdout
    assert [e["code"] for e in events] == ["south-2550"]
    assert events[0]["starts_on"] == "2007-01-30"


def test_thai_output_uses_buddhist_era(cli, data_dir: Path) -> None:
    assert cli("demo", data_dir=data_dir).returncode == 0
    out = cli("--lang", "th", "events", "list", data_dir=data_dir)
    assert "30–31 ม.ค. 2550" in out.stdout
    assert "วันที่" in out.stdout  # translated column header
    out_en = cli("--lang", "en", "events", "list", data_dir=data_dir)
    assert "30–31 Jan 2007" in out_en.stdout


def test_demo_twice_is_refused_and_changes_nothing(cli, data_dir: Path) -> None:
    assert cli("demo", data_dir=data_dir).returncode == 0
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        before = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    again = cli("demo", data_dir=data_dir)
    assert again.returncode == 2
    assert "--force" in again.stderr and again.stdout == ""
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == before


def test_environment_variable_names_the_data_folder(cli, tmp_path: Path) -> None:
    folder = tmp_path / "via-env"
    out = cli("demo", env={"ORGANISER_DATA_DIR": str(folder)})
    assert out.returncode == 0, out.stderr
    assert (folder / "organiser.sqlite3").exists()


def test_check_and_backup(cli, data_dir: Path, tmp_path: Path) -> None:
    assert cli("demo", data_dir=data_dir).returncode == 0
    check = cli("check", "--json", data_dir=data_dir)
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["ok"] is True and report["counts"]["people"] == 124
    backup = cli("backup", data_dir=data_dir)
    assert backup.returncode == 0
    files = list((data_dir / "backups").glob("organiser-*-manual.sqlite3"))
    assert len(files) == 1
    target = tmp_path / "copy.sqlite3"
    assert cli("backup", "-o", str(target), data_dir=data_dir).returncode == 0
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 124


def test_unknown_event_is_a_clear_error(cli, data_dir: Path) -> None:
    assert cli("demo", data_dir=data_dir).returncode == 0
    out = cli("check", data_dir=data_dir)
    assert out.returncode == 0


def test_check_reports_a_damaged_database(cli, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "organiser.sqlite3").write_bytes(b"garbage" * 1000)
    out = cli("check", data_dir=data_dir)
    assert out.returncode != 0
    assert "damaged" in out.stderr
    assert "Traceback" not in out.stderr
