"""Hostile spreadsheets cannot make an import eat the laptop's memory.

A 45 MB workbook with one row of 13 million cells once took 4 GB and 51 s; 58 MB of shared
strings took 1.25 GB. Each file here is built by the test (stored, not compressed, so the
zip-bomb check lets it through to the reader) and imported by the real command in its own
process, whose peak memory is measured.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from organiser.store.db import Store

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="peak memory is read with the POSIX resource module"
)
LIMIT_MB = 300
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_workbook(path: Path, sheet_rows: bytes, shared: bytes | None = None) -> Path:
    """A minimal .xlsx whose sheet data and shared strings are given as raw XML."""
    parts = {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Default Extension="xml" ContentType="application/xml"/>'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            b"</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
            f'<Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ).encode(),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
            f'xmlns:r="{DOC_RELS}"><sheets><sheet name="รายชื่อ" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
            f'<Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ).encode(),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        zf.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode()
            + sheet_rows
            + b"</sheetData></worksheet>",
        )
        zf.writestr(
            "xl/sharedStrings.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode()
            + (shared or b"")
            + b"</sst>",
        )
    return path


def header_and_people(count: int, start: int = 2) -> bytes:
    rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>ชื่อ-สกุล</t></is></c></row>'.encode()]
    for n in range(start, start + count):
        name = f"นายสมชาย{n:05d} ใจดี".encode()
        rows.append(
            b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c></row>' % (n, n, name)
        )
    return b"".join(rows)


def import_peak_mb(data_dir: Path, path: Path) -> tuple[int, str, float, str]:
    """`organiser people import FILE --dry-run` in a fresh process: exit code, stderr, peak MB,
    and what it printed."""
    code = (
        "import resource, sys\n"
        "from organiser.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        # Linux: this process's own high-water mark; ru_maxrss would also count the memory of
        # the test process it was started from (kept across exec)
        "try:\n"
        "    status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
        "    peak = int(status.split()[0]) * 1024\n"
        "except OSError:\n"
        "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS\n"
        "print('PEAK', peak / 1e6, file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "--data-dir",
            str(data_dir),
            "people",
            "import",
            str(path),
            "--event",
            "south-2550",
            "--dry-run",
            "--json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, PYTHONIOENCODING="utf-8", LANG="C.UTF-8"),
        timeout=300,
    )
    *message, peak_line = done.stderr.strip().splitlines()
    return done.returncode, "\n".join(message), float(peak_line.split()[1]), done.stdout


def _refused_in_one_sentence(rc: int, message: str) -> None:
    assert rc != 0
    assert message.count("\n") == 0 and "far more cells or text" in message, message


def test_a_row_of_millions_of_cells_is_refused_early(
    demo_store: Store, data_dir: Path, tmp_path: Path
) -> None:
    cells = b"<c><v>1</v></c>" * 2_600_000  # 40 MB: one row, no room for anything else
    path = write_workbook(tmp_path / "wide.xlsx", b'<row r="1">' + cells + b"</row>")
    rc, message, peak, _out = import_peak_mb(data_dir, path)
    _refused_in_one_sentence(rc, message)
    assert peak < LIMIT_MB


def test_millions_of_shared_strings_are_refused_within_memory(
    demo_store: Store, data_dir: Path, tmp_path: Path
) -> None:
    shared = b"".join(b"<si><t>\xe0\xb8\x81%07d</t></si>" % n for n in range(2_400_000))
    assert len(shared) > 50_000_000
    path = write_workbook(tmp_path / "strings.xlsx", header_and_people(10), shared)
    rc, message, peak, _out = import_peak_mb(data_dir, path)
    _refused_in_one_sentence(rc, message)
    assert peak < LIMIT_MB


def test_one_string_repeated_in_every_cell_is_refused(
    demo_store: Store, data_dir: Path, tmp_path: Path
) -> None:
    shared = b"<si><t>" + "ก".encode() * 499 + b"</t></si>"
    row = b'<c t="s"><v>0</v></c>' * 30
    rows = b"".join(b'<row r="%d">%s</row>' % (n, row) for n in range(1, 50_001))
    path = write_workbook(tmp_path / "repeated.xlsx", rows, shared)
    rc, message, peak, _out = import_peak_mb(data_dir, path)
    _refused_in_one_sentence(rc, message)
    assert peak < LIMIT_MB


def test_a_huge_string_is_flagged_on_its_row_and_the_rest_reads(
    demo_store: Store, data_dir: Path, tmp_path: Path
) -> None:
    import json

    shared = b"<si><t>" + "ก".encode() * 15_000_000 + b"</t></si>"  # 45 MB of Thai
    rows = header_and_people(20) + b'<row r="30"><c r="A30" t="s"><v>0</v></c></row>'
    path = write_workbook(tmp_path / "huge-cell.xlsx", rows, shared)
    rc, message, peak, out = import_peak_mb(data_dir, path)
    assert peak < LIMIT_MB
    assert rc == 0, message
    report = json.loads(out)
    assert report["counts"]["import"] == 20
    skipped = [r for r in report["rows"] if r["action"] == "skip"]
    assert [(r["line"], r["problems"][0]["code"]) for r in skipped] == [(30, "damaged")]


def test_a_csv_line_of_millions_of_fields_is_refused(
    demo_store: Store, data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "wide.csv"
    path.write_bytes("ชื่อ\n".encode() + b"ab," * 15_000_000 + b"\n")
    rc, message, peak, _out = import_peak_mb(data_dir, path)
    _refused_in_one_sentence(rc, message)
    assert peak < LIMIT_MB
