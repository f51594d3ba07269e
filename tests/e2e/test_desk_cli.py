"""The desk's commands as a subprocess, and a process killed while checking people in."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from organiser.services.demo import DAY2
from organiser.services.desk import reading as desk
from organiser.services.events.reading import resolve_event
from organiser.store.db import Store


def check_in_rows(data_dir: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        return conn.execute("SELECT id, registration_id, day, desk FROM check_in").fetchall()


@pytest.fixture
def demo(demo_store: Store, data_dir: Path) -> tuple[Path, desk.RegistrationRow]:
    with demo_store.reader() as uow:
        event_id = resolve_event(uow, "south-2550").id
        person = desk.expected_not_here(uow, event_id, DAY2)[0]
    demo_store.dispose()
    return data_dir, person


def test_checkin_by_code_exits_0_after_commit(cli: Any, demo: tuple[Path, Any]) -> None:
    data_dir, person = demo
    before = check_in_rows(data_dir)
    done = cli(
        "checkin",
        "south-2550",
        "--code",
        person.code.lower(),
        "--day",
        "2007-01-31",
        "--desk",
        "โต๊ะ CLI",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    assert f"Checked in: {person.name}" in done.stdout and "31 Jan 2007" in done.stdout
    added = set(check_in_rows(data_dir)) - set(before)
    assert [(r[1], r[2], r[3]) for r in added] == [(person.id, DAY2.isoformat(), "โต๊ะ CLI")]
    again = cli(
        "checkin",
        "south-2550",
        "--code",
        person.code,
        "--day",
        "2007-01-31",
        "--json",
        data_dir=data_dir,
    )
    assert again.returncode == 0
    data = json.loads(again.stdout)
    assert data["registration_id"] == person.id and data["already_checked_in_at"] is not None
    assert len(check_in_rows(data_dir)) == len(before) + 2


def test_checkin_by_person_id_prefix_in_thai(cli: Any, demo: tuple[Path, Any]) -> None:
    data_dir, person = demo
    done = cli(
        "--lang",
        "th",
        "checkin",
        "south-2550",
        "--person",
        person.person_id[:30],
        "--day",
        "31/01/2550",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    assert person.name in done.stdout and "31 ม.ค. 2550" in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--code", "ZZZZ9999", "--day", "2007-01-30"),
            "No registration of this event has the code 'ZZZZ9999'",
        ),
        (("--person", "ffffffff", "--day", "2007-01-30"), "No person with the id 'ffffffff'"),
        (("--code", "{code}", "--day", "2007-02-05"), "is not a day of this event"),
        (("--code", "{code}", "--day", "yesterday"), "is not a date"),
        (("--code", "{code}"), "Today is not a day of this event"),
    ],
)
def test_bad_checkin_exits_2_and_changes_nothing(
    cli: Any, demo: tuple[Path, Any], args: tuple[str, ...], message: str
) -> None:
    data_dir, person = demo
    before = check_in_rows(data_dir)
    done = cli(
        "checkin", "south-2550", *(a.format(code=person.code) for a in args), data_dir=data_dir
    )
    assert done.returncode == 2
    assert message in done.stderr and done.stdout == ""
    assert "Traceback" not in done.stderr
    assert check_in_rows(data_dir) == before


def test_undo_cancels_an_earlier_check_in_by_the_id_json_printed(
    cli: Any, demo_store: Store, data_dir: Path
) -> None:
    with demo_store.reader() as uow:
        event_id = resolve_event(uow, "south-2550").id
        first, second = desk.expected_not_here(uow, event_id, DAY2)[:2]
    demo_store.dispose()
    ids = []
    for person in (first, second):
        done = cli("checkin", "south-2550", "--code", person.code, "--day", "2007-01-31",
                   "--json", data_dir=data_dir)  # fmt: skip
        assert done.returncode == 0, done.stderr
        ids.append(json.loads(done.stdout)["check_in_id"])
    before = check_in_rows(data_dir)
    # the first one was wrong, though it is not the latest
    done = cli("--lang", "th", "checkin", "south-2550", "--undo", ids[0],
               "--reason", "เลือกคนผิด", data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert first.name in done.stdout and "31 ม.ค. 2550" in done.stdout
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        undo = conn.execute(
            "SELECT kind, undoes_id, reason FROM check_in WHERE kind = 'undo'"
        ).fetchall()
    assert undo == [("undo", ids[0], "เลือกคนผิด")]
    assert set(before) <= set(check_in_rows(data_dir))  # an undo is a new row, never a delete
    store = Store(data_dir)
    with store.reader() as uow:
        here = desk.active_check_ins(uow, event_id, DAY2)
    store.dispose()
    assert first.id not in here and second.id in here
    again = cli("checkin", "south-2550", "--undo", ids[0], "--json", data_dir=data_dir)
    assert again.returncode == 2 and "already been undone" in again.stderr
    done = cli("checkin", "south-2550", "--undo", ids[1], "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["cancelled_check_in_id"] == ids[1] and data["name"] == second.name
    unknown = cli("checkin", "south-2550", "--undo", "0000-not-an-id", data_dir=data_dir)
    assert unknown.returncode == 2 and "check-in was not found" in unknown.stderr


def test_unknown_event_exits_2(cli: Any, demo: tuple[Path, Any]) -> None:
    data_dir, person = demo
    done = cli(
        "checkin", "no-such-event", "--code", person.code, "--day", "2007-01-30", data_dir=data_dir
    )
    assert done.returncode == 2 and "No event matches 'no-such-event'" in done.stderr


def test_export_signin_badges_attendance(cli: Any, demo: tuple[Path, Any], tmp_path: Path) -> None:
    data_dir, person = demo
    sheet = tmp_path / "out" / "signin.pdf"
    done = cli(
        "--lang",
        "th",
        "export",
        "signin",
        "south-2550",
        "--day",
        "2007-01-30",
        "-o",
        str(sheet),
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600  # personal data: the user's eyes only
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "ใบลงชื่อ" in text and "30 มกราคม พ.ศ. 2550" in text
    assert person.name in text

    badges = tmp_path / "badges.pdf"
    done = cli(
        "export", "badges", "south-2550", "-o", str(badges), "--layout", "2x5", data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    count = int(done.stdout.split()[0])
    assert len(PdfReader(badges).pages) == -(-count // 10)
    # nothing new since that print: the walk-ins-only sheet is refused, with a reason
    done = cli(
        "export",
        "badges",
        "south-2550",
        "-o",
        str(tmp_path / "w.pdf"),
        "--walk-ins",
        data_dir=data_dir,
    )
    assert done.returncode == 2 and "no walk-ins since the last badge print" in done.stderr
    assert not (tmp_path / "w.pdf").exists()

    one = tmp_path / "one.pdf"
    done = cli(
        "export",
        "badges",
        "south-2550",
        "-o",
        str(one),
        "--person",
        person.person_id[:24],
        data_dir=data_dir,
    )
    assert done.returncode == 0 and done.stdout.startswith("1 badges")
    assert person.name.split()[-1] in PdfReader(one).pages[0].extract_text()

    book = tmp_path / "attendance.xlsx"
    done = cli("export", "attendance", "south-2550", "-o", str(book), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    from openpyxl import load_workbook

    ws = load_workbook(book).active
    names = [row[1] for row in ws.iter_rows(min_row=4, values_only=True)]
    assert person.name in names and len(names) == count


def test_killing_a_process_that_checks_people_in_loses_nothing(demo: tuple[Path, Any]) -> None:
    """Killed at random moments (SIGKILL; TerminateProcess on Windows): every check-in the
    process reported is on disk, and the database is sound."""
    data_dir, _person = demo
    rng = random.Random(20070130)
    script = Path(__file__).with_name("desk_checkin_loop.py")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    reported: list[str] = []
    for _round in range(4):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(data_dir)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert proc.stdout is not None
        wanted = rng.randint(3, 40)
        for seen, line in enumerate(proc.stdout, start=1):
            reported.append(line.strip())
            if seen >= wanted:
                proc.kill()  # mid-way through the next check-in
                break
        rest, errors = proc.communicate(timeout=60)
        reported += [line.strip() for line in rest.splitlines() if line.strip()]
        assert proc.returncode == (-signal.SIGKILL if os.name == "posix" else 1), errors
    stored = {row[0] for row in check_in_rows(data_dir)}
    assert len(reported) >= 4 * 3
    assert set(reported) <= stored
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_export_not_here_and_letters(cli: Any, demo: tuple[Path, Any], tmp_path: Path) -> None:
    data_dir, person = demo  # expected on day 2 and not there yet
    listing = tmp_path / "not-here.pdf"
    done = cli(
        "--lang", "th", "export", "not-here", "south-2550", "--day", "31/01/2550",
        "-o", str(listing), data_dir=data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    count = int(done.stdout.split()[1])
    text = "".join(page.extract_text() for page in PdfReader(listing).pages)
    assert "รายชื่อผู้ที่ยังไม่มา" in text and "31 มกราคม พ.ศ. 2550" in text
    assert person.name in text and f"ยังไม่มา {count} คน" in text
    bad = cli("export", "not-here", "south-2550", "--day", "2007-03-01", "-o",
              str(tmp_path / "x.pdf"), data_dir=data_dir)  # fmt: skip
    assert bad.returncode == 2 and not (tmp_path / "x.pdf").exists()

    letters = tmp_path / "letters.pdf"
    done = cli("--lang", "th", "export", "letters", "south-2550", "-o", str(letters),
               data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(letters.stat().st_mode) == 0o600 or sys.platform == "win32"
    n = int(done.stdout.split()[1])
    assert len(PdfReader(letters).pages) == n > 100
    pngs = tmp_path / "line"
    done = cli("export", "letters", "south-2550", "-o", str(pngs), "--png", "--person",
               person.person_id[:24], data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    (picture,) = pngs.glob("*.png")
    assert picture.name.endswith(f"-{person.code}.png")
