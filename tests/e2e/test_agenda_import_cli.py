"""`organiser agenda import FILE --event E [--dry-run] [--json]`, its undo and its list, run as
a user runs them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
if str(FIXTURES) not in sys.path:
    sys.path.insert(0, str(FIXTURES))

from programme_files import excel_programme, word_programme  # noqa: E402

# the demo, copied (`organiser demo` itself is tested in test_base_cli)
pytestmark = pytest.mark.usefixtures("demo_folder")


def count(cli, data: Path) -> int:  # type: ignore[no-untyped-def]
    done = cli("agenda", "list", "south-2550", "--json", data_dir=data)
    assert done.returncode == 0, done.stderr
    return len(json.loads(done.stdout))


def test_a_dry_run_reports_every_row_and_writes_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    before = count(cli, data)
    path = excel_programme(tmp_path / "กำหนดการ.xlsx")
    done = cli("agenda", "import", str(path), "--event", "south-2550", "--dry-run", "--json",
               data_dir=data)  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["dry_run"] is True and report["result"] is None
    assert report["header_line"] == 4
    by_line = {r["line"]: r for r in report["rows"]}
    assert by_line[5]["starts_at"] == "08:30" and by_line[5]["kind"] == "registration"
    assert by_line[10]["import"] is False
    assert by_line[10]["problems"][0]["code"] == "bad_time"
    assert any(p["severity"] == "conflict" for p in by_line[11]["problems"])
    assert count(cli, data) == before


def test_import_then_undo_as_a_whole(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    before = count(cli, data)
    path = word_programme(tmp_path / "programme.docx")
    done = cli("agenda", "import", str(path), "--event", "south-2550", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "agenda undo-import" in done.stdout
    assert count(cli, data) == before + 3

    listed = cli("agenda", "imports", "south-2550", "--json", data_dir=data)
    (record,) = json.loads(listed.stdout)
    assert (record["source"], record["sessions"], record["undone"]) == ("programme.docx", 3, False)

    undone = cli("agenda", "undo-import", record["id"], "--json", data_dir=data)
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["sessions"] == 3
    assert count(cli, data) == before
    again = cli("agenda", "undo-import", record["id"], data_dir=data)
    assert again.returncode != 0 and "already" in again.stderr


def test_a_file_that_is_not_a_programme_is_refused_in_words(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    path = tmp_path / "list.csv"
    path.write_text("ชื่อ,นามสกุล\nสมชาย,ใจดี\n", encoding="utf-8")
    done = cli("agenda", "import", str(path), "--event", "south-2550", data_dir=data)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "เวลา" in done.stderr
    missing = cli("agenda", "import", str(tmp_path / "none.xlsx"), "--event", "south-2550",
                  data_dir=data)  # fmt: skip
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
