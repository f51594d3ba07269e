"""The people directory as the view pages through it: filters, sorting and pages in SQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from organiser.core.i18n import use_language
from organiser.core.provinces import province_label
from organiser.core.thaitext import thai_sort_key
from organiser.domain.desk import Registration, RegistrationRole, RegistrationStatus
from organiser.domain.labels import label
from organiser.domain.people import Organisation, Person
from organiser.services.people.directory import DirectoryFilter, DirectoryRow
from organiser.services.people.editing import delete_person
from organiser.services.people.listing import (
    SORTS,
    DirectoryQuery,
    directory_keys,
    directory_page,
    keys_statement,
)
from organiser.services.people.search import search_people
from organiser.store.db import Store


def _all_rows(store: Store, query: DirectoryQuery) -> list[DirectoryRow]:
    with store.reader() as uow:
        ids = directory_keys(uow, query).ids
        rows = directory_page(uow, ids, query.status_event_id)
    assert None not in rows
    return [r for r in rows if r is not None]


def test_everyone_in_thai_name_order(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        keys = directory_keys(uow, DirectoryQuery())
        people = uow.session.scalars(
            select(Person).where(Person.deleted_at.is_(None), Person.merged_into_id.is_(None))
        ).all()
    assert keys.total == len(people) == len(keys.ids) == 124
    by_id = {p.id: p for p in people}
    sort_keys = [by_id[i].sort_key for i in keys.ids]
    assert sort_keys == sorted(sort_keys)


def test_a_page_keeps_the_order_asked_and_marks_the_missing(demo_store: Store, event_id) -> None:
    with demo_store.reader() as uow:
        ids = directory_keys(uow, DirectoryQuery()).ids
        wanted = [ids[7], "no-such-person", ids[3]]
        rows = directory_page(uow, wanted, event_id)
        reg = uow.session.scalars(
            select(Registration).where(
                Registration.person_id == ids[7], Registration.event_id == event_id
            )
        ).first()
    assert rows[1] is None
    assert rows[0] is not None and rows[0].id == ids[7]
    assert rows[2] is not None and rows[2].id == ids[3]
    assert rows[0].status == (reg.status.value if reg else "")


def test_deleted_people_are_not_listed(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        victim = directory_keys(uow, DirectoryQuery()).ids[0]
    with demo_store.writer() as uow:
        delete_person(uow, victim)
        uow.commit()
    with demo_store.reader() as uow:
        keys = directory_keys(uow, DirectoryQuery())
    assert victim not in keys.ids and keys.total == 123


def test_filters_match_the_records(demo_store: Store, event_id) -> None:
    with demo_store.reader() as uow:
        s = uow.session
        people = s.scalars(select(Person).where(Person.deleted_at.is_(None))).all()
        orgs = {o.id: o for o in s.scalars(select(Organisation))}
        regs = {
            r.person_id: r
            for r in s.scalars(
                select(Registration).where(
                    Registration.event_id == event_id, Registration.deleted_at.is_(None)
                )
            )
        }
    kinds = {p.id: orgs[p.organisation_id].kind.value for p in people if p.organisation_id}
    tags = {p.id: orgs[p.organisation_id].issue_tags or [] for p in people if p.organisation_id}
    cases = [
        (DirectoryFilter(province="พัทลุง"), {p.id for p in people if p.province == "พัทลุง"}),
        (DirectoryFilter(organisation_kind="network"),
         {i for i, k in kinds.items() if k == "network"}),
        (DirectoryFilter(issue_tag="สวัสดิการ"), {i for i, t in tags.items() if "สวัสดิการ" in t}),
        (DirectoryFilter(event_id=event_id), set(regs)),
        (DirectoryFilter(status="declined"),
         {i for i, r in regs.items() if r.status is RegistrationStatus.DECLINED}),
    ]  # fmt: skip
    for criteria, expected in cases:
        with demo_store.reader() as uow:
            query = DirectoryQuery(filter=criteria, status_event_id=event_id)
            found = directory_keys(uow, query).ids
        assert expected and set(found) == expected, criteria
        assert len(found) == len(set(found))  # nobody twice
    with demo_store.reader() as uow:
        both = DirectoryFilter(province="พัทลุง", status="declined")
        found = directory_keys(uow, DirectoryQuery(filter=both, status_event_id=event_id)).ids
    assert set(found) == cases[0][1] & cases[4][1]


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("sort", [s for s in SORTS if s])
def test_every_column_sorts_as_it_is_shown(demo_store: Store, event_id, sort, lang) -> None:
    def key(text: str) -> str:
        return thai_sort_key(text) if text else ""  # empty cells are compared apart

    def shown(row: DirectoryRow) -> str:
        with use_language(lang):
            return {
                "name": row.sort_key,
                "nickname": key(row.nickname),
                "organisation": key(row.organisation),
                "position": key(row.position),
                "province": key(province_label(row.province, lang)),
                "phone": row.phone,
                "status": key(label(RegistrationStatus(row.status)) if row.status else ""),
                "role": key(label(RegistrationRole(row.role)) if row.role else ""),
            }[sort]

    for descending in (False, True):
        query = DirectoryQuery(
            status_event_id=event_id, sort=sort, descending=descending, lang=lang
        )
        values = [shown(r) for r in _all_rows(demo_store, query)]
        filled = [v for v in values if v]
        assert len(values) == 124
        assert filled == sorted(filled, reverse=descending), (sort, descending)
        if not descending:  # the empty ones come last
            assert values == filled + [""] * (len(values) - len(filled))


def test_a_search_keeps_its_order_until_a_column_is_sorted(demo_store: Store) -> None:
    with demo_store.reader() as uow:
        answer = tuple(r.id for r in search_people(uow, "กองทุน"))
        ranked = directory_keys(uow, DirectoryQuery(only=answer)).ids
        first = directory_page(uow, answer[:1])[0]
        assert first is not None
        in_province = directory_keys(
            uow, DirectoryQuery(only=answer, filter=DirectoryFilter(province=first.province))
        ).ids
        by_phone = directory_keys(uow, DirectoryQuery(only=answer, sort="phone")).ids
        nobody = directory_keys(uow, DirectoryQuery(only=())).ids
    assert len(answer) > 5 and ranked == list(answer)
    assert in_province == [i for i in answer if i in set(in_province)]
    assert 0 < len(in_province) < len(answer)
    assert sorted(by_phone) == sorted(answer) and by_phone != ranked
    assert nobody == []


def test_everyone_is_listed_from_the_index_alone(demo_store: Store) -> None:
    sql, params, _functions = keys_statement(DirectoryQuery())
    with demo_store.reader() as uow:
        plan = uow.session.execute(text("EXPLAIN QUERY PLAN " + sql), params).all()
    assert "ix_person_directory" in " ".join(str(r[-1]) for r in plan)
    assert "TEMP B-TREE" not in " ".join(str(r[-1]) for r in plan)


def test_an_unknown_sort_is_refused(demo_store: Store) -> None:
    with pytest.raises(ValueError), demo_store.reader() as uow:
        directory_keys(uow, DirectoryQuery(sort="salary"))
