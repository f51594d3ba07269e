"""A laptop whose clock is wrong (a B.E. year typed as C.E.): its changes are held back and
listed, never lost; accepting them does not drag this copy's clock into the future; and the
laptop with the wrong clock is told when it meets a copy whose stamps are far behind its own."""

from __future__ import annotations

from typing import Any

from sync_copies import Copy, exchange, phone_of, set_phone

from organiser.services.safety.privacy import erase_person
from organiser.sync import clock, future

YEAR = 365 * 24 * 3_600_000
DAY = 24 * 3_600_000


def test_changes_stamped_a_year_ahead_are_held_back_listed_and_applied_when_accepted(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    person = ids["people"][0]
    a.skew_ms = YEAR  # a's clock says next year
    set_phone(a, person, "0811111111")
    result = exchange(a, b)
    assert result.held_back > 0
    assert phone_of(b, person) == "0812345678"  # not applied
    [held] = b.read(future.held_back)
    a_id = a.raw("SELECT copy_id FROM sync_copy")[0][0]
    assert held.origin == a_id and held.changes == result.held_back
    assert YEAR - DAY < held.ahead_ms < YEAR + DAY
    again = exchange(a, b)  # offered again: still held once, not lost, not applied
    [still] = b.read(future.held_back)
    assert again.held_back == 0 and (still.origin, still.changes) == (held.origin, held.changes)

    accepted = b.write(future.accept)
    assert accepted.new_changes > 0 and b.read(future.held_back) == []
    assert phone_of(b, person) == "0811111111"
    # b's clock moved no further than its wall clock plus the allowed drift
    hlc = int(b.raw("SELECT hlc FROM sync_copy")[0][0])
    assert hlc >> clock.COUNTER_BITS <= clock.wall_ms() + clock.DRIFT_MS


def test_a_far_ahead_erasure_is_not_held_back(three: tuple[list[Copy], dict[str, Any]]) -> None:
    (a, b, _c), ids = three
    person = ids["people"][1]
    a.skew_ms = YEAR
    a.write(lambda uow: erase_person(uow, person))
    exchange(a, b)
    given, phone = b.raw("SELECT given_name, phone FROM person WHERE id = ?", person)[0]
    assert phone == "" and given != "สมศรี"


def test_the_laptop_with_the_wrong_clock_is_told_when_it_meets_a_copy_far_behind_it(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    a.skew_ms = YEAR
    set_phone(b, ids["people"][2], "0822222222")
    told = a.write(lambda uow: _apply_as_a(uow, b))
    assert YEAR - DAY < told.clock_ahead_ms < YEAR + DAY
    # told by the sender's clock too (a meeting, or a file's header), even with no changes
    quiet = a.write(lambda uow: _apply_as_a(uow, b, sender_clock_ms=clock.wall_ms() - YEAR))
    assert quiet.clock_ahead_ms > YEAR - DAY
    # and a copy whose clock is right is told nothing
    fine = exchange(a, b)
    assert fine.clock_ahead_ms == 0


def _apply_as_a(uow: Any, source: Copy, sender_clock_ms: int | None = None) -> Any:
    from organiser import sync

    return sync.apply(uow, source.since(sync.known(uow)), sender_clock_ms=sender_clock_ms)


def test_an_erasure_scrubs_the_values_held_back_too(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, c), ids = three
    person = ids["people"][0]
    a.skew_ms = YEAR
    set_phone(a, person, "0866666666")
    assert exchange(a, b).held_back > 0  # b holds a's far-ahead phone back
    c.write(lambda uow: erase_person(uow, person))
    exchange(c, b)
    assert b.raw("SELECT count(*) FROM sync_future WHERE value LIKE '%0866666666%'") == [(0,)]
    b.write(future.accept)
    assert phone_of(b, person) == ""


def test_edits_held_back_are_not_lost_when_the_same_laptop_erases_someone_afterwards(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    """The erasure goes through at once; the far-ahead edits made before it still wait, and
    are applied when accepted."""
    (a, b, _c), ids = three
    a.skew_ms = YEAR
    set_phone(a, ids["people"][0], "0855555555")
    a.write(lambda uow: erase_person(uow, ids["people"][1]))
    exchange(a, b)
    assert b.raw("SELECT phone FROM person WHERE id = ?", ids["people"][1]) == [("",)]
    assert phone_of(b, ids["people"][0]) == "0812345678"
    b.write(future.accept)
    assert phone_of(b, ids["people"][0]) == "0855555555"
