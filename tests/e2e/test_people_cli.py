"""The people commands as a user runs them: import (dry run and real), list, search, undo, export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest


@pytest.fixture
def demo_dir(demo_folder: Path) -> Path:
    return demo_folder


def write_list(path: Path, encoding: str = "cp874") -> Path:
    rows = [
        ["รายชื่อผู้เข้าร่วมสัมมนา จังหวัดตรัง"],
        ["ที่", "ชื่อ-สกุล", "ชื่อเล่น", "หน่วยงาน", "จังหวัด", "เบอร์โทร"],
        ["1", "นายประเสริฐ ทองดี", "เสริฐ", "กองทุนสวัสดิการชุมชนตำบลนาโยง", "ตรัง", "๐๘๖-๕๕๕-๑๒๓๔"],
        ["2", "นางวิไล หนูแก้ว", "", "กลุ่มออมทรัพย์บ้านหนองปรือ", "ตรัง", "0865551235"],
        ["3", "", "", "กลุ่มออมทรัพย์บ้านหนองปรือ", "ตรัง", "0865551236"],
        ["4", "นายเบอร์ ผิด", "", "", "ตรัง", "555"],
    ]
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_dry_run_reports_rows_and_writes_nothing(cli, demo_dir: Path, tmp_path: Path) -> None:
    path = write_list(tmp_path / "trang.csv")
    before = json.loads(cli("people", "list", "--json", data_dir=demo_dir).stdout)
    done = cli("people", "import", str(path), "--event", "south-2550", "--dry-run", "--json",
               data_dir=demo_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["dry_run"] is True and report["encoding"] == "TIS-620"
    assert report["header_line"] == 2
    assert report["counts"] == {"import": 2, "merge": 0, "skip": 2}
    problems = {r["line"]: [p["code"] for p in r["problems"]] for r in report["rows"]}
    assert problems[5] == ["missing_name"] and problems[6] == ["bad_phone"]
    assert report["result"] is None
    # the organisations it would create, each with the kind read from its name
    assert report["new_organisations"] == [
        {"name": "กองทุนสวัสดิการชุมชนตำบลนาโยง", "kind": "welfare_fund"},
        {"name": "กลุ่มออมทรัพย์บ้านหนองปรือ", "kind": "savings_group"},
    ]
    after = json.loads(cli("people", "list", "--json", data_dir=demo_dir).stdout)
    assert after == before


def test_import_then_find_then_undo(cli, demo_dir: Path, tmp_path: Path) -> None:
    path = write_list(tmp_path / "trang.csv", "utf-8-sig")
    done = cli("people", "import", str(path), "--event", "south-2550", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    assert "2 people added" in done.stdout
    assert "no name" in done.stdout and "'555' is not a phone number" in done.stdout

    found = json.loads(cli("people", "search", "ทองดี", "--json", data_dir=demo_dir).stdout)
    assert [p["given_name"] for p in found] == ["ประเสริฐ"]
    assert found[0]["phone"] == "0865551234"
    by_phone = json.loads(cli("people", "search", "1235", "--json", data_dir=demo_dir).stdout)
    assert [p["given_name"] for p in by_phone] == ["วิไล"]
    listed = json.loads(
        cli("people", "list", "--event", "south-2550", "--json", data_dir=demo_dir).stdout
    )
    assert "ประเสริฐ" in {p["given_name"] for p in listed}

    batches = json.loads(cli("people", "imports", "--json", data_dir=demo_dir).stdout)
    assert batches[0]["created"] == 2
    undone = cli("people", "undo-import", batches[0]["id"], data_dir=demo_dir)
    assert undone.returncode == 0, undone.stderr
    assert json.loads(cli("people", "search", "ทองดี", "--json", data_dir=demo_dir).stdout) == []
    again = cli("people", "undo-import", batches[0]["id"], data_dir=demo_dir)
    assert again.returncode == 2 and "already undone" in again.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "not a spreadsheet")],
)
def test_unreadable_file_exits_non_zero_and_changes_nothing(cli, demo_dir: Path, tmp_path: Path,
                                                            content: bytes, message: str) -> None:  # fmt: skip
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    done = cli("people", "import", str(path), "--event", "south-2550", data_dir=demo_dir)
    assert done.returncode == 2
    assert message in done.stderr and done.stdout == ""


def test_unknown_event_is_an_error(cli, demo_dir: Path, tmp_path: Path) -> None:
    done = cli(
        "people",
        "import",
        str(write_list(tmp_path / "l.csv")),
        "--event",
        "nope",
        data_dir=demo_dir,
    )
    assert done.returncode == 2 and "No event matches" in done.stderr


def test_search_in_thai_prints_a_table(cli, demo_dir: Path) -> None:
    done = cli("--lang", "th", "people", "search", "สม", data_dir=demo_dir)
    assert done.returncode == 0
    assert "ชื่อ" in done.stdout.splitlines()[0]


def test_export_people_default_columns(cli, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "reg.csv"
    done = cli("export", "people", "-o", str(out), "--event", "south-2550", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Name,Organisation,Province,Role"
    bad = cli("export", "people", "-o", str(out), "--columns", "name,salary", data_dir=demo_dir)
    assert bad.returncode == 2


def test_export_people_with_the_name_in_its_parts(cli, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "parts.csv"
    done = cli(
        "export", "people", "-o", str(out), "--columns", "title,given_name,family_name,name",
        data_dir=demo_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Name", "Name title", "Given name", "Family name"]
    for name, title, given, family in rows[1:]:
        assert given and name.startswith(title) and given in name and family in name
