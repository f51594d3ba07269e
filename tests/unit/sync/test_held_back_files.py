"""A laptop whose date was wrong (a month ahead) sends its edits: the receiving office holds
them back and says so, lists them (`organiser sync held`), and takes them in when a person
accepts (`organiser sync accept`), without its own clock following the wrong one. A laptop
whose own clock runs ahead is told so when a file from a right clock arrives."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from change_files import Laptop, mutual, seeded
from sync_copies import set_phone
from tests.conftest import run_cli

from organiser.sync import clock

MONTH_MS = 30 * 86_400_000


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    a, b = Laptop(tmp_path / "a", office="office a"), Laptop(tmp_path / "b", office="office b")
    mutual(a, b)
    yield a, b
    a.close()
    b.close()


def phone_at(laptop: Laptop, person: str) -> str:
    return str(laptop.raw("SELECT phone FROM person WHERE id = ?", person)[0][0])


def test_edits_from_a_clock_a_month_ahead_are_held_listed_and_taken_in_when_accepted(
    pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    ids = a.write(seeded)
    b.receive(a.send("a1.orgsync").paths[0])
    person = ids["people"][0]
    right = clock.wall_ms
    monkeypatch.setattr(clock, "wall_ms", lambda: right() + MONTH_MS)  # a's date is wrong
    set_phone(a, person, "0891112222")  # type: ignore[arg-type]
    sent = a.send("a2.orgsync")
    monkeypatch.setattr(clock, "wall_ms", right)

    got = b.receive(sent.paths[0])
    assert got.held_back > 0
    assert any("held back" in n for n in got.notices)
    assert phone_at(b, person) != "0891112222"  # not applied, not lost

    listed = run_cli("sync", "held", "--json", data_dir=b.folder)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 1 and rows[0]["changes"] == got.held_back
    assert 29 <= rows[0]["days_ahead"] <= 31

    b.close()
    accepted = run_cli("sync", "accept", "--all", data_dir=b.folder)
    assert accepted.returncode == 0, accepted.stderr
    assert json.loads(run_cli("sync", "held", "--json", data_dir=b.folder).stdout) == []
    reopened = Laptop(b.folder)  # the app opened again
    try:
        assert phone_at(reopened, person) == "0891112222"
        hlc = int(reopened.raw("SELECT hlc FROM sync_copy")[0][0])
        assert hlc >> clock.COUNTER_BITS <= clock.wall_ms() + clock.DRIFT_MS  # b's clock stayed
    finally:
        reopened.close()


def test_a_laptop_whose_clock_runs_ahead_is_told_when_a_file_from_a_right_clock_arrives(
    pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    a.write(seeded)
    sent = a.send("a1.orgsync")
    right = clock.wall_ms
    monkeypatch.setattr(clock, "wall_ms", lambda: right() + MONTH_MS)  # b's date is wrong
    got = b.receive(sent.paths[0])
    assert got.applied and 29 <= got.clock_ahead_days <= 31
    assert any("clock" in n and "ahead" in n for n in got.notices)
