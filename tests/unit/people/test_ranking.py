"""One ranking for the People search and the venue desk, on real Thai names and numbers:
the registration code, the phone's last digits, the full name, the start of a name, then the rest
(the organisation last). Each query names who must come first, in both searches."""

from __future__ import annotations

import datetime as dt

import pytest

from organiser.domain.desk import Registration
from organiser.domain.events import Event
from organiser.domain.people import Organisation, Person
from organiser.services.desk.reading import clearly_best_match, search_registrations
from organiser.services.people.ranking import MatchRank, match_rank, read_typed
from organiser.services.people.search import search_people
from organiser.store.db import Store

DAY = dt.date(2007, 1, 30)

# key: (title, given, family, nickname, phone, organisation, badge code)
CAST = {
    # sorts first in Thai order (กิตติคุณ before ณ พัทลุง); her fund's name holds พัทลุง,
    # her family name an ณ, and her number *starts* with 0827
    "suda_fund": ("นาง", "สุดา", "กิตติคุณ", "", "0827114455",
                  "กองทุนสวัสดิการชุมชนตำบลควนขนุน จังหวัดพัทลุง", "H4KQ2M9X"),
    # the one whose family name is ณ พัทลุง, and whose number *ends* in 0827
    "suda_na": ("นาง", "สุดา", "ณ พัทลุง", "", "0815550827",
                "กลุ่มออมทรัพย์เพื่อการผลิตบ้านท่ามิหรำ", "R7TW3ZKP"),
    # 0827 in the middle of his number; his badge code is typed at the desk
    "somchai": ("นาย", "สมชาย", "ใจดี", "ต้อม", "0890827123",
                "สหกรณ์ออมทรัพย์บ้านควน จำกัด", "7KQ2M9XA"),
    "sudarat": ("นางสาว", "สุดารัตน์", "แก้วมณี", "ดา", "0864441234", "", "M3NP8QRS"),
    # หนึ่งฤทัย sorts before อนุชา, whose nickname is หนึ่ง
    "nueng_given": ("นางสาว", "หนึ่งฤทัย", "ศรีทองกุล", "", "0623338899", "", "W2XY4Z6A"),
    "anucha": ("นาย", "อนุชา", "ทองคำ", "หนึ่ง", "0991112222",
               "วิสาหกิจชุมชนกลุ่มหนึ่งตำบลนาโหนด", "B5CD7EFG"),
}  # fmt: skip


@pytest.fixture
def cast(store: Store) -> dict[str, str]:
    """Key → person id; everyone is registered for one seminar."""
    ids: dict[str, str] = {}
    with store.writer() as uow:
        event = Event(title="สัมมนาทดสอบ", starts_on=DAY, ends_on=DAY)
        uow.session.add(event)
        for key, (title, given, family, nick, phone, org_name, code) in CAST.items():
            org = None
            if org_name:
                org = Organisation(name=org_name)
                org.refresh_sort_key()
                uow.session.add(org)
            person = Person(title=title, given_name=given, family_name=family, nickname=nick,
                            phone=phone, organisation=org)  # fmt: skip
            person.refresh_sort_key()
            uow.session.add(person)
            uow.flush()
            uow.session.add(Registration(event_id=event.id, person_id=person.id, code=code))
            ids[key] = person.id
        uow.flush()
        ids["event"] = event.id
        uow.commit()
    return ids


@pytest.mark.parametrize(
    ("query", "first", "clear"),
    [
        ("0827", "suda_na", True),  # ends in 0827 beats starts with it and contains it
        ("๐๘๒๗", "suda_na", True),  # the same in Thai digits
        ("081-555-0827", "suda_na", True),
        ("+66 81 555 0827", "suda_na", True),
        ("สุดา ณ พัท", "suda_na", True),  # her name, not the fund in พัทลุง
        ("สุดา ณ พัทลุง", "suda_na", True),  # her whole name
        ("สุดา", "suda_fund", False),  # two are called exactly สุดา: Thai order, no winner
        ("สุดาร", "sudarat", True),
        ("หนึ่ง", "anucha", True),  # the nickname, whole, beats the start of หนึ่งฤทัย
        ("ต้อม", "somchai", True),
        ("ทองคำ", "anucha", True),
        ("สม ใจ", "somchai", True),
        ("ควนขนุน", "suda_fund", True),  # only the organisation matches
    ],
)
def test_the_best_match_comes_first_in_people_and_at_the_desk(
    store: Store, cast: dict[str, str], query: str, first: str, clear: bool
) -> None:
    with store.reader() as uow:
        people = search_people(uow, query)
        desk = search_registrations(uow, cast["event"], query, DAY)
    assert people and people[0].id == cast[first]
    assert desk and desk[0].person_id == cast[first]
    assert [r.id for r in people] == [m.person_id for m in desk]  # one ranking, the same order
    assert clearly_best_match(desk) is clear


def test_a_badge_code_is_the_best_match_at_the_desk(store: Store, cast: dict[str, str]) -> None:
    with store.reader() as uow:
        found = search_registrations(uow, cast["event"], "7kq2m9xa", DAY)
    assert found[0].person_id == cast["somchai"] and found[0].rank is MatchRank.CODE
    assert clearly_best_match(found)


def test_the_desk_matches_phone_digits_as_people_does(store: Store, cast: dict[str, str]) -> None:
    # "0827" once matched any number containing 827 (the leading zero was dropped)
    with store.reader() as uow:
        desk = {m.person_id for m in search_registrations(uow, cast["event"], "0827", DAY)}
        people = {r.id for r in search_people(uow, "0827")}
        assert desk == people == {cast["suda_fund"], cast["suda_na"], cast["somchai"]}
        assert search_registrations(uow, cast["event"], "827", DAY)  # a fragment still finds


@pytest.mark.parametrize(
    ("typed", "rank"),
    [
        ("0827", MatchRank.PHONE_END),
        ("0815550827", MatchRank.PHONE_END),
        ("0815", MatchRank.NAME_PREFIX),
        ("5550", MatchRank.OTHER),
        ("สุดา ณ พัทลุง", MatchRank.FULL_NAME),
        ("สุดา", MatchRank.FULL_NAME),
        ("สุ", MatchRank.NAME_PREFIX),
        ("พัท", MatchRank.NAME_PREFIX),  # the second word of her family name
        ("ดา", MatchRank.OTHER),
        ("r7tw3zkp", MatchRank.CODE),
    ],
)
def test_how_one_person_matches(typed: str, rank: MatchRank) -> None:
    got = match_rank(
        read_typed(typed), title="นาง", given_name="สุดา", family_name="ณ พัทลุง", nickname="",
        phone="0815550827", code="R7TW3ZKP",
    )  # fmt: skip
    assert got is rank


def test_a_number_ending_in_the_digits_is_found_past_a_full_page_of_numbers_starting_with_them(
    store: Store, cast: dict[str, str]
) -> None:
    with store.reader() as uow:  # a page of one: the number starting with 0827 fills it
        assert [r.id for r in search_people(uow, "0827", limit=1)] == [cast["suda_na"]]
