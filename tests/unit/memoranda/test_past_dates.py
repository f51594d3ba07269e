"""Memoranda signed before the app was in use are recorded with their real dates: the day the
record was typed in does not bind the dates of its life, which stay in order among themselves,
and the printed copy is dated on the real signing day."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from organiser.core.errors import UserError
from organiser.documents.memoranda.pdf import render_memorandum
from organiser.services.memoranda import editing as editing
from organiser.services.memoranda import reading as svc
from organiser.services.memoranda.reading import ClauseData, MemorandumData, PartyData
from organiser.store.db import Store

TYPED_IN = dt.date(2026, 12, 3)  # the day someone records an old memorandum in the app
REVIEWED = dt.date(2007, 1, 20)
SIGNED = dt.date(2007, 1, 31)
IN_FORCE = dt.date(2007, 2, 1)


def old_memo(store: Store) -> str:
    with store.reader() as uow:
        orgs = svc.organisation_choices(uow)[:2]
    data = MemorandumData(
        title="บันทึกความร่วมมือปี 2550",
        clauses=[ClauseData("", "ภาคีประชุมร่วมกันทุกสามเดือน")],
        parties=[PartyData(o.id, o.name, signatory_name=f"ผู้ลงนาม {i}") for i, o in enumerate(orgs)],
        valid_from=IN_FORCE,
        valid_until=dt.date(2009, 12, 31),
    )
    with store.writer() as uow:
        memo_id = editing.save_memorandum(uow, data, today=TYPED_IN)
        uow.commit()
    return memo_id


def sign_everyone(store: Store, memo_id: str, on: dt.date) -> None:
    with store.writer() as uow:
        for party in svc.load_memorandum(uow, memo_id).parties:
            assert party.id
            editing.record_signature(uow, party.id, on, today=TYPED_IN)
        uow.commit()


def history(store: Store, memo_id: str) -> list[tuple[str, dt.date]]:
    with store.reader() as uow:
        return [(h.status, h.changed_on) for h in svc.load_memorandum(uow, memo_id).history]


def test_a_memorandum_signed_years_ago_is_recorded_with_its_real_dates(demo_store: Store) -> None:
    memo_id = old_memo(demo_store)
    sign_everyone(demo_store, memo_id, SIGNED)
    with demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "in_review", REVIEWED)
        editing.change_status(uow, memo_id, "signed", SIGNED)
        editing.change_status(uow, memo_id, "in_force", IN_FORCE)
        uow.commit()
    assert history(demo_store, memo_id) == [
        ("draft", REVIEWED),  # it was a draft by the time it went for review
        ("in_review", REVIEWED),
        ("signed", SIGNED),
        ("in_force", IN_FORCE),
    ]
    with demo_store.reader() as uow:
        memo = svc.load_memorandum(uow, memo_id)
    assert memo.signed_on == SIGNED
    pdf = render_memorandum(memo, lang="th")
    assert pdf is not None
    text = re.sub(
        r"[\s\u200b]+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    )
    assert "ณวันที่31มกราคมพ.ศ.2550" in text
    assert "2569" not in text  # nothing in it is dated on the day it was typed in


def test_the_dates_of_its_life_stay_in_order(demo_store: Store) -> None:
    memo_id = old_memo(demo_store)
    sign_everyone(demo_store, memo_id, dt.date(2007, 1, 10))
    with demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "in_review", REVIEWED)
        uow.commit()
    with pytest.raises(UserError, match="before the last change"), demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "signed", dt.date(2007, 1, 15))  # before the review
    assert history(demo_store, memo_id) == [("draft", REVIEWED), ("in_review", REVIEWED)]
    with demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "signed", REVIEWED)  # the same day is in order
        uow.commit()
    with pytest.raises(UserError, match="before the last change"), demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "in_force", dt.date(2007, 1, 19))


def test_a_signature_after_the_signed_date_is_still_refused(demo_store: Store) -> None:
    memo_id = old_memo(demo_store)
    sign_everyone(demo_store, memo_id, SIGNED)
    with demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "in_review", REVIEWED)
        uow.commit()
    with pytest.raises(UserError, match="signed after the date"), demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "signed", dt.date(2007, 1, 25))


def test_a_memorandum_recorded_on_the_day_keeps_working_as_before(demo_store: Store) -> None:
    memo_id = old_memo(demo_store)
    sign_everyone(demo_store, memo_id, TYPED_IN)
    with demo_store.writer() as uow:
        editing.change_status(uow, memo_id, "in_review", TYPED_IN)
        editing.change_status(uow, memo_id, "signed", TYPED_IN)
        uow.commit()
    assert history(demo_store, memo_id) == [
        ("draft", TYPED_IN), ("in_review", TYPED_IN), ("signed", TYPED_IN)
    ]  # fmt: skip
