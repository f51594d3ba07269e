"""Two desks as two data folders, through the real command line: a person checked in at desk 2
and again at desk 1 after desk 1 received desk 2's changes is told which desk was first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from organiser.services.demo import DAY2
from organiser.services.desk import reading as desk
from organiser.services.events.reading import resolve_event
from organiser.store.opening import open_store


def ok(done: Any) -> Any:
    assert done.returncode == 0, done.stderr
    return done


def test_checkin_at_a_second_desk_names_the_first(cli: Any, tmp_path: Path) -> None:
    # the demo made by this copy itself: a copy sends only changes signed by their makers
    one, two = tmp_path / "desk1", tmp_path / "desk2"
    ok(cli("demo", data_dir=one))
    store = open_store(one)
    with store.reader() as uow:
        event_id = resolve_event(uow, "south-2550").id
        person = desk.expected_not_here(uow, event_id, DAY2)[0]
    store.dispose()
    ok(cli("sync", "id", data_dir=two))
    ok(cli("sync", "card", "-o", str(tmp_path / "one.card"), data_dir=one))
    ok(cli("sync", "card", "-o", str(tmp_path / "two.card"), data_dir=two))
    ok(cli("sync", "trust", str(tmp_path / "two.card"), data_dir=one))
    ok(cli("sync", "trust", str(tmp_path / "one.card"), data_dir=two))
    ok(cli("sync", "send", "-o", str(tmp_path / "seminar.orgsync"), data_dir=one))
    ok(cli("sync", "receive", str(tmp_path / "seminar.orgsync"), data_dir=two))

    day = ["--day", DAY2.isoformat()]
    first = ok(cli("checkin", "south-2550", "--code", person.code, *day, "--desk", "2",
                   "--json", data_dir=two))  # fmt: skip
    at = json.loads(first.stdout)["at"]
    ok(cli("sync", "send", "-o", str(tmp_path / "desk2.orgsync"), data_dir=two))
    ok(cli("sync", "receive", str(tmp_path / "desk2.orgsync"), data_dir=one))

    again = ok(cli("checkin", "south-2550", "--code", person.code, *day, "--desk", "1",
                   data_dir=one))  # fmt: skip
    assert f"Checked in: {person.name}" in again.stdout
    assert "Note: Already checked in at desk 2 on 31 Jan 2007 at " in again.stdout
    as_json = ok(cli("checkin", "south-2550", "--code", person.code, *day, "--json",
                     data_dir=one))  # fmt: skip
    data = json.loads(as_json.stdout)
    assert data["already_checked_in_at"] == at  # the first check-in, desk 2's
    assert data["already_checked_in_at_desk"] == "2"
    assert data["already_checked_in_elsewhere"] is True
    assert data["warning"].startswith("Already checked in at desk 2 on 31 Jan 2007 at ")
