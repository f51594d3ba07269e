"""Writing an import: one transaction, cancel leaves nothing, undo takes it back as one step."""

from __future__ import annotations

import pytest

from organiser.core.errors import UserError
from organiser.core.progress import Cancelled, Progress
from organiser.services.people.importing.planning import RowAction
from organiser.services.people.importing.writing import (
    list_batches,
    prepare_import,
    run_import,
    undo_import,
)
from organiser.services.people.rows import list_people
from organiser.services.people.search import search_people


class CancelAfter(Progress):
    def __init__(self, reports: int) -> None:
        super().__init__()
        self.left = reports

    def on_report(self, done: int, total: int, label: str) -> None:
        self.left -= 1
        if self.left <= 0:
            self.cancel()


def test_import_registers_everyone_and_creates_organisations(
    demo_store, event_id, make_xlsx, listing
) -> None:
    path = make_xlsx(listing(20))
    with demo_store.reader() as uow:
        plan = prepare_import(uow, path)
        before = len(list_people(uow, event_id))
    with demo_store.writer() as uow:
        result = run_import(uow, plan, event_id)
        uow.commit()
    assert (result.created, result.merged, result.registered, result.skipped) == (20, 0, 20, 0)
    assert result.organisations_created == 5
    with demo_store.reader() as uow:
        assert len(list_people(uow, event_id)) == before + 20
        found = search_people(uow, "ทดลอง7")
        assert found[0].organisation == "กลุ่มออมทรัพย์บ้านนา2"
        assert found[0].phone == "0870000007"
        assert list_batches(uow, event_id)[0].people_created == 20


def test_cancelled_import_leaves_the_database_unchanged(
    demo_store, event_id, make_csv, listing, db_dump
) -> None:
    path = make_csv(listing(1200))
    with demo_store.reader() as uow:
        plan = prepare_import(uow, path)
    before = db_dump(demo_store)
    with pytest.raises(Cancelled), demo_store.writer() as uow:
        run_import(uow, plan, event_id, CancelAfter(3))
        uow.commit()
    assert db_dump(demo_store) == before


def test_rejected_import_leaves_the_database_unchanged(
    demo_store, make_csv, listing, db_dump
) -> None:
    path = make_csv(listing(10))
    with demo_store.reader() as uow:
        plan = prepare_import(uow, path)
    before = db_dump(demo_store)
    with pytest.raises(UserError), demo_store.writer() as uow:
        run_import(uow, plan, "no-such-event")
        uow.commit()
    assert db_dump(demo_store) == before


def test_dry_run_writes_nothing(demo_store, make_csv, listing, db_dump) -> None:
    before = db_dump(demo_store)
    with demo_store.reader() as uow:
        plan = prepare_import(uow, make_csv(listing(50)))
    assert plan.count(RowAction.IMPORT) == 50
    assert db_dump(demo_store) == before


def test_merge_fills_empty_fields_and_undo_restores_them(demo_store, event_id, make_csv) -> None:
    from organiser.services.people.directory import PersonRecord, get_person
    from organiser.services.people.editing import save_person

    with demo_store.writer() as uow:
        pid = save_person(
            uow, PersonRecord(given_name="มานะ", family_name="ขยัน", phone="0861234567")
        )
        uow.commit()
    rows = [["ชื่อ-สกุล", "เบอร์โทร", "ชื่อเล่น", "ตำแหน่ง"],
            ["นายมานะ ขยัน", "086-123-4567", "นะ", "เหรัญญิก"],
            ["นางใหม่ เอี่ยม", "0869999999", "", ""]]  # fmt: skip
    with demo_store.reader() as uow:
        plan = prepare_import(uow, make_csv(rows))
    assert plan.rows[0].action is RowAction.MERGE and plan.rows[0].existing_id == pid
    with demo_store.writer() as uow:
        result = run_import(uow, plan, event_id)
        uow.commit()
    assert (result.created, result.merged, result.registered) == (1, 1, 2)
    with demo_store.reader() as uow:
        merged = get_person(uow, pid)
        assert merged is not None and (merged.nickname, merged.position) == ("นะ", "เหรัญญิก")
        assert merged.title == "นาย"
        assert len(search_people(uow, "เอี่ยม")) == 1
    with demo_store.writer() as uow:
        assert undo_import(uow, result.batch_id).invitations == 2
        uow.commit()
    with demo_store.reader() as uow:
        restored = get_person(uow, pid)
        assert restored is not None and (restored.nickname, restored.position, restored.title) == (
            "",
            "",
            "",
        )
        assert not restored.registrations
        assert search_people(uow, "เอี่ยม") == []
        assert list_batches(uow)[0].undone
    with pytest.raises(UserError), demo_store.writer() as uow:
        undo_import(uow, result.batch_id)


def test_undo_puts_the_database_back_as_it_was_for_users(
    demo_store, event_id, make_csv, listing
) -> None:
    with demo_store.reader() as uow:
        people_before = list_people(uow)
        plan = prepare_import(uow, make_csv(listing(30)))
    with demo_store.writer() as uow:
        batch = run_import(uow, plan, event_id).batch_id
        uow.commit()
    with demo_store.writer() as uow:
        undo_import(uow, batch)
        uow.commit()
    with demo_store.reader() as uow:
        assert list_people(uow) == people_before


def test_importing_the_same_list_twice_merges_everyone(
    demo_store, event_id, make_csv, listing
) -> None:
    path = make_csv(listing(15))
    for _ in range(2):
        with demo_store.reader() as uow:
            plan = prepare_import(uow, path)
        with demo_store.writer() as uow:
            result = run_import(uow, plan, event_id)
            uow.commit()
    assert (result.created, result.merged, result.registered, result.already_registered) == (
        0,
        15,
        0,
        15,
    )


@pytest.mark.slow
def test_ten_thousand_rows(demo_store, event_id, make_xlsx, listing) -> None:
    rows = listing(10_000)
    rows[500][2] = ""  # a row without a name somewhere in the middle
    path = make_xlsx(rows)
    with demo_store.reader() as uow:
        plan = prepare_import(uow, path)
    assert len(plan.rows) == 10_000
    assert [r.line for r in plan.error_rows] == [501]
    reports: list[int] = []

    class Seen(Progress):
        def on_report(self, done: int, total: int, label: str) -> None:
            reports.append(done)

    with demo_store.writer() as uow:
        result = run_import(uow, plan, event_id, Seen())
        uow.commit()
    assert result.created == 9_999 and result.skipped == 1
    assert len(reports) > 10 and reports[-1] == 10_000
    with demo_store.reader() as uow:
        assert len(search_people(uow, "ทดลอง9998")) == 1
