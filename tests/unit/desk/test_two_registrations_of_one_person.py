"""After a merge, one person may hold two registrations for one seminar (two desks registered
them offline). The desk, its counts and its documents show the person once, with every
check-in of both; either printed badge scans."""

from __future__ import annotations

import datetime as dt

from organiser.domain.desk import CheckIn, Registration, RegistrationStatus
from organiser.services.desk import (
    editing as desk_checkin,
)
from organiser.services.desk import (
    exports as desk_exports,
)
from organiser.services.desk import (
    reading as desk,
)
from organiser.services.events.reading import create_event, list_events
from organiser.services.people.directory import PersonRecord
from organiser.services.people.editing import save_person
from organiser.store.db import Store

DAY1, DAY2 = dt.date(2007, 1, 30), dt.date(2007, 1, 31)


def two_desks(store: Store) -> tuple[str, str, list[Registration]]:
    with store.writer() as uow:
        event = create_event(uow, "เวทีภาคใต้", DAY1, DAY2)
        pid = save_person(uow, PersonRecord(given_name="ประเสริฐ", family_name="ใจงาม"))
        regs = [
            Registration(event_id=event.id, person_id=pid, status=RegistrationStatus.WALK_IN)
            for _desk in ("โต๊ะ 1", "โต๊ะ 2")
        ]
        uow.session.add_all(regs)
        uow.flush()
        # each desk checked them in on its own registration, one on each day (as merged rows
        # arrive: the non-canonical registration keeps its own check-in)
        first, second = sorted(regs, key=lambda r: r.id)
        uow.session.add(CheckIn(registration_id=first.id, day=DAY1))
        uow.session.add(CheckIn(registration_id=second.id, day=DAY2))
        uow.commit()
        return event.id, pid, regs


def test_the_desk_lists_counts_and_prints_the_person_once_with_both_days(store: Store) -> None:
    event, _pid, regs = two_desks(store)
    canonical = min(r.id for r in regs)
    with store.reader() as uow:
        rows = desk.list_registrations(uow, event)
        assert [(r.id, r.checked_in_days) for r in rows] == [(canonical, (DAY1, DAY2))]
        assert desk.desk_counts(uow, event, DAY1).checked_in == 1
        assert desk.desk_counts(uow, event, DAY2).walk_ins == 1
        assert desk.registration_count(uow, event) == 1
        assert [
            m.registration_id for m in desk.search_registrations(uow, event, "ประเสริฐ", DAY1)
        ] == [canonical]
        assert [e.registration_id for e in desk.list_check_ins(uow, event)] == [canonical] * 2
        # the other badge's code typed at the desk finds the one registration
        other = max(regs, key=lambda r: r.id)
        found = desk.search_registrations(uow, event, other.code, DAY1)
        assert [(m.registration_id, m.code) for m in found] == [
            (canonical, min(regs, key=lambda r: r.id).code)
        ]
        assert len(desk_exports.badge_list(uow, event)) == 1
        assert len(desk_exports.signin_lines(uow, event)) == 1
        (attendance,) = desk_exports.attendance_rows(uow, event)
        assert set(attendance.days) == {DAY1, DAY2}
        assert [r.registered for r in list_events(uow)] == [1]


def test_either_badge_scans_to_the_one_registration_and_a_second_check_in_is_a_repeat(
    store: Store,
) -> None:
    event, pid, regs = two_desks(store)
    canonical = min(r.id for r in regs)
    with store.writer() as uow:
        for reg in regs:
            result = desk_checkin.check_in_by_code(uow, event, reg.code, DAY1)
            assert (result.registration_id, result.person_id) == (canonical, pid)
            assert result.is_repeat  # the other desk's check-in of the day counts
        uow.commit()
