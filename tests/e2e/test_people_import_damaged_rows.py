"""A damaged row in a long list is flagged and skipped; the rest of the list still comes in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from organiser.services.people.importing.reading import MAX_CELL_CHARS

# the demo, copied (`organiser demo` itself is tested in test_base_cli)
pytestmark = pytest.mark.usefixtures("demo_folder")


def _list_bytes(rows: int) -> list[bytes]:
    lines = ["ชื่อ-สกุล,หน่วยงาน,เบอร์โทร".encode()]
    for n in range(1, rows + 1):
        phone = f"08{n:08d}"
        lines.append(f"นายสมชาย{n:05d} ใจดี,กลุ่มออมทรัพย์บ้านควน,{phone}".encode())
    return lines


def _dry_run(cli, data_dir: Path, path: Path) -> dict:
    done = cli("people", "import", str(path), "--event", "south-2550", "--dry-run", "--json",
               data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _skipped(report: dict) -> dict[int, list[str]]:
    return {
        r["line"]: [p["code"] for p in r["problems"]]
        for r in report["rows"]
        if r["action"] == "skip"
    }


def test_one_invalid_byte_skips_only_its_row(cli, data_dir: Path, tmp_path: Path) -> None:
    lines = _list_bytes(2000)
    lines[1000] = lines[1000].replace("สมชาย".encode(), b"\xff\xfe", 1)  # a bad byte mid-name
    path = tmp_path / "list.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    report = _dry_run(cli, data_dir, path)
    assert report["encoding"] == "UTF-8"  # not mistaken for TIS-620 (every name garbled)
    assert report["counts"]["import"] == 1999
    assert _skipped(report) == {1001: ["damaged"]}


def test_a_one_megabyte_cell_skips_only_its_row(cli, data_dir: Path, tmp_path: Path) -> None:
    lines = _list_bytes(50)
    lines[7] = lines[7].replace("กลุ่มออมทรัพย์บ้านควน".encode(), b"x" * 1_000_000)
    path = tmp_path / "list.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    report = _dry_run(cli, data_dir, path)
    assert report["counts"]["import"] == 49
    skipped = _skipped(report)
    assert list(skipped) == [8] and skipped[8][0] == "damaged"
    row = next(r for r in report["rows"] if r["line"] == 8)
    assert str(MAX_CELL_CHARS) in row["problems"][0]["message"]
