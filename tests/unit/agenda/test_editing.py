"""Editing the programme on a real database: ripple, moves, people, rooms, copying."""

from __future__ import annotations

import datetime as dt

import pytest

from organiser.core.errors import UserError
from organiser.domain.agenda import SessionKind, SessionRole
from organiser.domain.agenda_conflicts import ConflictKind
from organiser.services.agenda import editing as edit
from organiser.services.agenda.reading import load_agenda
from organiser.services.events.reading import create_event, list_events
from organiser.services.people.rows import list_people
from organiser.store.db import Store

DAY1 = dt.date(2007, 1, 30)
DAY2 = dt.date(2007, 1, 31)


def t(text: str) -> dt.time:
    h, m = map(int, text.split("."))
    return dt.time(h, m)


def demo_event(store: Store) -> str:
    with store.reader() as uow:
        return list_events(uow)[0].id


def times(store: Store, event_id: str, day: dt.date) -> list[tuple[str, str, str]]:
    with store.reader() as uow:
        agenda = load_agenda(uow, event_id)
    return [
        (s.starts_at.strftime("%H.%M"), s.ends_at.strftime("%H.%M"), s.title)
        for s in agenda.on(day)
    ]


def test_demo_agenda_has_no_conflicts(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, demo_event(demo_store))
    assert len(agenda.sessions) == 20
    assert agenda.conflicts == {}


def test_lengthening_a_session_with_ripple_moves_the_later_ones(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    before = times(demo_store, event_id, DAY1)
    opening = before[1]
    assert opening[:2] == ("09.00", "09.30")
    with demo_store.writer() as uow:
        session_id = load_agenda(uow, event_id).on(DAY1)[1].id
        result = edit.update_session(uow, session_id, {"ends_at": t("09.45")}, ripple=True)
        uow.commit()
    after = times(demo_store, event_id, DAY1)
    assert after[0] == before[0]  # registration before it stays
    assert after[1][:2] == ("09.00", "09.45")
    assert after[2][:2] == ("09.45", "10.45")
    assert after[-1][:2] == ("16.45", "17.15")
    assert len(result.shifted) == len(before) - 2
    assert times(demo_store, event_id, DAY2)[0][:2] == ("08.30", "09.00")  # other day untouched
    with demo_store.reader() as uow:
        assert load_agenda(uow, event_id).conflicts == {}


def test_without_ripple_a_longer_session_overlaps_and_shows_it(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    with demo_store.writer() as uow:
        session_id = load_agenda(uow, event_id).on(DAY1)[1].id
        edit.update_session(uow, session_id, {"ends_at": t("09.45")})
        uow.commit()
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, event_id)
    kinds = {c.kind for c in agenda.conflicts[session_id]}
    assert kinds == {ConflictKind.ROOM_OVERLAP}
    # shortening it instead leaves a gap that is reported on the next session
    with demo_store.writer() as uow:
        edit.update_session(uow, session_id, {"ends_at": t("09.20")})
        uow.commit()
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, event_id)
    next_id = agenda.on(DAY1)[2].id
    assert [c.reason for c in agenda.conflicts[next_id]] == [
        "10 min gap after “พิธีเปิดและชี้แจงวัตถุประสงค์การสัมมนา”."
    ]


def test_ripple_past_midnight_is_refused_and_nothing_changes(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    before = times(demo_store, event_id, DAY1)
    with pytest.raises(UserError), demo_store.writer() as uow:
        session_id = load_agenda(uow, event_id).on(DAY1)[0].id
        edit.update_session(uow, session_id, {"ends_at": t("23.30")}, ripple=True)
        uow.commit()
    assert times(demo_store, event_id, DAY1) == before


def test_move_up_and_down_swaps_places_in_time(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    with demo_store.writer() as uow:
        third = load_agenda(uow, event_id).on(DAY1)[2]  # 09.30–10.30 talk
        assert edit.move_session(uow, third.id, -1)
        uow.commit()
    after = times(demo_store, event_id, DAY1)
    assert after[1] == ("09.00", "10.00", third.title)
    assert after[2] == ("10.00", "10.30", "พิธีเปิดและชี้แจงวัตถุประสงค์การสัมมนา")
    with demo_store.writer() as uow:
        first = load_agenda(uow, event_id).on(DAY1)[0]
        assert not edit.move_session(uow, first.id, -1)


def test_duplicate_delete_restore_and_move_to_another_day(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    with demo_store.writer() as uow:
        panel = next(s for s in load_agenda(uow, event_id).sessions if s.kind == "panel")
        copy_id = edit.duplicate_session(uow, panel.id)
        uow.commit()
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, event_id)
    copy = agenda.session(copy_id)
    assert copy.title == panel.title and copy.starts_at == panel.ends_at
    assert copy.minutes == panel.minutes and copy.participants == panel.participants
    with demo_store.writer() as uow:
        edit.move_to_day(uow, copy_id, DAY2)
        uow.commit()
    with demo_store.reader() as uow:
        assert load_agenda(uow, event_id).session(copy_id).day == DAY2
    with demo_store.writer() as uow:
        edit.delete_session(uow, copy_id)
        uow.commit()
    with demo_store.reader() as uow:
        assert copy_id not in {s.id for s in load_agenda(uow, event_id).sessions}
    with demo_store.writer() as uow:
        edit.restore_session(uow, copy_id)
        uow.commit()
    with demo_store.reader() as uow:
        assert copy_id in {s.id for s in load_agenda(uow, event_id).sessions}


def test_people_in_roles_can_be_changed_and_a_double_booking_appears(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    with demo_store.writer() as uow:
        agenda = load_agenda(uow, event_id)
        group = next(s for s in agenda.on(DAY1) if s.kind == "group_work")
        someone = list_people(uow)[5]
        edit.set_people(uow, group.id, [(someone.id, SessionRole.SPEAKER)])
        uow.commit()
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, event_id)
    assert [(p.person_id, p.role) for p in agenda.session(group.id).participants] == [
        (someone.id, "speaker")
    ]
    # put the same person in a parallel session in another room
    with demo_store.writer() as uow:
        rooms = load_agenda(uow, event_id).rooms
        other = edit.create_session(
            uow, event_id,
            edit.SessionDraft(DAY1, t("13.30"), t("14.00"), "กลุ่มย่อยสวัสดิการ", SessionKind.GROUP_WORK,
                              room_id=rooms[-1].id, people=((someone.id, SessionRole.FACILITATOR),)),
        )  # fmt: skip
        uow.commit()
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, event_id)
    assert {c.kind for c in agenda.conflicts[other]} == {ConflictKind.PERSON_TWICE}
    # taking them off, then back, restores rather than duplicates
    with demo_store.writer() as uow:
        edit.set_people(uow, group.id, [])
        edit.set_people(uow, group.id, [(someone.id, SessionRole.SPEAKER)])
        uow.commit()
    with demo_store.reader() as uow:
        assert len(load_agenda(uow, event_id).session(group.id).participants) == 1


def test_rooms_with_capacity_and_one_main_room(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    with demo_store.writer() as uow:
        room_id = edit.add_room(uow, event_id, "  ห้องประชุม  ชั้น 2 ", 60, is_main=True)
        uow.commit()
    with demo_store.reader() as uow:
        rooms = load_agenda(uow, event_id).rooms
    assert rooms[0].id == room_id and rooms[0].name == "ห้องประชุม ชั้น 2"
    assert rooms[0].capacity == 60 and [r.is_main for r in rooms].count(True) == 1
    with pytest.raises(UserError, match="already has a room"), demo_store.writer() as uow:
        edit.add_room(uow, event_id, "ห้องย่อย 1")
    with pytest.raises(UserError), demo_store.writer() as uow:
        edit.add_room(uow, event_id, "ห้องใหม่", -5)
    with demo_store.writer() as uow:
        used = next(r for r in load_agenda(uow, event_id).rooms if r.name == "ห้องย่อย 1")
        assert edit.delete_room(uow, used.id) == 1
        uow.commit()
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, event_id)
    assert "ห้องย่อย 1" not in {r.name for r in agenda.rooms}
    assert all(s.room != "ห้องย่อย 1" for s in agenda.sessions)


def test_blank_title_is_refused(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    with pytest.raises(UserError, match="needs a title"), demo_store.writer() as uow:
        edit.create_session(uow, event_id, edit.SessionDraft(DAY1, t("17.00"), t("18.00"), "   "))


def test_copy_from_a_previous_event_shifts_dates_across_a_month_end(demo_store: Store) -> None:
    source_id = demo_event(demo_store)
    with demo_store.writer() as uow:
        # the demo runs 30–31 January; the next one 28 February – 1 March (2008 is a leap year:
        # use 2007, so the second day is 1 March)
        target = create_event(uow, "สัมมนาครั้งที่ 2", dt.date(2007, 2, 28), dt.date(2007, 3, 1))
        count = edit.copy_agenda(uow, source_id, target.id)
        uow.commit()
        target_id = target.id
    assert count == 20
    with demo_store.reader() as uow:
        copied = load_agenda(uow, target_id)
        original = load_agenda(uow, source_id)
    assert {s.day for s in copied.sessions} == {dt.date(2007, 2, 28), dt.date(2007, 3, 1)}
    assert [(s.starts_at, s.title) for s in copied.on(dt.date(2007, 3, 1))] == [
        (s.starts_at, s.title) for s in original.on(DAY2)
    ]
    assert copied.conflicts == {}
    # rooms: the main room maps onto the new event's main hall, the others are added
    assert [r.is_main for r in copied.rooms].count(True) == 1
    assert {"ห้องย่อย 1", "ห้องย่อย 2", "ห้องย่อย 3"} <= {r.name for r in copied.rooms}
    panel = next(s for s in copied.sessions if s.kind == "panel")
    assert len(panel.participants) == 5
    with pytest.raises(UserError, match="already has 20 sessions"), demo_store.writer() as uow:
        edit.copy_agenda(uow, source_id, target_id)
    with demo_store.writer() as uow:
        assert edit.copy_agenda(uow, source_id, target_id, replace=True) == 20
        uow.commit()
    with demo_store.reader() as uow:
        assert len(load_agenda(uow, target_id).sessions) == 20
