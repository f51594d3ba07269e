"""A laptop whose date was wrong (a year ahead) and has been set right: its new edits are dated
by the clock as it is now, so other offices take them in as they come instead of holding them
back (one wrong clock does not keep poisoning the others); its own changes dated ahead are
reported; an edit of a field it wrote while wrong still wins over that value; and a laptop
whose clock runs ahead is told so by a file that brings nothing new."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from change_files import Laptop, mutual, seeded
from sync_copies import set_phone
from tests.conftest import run_cli

from organiser.services.sync.overview import sync_overview
from organiser.sync import clock

YEAR_MS = 365 * 86_400_000


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    a, b = Laptop(tmp_path / "a", office="office a"), Laptop(tmp_path / "b", office="office b")
    mutual(a, b)
    yield a, b
    a.close()
    b.close()


def phone_at(laptop: Laptop, person: str) -> str:
    return str(laptop.raw("SELECT phone FROM person WHERE id = ?", person)[0][0])


def phone_stamp_ms(laptop: Laptop, person: str) -> int:
    stamp = laptop.raw(
        "SELECT max(stamp) FROM sync_change WHERE tbl = 'person' AND col = 'phone' AND row_id = ?",
        person,
    )[0][0]
    return clock.ms_of(str(stamp))


def test_a_laptop_set_right_dates_new_edits_by_its_clock_and_they_are_taken_in_as_they_come(
    pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    ids = a.write(seeded)
    b.receive(a.send("a1.orgsync").paths[0])
    wrong_person, later_person = ids["people"][0], ids["people"][1]
    right = clock.wall_ms
    monkeypatch.setattr(clock, "wall_ms", lambda: right() + YEAR_MS)  # a's year is wrong
    set_phone(a, wrong_person, "0891112222")  # type: ignore[arg-type]
    sent = a.send("a2.orgsync")
    monkeypatch.setattr(clock, "wall_ms", right)  # a's date is put right
    assert b.receive(sent.paths[0]).held_back > 0

    # a reports its own changes dated ahead, in the Sync place and on the command line
    shown = sync_overview(a.store).made_ahead
    assert "dated 365" in shown and "ahead" in shown
    a.close()
    told = run_cli("sync", "held", data_dir=a.folder)
    assert told.returncode == 0 and "made on this laptop are dated" in told.stdout
    a.store = Laptop(a.folder).store

    set_phone(a, later_person, "0893334444")  # type: ignore[arg-type]
    assert (
        abs(phone_stamp_ms(a, later_person) - clock.wall_ms()) < 60_000
    )  # dated now, not next year
    got = b.receive(a.send("a3.orgsync").paths[0])
    assert phone_at(b, later_person) == "0893334444"  # taken in as it came
    assert got.held_back == 0
    # b accepts the year-ahead edit later: a's edits made since are not lost for it
    b.write(lambda uow: __import__("organiser.sync.future", fromlist=["accept"]).accept(uow))
    assert phone_at(b, wrong_person) == "0891112222"
    set_phone(a, later_person, "0895556666")  # type: ignore[arg-type]
    b.receive(a.send("a4.orgsync").paths[0])
    assert phone_at(b, later_person) == "0895556666"


def test_an_edit_of_a_field_written_while_the_clock_was_wrong_still_wins_over_it(
    pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    ids = a.write(seeded)
    b.receive(a.send("a1.orgsync").paths[0])
    person, other = ids["people"][0], ids["people"][2]
    right = clock.wall_ms
    monkeypatch.setattr(clock, "wall_ms", lambda: right() + YEAR_MS)
    set_phone(a, person, "0891112222")  # type: ignore[arg-type]
    monkeypatch.setattr(clock, "wall_ms", right)
    set_phone(a, person, "0897778888")  # type: ignore[arg-type]
    # a takes in an edit of the same person from b: the row is made again from its changes
    set_phone(b, other, "0861234567")  # type: ignore[arg-type]
    with b.store.writer() as uow:
        from organiser.services.people.directory import get_person
        from organiser.services.people.editing import save_person

        record = get_person(uow, person)
        assert record is not None
        record.nickname = "ชาย"
        save_person(uow, record)
        uow.commit()
    a.receive(b.send("b1.orgsync").paths[0])
    assert phone_at(a, person) == "0897778888"  # the later edit, not the year-ahead value


def test_a_laptop_whose_clock_runs_ahead_is_told_even_by_a_file_with_nothing_new(
    pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    a.write(seeded)
    sent = a.send("a1.orgsync")
    b.receive(sent.paths[0])
    right = clock.wall_ms
    monkeypatch.setattr(clock, "wall_ms", lambda: right() + YEAR_MS)  # b's date goes wrong
    again = b.receive(sent.paths[0])
    assert again.new_changes == 0
    assert again.clock_ahead_days > 300
    assert any("clock is" in n and "ahead" in n for n in again.notices)
