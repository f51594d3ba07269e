"""`organiser agenda …` and `organiser export agenda …` as a user runs them."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pypdf
import pytest
from icalendar import Calendar

# the demo, copied (`organiser demo` itself is tested in test_base_cli)
pytestmark = pytest.mark.usefixtures("demo_folder")


def test_export_agenda_in_every_format(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    pdf = tmp_path / "out" / "กำหนดการ.pdf"
    done = cli("export", "agenda", "south-2550", "--format", "pdf", "-o", str(pdf),
               "--lang", "th", data_dir=data)  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).replace(" ", "")
    assert "กำหนดการ" in text and "พ.ศ.2550" in text
    if sys.platform != "win32":
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600

    ics = tmp_path / "agenda.ics"
    done = cli("export", "agenda", "south-2550", "-o", str(ics), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert len(list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) == 14

    xlsx = tmp_path / "agenda.xlsx"
    done = cli("export", "agenda", "south-2550", "--format", "xlsx", "-o", str(xlsx), "--lang", "en",
               data_dir=data)  # fmt: skip
    assert done.returncode == 0 and xlsx.read_bytes().startswith(b"PK")


def test_agenda_list_json_and_errors(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    done = cli("agenda", "list", "south-2550", "--json", data_dir=data)
    assert done.returncode == 0, done.stderr
    sessions = json.loads(done.stdout)
    assert len(sessions) == 20 and all(s["conflicts"] == [] for s in sessions)
    assert sessions[1]["starts_at"] == "09:00" and sessions[1]["people"][0]["role"] == "speaker"

    missing = cli("export", "agenda", "no-such-event", "-o", str(tmp_path / "x.pdf"), data_dir=data)
    assert missing.returncode == 2 and "No event matches" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()

    folder = cli("export", "agenda", "south-2550", "-o", str(tmp_path), data_dir=data)
    assert folder.returncode == 2 and "is a folder" in folder.stderr


def test_copy_agenda_refuses_then_replaces(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    same = cli("agenda", "copy", "south-2550", "south-2550", data_dir=data)
    assert same.returncode == 2 and "another event" in same.stderr
