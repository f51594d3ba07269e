"""Correcting a seminar on a real database: edit with the programme moved, cancel, delete an
empty one, and undo each; check-ins and sessions are never stranded outside the seminar."""

from __future__ import annotations

import datetime as dt

import pytest

from organiser.core.errors import NotFound, UserError
from organiser.domain.agenda import AgendaSession
from organiser.domain.desk import Registration
from organiser.services.agenda import editing as agenda_editing
from organiser.services.agenda.reading import load_agenda
from organiser.services.desk.editing import check_in, check_in_by_code
from organiser.services.events import editing as edit
from organiser.services.events.reading import create_event, list_events, resolve_event
from organiser.store.db import Store

DAY1 = dt.date(2007, 1, 30)
DAY2 = dt.date(2007, 1, 31)


def new_event(store: Store, sessions_on: tuple[dt.date, ...] = (DAY1, DAY2)) -> str:
    with store.writer() as uow:
        event = create_event(uow, "สัมมนาภาคใต้", DAY1, DAY2, venue="พัทลุง", code="s-2550")
        for n, day in enumerate(sessions_on):
            agenda_editing.create_session(
                uow,
                event.id,
                agenda_editing.SessionDraft(day, dt.time(9 + n), dt.time(10 + n), f"ช่วงที่ {n + 1}"),
            )
        uow.commit()
        return event.id


def session_days(store: Store, event_id: str) -> list[dt.date]:
    with store.reader() as uow:
        return [s.day for s in load_agenda(uow, event_id).sessions]


def demo_event(store: Store) -> str:
    with store.reader() as uow:
        return list_events(uow)[0].id


def test_editing_title_and_venue_shows_in_the_list_and_undo_puts_them_back(store: Store) -> None:
    event_id = new_event(store)
    with store.writer() as uow:
        change = edit.edit_event(uow, event_id, title="  เวทีภาคใต้ ", venue="สงขลา")
        uow.commit()
    with store.reader() as uow:
        (row,) = list_events(uow)
    assert (row.title, row.venue) == ("เวทีภาคใต้", "สงขลา")
    with store.writer() as uow:
        edit.undo_change(uow, change)
        uow.commit()
    with store.reader() as uow:
        (row,) = list_events(uow)
    assert (row.title, row.venue) == ("สัมมนาภาคใต้", "พัทลุง")


def test_moving_the_dates_moves_the_programme_when_asked_and_undo_moves_it_back(
    store: Store,
) -> None:
    event_id = new_event(store)
    with store.writer() as uow:
        change = edit.edit_event(
            uow, event_id, starts_on=dt.date(2007, 2, 6), ends_on=dt.date(2007, 2, 7),
            move_agenda=True,
        )  # fmt: skip
        uow.commit()
    assert change.shift_days == 7 and len(change.moved_sessions) == 2
    assert session_days(store, event_id) == [dt.date(2007, 2, 6), dt.date(2007, 2, 7)]
    with store.writer() as uow:
        edit.undo_change(uow, change)
        uow.commit()
    assert session_days(store, event_id) == [DAY1, DAY2]
    with store.reader() as uow:
        (row,) = list_events(uow)
    assert (row.starts_on, row.ends_on) == (DAY1, DAY2)


def test_moving_the_dates_without_the_programme_is_refused_and_changes_nothing(
    store: Store,
) -> None:
    event_id = new_event(store)
    with store.writer() as uow, pytest.raises(UserError) as refused:
        edit.edit_event(uow, event_id, starts_on=dt.date(2007, 2, 6), ends_on=dt.date(2007, 2, 7))
    assert "2 sessions" in refused.value.message
    assert "30 Jan 2007" in refused.value.message and "Move the programme" in refused.value.message
    with store.reader() as uow:
        (row,) = list_events(uow)
    assert row.starts_on == DAY1
    assert session_days(store, event_id) == [DAY1, DAY2]


def test_shortening_a_seminar_under_its_programme_is_refused_even_when_moving(
    store: Store,
) -> None:
    event_id = new_event(store)
    for move in (False, True):
        with store.writer() as uow, pytest.raises(UserError) as refused:
            edit.edit_event(uow, event_id, ends_on=DAY1, move_agenda=move)
        assert "1 sessions (on 31 Jan 2007)" in refused.value.message
    assert session_days(store, event_id) == [DAY1, DAY2]


def test_sessions_that_stay_inside_need_no_move(store: Store) -> None:
    event_id = new_event(store, sessions_on=(DAY2,))
    with store.writer() as uow:
        edit.edit_event(uow, event_id, starts_on=DAY2, ends_on=dt.date(2007, 2, 1))
        uow.commit()
    assert session_days(store, event_id) == [DAY2]


def test_a_deleted_session_moves_with_the_programme_so_undoing_its_deletion_fits(
    store: Store,
) -> None:
    event_id = new_event(store)
    with store.writer() as uow:
        first = uow.session.query(AgendaSession).filter_by(event_id=event_id, day=DAY1).one()
        agenda_editing.delete_session(uow, first.id)
        edit.edit_event(
            uow, event_id, starts_on=dt.date(2007, 3, 1), ends_on=dt.date(2007, 3, 2),
            move_agenda=True,
        )  # fmt: skip
        agenda_editing.restore_session(uow, first.id)
        uow.commit()
    assert session_days(store, event_id) == [dt.date(2007, 3, 1), dt.date(2007, 3, 2)]


def test_with_check_ins_the_seminar_can_grow_but_not_move_away_from_them(
    demo_store: Store,
) -> None:
    event_id = demo_event(demo_store)
    with demo_store.writer() as uow, pytest.raises(UserError) as moving:
        edit.edit_event(
            uow, event_id, starts_on=dt.date(2007, 2, 6), ends_on=dt.date(2007, 2, 7),
            move_agenda=True,
        )  # fmt: skip
    assert "already been checked in" in moving.value.message
    with demo_store.writer() as uow, pytest.raises(UserError) as shortening:
        edit.edit_event(uow, event_id, starts_on=DAY2)
    assert "checked in on 30 Jan 2007" in shortening.value.message
    with demo_store.writer() as uow:  # one more day at the end: the checked-in days stay
        edit.edit_event(uow, event_id, ends_on=dt.date(2007, 2, 1))
        uow.commit()
    with demo_store.reader() as uow:
        assert list_events(uow)[0].ends_on == dt.date(2007, 2, 1)


def test_editing_to_another_events_code_is_refused(store: Store) -> None:
    event_id = new_event(store)
    with store.writer() as uow:
        create_event(uow, "อีกงาน", DAY1, DAY1, code="other")
        uow.commit()
    with store.writer() as uow, pytest.raises(UserError, match="already uses the code"):
        edit.edit_event(uow, event_id, code="other")
    with store.writer() as uow:
        edit.edit_event(uow, event_id, code="")  # clearing it is fine
        uow.commit()
        assert resolve_event(uow, event_id).code is None


def test_cancelling_keeps_everything_stops_the_desk_and_undo_reopens(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    with demo_store.reader() as uow:
        before = edit.event_content(uow, event_id)
        reg = uow.session.query(Registration).filter_by(event_id=event_id).first()
        assert reg is not None
        code = reg.code
    with demo_store.writer() as uow:
        change = edit.cancel_event(uow, event_id)
        uow.commit()
    with demo_store.reader() as uow:
        assert list_events(uow)[0].cancelled
        assert list_events(uow)[0].as_json()["cancelled"] is True
        assert edit.event_content(uow, event_id) == before
    with demo_store.writer() as uow, pytest.raises(UserError) as refused:
        check_in_by_code(uow, event_id, code, DAY1)
    assert "is cancelled" in refused.value.message and "reopen" in refused.value.message
    with demo_store.writer() as uow, pytest.raises(UserError, match="already cancelled"):
        edit.cancel_event(uow, event_id)

    with demo_store.writer() as uow:
        edit.undo_change(uow, change)
        uow.commit()
    with demo_store.writer() as uow:
        assert not list_events(uow)[0].cancelled
        assert check_in_by_code(uow, event_id, code, DAY1).check_in_id
        uow.commit()


def test_a_seminar_with_content_cannot_be_deleted(demo_store: Store) -> None:
    event_id = demo_event(demo_store)
    with demo_store.writer() as uow, pytest.raises(UserError) as refused:
        edit.delete_event(uow, event_id)
    assert "can only be cancelled" in refused.value.message
    with demo_store.reader() as uow:
        assert [e.id for e in list_events(uow)] == [event_id]


@pytest.mark.parametrize("content", ["session", "registration", "check-in"])
def test_any_content_at_all_prevents_deleting(store: Store, content: str) -> None:
    from organiser.domain.people import Person

    event_id = new_event(store, sessions_on=(DAY1,) if content == "session" else ())
    if content != "session":
        with store.writer() as uow:
            person = Person(given_name="สมชาย", family_name="ใจดี")
            uow.session.add(person)
            uow.flush()
            reg = Registration(event_id=event_id, person_id=person.id)
            uow.session.add(reg)
            uow.flush()
            if content == "check-in":
                result = check_in(uow, reg.id, DAY1)
                from organiser.services.desk.editing import undo_check_in

                undo_check_in(uow, result.check_in_id)  # undone, still the desk's record
                reg.soft_delete()
            uow.commit()
    with store.writer() as uow, pytest.raises(UserError, match="can only be cancelled"):
        edit.delete_event(uow, event_id)


def test_deleting_an_empty_seminar_keeps_the_row_and_undo_brings_it_back(store: Store) -> None:
    event_id = new_event(store, sessions_on=())
    with store.writer() as uow:
        change = edit.delete_event(uow, event_id)
        uow.commit()
    with store.reader() as uow:
        assert list_events(uow) == []
        with pytest.raises(NotFound):
            resolve_event(uow, event_id)
    with store.raw_connection() as conn:  # soft deletion: the row is still there
        assert conn.execute("SELECT deleted_at FROM event WHERE id = ?", (event_id,)).fetchone()[0]
    with store.writer() as uow:
        edit.undo_change(uow, change)
        uow.commit()
    with store.reader() as uow:
        assert [e.id for e in list_events(uow)] == [event_id]


def test_undo_is_refused_once_the_seminar_has_changed_again(store: Store) -> None:
    event_id = new_event(store)
    with store.writer() as uow:
        first = edit.edit_event(uow, event_id, title="ครั้งแรก")
        edit.edit_event(uow, event_id, title="ครั้งที่สอง")
        uow.commit()
    with store.writer() as uow, pytest.raises(UserError, match="changed since"):
        edit.undo_change(uow, first)
    with store.reader() as uow:
        assert list_events(uow)[0].title == "ครั้งที่สอง"


def test_undoing_a_longer_seminar_is_refused_once_people_checked_in_on_the_added_day(
    store: Store,
) -> None:
    from organiser.domain.people import Person

    event_id = new_event(store, sessions_on=())
    day3 = dt.date(2007, 2, 1)
    with store.writer() as uow:
        change = edit.edit_event(uow, event_id, ends_on=day3)
        person = Person(given_name="สมหญิง", family_name="ดีใจ")
        uow.session.add(person)
        uow.flush()
        reg = Registration(event_id=event_id, person_id=person.id)
        uow.session.add(reg)
        uow.flush()
        check_in(uow, reg.id, day3)
        uow.commit()
    with store.writer() as uow, pytest.raises(UserError, match="1 Feb 2007"):
        edit.undo_change(uow, change)
