"""What merging produces fits the model: seminars with one code from two offices, people merged
on one copy (or into each other on two), and what the desk, the lists and the badges then show."""

from __future__ import annotations

from typing import Any

import pytest
from sync_copies import DAY1, DAY2, Copy, everyone_with_everyone

from organiser.core.errors import UserError
from organiser.services.desk import (
    editing as desk_checkin,
)
from organiser.services.desk import (
    exports as desk_exports,
)
from organiser.services.desk import (
    reading as desk,
)
from organiser.services.events.editing import edit_event
from organiser.services.events.reading import create_event, events_sharing_a_code, list_events
from organiser.services.people.directory import DirectoryFilter, get_person
from organiser.services.people.editing import merge_people
from organiser.services.people.listing import DirectoryQuery, directory_keys, directory_page


def test_one_code_typed_at_two_offices_arrives_as_two_seminars_marked_as_sharing_it(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, _ids = three
    a, b, _c = copies
    made = [
        x.write(lambda uow, n=n: create_event(uow, f"เวทีจังหวัด {n}", DAY1, DAY2, code="south-70").id)
        for n, x in enumerate((a, b))
    ]
    everyone_with_everyone(copies)
    for copy in copies:
        assert copy.raw("SELECT count(*) FROM sync_waiting") == [(0,)]
        groups = copy.read(events_sharing_a_code)
        assert [sorted(e.id for e in g) for g in groups] == [sorted(made)]
        rows = {r.id: r for r in copy.read(list_events)}
        assert rows[made[0]].code_shared and rows[made[1]].code_shared
        assert not any(r.code_shared for i, r in rows.items() if i not in made)
    # this copy still refuses the code typed again …
    with pytest.raises(UserError, match="south-70"):
        a.write(lambda uow: create_event(uow, "อีกเวที", DAY1, DAY2, code="south-70"))
    # … but the seminars that share it can still be edited, and one given a new code
    a.write(lambda uow: edit_event(uow, made[0], title="เวทีจังหวัดพัทลุง"))
    a.write(lambda uow: edit_event(uow, made[1], code="south-70b"))
    assert a.read(events_sharing_a_code) == []


def _seen(
    copy: Copy, event: str, people: set[str]
) -> tuple[list[tuple[str, tuple[Any, ...]]], int]:
    def look(uow: Any) -> tuple[list[tuple[str, tuple[Any, ...]]], int]:
        rows = [
            (r.person_id, r.checked_in_days)
            for r in desk.list_registrations(uow, event)
            if r.person_id in people
        ]
        return rows, desk.desk_counts(uow, event, DAY1).checked_in

    return copy.read(look)


def test_a_merge_of_two_people_leaves_check_ins_as_they_were_and_counts_them_once_everywhere(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, c = copies
    event = ids["event"]
    keep, duplicate, _other = ids["people"]
    # the duplicate was checked in on day 2 as well, at another desk
    b.write(
        lambda uow: desk_checkin.register_walk_in(
            uow, event, desk_checkin.WalkIn("", "", ""), DAY2, existing_person_id=duplicate
        )
    )
    everyone_with_everyone(copies)
    check_ins_before = sorted(a.raw("SELECT id, registration_id FROM check_in"))
    here_before = _seen(a, event, {keep, duplicate})[1]
    a.write(lambda uow: merge_people(uow, keep, duplicate))
    everyone_with_everyone(copies)
    for copy in copies:
        assert sorted(copy.raw("SELECT id, registration_id FROM check_in")) == check_ins_before
        assert copy.raw("PRAGMA foreign_key_check") == []
        rows, here = _seen(copy, event, {keep, duplicate})
        assert rows == [(keep, (DAY1, DAY2))]  # one person, the check-ins of both
        assert here == here_before - 1  # two people checked in on day 1 are one now
        assert copy.read(lambda uow: get_person(uow, duplicate).id) == keep  # type: ignore[union-attr]
        badges = copy.read(lambda uow: desk_exports.badge_list(uow, event))
        assert len(badges) == len(ids["people"]) - 1
    # nothing in the change log rewrote a check-in: each was sent once, when it happened
    assert a.raw("SELECT count(*) FROM sync_change WHERE tbl = 'check_in'") == [
        (len(check_ins_before),)
    ]
    # the duplicate's printed badge still scans, and finds the person merged into
    code = c.raw(
        "SELECT code FROM registration WHERE person_id = ? AND event_id = ?", duplicate, event
    )[0][0]
    found = c.write(lambda uow: desk_checkin.check_in_by_code(uow, event, code, DAY2))
    assert found.person_id == keep and found.is_repeat


def test_a_chain_of_merges_is_read_as_the_last_person(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, _b, _c = copies
    event = ids["event"]
    first, second, third = ids["people"]
    a.write(lambda uow: merge_people(uow, second, third))
    a.write(lambda uow: merge_people(uow, first, second))
    rows, _here = _seen(a, event, set(ids["people"]))
    assert rows == [(first, (DAY1,))]
    assert a.read(lambda uow: get_person(uow, third).id) == first  # type: ignore[union-attr]
    matches = a.read(lambda uow: desk.search_registrations(uow, event, "สมชาย", DAY1))
    assert [m.person_id for m in matches] == [first]
    # the People page's "registered for this seminar" shows the one person, with a status
    query = DirectoryQuery(filter=DirectoryFilter(event_id=event), status_event_id=event)
    shown = a.read(lambda uow: directory_page(uow, directory_keys(uow, query).ids, event))
    assert [(r.id, r.status) for r in shown if r is not None] == [(first, "walk_in")]


def test_two_people_merged_into_each_other_on_two_copies_are_one_person_on_every_copy(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, _c = copies
    event = ids["event"]
    one, two, _three = ids["people"]
    a.write(lambda uow: merge_people(uow, one, two))
    b.write(lambda uow: merge_people(uow, two, one))
    everyone_with_everyone(copies)
    seen = [_seen(copy, event, {one, two}) for copy in copies]
    assert seen[0] == seen[1] == seen[2]
    rows, _here = seen[0]
    assert rows == [(min(one, two), (DAY1,))]
