"""Offices that merged the same people in opposite directions before seeing each other's
merge: after the exchange every copy shows exactly one live person, the same one (the
smallest id), and every read follows it."""

from __future__ import annotations

from typing import Any

import pytest
from sync_copies import Copy, everyone_with_everyone

from organiser.services.desk import reading as desk
from organiser.services.people.directory import PersonRecord, get_person
from organiser.services.people.editing import delete_person, merge_people, save_person
from organiser.services.people.listing import DirectoryQuery, directory_keys
from organiser.sync.merge_loops import loops


def _listed(copy: Copy, people: set[str]) -> list[str]:
    return [
        pid
        for pid in copy.read(lambda uow: directory_keys(uow, DirectoryQuery()).ids)
        if pid in people
    ]


def _followed(copy: Copy, person_id: str) -> str:
    found = copy.read(lambda uow: get_person(uow, person_id))
    assert found is not None
    return found.id


def _at_the_desk(copy: Copy, event: str, people: set[str]) -> list[str]:
    rows = copy.read(lambda uow: desk.list_registrations(uow, event))
    return [r.person_id for r in rows if r.person_id in people]


def _same_everywhere(copies: list[Copy]) -> None:
    first = copies[0].snapshot()
    for other in copies[1:]:
        assert other.snapshot() == first


def test_two_people_merged_into_each_other_leave_one_live_person_on_every_copy(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, _c = copies
    one, two, _three = ids["people"]
    a.write(lambda uow: merge_people(uow, one, two))
    b.write(lambda uow: merge_people(uow, two, one))
    everyone_with_everyone(copies)
    survivor = min(one, two)
    for copy in copies:
        assert _listed(copy, {one, two}) == [survivor]  # in the People list, once
        assert _followed(copy, one) == _followed(copy, two) == survivor
        assert _at_the_desk(copy, ids["event"], {one, two}) == [survivor]
        # the other record stays, merged into the survivor: nothing of it is lost
        assert copy.raw("SELECT merged_into_id FROM person WHERE id = ?", max(one, two)) == [
            (survivor,)
        ]
    _same_everywhere(copies)


def test_a_loop_of_three_merges_made_on_three_copies_ends_in_the_smallest_id(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, c = copies
    x, y, z = ids["people"]
    phones = dict(a.raw("SELECT id, phone FROM person WHERE id IN (?, ?, ?)", x, y, z))
    a.write(lambda uow: merge_people(uow, y, x))
    b.write(lambda uow: merge_people(uow, z, y))
    c.write(lambda uow: merge_people(uow, x, z))
    everyone_with_everyone(copies)
    survivor = min(x, y, z)
    for copy in copies:
        assert _listed(copy, {x, y, z}) == [survivor]
        assert {_followed(copy, p) for p in (x, y, z)} == {survivor}
        assert _at_the_desk(copy, ids["event"], {x, y, z}) == [survivor]
        assert copy.raw("SELECT count(*) FROM registration WHERE event_id = ?", ids["event"]) == [
            (3,)
        ]  # no registration was rewritten
        # every record's own phone is still on its row
        assert dict(copy.raw("SELECT id, phone FROM person WHERE id IN (?, ?, ?)", x, y, z)) == (
            phones
        )
    _same_everywhere(copies)
    # the person goes on: merged again on one copy, every copy follows
    newcomer = a.write(lambda uow: save_person(uow, PersonRecord(given_name="สมชาย")))
    a.write(lambda uow: merge_people(uow, newcomer, survivor))
    everyone_with_everyone(copies)
    for copy in copies:
        assert _listed(copy, {x, y, z, newcomer}) == [newcomer]
        assert {_followed(copy, p) for p in (x, y, z)} == {newcomer}
    _same_everywhere(copies)


def test_a_deletion_made_apart_from_the_merge_stands(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, _c = copies
    keep, duplicate = sorted(ids["people"][:2])
    a.write(lambda uow: merge_people(uow, keep, duplicate))
    b.write(lambda uow: merge_people(uow, duplicate, keep))
    a.write(lambda uow: delete_person(uow, keep))  # afterwards, on purpose
    everyone_with_everyone(copies)
    for copy in copies:
        assert _listed(copy, {keep, duplicate}) == []  # not brought back by the loop's end
    _same_everywhere(copies)


@pytest.mark.parametrize(
    ("parent", "expected"),
    [
        ({"x": "y", "y": "x"}, [["x", "y"]]),
        ({"a": "b", "b": "c", "c": "a", "d": "a"}, [["a", "b", "c"]]),
        ({"a": "b", "b": "c"}, []),
    ],
)
def test_loops_are_found_in_any_shape_of_merges(
    parent: dict[str, str], expected: list[list[str]]
) -> None:
    assert loops(parent) == expected
