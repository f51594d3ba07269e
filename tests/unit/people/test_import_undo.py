"""Undoing an import keeps whatever was used since; check-ins are never lost; a redo brings
the import back exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from organiser.core.errors import UserError
from organiser.domain.desk import CheckIn, Registration
from organiser.services.people.directory import PersonRecord, get_person
from organiser.services.people.editing import save_person
from organiser.services.people.importing.undo import (
    list_batches,
    preview_undo,
    redo_import,
    undo_import,
)
from organiser.services.people.importing.writing import prepare_import, run_import
from organiser.services.people.rows import list_people
from organiser.store.db import Store


def _import(store: Store, event_id: str, path: Path) -> str:
    with store.reader() as uow:
        plan = prepare_import(uow, path)
    with store.writer() as uow:
        batch = run_import(uow, plan, event_id).batch_id
        uow.commit()
    return batch


def _registrations(store: Store, batch: str) -> list[tuple[str, str]]:
    with store.reader() as uow:
        return [
            (r.id, r.person_id)
            for r in uow.session.scalars(
                select(Registration)
                .where(Registration.import_batch_id == batch)
                .order_by(Registration.id)
            )
        ]


def _check_in(store: Store, registration_id: str) -> None:
    from organiser.domain.events import Event
    from organiser.services.desk.editing import check_in

    with store.writer() as uow:
        reg = uow.session.get(Registration, registration_id)
        assert reg is not None
        event = uow.session.get(Event, reg.event_id)
        assert event is not None
        check_in(uow, registration_id, event.starts_on, desk="desk 1")
        uow.commit()


@pytest.fixture
def imported(
    demo_store: Store, event_id: str, make_csv: Callable[..., Path], listing: Callable[..., list]
) -> str:
    return _import(demo_store, event_id, make_csv(listing(30)))


def test_an_untouched_import_is_undone_whole_and_the_preview_gives_the_counts(
    demo_store: Store, imported: str
) -> None:
    with demo_store.reader() as uow:
        preview = preview_undo(uow, imported)
    assert (preview.people, preview.invitations, preview.checked_in) == (30, 30, 0)
    assert not preview.touched
    with demo_store.writer() as uow:
        result = undo_import(uow, imported)
        uow.commit()
    assert (result.people, result.invitations, result.kept_people) == (30, 30, 0)


def test_undo_refuses_once_someone_checked_in_and_says_how_many(
    demo_store: Store, imported: str
) -> None:
    regs = _registrations(demo_store, imported)
    for reg_id, _person in regs[:3]:
        _check_in(demo_store, reg_id)
    with demo_store.reader() as uow:
        preview = preview_undo(uow, imported)
    assert (preview.people, preview.checked_in, preview.kept_people) == (30, 3, 3)
    assert "30 people" in preview.counts_text() and "3 of them have checked in" in (
        preview.counts_text()
    )
    with pytest.raises(UserError, match="3 of them have checked in"), demo_store.writer() as uow:
        undo_import(uow, imported)
    with demo_store.reader() as uow:
        assert not list_batches(uow)[0].undone  # refused: nothing changed


def test_undoing_only_the_untouched_keeps_checked_in_people_and_every_check_in(
    demo_store: Store, imported: str, event_id: str
) -> None:
    regs = _registrations(demo_store, imported)
    for reg_id, _person in regs[:3]:
        _check_in(demo_store, reg_id)
    with demo_store.reader() as uow:
        check_ins_before = uow.session.scalar(select(func.count()).select_from(CheckIn))
        people_before = len(list_people(uow, event_id))
    with demo_store.writer() as uow:
        result = undo_import(uow, imported, only_untouched=True)
        uow.commit()
    assert (result.people, result.invitations, result.kept_people) == (27, 27, 3)
    with demo_store.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CheckIn)) == check_ins_before
        kept = {p.id for p in list_people(uow, event_id)}
        assert len(kept) == people_before - 27
        assert {person for _reg, person in regs[:3]} <= kept
        live = uow.session.scalars(
            select(Registration.id).where(
                Registration.import_batch_id == imported, Registration.deleted_at.is_(None)
            )
        ).all()
        assert sorted(live) == sorted(reg for reg, _p in regs[:3])


def test_an_edited_person_and_one_invited_elsewhere_are_kept(
    demo_store: Store, imported: str
) -> None:
    from organiser.domain.events import Event

    regs = _registrations(demo_store, imported)
    edited_id, elsewhere_id = regs[0][1], regs[1][1]
    with demo_store.writer() as uow:
        record = get_person(uow, edited_id)
        assert record is not None
        record.nickname = "แก้แล้ว"
        save_person(uow, record)
        day = dt.date(2027, 1, 30)
        other = Event(title="อีกงาน", starts_on=day, ends_on=day)
        uow.session.add(other)
        uow.session.flush()
        uow.session.add(Registration(event_id=other.id, person_id=elsewhere_id))
        uow.commit()
    with demo_store.reader() as uow:
        preview = preview_undo(uow, imported)
    assert (preview.edited, preview.elsewhere, preview.kept_people) == (1, 1, 2)
    with demo_store.writer() as uow:
        undo_import(uow, imported, only_untouched=True)
        uow.commit()
    with demo_store.reader() as uow:
        assert get_person(uow, edited_id) is not None
        assert all(
            uow.session.get(Registration, reg).deleted_at is None  # type: ignore[union-attr]
            for reg, person in regs
            if person in (edited_id, elsewhere_id)
        )


def test_everyone_checked_in_means_nothing_to_undo(
    demo_store: Store, event_id: str, make_csv: Callable[..., Path], listing: Callable[..., list]
) -> None:
    batch = _import(demo_store, event_id, make_csv(listing(2)))
    for reg_id, _person in _registrations(demo_store, batch):
        _check_in(demo_store, reg_id)
    with pytest.raises(UserError, match="Nothing of the import"), demo_store.writer() as uow:
        undo_import(uow, batch, only_untouched=True)


def test_a_filled_field_is_emptied_only_while_it_holds_the_imported_value(
    demo_store: Store, event_id: str, make_csv: Callable[..., Path]
) -> None:
    with demo_store.writer() as uow:
        pid = save_person(
            uow, PersonRecord(given_name="มานะ", family_name="ขยัน", phone="0861234567")
        )
        uow.commit()
    rows = [["ชื่อ-สกุล", "เบอร์โทร", "ชื่อเล่น", "ตำแหน่ง"],
            ["นายมานะ ขยัน", "086-123-4567", "นะ", "เหรัญญิก"]]  # fmt: skip
    batch = _import(demo_store, event_id, make_csv(rows))
    with demo_store.writer() as uow:
        record = get_person(uow, pid)
        assert record is not None
        record.position = "ประธาน"  # changed by hand after the import
        save_person(uow, record)
        uow.commit()
    with demo_store.writer() as uow:
        result = undo_import(uow, batch)
        uow.commit()
    assert result.fields == 2  # nickname and title; the position was changed since
    with demo_store.reader() as uow:
        after = get_person(uow, pid)
        assert after is not None
        assert (after.nickname, after.title, after.position) == ("", "", "ประธาน")
    with demo_store.writer() as uow:
        redo = redo_import(uow, batch)
        uow.commit()
    assert redo.fields == 2
    with demo_store.reader() as uow:
        again = get_person(uow, pid)
        assert again is not None
        assert (again.nickname, again.title, again.position) == ("นะ", "นาย", "ประธาน")


def test_a_redo_brings_the_import_back_and_it_can_be_undone_again(
    demo_store: Store, imported: str, event_id: str
) -> None:
    with demo_store.reader() as uow:
        with_import = list_people(uow, event_id)
    with demo_store.writer() as uow:
        undo_import(uow, imported)
        uow.commit()
    with demo_store.writer() as uow:
        redo = redo_import(uow, imported)
        uow.commit()
    assert (redo.people, redo.invitations, redo.organisations) == (30, 30, 5)
    with demo_store.reader() as uow:
        assert list_people(uow, event_id) == with_import
        assert not list_batches(uow)[0].undone
        preview = preview_undo(uow, imported)
    assert not preview.touched  # the redo itself does not count as an edit
    with pytest.raises(UserError), demo_store.writer() as uow:
        redo_import(uow, imported)


def test_a_redo_leaves_alone_a_person_restored_or_deleted_since_the_undo(
    demo_store: Store, imported: str
) -> None:
    from organiser.services.people.editing import restore_person

    regs = _registrations(demo_store, imported)
    with demo_store.writer() as uow:
        undo_import(uow, imported)
        uow.commit()
    with demo_store.writer() as uow:
        restore_person(uow, regs[0][1])  # brought back by hand from 'Recently deleted'
        uow.commit()
    with demo_store.writer() as uow:
        redo = redo_import(uow, imported)
        uow.commit()
    assert redo.people == 29


def test_an_import_made_before_this_version_is_still_undone_field_by_field(
    demo_store: Store, event_id: str, make_csv: Callable[..., Path]
) -> None:
    from organiser.domain.people import ImportBatch

    with demo_store.writer() as uow:
        pid = save_person(
            uow, PersonRecord(given_name="มานะ", family_name="ขยัน", phone="0861234567")
        )
        uow.commit()
    rows = [["ชื่อ-สกุล", "เบอร์โทร", "ชื่อเล่น"], ["นายมานะ ขยัน", "086-123-4567", "นะ"]]
    batch = _import(demo_store, event_id, make_csv(rows))
    with demo_store.writer() as uow:  # the older record: only the value before, per field
        row = uow.session.get(ImportBatch, batch)
        assert row is not None
        row.merged_people = {p: {f: "" for f in fills} for p, fills in row.merged_people.items()}
        uow.session.flush()
        row.updated_at = row.created_at  # as an import left it
        uow.commit()
    with demo_store.writer() as uow:
        assert undo_import(uow, batch).fields == 2
        uow.commit()
    with demo_store.reader() as uow:
        after = get_person(uow, pid)
        assert after is not None and (after.nickname, after.title) == ("", "")
