"""Seminars from the command line: create, edit (with the programme moved), cancel, delete — the
real `organiser` command, on a real data folder."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest


def events(cli, data_dir: Path) -> list[dict[str, object]]:
    out = cli("events", "list", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    return list(json.loads(out.stdout))


def session_days(data_dir: Path, event_id: str) -> list[str]:
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        rows = conn.execute(
            "SELECT day FROM agenda_session WHERE event_id = ? AND deleted_at IS NULL ORDER BY day",
            (event_id,),
        ).fetchall()
    conn.close()
    return [r[0] for r in rows]


def test_create_prints_the_new_id_and_json_prints_it_too(cli, data_dir: Path) -> None:
    out = cli(
        "events", "create", "--title", "สัมมนาภาคใต้", "--from", "2007-01-30", "--to",
        "2007-01-31", "--venue", "ศูนย์ประชุมพัทลุง", "--province", "Phatthalung",
        data_dir=data_dir,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    new_id = out.stdout.strip()
    (listed,) = events(cli, data_dir)
    assert listed["id"] == new_id
    assert listed["province"] == "พัทลุง" and listed["venue"] == "ศูนย์ประชุมพัทลุง"
    assert listed["cancelled"] is False

    out = cli(
        "events", "create", "--title", "เวทีจังหวัด", "--from", "2550-02-10", "--to",
        "2550-02-10", "--json", data_dir=data_dir,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    created = json.loads(out.stdout)  # JSON only on stdout
    assert created["starts_on"] == "2007-02-10"  # a B.E. year is understood
    assert created["id"] in {e["id"] for e in events(cli, data_dir)}


def test_bad_input_is_refused_in_plain_words_and_creates_nothing(cli, data_dir: Path) -> None:
    for args, words in (
        (("--from", "2007-01-31", "--to", "2007-01-30"), "cannot end before it starts"),
        (("--from", "31/02/2550", "--to", "2007-01-30"), "is not a date"),
        (("--from", "2007-01-30", "--to", "2007-01-30", "--province", "Atlantis"), "province"),
    ):
        out = cli("events", "create", "--title", "T", *args, data_dir=data_dir)
        assert out.returncode == 2, out.stdout
        assert words in out.stderr and out.stdout == ""
    assert events(cli, data_dir) == []


def test_edit_moves_the_programme_only_when_asked(cli, data_dir: Path, tmp_path: Path) -> None:
    created = cli(
        "events", "create", "--title", "สัมมนา", "--from", "2007-01-30", "--to", "2007-01-31",
        "--code", "s-2550", data_dir=data_dir,
    )  # fmt: skip
    event_id = created.stdout.strip()
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        for n, day in enumerate(("2007-01-30", "2007-01-31")):
            conn.execute(
                "INSERT INTO agenda_session (id, event_id, day, starts_at, ends_at, kind, title,"
                " description, expected_output, position, created_at, updated_at)"
                " VALUES (?, ?, ?, '09:00:00.000000', '10:00:00.000000', 'talk', ?, '', '', 0,"
                " '2007-01-01 00:00:00', '2007-01-01 00:00:00')",
                (f"session-{n}", event_id, day, f"ช่วง {n}"),
            )
    conn.close()

    refused = cli("events", "edit", "s-2550", "--from", "2007-02-06", "--to", "2007-02-07",
                  data_dir=data_dir)  # fmt: skip
    assert refused.returncode == 2
    assert "2 sessions" in refused.stderr and "outside the new dates" in refused.stderr
    assert session_days(data_dir, event_id) == ["2007-01-30", "2007-01-31"]

    moved = cli(
        "events", "edit", event_id[:12], "--from", "2007-02-06", "--to", "2007-02-07",
        "--move-agenda", "--title", "สัมมนา (เลื่อน)", "--venue", "สงขลา", data_dir=data_dir,
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert "7 days (2 sessions)" in moved.stdout
    assert session_days(data_dir, event_id) == ["2007-02-06", "2007-02-07"]
    (row,) = events(cli, data_dir)
    assert (row["title"], row["venue"], row["starts_on"]) == (
        "สัมมนา (เลื่อน)", "สงขลา", "2007-02-06",
    )  # fmt: skip

    gone = cli("events", "delete", "s-2550", data_dir=data_dir)
    assert gone.returncode == 2 and "can only be cancelled" in gone.stderr
    assert len(events(cli, data_dir)) == 1


@pytest.mark.usefixtures("demo_folder")  # the demo, copied
def test_cancel_then_the_desk_refuses_then_reopen(cli, data_dir: Path) -> None:
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        code = conn.execute("SELECT code FROM registration LIMIT 1").fetchone()[0]
    conn.close()
    out = cli("events", "cancel", "south-2550", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "is cancelled" in out.stdout
    assert events(cli, data_dir)[0]["cancelled"] is True
    listed = cli("events", "list", data_dir=data_dir)
    assert "(cancelled)" in listed.stdout

    desk = cli("checkin", "south-2550", "--code", code, "--day", "2007-01-30", data_dir=data_dir)
    assert desk.returncode == 2 and "is cancelled" in desk.stderr

    again = cli("events", "cancel", "south-2550", data_dir=data_dir)
    assert again.returncode == 2 and "already cancelled" in again.stderr
    assert cli("events", "reopen", "south-2550", data_dir=data_dir).returncode == 0
    desk = cli("checkin", "south-2550", "--code", code, "--day", "2007-01-30", data_dir=data_dir)
    assert desk.returncode == 0, desk.stderr


def test_delete_an_empty_seminar_keeps_the_row(cli, data_dir: Path) -> None:
    event_id = cli(
        "events", "create", "--title", "ทดลอง", "--from", "2007-03-01", "--to", "2007-03-01",
        data_dir=data_dir,
    ).stdout.strip()  # fmt: skip
    out = cli("events", "delete", event_id[:13], data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert events(cli, data_dir) == []
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        deleted_at = conn.execute("SELECT deleted_at FROM event WHERE id = ?", (event_id,))
        assert deleted_at.fetchone()[0] is not None
    conn.close()
    missing = cli("events", "delete", event_id, data_dir=data_dir)
    assert missing.returncode == 2 and "No event matches" in missing.stderr


@pytest.mark.usefixtures("demo_folder")  # the demo, copied
def test_thai_messages(cli, data_dir: Path) -> None:
    out = cli("--lang", "th", "events", "delete", "south-2550", data_dir=data_dir)
    assert out.returncode == 2
    assert "ยกเลิก" in out.stderr  # "can only be cancelled", in Thai
