"""Search: Thai substrings, nicknames, phone fragments in any format, organisations; Thai order."""

from __future__ import annotations

import pytest

from organiser.services.people.directory import PersonRecord
from organiser.services.people.editing import (
    OrganisationRecord,
    delete_person,
    save_organisation,
    save_person,
)
from organiser.services.people.rows import list_organisations, list_people
from organiser.services.people.search import parse_query, rebuild_search_index, search_people


@pytest.fixture
def people(store):  # type: ignore[no-untyped-def]
    with store.writer() as uow:
        org = save_organisation(
            uow, OrganisationRecord(name="กองทุนสวัสดิการชุมชนตำบลนาโหนด", short_name="กสช.นาโหนด")
        )
        ids = {
            "somchai": save_person(uow, PersonRecord(title="นาย", given_name="สมชาย", family_name="ใจดี",
                                                     nickname="ต้อม", phone="081-234-5678", organisation_id=org)),
            "somying": save_person(uow, PersonRecord(title="นาง", given_name="สมหญิง", family_name="รักษ์ถิ่น",
                                                     nickname="หญิง", phone="0899876543")),
            "ekachai": save_person(uow, PersonRecord(given_name="เอกชัย", family_name="แก้วมณี",
                                                     email="ekachai@example.org")),
            "john": save_person(uow, PersonRecord(given_name="John", family_name="Smith", phone="+66 74 123 456")),
        }  # fmt: skip
        uow.commit()
    return ids


def find(store, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    with store.reader() as uow:
        return [r.id for r in search_people(uow, text)]


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("ใจดี", "somchai"),  # a Thai substring that is the family name
        ("ต้อม", "somchai"),  # nickname
        ("5678", "somchai"),  # last digits
        ("081-234", "somchai"),  # formatted fragment
        ("๐๘๑๒๓๔", "somchai"),  # Thai digits
        ("+66 81 234", "somchai"),  # international form
        ("นาโหนด", "somchai"),  # organisation name
        ("กสช", "somchai"),  # organisation short form
        ("รักษ์ถิ่น", "somying"),
        ("แก้ว", "ekachai"),
        ("ekachai@", "ekachai"),
        ("smith", "john"),  # Latin, any case
        ("074123", "john"),
    ],
)
def test_finds(store, people, query: str, who: str) -> None:
    assert find(store, query) == [people[who]]


def test_a_name_typed_with_its_title_attached_is_found(store, people) -> None:
    # as invitation lists write names: the title and the given name in one word
    assert find(store, "นายสมชาย ใจดี") == [people["somchai"]]
    assert find(store, "นางสมหญิง") == [people["somying"]]
    assert find(store, "นายสมหมาย") == []  # nobody of that name: nothing guessed


def test_several_words_must_all_match(store, people) -> None:
    assert find(store, "สมชาย ใจดี") == [people["somchai"]]
    assert find(store, "ใจดี สม") == [people["somchai"]]
    assert find(store, "สม ไม่มี") == []


def test_one_and_two_character_queries(store, people) -> None:
    assert set(find(store, "สม")) == {people["somchai"], people["somying"]}
    assert people["john"] in find(store, "j")


def test_name_prefix_ranks_first(store, people) -> None:
    assert find(store, "สม")[0] in (people["somchai"], people["somying"])
    assert find(store, "หญิง")[0] == people["somying"]


def test_deleted_people_are_not_found(store, people) -> None:
    with store.writer() as uow:
        delete_person(uow, people["somchai"])
        uow.commit()
    assert find(store, "ใจดี") == []


def test_edits_and_organisation_renames_reach_the_index(store, people) -> None:
    with store.writer() as uow:
        record = PersonRecord(id=people["somying"], given_name="สมหญิง", family_name="ทองคำ",
                              phone="0899876543")  # fmt: skip
        save_person(uow, record)
        uow.commit()
    assert find(store, "รักษ์ถิ่น") == [] and find(store, "ทองคำ") == [people["somying"]]
    from organiser.services.people.editing import get_organisation

    with store.writer() as uow:
        org = get_organisation(uow, list_organisations(uow)[0].id)
        assert org is not None
        org.name, org.short_name = "สหกรณ์ออมทรัพย์บ้านควน", "สอ.ควน"
        save_organisation(uow, org)
        uow.commit()
    assert find(store, "นาโหนด") == [] and find(store, "บ้านควน") == [people["somchai"]]


def test_rebuild_gives_the_same_answers(store, people) -> None:
    with store.writer() as uow:
        assert rebuild_search_index(uow) == 4
        uow.commit()
    assert find(store, "ใจดี") == [people["somchai"]]


def test_queries_that_are_not_words(store, people) -> None:
    for text in ("", "   ", '"', "'; DROP TABLE person; --", "NEAR(", "*", "a OR b", "\u200b"):
        find(store, text)  # never raises
    assert parse_query("081-234 5678").indexed == ("0812345678",)


def test_people_list_is_in_thai_dictionary_order(store) -> None:
    names = ["ไพโรจน์", "กมล", "เกษม", "ขวัญใจ", "แก้ว", "โกวิท", "ฮานีฟะ", "อำนาจ"]
    with store.writer() as uow:
        for n in names:
            save_person(uow, PersonRecord(given_name=n))
        uow.commit()
    with store.reader() as uow:
        ordered = [r.given_name for r in list_people(uow)]
    # leading vowels are skipped: เกษม, แก้ว and โกวิท sort under ก, ไพโรจน์ under พ
    assert ordered == ["กมล", "เกษม", "แก้ว", "โกวิท", "ขวัญใจ", "ไพโรจน์", "อำนาจ", "ฮานีฟะ"]
