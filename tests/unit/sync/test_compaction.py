"""Compaction: once every trusted copy holds the value that replaced an older one, the older
one leaves the change log; the log shrinks, and a new copy made from a compacted one still
gets everything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sync_copies import Copy, everyone_with_everyone, exchange, phone_of, set_phone

from organiser.sync.compaction import compact


def log_size(copy: Copy) -> int:
    return int(copy.raw("SELECT count(*) FROM sync_change")[0][0])


def test_superseded_values_leave_the_log_once_every_copy_holds_their_replacement(
    three: tuple[list[Copy], dict[str, Any]], tmp_path: Path
) -> None:
    copies, ids = three
    a, b, c = copies
    person = ids["people"][0]
    for n in range(20):
        set_phone(a, person, f"08{n:08d}")
    # before b and c hold the newest value, nothing of it may go
    assert a.write(lambda uow: compact(uow, [b.known(), c.known()])) == 0
    everyone_with_everyone(copies)
    before = log_size(a)
    dropped = a.write(lambda uow: compact(uow, [b.known(), c.known()]))
    assert dropped >= 19 and log_size(a) == before - dropped
    phones = a.raw(
        "SELECT count(*) FROM sync_change WHERE tbl = 'person' AND row_id = ? AND col = 'phone'",
        person,
    )
    assert phones == [(1,)]
    # a new laptop made from the compacted copy gets the same data
    new = Copy(tmp_path / "new")
    try:
        exchange(a, new)
        assert new.snapshot() == a.snapshot()
        assert phone_of(new, person) == "0800000019"
        # and the copies that did not compact still agree with the one that did
        set_phone(b, person, "0811111111")
        everyone_with_everyone([a, b, c, new])
        assert a.snapshot() == b.snapshot() == c.snapshot() == new.snapshot()
        assert a.conflicts() == b.conflicts() == new.conflicts() == []
    finally:
        new.close()


def test_a_field_in_conflict_keeps_both_values_through_compaction(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, c = copies
    person = ids["people"][1]
    set_phone(a, person, "0811111111")
    set_phone(b, person, "0822222222")
    everyone_with_everyone(copies)
    shown = a.conflicts()
    assert len(shown) == 1
    a.write(lambda uow: compact(uow, [b.known(), c.known()]))
    assert a.conflicts() == shown
    everyone_with_everyone(copies)
    assert a.conflicts() == b.conflicts() == c.conflicts() == shown


def test_a_copy_that_lacks_what_another_holds_compacts_nothing(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, c), ids = three
    set_phone(a, ids["people"][0], "0811111111")
    set_phone(a, ids["people"][0], "0812222222")
    set_phone(b, ids["people"][2], "0833333333")  # not yet at a
    assert a.write(lambda uow: compact(uow, [b.known(), c.known()])) == 0
