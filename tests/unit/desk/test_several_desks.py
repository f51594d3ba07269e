"""Several desks at one venue, each a copy of the data in its own folder, exchanging real change
files: a repeat check-in names the desk that made the first, the same new person walking in
at two desks is offered for merging, and the end of the day lists the desks not received."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from organiser.domain.desk import CheckIn
from organiser.services import settings
from organiser.services.desk import editing as desk
from organiser.services.desk.reading import desk_counts
from organiser.services.events.reading import create_event
from organiser.services.people.editing import PersonRecord, merge_people, save_person
from organiser.services.people.invitations import invite
from organiser.services.sync import copies, exchange
from organiser.services.sync.desks import desks_not_received, where_first_checked_in
from organiser.services.sync.walk_in_pairs import walk_ins_from_two_desks
from organiser.store.db import Store
from organiser.store.opening import open_store

TODAY = dt.date.today()


class Desk:
    def __init__(self, tmp_path: Path, name: str, desk_name: str) -> None:
        self.folder = tmp_path / name
        self.store = open_store(self.folder)
        with self.store.writer() as uow:
            settings.set_office(uow, "สำนักงานภาคใต้", "Phatthalung")
            settings.put(uow, settings.DESK_NAME, desk_name)
            uow.commit()

    def card(self) -> Path:
        path = self.folder.parent / f"{self.folder.name}.card"
        copies.write_card(self.store, path)
        return path

    def send_to(self, other: Desk) -> None:
        path = self.folder.parent / f"from-{self.folder.name}-{id(other)}.orgsync"
        exchange.send(self.store, path)
        other.receive(path)

    def receive(self, path: Path) -> None:
        exchange.receive(self.store, [path])


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[Desk, Desk, str, str]]:
    """Desk A holds the seminar (today) with one invited person; desk B received it."""
    a, b = Desk(tmp_path, "a", "โต๊ะ 1"), Desk(tmp_path, "b", "โต๊ะ 2")
    copies.trust_card(a.store, b.card())
    copies.trust_card(b.store, a.card())
    with a.store.writer() as uow:
        event = create_event(uow, "เวทีองค์กรการเงินชุมชนภาคใต้", TODAY, TODAY, venue="พัทลุง")
        uow.flush()
        person = save_person(
            uow, PersonRecord(given_name="สมชาย", family_name="ใจดี", phone="0812345678")
        )
        invite(uow, event.id, [person])
        uow.commit()
        event_id = event.id
    a.send_to(b)
    yield a, b, event_id, person
    a.store.dispose()
    b.store.dispose()


def check_in(store: Store, event_id: str, person_id: str) -> desk.CheckInResult:
    with store.writer() as uow:
        result = where_first_checked_in(uow, desk.check_in_person(uow, event_id, person_id, TODAY))
        uow.commit()
    return result


def test_a_repeat_check_in_names_the_desk_that_checked_the_person_in_first(
    desks: tuple[Desk, Desk, str, str],
) -> None:
    a, b, event_id, person = desks
    first = check_in(b.store, event_id, person)
    assert first.warning() == ""
    b.send_to(a)

    second = check_in(a.store, event_id, person)

    time = desk.local_time_text(first.at)
    assert second.warning() == f"Already checked in at desk 2 at {time}."
    assert second.already_elsewhere and second.already_desk == "โต๊ะ 2"
    with a.store.reader() as uow:  # a warning, not a refusal: both records kept, counted once
        assert uow.session.scalar(select(func.count()).select_from(CheckIn)) == 2
        assert desk_counts(uow, event_id, TODAY).checked_in == 1


def test_a_desk_of_the_same_name_on_another_laptop_is_still_another_desk(
    desks: tuple[Desk, Desk, str, str],
) -> None:
    a, b, event_id, person = desks
    with b.store.writer() as uow:
        settings.put(uow, settings.DESK_NAME, "โต๊ะ 1")  # both laptops named alike
        uow.commit()
    check_in(b.store, event_id, person)
    b.send_to(a)
    assert "at desk 1 at" in check_in(a.store, event_id, person).warning()


def test_a_repeat_at_the_same_desk_says_only_the_time(
    desks: tuple[Desk, Desk, str, str],
) -> None:
    a, _b, event_id, person = desks
    first = check_in(a.store, event_id, person)
    again = check_in(a.store, event_id, person)
    assert not again.already_elsewhere
    assert again.warning() == f"Already checked in today at {desk.local_time_text(first.at)}."


def test_a_desk_without_a_name_is_called_by_the_computer_name(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c")
    with store.reader() as uow:
        assert desk.desk_name(uow) == settings.computer_name() != ""
    store.dispose()


def walk_in(store: Store, event_id: str, given: str, phone: str) -> desk.CheckInResult:
    with store.writer() as uow:
        form = desk.WalkIn("นาย", given, "มาใหม่", phone=phone, organisation_name="กลุ่มออมทรัพย์")
        result = desk.register_walk_in(uow, event_id, form, TODAY)
        uow.commit()
    return result


def test_the_same_new_person_walking_in_at_two_desks_is_offered_for_merging(
    desks: tuple[Desk, Desk, str, str],
) -> None:
    a, b, event_id, _person = desks
    at_a = walk_in(a.store, event_id, "สมปอง", "0899999999")
    at_b = walk_in(b.store, event_id, "สมปอง", "089-999-9999")
    walk_in(b.store, event_id, "ประยุทธ", "0877777777")  # someone else: not offered
    a.send_to(b)
    b.send_to(a)

    for copy in (a, b):
        with copy.store.reader() as uow:
            pairs = walk_ins_from_two_desks(uow, event_id)
            assert [{p.first.person_id, p.second.person_id} for p in pairs] == [
                {at_a.person_id, at_b.person_id}
            ]
            assert {pairs[0].first.desk, pairs[0].second.desk} == {"โต๊ะ 1", "โต๊ะ 2"}
            assert pairs[0].reason == "phone"
            # both registrations kept, and until merged both count
            assert desk_counts(uow, event_id, TODAY).walk_ins == 3

    with a.store.writer() as uow:
        merge_people(uow, at_a.person_id, at_b.person_id)
        uow.commit()
    with a.store.reader() as uow:
        assert walk_ins_from_two_desks(uow, event_id) == []
        assert desk_counts(uow, event_id, TODAY).walk_ins == 2  # counted once, both check-ins


def test_walk_ins_of_one_desk_are_not_offered_again(
    desks: tuple[Desk, Desk, str, str],
) -> None:
    a, _b, event_id, _person = desks
    walk_in(a.store, event_id, "สมปอง", "0899999999")
    walk_in(a.store, event_id, "สมปอง", "0899999999")
    with a.store.reader() as uow:
        assert walk_ins_from_two_desks(uow, event_id) == []


def test_the_end_of_the_day_lists_desks_whose_changes_were_not_received_lately(
    desks: tuple[Desk, Desk, str, str],
) -> None:
    a, b, event_id, person = desks
    check_in(a.store, event_id, person)  # this desk's own: never listed
    with a.store.reader() as uow:
        assert desks_not_received(uow, event_id, TODAY) == []
    later = check_in(b.store, event_id, person)
    b.send_to(a)
    now = dt.datetime.now(dt.UTC)
    with a.store.reader() as uow:
        assert desks_not_received(uow, event_id, TODAY, now) == []  # just received
        late = desks_not_received(uow, event_id, TODAY, now + dt.timedelta(hours=2))
    assert [(d.name, d.check_ins) for d in late] == [("โต๊ะ 2", 1)]
    assert late[0].last_check_in_at == later.at
    assert late[0].last_received_at is not None


@pytest.mark.parametrize(
    ("name", "called"),
    [("โต๊ะ 2", "2"), ("Desk 2", "2"), ("โต๊ะหน้า", "หน้า"), ("โต๊ะ", "โต๊ะ"), ("ห้องประชุม", "ห้องประชุม")],
)
def test_a_desk_is_called_without_the_word_desk(name: str, called: str) -> None:
    assert desk.desk_called(name) == called
