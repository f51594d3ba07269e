"""Check-in, undo and walk-ins on the demo seminar's real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from organiser.core.errors import NotFound, UserError
from organiser.domain.desk import CheckIn, CheckInKind, CheckInMethod, Registration
from organiser.domain.people import Person
from organiser.services import settings as settings_service
from organiser.services.demo import DAY1, DAY2
from organiser.services.desk import editing as desk_checkin
from organiser.services.desk import reading as desk
from organiser.services.desk.editing import WalkIn
from organiser.services.events.reading import resolve_event
from organiser.store.db import Store


@pytest.fixture
def event_id(demo_store: Store) -> str:
    with demo_store.writer() as uow:
        settings_service.put(uow, settings_service.DESK_NAME, "โต๊ะ 3")
        uow.commit()
    with demo_store.reader() as uow:
        return resolve_event(uow, "south-2550").id


def not_here(store: Store, event_id: str, day: dt.date) -> desk.RegistrationRow:
    with store.reader() as uow:
        return desk.expected_not_here(uow, event_id, day)[0]


def test_check_in_is_stored_with_desk_and_counted(demo_store: Store, event_id: str) -> None:
    row = not_here(demo_store, event_id, DAY2)
    with demo_store.reader() as uow:
        before = desk.desk_counts(uow, event_id, DAY2)
    with demo_store.writer() as uow:
        result = desk_checkin.check_in(uow, row.id, DAY2)
        uow.commit()
    assert result.name == row.name and not result.is_repeat and result.warning() == ""
    assert result.desk == "โต๊ะ 3"
    with demo_store.reader() as uow:
        stored = uow.session.get(CheckIn, result.check_in_id)
        assert stored is not None and stored.desk == "โต๊ะ 3" and stored.day == DAY2
        after = desk.desk_counts(uow, event_id, DAY2)
        assert row.id not in {r.id for r in desk.expected_not_here(uow, event_id, DAY2)}
    assert after.checked_in == before.checked_in + 1
    assert after.expected_here == before.expected_here + 1


def test_second_check_in_same_day_is_stored_and_warned(demo_store: Store, event_id: str) -> None:
    row = not_here(demo_store, event_id, DAY1)
    with demo_store.writer() as uow:
        first = desk_checkin.check_in(uow, row.id, DAY1)
        uow.commit()
    with demo_store.writer() as uow:
        second = desk_checkin.check_in(uow, row.id, DAY1, method=CheckInMethod.SCAN)
        uow.commit()
    assert second.is_repeat and second.already_at == first.at
    assert "Already checked in on 30 Jan 2007 at" in second.warning()
    with demo_store.reader() as uow:
        rows = uow.session.scalars(select(CheckIn).where(CheckIn.registration_id == row.id)).all()
        counts = desk.desk_counts(uow, event_id, DAY1)
        days = desk.checked_in_days(uow, event_id)
    assert len(rows) == 2  # both events are kept …
    assert days[row.id] == {DAY1}  # … and shown as one
    assert counts.checked_in == len(
        days.keys() & {r.id for r in desk_rows(demo_store, event_id, DAY1)}
    )


def desk_rows(store: Store, event_id: str, day: dt.date) -> list[desk.RegistrationRow]:
    with store.reader() as uow:
        return [r for r in desk.list_registrations(uow, event_id) if day in r.checked_in_days]


def test_undo_is_a_new_row_and_cannot_be_repeated(demo_store: Store, event_id: str) -> None:
    row = not_here(demo_store, event_id, DAY2)
    with demo_store.writer() as uow:
        done = desk_checkin.check_in(uow, row.id, DAY2)
        uow.commit()
    with demo_store.writer() as uow:
        undo = desk_checkin.undo_check_in(uow, done.check_in_id)
        uow.commit()
    assert undo.undone_id == done.check_in_id and undo.name == row.name
    with demo_store.reader() as uow:
        kinds = [
            (c.kind, c.undoes_id)
            for c in uow.session.scalars(select(CheckIn).where(CheckIn.registration_id == row.id))
        ]
        assert (CheckInKind.UNDO, done.check_in_id) in kinds and len(kinds) == 2
        assert row.id in {r.id for r in desk.expected_not_here(uow, event_id, DAY2)}
    with demo_store.writer() as uow, pytest.raises(UserError, match="already been undone"):
        desk_checkin.undo_check_in(uow, done.check_in_id)


def test_any_check_in_can_be_cancelled_with_a_reason(demo_store: Store, event_id: str) -> None:
    with demo_store.reader() as uow:
        a, b = desk.expected_not_here(uow, event_id, DAY2)[:2]
    with demo_store.writer() as uow:
        wrong = desk_checkin.check_in(uow, a.id, DAY2)
        right = desk_checkin.check_in(uow, b.id, DAY2)
        uow.commit()
    with demo_store.writer() as uow:  # the earlier one, not the latest
        undo = desk_checkin.undo_check_in(
            uow, wrong.check_in_id, reason="  เลือก\nคนผิด ", event_id=event_id
        )
        uow.commit()
    assert undo.undone_id == wrong.check_in_id and undo.reason == "เลือก คนผิด"
    with demo_store.reader() as uow:
        listed = desk.list_check_ins(uow, event_id, day=DAY2)
        one = desk.list_check_ins(uow, event_id, registration_id=a.id)
        here = desk.active_check_ins(uow, event_id, DAY2)
    assert [e.id for e in listed[:2]] == [right.check_in_id, wrong.check_in_id]  # newest first
    assert not listed[0].cancelled and listed[1].cancelled
    assert listed[1].cancel_reason == "เลือก คนผิด" and listed[1].name == a.name
    assert [e.id for e in one] == [wrong.check_in_id]
    assert a.id not in here and b.id in here
    with demo_store.writer() as uow, pytest.raises(NotFound, match="not one of this event"):
        desk_checkin.undo_check_in(uow, right.check_in_id, event_id="another-event")


def test_check_in_by_code_as_a_scanner_types_it(demo_store: Store, event_id: str) -> None:
    row = not_here(demo_store, event_id, DAY2)
    with demo_store.writer() as uow:
        result = desk_checkin.check_in_by_code(uow, event_id, f" {row.code.lower()}\n", DAY2)
        uow.commit()
    assert result.registration_id == row.id and result.method == CheckInMethod.SCAN
    with demo_store.writer() as uow, pytest.raises(NotFound, match="ZZZZZZZZ"):
        desk_checkin.check_in_by_code(uow, event_id, "ZZZZZZZZ", DAY2)


def test_a_day_outside_the_event_is_refused(demo_store: Store, event_id: str) -> None:
    row = not_here(demo_store, event_id, DAY2)
    with demo_store.writer() as uow, pytest.raises(UserError, match="not a day of this event"):
        desk_checkin.check_in(uow, row.id, dt.date(2007, 2, 1))


def test_search_finds_thai_substrings_nicknames_phones_and_codes(
    demo_store: Store, event_id: str
) -> None:
    with demo_store.reader() as uow:
        person = uow.session.scalars(
            select(Person).join(Registration).where(Person.nickname != "", Person.phone != "")
        ).first()
        assert person is not None
        reg = uow.session.scalars(
            select(Registration).where(Registration.person_id == person.id)
        ).one()

        def ids(text: str) -> set[str]:
            return {m.person_id for m in desk.search_registrations(uow, event_id, text, DAY1)}

        assert person.id in ids(person.given_name[1:4])  # inside a Thai word
        assert person.id in ids(f"{person.given_name} {person.family_name[:2]}")
        assert person.id in ids(person.nickname)
        assert person.id in ids(person.phone[-4:])
        assert person.id in ids(f"{person.phone[:3]}-{person.phone[3:6]}")
        first = desk.search_registrations(uow, event_id, reg.code.lower(), DAY1)[0]
        assert first.registration_id == reg.id
        assert desk.search_registrations(uow, event_id, "   ", DAY1) == []
        assert desk.search_registrations(uow, event_id, "ไม่มีชื่อนี้เลย", DAY1) == []


def test_walk_in_registers_and_checks_in_in_one_go(demo_store: Store, event_id: str) -> None:
    form = WalkIn(
        "นาง",
        "บุปผา",
        "ใหม่มาก",
        "๐๘๑-๙๙๙-๐๐๐๑",
        organisation_name="กลุ่มใหม่ที่ไม่มีมาก่อน",
        province="จ.สงขลา",
    )
    with demo_store.reader() as uow:
        assert desk_checkin.likely_duplicates(uow, event_id, form) == []
        before = desk.desk_counts(uow, event_id, DAY2)
    with demo_store.writer() as uow:
        result = desk_checkin.register_walk_in(uow, event_id, form, DAY2)
        uow.commit()
    assert result.name == "นางบุปผา ใหม่มาก" and result.method == CheckInMethod.WALK_IN
    assert result.status == "walk_in" and result.province == "สงขลา"
    with demo_store.reader() as uow:
        person = uow.session.get(Person, result.person_id)
        assert person is not None and person.phone == "0819990001"
        assert person.organisation is not None and person.organisation.name == "กลุ่มใหม่ที่ไม่มีมาก่อน"
        after = desk.desk_counts(uow, event_id, DAY2)
    assert after.walk_ins == before.walk_ins + 1 and after.checked_in == before.checked_in + 1


def test_likely_duplicates_by_phone_and_by_similar_name(demo_store: Store, event_id: str) -> None:
    with demo_store.reader() as uow:
        person = uow.session.scalars(
            select(Person).where(Person.organisation_id.is_not(None), Person.phone != "")
        ).first()
        assert person is not None and person.organisation is not None
        by_phone = WalkIn("", "ใครก็ไม่รู้", "", person.phone[:3] + " " + person.phone[3:])
        found = desk_checkin.likely_duplicates(uow, event_id, by_phone)
        assert [d.person_id for d in found] == [person.id] and found[0].reason == "phone"
        typo = person.family_name[:-1] + ("า" if person.family_name[-1] != "า" else "ี")
        by_name = WalkIn("", person.given_name, typo, organisation_id=person.organisation_id)
        found = desk_checkin.likely_duplicates(uow, event_id, by_name)
        assert person.id in [d.person_id for d in found]
        assert found[0].registration_id is not None  # already registered: check them in instead
        elsewhere = WalkIn("", person.given_name, typo, organisation_name="องค์กรอื่นโดยสิ้นเชิง")
        assert person.id not in [
            d.person_id for d in desk_checkin.likely_duplicates(uow, event_id, elsewhere)
        ]


def test_walk_in_can_use_an_existing_person(demo_store: Store, event_id: str) -> None:
    with demo_store.reader() as uow:
        outsider = uow.session.scalars(
            select(Person).where(~Person.id.in_(select(Registration.person_id)))
        ).first()
    if outsider is None:  # everyone in the demo is registered: make one who is not
        with demo_store.writer() as uow:
            outsider = Person(given_name="ทดสอบ", family_name="ไม่ได้ลงทะเบียน")
            uow.session.add(outsider)
            uow.commit()
    with demo_store.writer() as uow:
        result = desk_checkin.register_walk_in(
            uow, event_id, WalkIn("", "", ""), DAY1, existing_person_id=outsider.id
        )
        uow.commit()
    assert result.person_id == outsider.id and result.status == "walk_in"


def test_walk_in_needs_a_name(demo_store: Store, event_id: str) -> None:
    with demo_store.writer() as uow, pytest.raises(UserError, match="given name"):
        desk_checkin.register_walk_in(uow, event_id, WalkIn("นาย", " ", ""), DAY1)


def test_counts_by_province_add_up(demo_store: Store, event_id: str) -> None:
    with demo_store.reader() as uow:
        counts = desk.desk_counts(uow, event_id, DAY1)
        missing = desk.expected_not_here(uow, event_id, DAY1)
    assert counts.expected == sum(p.expected for p in counts.by_province)
    assert counts.checked_in == sum(p.here for p in counts.by_province)
    assert counts.not_here == len(missing) > 0
    assert [r.sort_key for r in missing] == sorted(r.sort_key for r in missing)


def test_check_in_for_a_session_of_the_day(demo_store: Store, event_id: str) -> None:
    with demo_store.reader() as uow:
        sessions = desk.sessions_of_day(uow, event_id, DAY2)
    assert sessions and [s.starts_at for s in sessions] == sorted(s.starts_at for s in sessions)
    row = not_here(demo_store, event_id, DAY2)
    with demo_store.writer() as uow:
        result = desk_checkin.check_in(uow, row.id, DAY2, session_id=sessions[1].id)
        uow.commit()
    with demo_store.reader() as uow:
        stored = uow.session.get(CheckIn, result.check_in_id)
        assert stored is not None and stored.session_id == sessions[1].id


def test_a_scanner_typing_under_the_thai_keyboard_layout_still_gives_the_code() -> None:
    # Shift+A..Z and the digits 2–9 as the Kedmanee layout turns them into Thai characters
    assert desk.scanned_code("ฤฺฉฏ/-ภถ") == "ABCD2345"
    assert desk.scanned_code("ฎโฌ็๋ษ?์") == "EFGHJKMN"
    assert desk.scanned_code('ญ๐ฑฆธ๊ฮ"') == "PQRSTUVW"
    assert desk.scanned_code(")ํ(ุึคต2") == "XYZ67892"
    assert desk.scanned_code(" u5gaq4nn ") == "U5GAQ4NN"
    assert desk.scanned_code("สมชาย") is None and desk.scanned_code("ใจดี") is None
    assert desk.scanned_code("0812345678") is None  # phone digits are no code (0 and 1)
