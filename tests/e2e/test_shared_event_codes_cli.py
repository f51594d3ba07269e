"""A code typed twice on this laptop is refused; two seminars that share a code after a merge
are listed, marked, and one can be given a new code — the real `organiser` command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def create(cli, data_dir: Path, title: str, *extra: str):  # type: ignore[no-untyped-def]
    return cli(
        "events", "create", "--title", title, "--from", "2007-01-30", "--to", "2007-01-31",
        *extra, data_dir=data_dir,
    )  # fmt: skip


def test_a_code_shared_after_a_merge_is_marked_and_can_be_changed(cli, data_dir: Path) -> None:
    first = create(cli, data_dir, "เวทีสงขลา", "--code", "south-70")
    assert first.returncode == 0, first.stderr
    refused = create(cli, data_dir, "เวทีพัทลุง", "--code", "south-70")
    assert refused.returncode != 0 and "south-70" in refused.stderr
    second = create(cli, data_dir, "เวทีพัทลุง")
    assert second.returncode == 0, second.stderr
    other_id = second.stdout.strip()
    # what a merge with another office's copy brings: its seminar with the same code
    with sqlite3.connect(data_dir / "organiser.sqlite3") as conn:
        conn.execute("UPDATE event SET code = 'south-70' WHERE id = ?", (other_id,))
    conn.close()

    listed = cli("events", "list", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("south-70 ⚠") == 2
    assert "another office" in listed.stdout
    rows = json.loads(cli("events", "list", "--json", data_dir=data_dir).stdout)
    assert [r["code_shared"] for r in rows] == [True, True]

    edited = cli("events", "edit", other_id, "--code", "phatthalung-70", data_dir=data_dir)
    assert edited.returncode == 0, edited.stderr
    rows = json.loads(cli("events", "list", "--json", data_dir=data_dir).stdout)
    assert sorted(r["code"] for r in rows) == ["phatthalung-70", "south-70"]
    assert not any(r["code_shared"] for r in rows)
    assert "⚠" not in cli("events", "list", data_dir=data_dir).stdout
