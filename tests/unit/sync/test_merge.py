"""Merging changes between copies: last writer wins per field, concurrent disagreement is a
conflict shown to a person, sequential edits never conflict, whatever the laptops' clocks say."""

from __future__ import annotations

from typing import Any

from sync_copies import DAY1, Copy, everyone_with_everyone, exchange, phone_of, set_phone

from organiser import sync
from organiser.services.desk import editing as desk_checkin
from organiser.services.desk import reading as desk
from organiser.services.people.directory import get_person
from organiser.services.people.editing import (
    OrganisationRecord,
    PersonRecord,
    save_organisation,
    save_person,
)

HOURS = 3_600_000


def test_the_same_field_edited_on_two_copies_unseen_is_a_conflict_shown_on_both(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    person = ids["people"][0]
    set_phone(a, person, "0811111111")
    set_phone(b, person, "0822222222")
    exchange(a, b)
    exchange(b, a)
    assert phone_of(a, person) == phone_of(b, person)
    found = a.conflicts()
    assert found == b.conflicts() and len(found) == 1
    conflict = found[0]
    assert (conflict.tbl, conflict.row_id, conflict.col) == ("person", person, "phone")
    assert {conflict.kept_value, conflict.other_value} == {"0811111111", "0822222222"}
    assert conflict.kept_value == phone_of(a, person)
    copy_ids = {x.raw("SELECT copy_id FROM sync_copy")[0][0] for x in (a, b)}
    assert {conflict.kept_by, conflict.other_by} == copy_ids  # who made each value


def test_different_fields_of_one_person_edited_on_two_copies_both_stay_without_conflict(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    person = ids["people"][1]
    set_phone(a, person, "0811111111")

    def rename(uow: Any) -> None:
        record = get_person(uow, person)
        assert record is not None
        record.nickname = "ศรี"
        save_person(uow, record)

    b.write(rename)
    exchange(a, b)
    exchange(b, a)
    for copy in (a, b):
        assert copy.raw("SELECT phone, nickname FROM person WHERE id = ?", person) == [
            ("0811111111", "ศรี")
        ]
        assert copy.conflicts() == []


def test_an_edit_made_after_seeing_another_wins_without_conflict_even_from_a_slow_clock(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, c), ids = three
    person = ids["people"][0]
    a.skew_ms = 5 * HOURS  # a laptop five hours ahead
    b.skew_ms = -5 * HOURS  # and one five hours behind
    set_phone(a, person, "0811111111")
    exchange(a, b)
    set_phone(b, person, "0822222222")  # b saw a's edit, then changed it
    everyone_with_everyone([a, b, c])
    for copy in (a, b, c):
        assert phone_of(copy, person) == "0822222222"
        assert copy.conflicts() == []


def test_the_clock_never_goes_behind_a_stamp_it_has_applied(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    a.skew_ms = 10 * HOURS
    set_phone(a, ids["people"][0], "0811111111")
    exchange(a, b)
    set_phone(b, ids["people"][1], "0822222222")
    stamps_a = max(a.known().values())
    stamps_b = max(b.known().values())
    assert stamps_b[:16] > stamps_a[:16]  # b's own newest change sorts after a's


def test_a_resolving_edit_settles_the_conflict_on_every_copy(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, c = copies
    person = ids["people"][2]
    set_phone(a, person, "0811111111")
    set_phone(b, person, "0822222222")
    everyone_with_everyone(copies)
    assert all(len(x.conflicts()) == 1 for x in copies)
    set_phone(c, person, "0833333333")  # the person at c chose a third value
    assert c.conflicts() == []
    everyone_with_everyone(copies)
    for copy in copies:
        assert phone_of(copy, person) == "0833333333" and copy.conflicts() == []


def test_a_batch_applied_twice_or_in_reverse_order_changes_nothing(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, c), ids = three
    set_phone(a, ids["people"][0], "0811111111")
    first = a.since(b.known())
    set_phone(a, ids["people"][0], "0812222222")
    a.write(lambda uow: save_organisation(uow, OrganisationRecord(name="สหกรณ์ออมทรัพย์")))
    second = a.since(b.known())
    b.apply(second)
    b.apply(first)
    c.apply(first)
    c.apply(second)
    before = b.snapshot()
    log = b.raw("SELECT count(*) FROM sync_change")
    again = b.apply(second)
    assert again.new_changes == 0 and again.rows_written == 0
    assert b.snapshot() == before == c.snapshot() == a.snapshot()
    assert b.raw("SELECT count(*) FROM sync_change") == log
    assert phone_of(b, ids["people"][0]) == "0812222222"


def test_a_check_in_whose_registration_has_not_arrived_waits_and_then_is_applied(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    form = desk_checkin.WalkIn("นาง", "บุญมี", "มีสุข", "0845678901")
    a.write(lambda uow: desk_checkin.register_walk_in(uow, ids["event"], form, DAY1))
    changes = a.since(b.known())
    facts = [ch for ch in changes if ch.tbl == "check_in"]
    rest = [ch for ch in changes if ch.tbl != "check_in"]
    waiting = b.apply(facts)
    assert waiting.rows_waiting == 1
    count_before = b.raw("SELECT count(*) FROM check_in")[0][0]
    assert count_before == a.raw("SELECT count(*) FROM check_in")[0][0] - 1
    done = b.apply(rest)
    assert done.rows_waiting == 0
    assert b.raw("SELECT count(*) FROM check_in")[0][0] == count_before + 1
    assert b.snapshot() == a.snapshot()
    assert b.raw("PRAGMA foreign_key_check") == []


def test_changes_received_are_not_captured_again_as_this_copys_own(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    set_phone(a, ids["people"][0], "0811111111")
    exchange(a, b)
    b_id = b.raw("SELECT copy_id FROM sync_copy")[0][0]
    assert b.raw("SELECT count(*) FROM sync_change WHERE substr(stamp, 17) = ?", b_id) == [(0,)]
    assert b.raw("SELECT count(*) FROM sync_pending") == [(0,)]


def test_the_same_known_person_walking_in_at_two_desks_offline_keeps_both_check_ins(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, _c = copies
    pid = a.write(lambda uow: save_person(uow, PersonRecord(given_name="ประเสริฐ")))
    everyone_with_everyone(copies)
    before = a.read(lambda uow: desk.desk_counts(uow, ids["event"], DAY1))
    form = desk_checkin.WalkIn("", "", "")
    results = [
        x.write(
            lambda uow: desk_checkin.register_walk_in(
                uow, ids["event"], form, DAY1, existing_person_id=pid
            )
        )
        for x in (a, b)
    ]
    made = [r.check_in_id for r in results]
    everyone_with_everyone(copies)
    for copy in copies:
        held = {r[0] for r in copy.raw("SELECT id FROM check_in")}
        assert set(made) <= held
        assert copy.raw("PRAGMA foreign_key_check") == []
        assert copy.raw("SELECT count(*) FROM registration WHERE person_id = ?", pid) == [(2,)]
        assert copy.raw("SELECT count(*) FROM sync_waiting") == [(0,)]

        def seen(uow: Any) -> tuple[int, int, list[str], list[str]]:
            rows = desk.list_registrations(uow, ids["event"])
            counts = desk.desk_counts(uow, ids["event"], DAY1)
            codes = [
                desk_checkin.check_in_by_code(uow, ids["event"], r.code, DAY1).registration_id
                for r in results
            ]
            return (
                counts.checked_in,
                counts.walk_ins,
                [r.id for r in rows if r.person_id == pid],
                codes,
            )

        here, walk_ins, listed, scanned = copy.write(seen)
        assert len(listed) == 1  # the person is listed once …
        assert (here, walk_ins) == (before.checked_in + 1, before.walk_ins + 1)  # … counted once
        assert scanned == listed * 2  # either printed badge finds the one registration


def test_an_edit_in_the_same_transaction_as_the_creation_reaches_the_other_copies(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), _ids = three

    def create_then_correct(uow: Any) -> str:
        pid = save_person(uow, PersonRecord(given_name="วิไล", phone="0811111111"))
        record = get_person(uow, pid)
        assert record is not None
        record.phone = "0822222222"  # the desk corrected it before saving
        save_person(uow, record)
        return pid

    pid = a.write(create_then_correct)
    exchange(a, b)
    assert phone_of(b, pid) == "0822222222"
    assert b.snapshot() == a.snapshot()


def test_keeping_the_value_already_shown_settles_the_conflict_on_every_copy(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, _c = copies
    person = ids["people"][1]
    set_phone(a, person, "0811111111")
    set_phone(b, person, "0822222222")
    everyone_with_everyone(copies)
    [conflict] = a.conflicts()
    a.write(lambda uow: sync.resolve(uow, "person", person, "phone", conflict.kept_value))
    assert a.conflicts() == []
    everyone_with_everyone(copies)
    for copy in copies:
        assert copy.conflicts() == [] and phone_of(copy, person) == conflict.kept_value
