"""Saving a memorandum whose party is given by name, not picked from the directory."""

from __future__ import annotations

import pytest

from organiser.core.errors import UserError
from organiser.services.memoranda import editing as editing
from organiser.services.memoranda import reading as svc
from organiser.services.memoranda.reading import MemorandumData, PartyData
from organiser.store.db import Store


def names_in_directory(store: Store) -> list[str]:
    with store.reader() as uow:
        return [o.name for o in svc.organisation_choices(uow)]


def test_a_new_name_joins_the_directory_and_a_known_one_is_linked(demo_store: Store) -> None:
    before = names_in_directory(demo_store)
    known = next(n for n in before if n.startswith("ธนาคารออมสิน"))
    memo = MemorandumData(
        title="บันทึกความร่วมมือทดลอง",
        parties=[
            PartyData(organisation_name="มูลนิธิชาวเลอันดามัน"),
            PartyData(organisation_name=f"  {known.replace(' ', '  ')} "),  # as typed
        ],
    )
    with demo_store.writer() as uow:
        memo_id = editing.save_memorandum(uow, memo)
        uow.commit()
    after = names_in_directory(demo_store)
    assert sorted(after) == sorted([*before, "มูลนิธิชาวเลอันดามัน"])
    with demo_store.reader() as uow:
        saved = svc.load_memorandum(uow, memo_id)
    assert [p.organisation_name for p in saved.parties] == ["มูลนิธิชาวเลอันดามัน", known]


def test_a_refused_save_adds_nobody_to_the_directory(demo_store: Store) -> None:
    before = names_in_directory(demo_store)
    memo = MemorandumData(
        title="บันทึกความร่วมมือทดลอง",
        parties=[PartyData(organisation_name="มูลนิธิชาวเลอันดามัน") for _ in range(2)],
    )
    with pytest.raises(UserError, match="party twice"), demo_store.writer() as uow:
        editing.save_memorandum(uow, memo)
        uow.commit()
    assert names_in_directory(demo_store) == before
