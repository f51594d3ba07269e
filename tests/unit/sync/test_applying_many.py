"""Receiving many changes at once (a busy office's month) is applied table by table, with the
search triggers set aside: the copy must come out exactly as applying each row alone leaves
it — the same rows, conflicts, waiting rows, and the same people found by a search."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
from sync_copies import DAY1, Copy, copy_of, exchange, set_phone

from organiser import sync
from organiser.services.desk import editing as desk_checkin
from organiser.services.people.directory import get_person
from organiser.services.people.editing import (
    PersonRecord,
    delete_person,
    get_organisation,
    save_organisation,
    save_person,
)
from organiser.services.people.search import search_people
from organiser.services.safety.privacy import erase_person
from organiser.sync import merge, recompute, set_aside

NEW_PEOPLE = 260  # more than set_aside.LARGE: the search triggers are set aside


def _people_search(copy: Copy, typed: str) -> list[str]:
    return sorted(r.id for r in copy.read(lambda uow: search_people(uow, typed, limit=1000)))


def _search_index(copy: Copy) -> list[tuple[Any, ...]]:
    return sorted(copy.raw("SELECT person_id, body FROM person_search_doc"))


def _state(copy: Copy) -> dict[str, Any]:
    return {
        "rows": copy.snapshot(),
        "conflicts": copy.conflicts(),
        "waiting": sorted(copy.raw("SELECT tbl, row_id FROM sync_waiting")),
        "index": _search_index(copy),
        "triggers": sorted(copy.raw("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")),
    }


def _twin(copy: Copy, folder: Path) -> Copy:
    """Another copy holding exactly what `copy` holds (its database file copied)."""
    copy.raw("PRAGMA wal_checkpoint(TRUNCATE)")
    return copy_of(copy.store.data_dir, folder)


def _one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Apply as the reference does: each row read and written alone, the triggers left in."""
    monkeypatch.setattr(
        merge, "recompute_rows", functools.partial(recompute.recompute_rows, one_by_one=True)
    )
    monkeypatch.setattr(set_aside, "LARGE", 10**9)


def _a_busy_month(a: Copy, b: Copy, ids: dict[str, Any]) -> None:
    """Office a: hundreds of new people, edits, an organisation renamed, a deletion, an
    erasure, check-ins; office b meanwhile edits one of the same phones (a conflict)."""
    people = ids["people"]

    def many(uow: Any) -> None:
        for i in range(NEW_PEOPLE):
            save_person(
                uow,
                PersonRecord(
                    given_name=f"ผู้มาใหม่{i}",
                    family_name="ทดสอบรับ",
                    phone=f"08{i:08d}",
                    organisation="กองทุนหมู่บ้าน",
                ),
            )

    a.write(many)

    def edits(uow: Any) -> None:
        record = get_person(uow, people[0])
        assert record is not None
        record.given_name, record.phone = "สมชาติ", "0899999999"
        save_person(uow, record)
        delete_person(uow, people[1])
        erase_person(uow, people[2])
        org_id = uow.session.connection().exec_driver_sql("SELECT id FROM organisation").scalar()
        org = get_organisation(uow, org_id)
        assert org is not None
        org.name = "กองทุนหมู่บ้านบ้านควนเนียง"
        save_organisation(uow, org)

    a.write(edits)
    for pid in people[:1]:
        a.write(
            lambda uow, pid=pid: desk_checkin.register_walk_in(
                uow, ids["event"], desk_checkin.WalkIn("", "", ""), DAY1, existing_person_id=pid
            )
        )
    set_phone(b, people[0], "0877777777")


def test_a_large_receive_leaves_the_copy_as_applying_each_row_alone_would(
    three: tuple[list[Copy], dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (a, b, _c), ids = three
    _a_busy_month(a, b, ids)
    reference = _twin(b, tmp_path / "b-reference")
    try:
        changes = a.since(b.known())
        assert len(changes) > NEW_PEOPLE
        got = b.apply(changes)
        with monkeypatch.context() as m:
            _one_by_one(m)
            expected = reference.apply(changes)
        assert (got.new_changes, got.rows_written, got.rows_waiting) == (
            expected.new_changes,
            expected.rows_written,
            expected.rows_waiting,
        )
        assert _state(b) == _state(reference)
        assert len(b.conflicts()) == 1  # the phone both offices edited
    finally:
        reference.close()


def test_people_received_in_bulk_are_found_by_search_under_their_new_names(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    triggers = sorted(b.raw("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    _a_busy_month(a, b, ids)
    exchange(a, b)
    assert len(_people_search(b, "ผู้มาใหม่")) == NEW_PEOPLE
    assert _people_search(b, "สมชาติ") == [ids["people"][0]]
    assert _people_search(b, "ควนเนียง")  # the organisation's new name is in its people's text
    assert _people_search(b, "รักถิ่น") == []  # deleted
    assert _people_search(b, "ขยันยิ่ง") == []  # erased: no trace in the index either
    assert not [body for _p, body in _search_index(b) if "ขยันยิ่ง" in body]
    # the triggers are back, exactly as they were: a person saved afterwards is found too
    assert sorted(b.raw("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) == triggers
    b.write(lambda uow: save_person(uow, PersonRecord(given_name="หลังรับ", family_name="ค้นได้")))
    assert len(_people_search(b, "หลังรับ")) == 1


def test_a_received_registration_whose_code_is_taken_here_waits_and_the_rest_go_in(
    three: tuple[list[Copy], dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (a, b, _c), ids = three
    for given in ("เดินเข้าหนึ่ง", "เดินเข้าสอง", "เดินเข้าสาม"):
        a.write(
            lambda uow, given=given: desk_checkin.register_walk_in(
                uow, ids["event"], desk_checkin.WalkIn("นาย", given, "ทดสอบ", ""), DAY1
            )
        )
    taken = a.raw(
        "SELECT r.code FROM registration r JOIN person p ON p.id = r.person_id "
        "WHERE p.given_name = 'เดินเข้าสอง'"
    )[0][0]

    def take_the_code(uow: Any) -> None:  # b gave one of its own registrations that code
        uow.session.connection().exec_driver_sql(
            "UPDATE registration SET code = ? WHERE person_id = ?", (taken, ids["people"][0])
        )

    b.write(take_the_code)
    reference = _twin(b, tmp_path / "b-reference")
    try:
        changes = a.since(b.known())
        got = b.apply(changes)
        with monkeypatch.context() as m:
            _one_by_one(m)
            expected = reference.apply(changes)
        assert got == expected
        # the registration waits, and its check-in with it, until the model allows both
        assert sorted(t for t, _r in b.raw("SELECT tbl, row_id FROM sync_waiting")) == [
            "check_in",
            "registration",
        ]
        assert _state(b) == _state(reference)
        names = {r[0] for r in b.raw("SELECT given_name FROM person")}
        assert {"เดินเข้าหนึ่ง", "เดินเข้าสอง", "เดินเข้าสาม"} <= names
        assert b.raw("SELECT count(*) FROM registration WHERE code = ?", taken) == [(1,)]
    finally:
        reference.close()


def test_applying_the_same_large_batch_again_changes_nothing(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    (a, b, _c), ids = three
    _a_busy_month(a, b, ids)
    changes = a.since(b.known())
    b.apply(changes)
    before = _state(b)
    again = b.write(lambda uow: sync.apply(uow, changes))
    assert again.new_changes == 0
    assert _state(b) == before
