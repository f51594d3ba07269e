"""People typed into a session who are not in the directory: likely matches, then creation."""

from __future__ import annotations

import pytest

from organiser.core.errors import UserError
from organiser.domain.agenda import SessionRole
from organiser.services.agenda.reading import load_agenda
from organiser.services.agenda.speakers import NewPerson, likely_matches, set_session_people
from organiser.services.events.reading import list_events
from organiser.services.people.search import search_people
from organiser.store.db import Store


def test_likely_matches_leave_the_title_out_and_put_the_same_name_first(
    demo_store: Store,
) -> None:
    with demo_store.reader() as uow:
        assert [r.full_name for r in likely_matches(uow, "คุณรัชนี อาแว")] == ["นางสาวรัชนี อาแว"]
        # a family name mistyped: the people with that given name are still offered
        assert "นางสาวรัชนี อาแว" in [r.full_name for r in likely_matches(uow, "รัชนี อาแวะ")]
        assert len(likely_matches(uow, "นายธีระ", limit=3)) == 3
        assert likely_matches(uow, "  ") == []


def test_a_new_person_in_two_roles_is_created_once_with_the_session(demo_store: Store) -> None:
    guest = NewPerson("ดร.สมศักดิ์ ใจงาม", "ผู้อำนวยการ")
    with demo_store.writer() as uow:
        event_id = list_events(uow)[0].id
        session = load_agenda(uow, event_id).sessions[2]
        kept = [(p.person_id, SessionRole(p.role)) for p in session.participants]
        created = set_session_people(
            uow, session.id, [*kept, (guest, SessionRole.SPEAKER), (guest, SessionRole.PANELIST)]
        )
        uow.commit()
    assert len(created) == 1
    with demo_store.reader() as uow:
        [person] = search_people(uow, "สมศักดิ์ ใจงาม")
        people = load_agenda(uow, event_id).session(session.id).participants
    assert person.id == created[0] and person.title == "ดร." and person.position == "ผู้อำนวยการ"
    assert [(p.person_id, p.role) for p in people][-2:] == [
        (person.id, "speaker"),
        (person.id, "panelist"),
    ]


def test_a_new_person_needs_a_name_and_nothing_is_saved_without_one(demo_store: Store) -> None:
    with demo_store.writer() as uow:
        session = load_agenda(uow, list_events(uow)[0].id).sessions[2]
        with pytest.raises(UserError):
            set_session_people(uow, session.id, [(NewPerson("นาย", "ผู้ใหญ่บ้าน"), "speaker")])
