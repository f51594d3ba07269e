"""Editing, soft deletion with restore, and merging duplicates with both histories kept."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from organiser.core.errors import UserError
from organiser.domain.agenda import SessionPerson
from organiser.domain.desk import CheckIn, Registration
from organiser.domain.people import Person
from organiser.domain.plans import Action, TeamMember
from organiser.services.agenda.reading import list_sessions
from organiser.services.desk.reading import list_registrations
from organiser.services.people.directory import PersonRecord, get_person
from organiser.services.people.editing import (
    OrganisationRecord,
    delete_organisation,
    delete_person,
    merge_organisations,
    merge_people,
    recently_deleted,
    restore_organisation,
    restore_person,
    save_organisation,
    save_person,
)
from organiser.services.people.listing import DirectoryQuery, directory_keys
from organiser.services.people.rows import list_organisations, list_people
from organiser.services.plans.detail import action_detail
from organiser.services.plans.teams import list_teams


def test_save_normalises_phone_and_province(store) -> None:
    with store.writer() as uow:
        pid = save_person(uow, PersonRecord(title="นางสาว", given_name=" มาลี ", family_name="ศรีสุข",
                                            phone="๐๘๑ ๒๓๔ ๕๖๗๘", province="จ.พัทลุง",
                                            organisation="กลุ่มออมทรัพย์บ้านนา"))  # fmt: skip
        uow.commit()
    with store.reader() as uow:
        person = get_person(uow, pid)
        assert person is not None
        assert (person.given_name, person.phone, person.province) == ("มาลี", "0812345678", "พัทลุง")
        assert person.phone_display == "081-234-5678"
        assert person.organisation == "กลุ่มออมทรัพย์บ้านนา"  # created from the typed name
        assert [o.name for o in list_organisations(uow)] == ["กลุ่มออมทรัพย์บ้านนา"]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (PersonRecord(given_name=""), "given name"),
        (PersonRecord(given_name="ก", phone="1234"), "not a Thai phone"),
        (PersonRecord(given_name="ก", email="nobody"), "not an e-mail"),
        (PersonRecord(given_name="ก", province="Atlantis"), "not a Thai province"),
        (PersonRecord(given_name="ก", village_no="สาม"), "village number"),
        (PersonRecord(given_name="ก" * 121), "too long"),
    ],
)
def test_impossible_values_are_refused(store, record: PersonRecord, message: str) -> None:
    with pytest.raises(UserError, match=message), store.writer() as uow:
        save_person(uow, record)


def test_delete_and_restore(store) -> None:
    with store.writer() as uow:
        pid = save_person(uow, PersonRecord(given_name="ลบ", family_name="ได้"))
        oid = save_organisation(uow, OrganisationRecord(name="องค์กรชั่วคราว"))
        delete_person(uow, pid)
        delete_organisation(uow, oid)
        uow.commit()
    with store.reader() as uow:
        assert list_people(uow) == [] and list_organisations(uow) == []
        assert {r.label for r in recently_deleted(uow)} == {"ลบ ได้", "องค์กรชั่วคราว"}
    with store.writer() as uow:
        restore_person(uow, pid)
        restore_organisation(uow, oid)
        uow.commit()
    with store.reader() as uow:
        assert [p.id for p in list_people(uow)] == [pid]
        assert recently_deleted(uow) == []


def test_merge_keeps_both_histories(demo_store) -> None:
    with demo_store.writer() as uow:
        s = uow.session
        role = s.scalars(select(SessionPerson)).first()
        member = s.scalars(select(TeamMember)).first()
        assert role is not None and member is not None
        loser = role.person
        survivor = Person(given_name="ซ้ำ", family_name="คนเดียวกัน", phone="", nickname="")
        survivor.refresh_sort_key()
        s.add(survivor)
        s.flush()
        # the loser also leads a team and owns an action
        member.person_id = loser.id
        action = s.scalars(select(Action)).first()
        assert action is not None
        action.owner_person_id = loser.id
        # both are registered for the same seminar; the loser was checked in there
        reg_loser = s.scalars(
            select(Registration).where(Registration.person_id == loser.id)
        ).first()
        assert reg_loser is not None
        reg_survivor = Registration(event_id=reg_loser.event_id, person_id=survivor.id)
        s.add(reg_survivor)
        s.flush()
        s.add(CheckIn(registration_id=reg_loser.id, day=dt.date(2007, 1, 30)))
        s.flush()
        loser_checkins = len(
            s.scalars(select(CheckIn).where(CheckIn.registration_id == reg_loser.id)).all()
        )
        uow.commit()
        ids = (survivor.id, loser.id, reg_survivor.id, action.id, role.id, member.id)
        reg_loser_id, event_id = reg_loser.id, reg_loser.event_id
    survivor_id, loser_id, _reg_survivor_id, action_id, role_id, member_id = ids
    with demo_store.writer() as uow:
        result = merge_people(uow, survivor_id, loser_id)
        uow.commit()
    assert result.moved_roles >= 1 and result.moved_actions >= 1
    with demo_store.reader() as uow:
        s = uow.session
        loser_row = s.get(Person, loser_id)
        assert loser_row is not None and loser_row.merged_into_id == survivor_id
        assert loser_row.deleted_at is not None
        # roles and memberships are not rewritten: their lists read them as the survivor's
        role_row = s.get(SessionPerson, role_id)
        assert role_row is not None and role_row.person_id == loser_id
        assert s.get(TeamMember, member_id).person_id == loser_id  # type: ignore[union-attr]
        sessions = list_sessions(uow, role_row.session.event_id)
        named = {p.person_id for row in sessions for p in row.participants}
        assert survivor_id in named and loser_id not in named
        members = {m.person_id for t in list_teams(uow) for m in t.members}
        assert survivor_id in members and loser_id not in members
        assert s.get(Action, action_id).owner_person_id == loser_id  # type: ignore[union-attr]
        assert action_detail(uow, action_id).owner_person_id == survivor_id
        # check-ins are facts: not rewritten, and they count for the survivor
        checkins = s.scalars(select(CheckIn).where(CheckIn.registration_id == reg_loser_id)).all()
        assert len(checkins) == loser_checkins
        listed = [r for r in list_registrations(uow, event_id) if r.person_id in ids[:2]]
        assert len(listed) == 1 and listed[0].person_id == survivor_id  # counted once
        assert dt.date(2007, 1, 30) in listed[0].checked_in_days
        assert get_person(uow, loser_id).id == survivor_id  # type: ignore[union-attr]
        survivor = get_person(uow, survivor_id)
        assert survivor is not None and survivor.phone  # filled from the duplicate
        assert loser_id not in directory_keys(uow, DirectoryQuery()).ids
        # merged records are not offered for restoring
        assert loser_id not in {r.id for r in recently_deleted(uow)}
    with pytest.raises(UserError), demo_store.writer() as uow:
        restore_person(uow, loser_id)


def test_merge_refuses_the_same_person(store) -> None:
    with store.writer() as uow:
        pid = save_person(uow, PersonRecord(given_name="หนึ่ง"))
        with pytest.raises(UserError):
            merge_people(uow, pid, pid)


def test_merge_organisations_moves_members(store) -> None:
    with store.writer() as uow:
        a = save_organisation(uow, OrganisationRecord(name="กองทุนหมู่บ้านควน", issue_tags=["การเงิน"]))
        b = save_organisation(uow, OrganisationRecord(name="กองทุนหมู่บ้าน ควน", short_name="กทบ.ควน",
                                                      issue_tags=["สวัสดิการ"]))  # fmt: skip
        save_person(uow, PersonRecord(given_name="สมาชิก", organisation_id=b))
        merge_organisations(uow, a, b)
        uow.commit()
    with store.reader() as uow:
        (org,) = list_organisations(uow)
        assert (org.id, org.short_name, org.members) == (a, "กทบ.ควน", 1)
        assert list_people(uow)[0].organisation == "กองทุนหมู่บ้านควน"
