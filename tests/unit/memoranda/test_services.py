"""Memoranda through the services, on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from organiser.core.errors import NotFound, UserError
from organiser.services.memoranda import editing as editing
from organiser.services.memoranda import reading as svc
from organiser.services.memoranda.reading import (
    ClauseData,
    CommitmentData,
    MemorandumData,
    PartyData,
)
from organiser.store.db import Store

TODAY = dt.date(2007, 2, 15)


def new_memo(store: Store, n_parties: int = 3) -> str:
    with store.reader() as uow:
        orgs = svc.organisation_choices(uow)[:n_parties]
    data = MemorandumData(
        title="บันทึกความร่วมมือทดสอบ",
        reference_no="ทดสอบ 9/2550",
        clauses=[ClauseData("วัตถุประสงค์", "ร่วมกันสนับสนุน"), ClauseData("", "ข้อที่สอง")],
        parties=[
            PartyData(o.id, o.name, signatory_title="นาย", signatory_name=f"ผู้ลงนาม {i}",
                      signatory_position="ผู้อำนวยการ",
                      commitments=[CommitmentData("จัดงบประมาณ", "งบประมาณ", dt.date(2007, 3, 1))])
            for i, o in enumerate(orgs)
        ],
        valid_from=dt.date(2007, 2, 1),
        valid_until=dt.date(2007, 5, 1),
    )  # fmt: skip
    with store.writer() as uow:
        memo_id = editing.save_memorandum(uow, data, today=dt.date(2007, 1, 31))
        uow.commit()
    return memo_id


def test_save_and_load_round_trip_keeps_order_and_history(demo_store: Store) -> None:
    memo_id = new_memo(demo_store)
    with demo_store.reader() as uow:
        m = svc.load_memorandum(uow, memo_id)
    assert [c.text for c in m.clauses] == ["ร่วมกันสนับสนุน", "ข้อที่สอง"]
    assert [p.signatory for p in m.parties] == ["นายผู้ลงนาม 0", "นายผู้ลงนาม 1", "นายผู้ลงนาม 2"]
    assert m.parties[0].commitments[0].category == "งบประมาณ"
    assert [(h.status, h.changed_on) for h in m.history] == [("draft", dt.date(2007, 1, 31))]

    m.clauses.reverse()
    m.clauses.append(ClauseData("ระยะเวลา", "มีผลหนึ่งปี"))
    del m.parties[1]
    with demo_store.writer() as uow:
        editing.save_memorandum(uow, m, today=TODAY)
        uow.commit()
    with demo_store.reader() as uow:
        again = svc.load_memorandum(uow, memo_id)
    assert [c.text for c in again.clauses] == ["ข้อที่สอง", "ร่วมกันสนับสนุน", "มีผลหนึ่งปี"]
    assert len(again.parties) == 2


def test_status_changes_are_kept_with_dates_and_guarded(demo_store: Store) -> None:
    memo_id = new_memo(demo_store)
    with demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "in_review", dt.date(2007, 1, 31))
        uow.commit()
    with pytest.raises(UserError, match="Not every party has signed"), demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "signed", dt.date(2007, 1, 31))
    with demo_store.reader() as uow:
        m = svc.load_memorandum(uow, memo_id)
    assert m.status == "in_review"  # nothing changed by the refusal
    with demo_store.writer() as uow:
        for p in m.parties[:2]:
            assert p.id
            editing.record_signature(uow, p.id, dt.date(2007, 1, 31), today=TODAY)
        assert m.parties[2].id
        editing.record_signature(uow, m.parties[2].id, None, "ลงนามภายหลัง", today=TODAY)
        editing.change_status(uow, memo_id, "signed", dt.date(2007, 1, 31))
        editing.change_status(uow, memo_id, "in_force", dt.date(2007, 2, 1), "เริ่มมีผล")
        uow.commit()
    with demo_store.reader() as uow:
        m = svc.load_memorandum(uow, memo_id)
    assert [(h.status, h.changed_on) for h in m.history] == [
        ("draft", dt.date(2007, 1, 31)),
        ("in_review", dt.date(2007, 1, 31)),
        ("signed", dt.date(2007, 1, 31)),
        ("in_force", dt.date(2007, 2, 1)),
    ]
    assert m.signed_on == dt.date(2007, 1, 31)
    assert m.parties[2].unsigned_note == "ลงนามภายหลัง"


def test_signed_text_is_locked_but_a_late_signature_may_be_added(demo_store: Store) -> None:
    memo_id = new_memo(demo_store, 2)
    with demo_store.writer() as uow:
        m = svc.load_memorandum(uow, memo_id)
        m.parties[0].signed_on = dt.date(2007, 1, 31)
        m.parties[1].unsigned_note = "ติดราชการ"
        editing.save_memorandum(uow, m, today=TODAY)
        editing.change_status(uow, memo_id, "in_review", dt.date(2007, 1, 31))
        editing.change_status(uow, memo_id, "signed", dt.date(2007, 1, 31))
        uow.commit()
    with demo_store.reader() as uow:
        m = svc.load_memorandum(uow, memo_id)
    m.clauses[0].text = "แก้ไขหลังลงนาม"
    with pytest.raises(UserError, match=r"can no\s+longer change"), demo_store.writer() as uow:
        editing.save_memorandum(uow, m, today=TODAY)
    with demo_store.reader() as uow:
        m = svc.load_memorandum(uow, memo_id)
    m.parties[1].signed_on = dt.date(2007, 2, 10)
    m.parties[0].commitments[0].state = "fulfilled"
    with demo_store.writer() as uow:
        editing.save_memorandum(uow, m, today=TODAY)
        uow.commit()
    with demo_store.reader() as uow:
        m = svc.load_memorandum(uow, memo_id)
    assert m.parties[1].signed_on == dt.date(2007, 2, 10)
    assert m.signed_on == dt.date(2007, 2, 10)
    assert m.parties[0].commitments[0].state == "fulfilled"


def test_validation_refuses_what_a_user_would_regret(demo_store: Store) -> None:
    with pytest.raises(UserError, match="title"), demo_store.writer() as uow:
        editing.save_memorandum(uow, MemorandumData(title="  "))
    with demo_store.reader() as uow:
        org = svc.organisation_choices(uow)[0]
    twice = MemorandumData(title="x", parties=[PartyData(org.id, "A"), PartyData(org.id, "A")])
    with pytest.raises(UserError, match="party twice"), demo_store.writer() as uow:
        editing.save_memorandum(uow, twice)
    future = MemorandumData(title="x", parties=[PartyData(org.id, "A", signed_on=TODAY)])
    with pytest.raises(UserError, match="still to come"), demo_store.writer() as uow:
        editing.save_memorandum(uow, future, today=TODAY - dt.timedelta(days=1))


def test_find_by_id_prefix_or_reference_number(demo_store: Store, demo_memo_id: str) -> None:
    with demo_store.reader() as uow:
        assert svc.find_memorandum(uow, demo_memo_id) == demo_memo_id
        assert svc.find_memorandum(uow, demo_memo_id[:20]) == demo_memo_id
        assert svc.find_memorandum(uow, "พอช.ต.  1/2550") == demo_memo_id
        with pytest.raises(NotFound):
            svc.find_memorandum(uow, "ไม่มี 5/2550")


def test_list_filters_by_status_and_by_who_signed(demo_store: Store, demo_memo_id: str) -> None:
    with demo_store.reader() as uow:
        rows = svc.list_memoranda(uow)
        bank = next(o for o in svc.organisation_choices(uow) if o.short_name == "ธ.ก.ส.")
        assert len(rows) == 1 and rows[0].status == "draft"
        assert "ธ.ก.ส." in rows[0].parties
        assert svc.list_memoranda(uow, status="signed") == []
        assert len(svc.list_memoranda(uow, organisation_id=bank.id)) == 1
        assert svc.list_memoranda(uow, organisation_id=bank.id, signed_only=True) == []
        m = svc.load_memorandum(uow, demo_memo_id)
    party = next(p for p in m.parties if p.organisation_id == bank.id)
    assert party.id
    with demo_store.writer() as uow:
        editing.record_signature(uow, party.id, dt.date(2007, 1, 31), today=TODAY)
        uow.commit()
    with demo_store.reader() as uow:
        signed = svc.list_memoranda(uow, organisation_id=bank.id, signed_only=True)
    assert [r.id for r in signed] == [demo_memo_id]
    assert signed[0].signed_parties == 1


def test_reminders_for_expiry_and_late_commitments(demo_store: Store) -> None:
    memo_id = new_memo(demo_store, 2)  # valid until 1 May 2007, commitments due 1 Mar 2007
    with demo_store.writer() as uow:
        m = svc.load_memorandum(uow, memo_id)
        for p in m.parties:
            p.signed_on = dt.date(2007, 1, 31)
        m.parties[1].commitments[0].state = "fulfilled"
        editing.save_memorandum(uow, m, today=TODAY)
        uow.commit()
    with demo_store.reader() as uow:  # still in review: nothing binds yet
        assert svc.reminders(uow, dt.date(2007, 3, 15)) == []
    with demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "in_review", dt.date(2007, 1, 31))
        editing.change_status(uow, memo_id, "signed", dt.date(2007, 1, 31))
        editing.change_status(uow, memo_id, "in_force", dt.date(2007, 2, 1))
        uow.commit()
    with demo_store.reader() as uow:
        early = svc.reminders(uow, dt.date(2007, 1, 15))
        assert early == []  # more than 90 days before the end, nothing due yet
        mid = svc.reminders(uow, dt.date(2007, 3, 15))
        late = svc.reminders(uow, dt.date(2007, 5, 2))
    expiring = [r for r in mid if not r.overdue]
    assert len(expiring) == 1 and "1 May 2007" in expiring[0].text and "47 days" in expiring[0].text
    overdue = [r for r in mid if r.overdue]
    assert len(overdue) == 1  # the fulfilled commitment is not reminded of
    assert "จัดงบประมาณ" in overdue[0].text and "1 Mar 2007" in overdue[0].text
    assert any(r.overdue and "ended on 1 May 2007" in r.text for r in late)


def test_delete_only_unsigned_memoranda(demo_store: Store, demo_memo_id: str) -> None:
    with demo_store.writer() as uow:
        editing.delete_memorandum(uow, demo_memo_id)
        uow.commit()
    with demo_store.reader() as uow:
        assert svc.list_memoranda(uow) == []


def test_a_commitment_moved_to_another_party_keeps_its_identity(demo_store: Store) -> None:
    memo_id = new_memo(demo_store, 2)
    with demo_store.reader() as uow:
        m = svc.load_memorandum(uow, memo_id)
    moved = m.parties[0].commitments.pop()
    m.parties[1].commitments.append(moved)
    m.parties[1].commitments[0].description = "จัดงบประมาณปีละสองครั้ง"
    with demo_store.writer() as uow:
        editing.save_memorandum(uow, m, today=TODAY)
        uow.commit()
    with demo_store.reader() as uow:
        again = svc.load_memorandum(uow, memo_id)
    assert again.parties[0].commitments == []
    ids = [c.id for c in again.parties[1].commitments]
    assert moved.id in ids and len(ids) == 2  # the same row, so plan actions linked to it follow
    assert "จัดงบประมาณปีละสองครั้ง" in [c.description for c in again.parties[1].commitments]
    del again.parties[1]
    with demo_store.writer() as uow:
        editing.save_memorandum(uow, again, today=TODAY)
        uow.commit()
    with demo_store.reader() as uow:
        assert [len(p.commitments) for p in svc.load_memorandum(uow, memo_id).parties] == [0]
