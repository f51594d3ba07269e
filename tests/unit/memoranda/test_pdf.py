"""The printed memorandum, read back from its text layer."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from organiser.documents.memoranda.pdf import render_memorandum
from organiser.services.memoranda import reading as svc
from organiser.store.db import Store


def text_of(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_party_signatory_and_clause_is_printed(demo_store: Store, demo_memo_id: str) -> None:
    with demo_store.reader() as uow:
        memo = svc.load_memorandum(uow, demo_memo_id)
    data = render_memorandum(memo, lang="th")
    assert data is not None and data.startswith(b"%PDF")
    text = text_of(data)
    flat = squeeze(text)
    for party in memo.parties:
        assert squeeze(party.organisation_name) in flat
        assert squeeze(f"({party.signatory})") in flat
        assert squeeze(party.signatory_position) in flat
        for c in party.commitments:
            assert squeeze(c.description) in flat
    for n, clause in enumerate(memo.clauses, start=1):
        assert squeeze(f"ข้อ {n}") in flat
        assert squeeze(clause.text) in flat
    assert text.count("ลงชื่อ") == len(memo.parties) == 6  # one signature block per party
    assert "ณวันที่........เดือน" in flat  # not yet signed: the date is left to be written in


def test_signed_memorandum_is_dated_formally_and_lists_witnesses(
    demo_store: Store, demo_memo_id: str
) -> None:
    with demo_store.reader() as uow:
        memo = svc.load_memorandum(uow, demo_memo_id)
    memo.signed_on = dt.date(2007, 1, 31)
    memo.parties[0].witness_name = "นางสาวสุดา ศรีสุข"
    memo.parties[0].witness_position = "นักพัฒนาชุมชน"
    text = text_of(render_memorandum(memo, lang="th") or b"")
    assert "ณ วันที่ 31 มกราคม พ.ศ. 2550" in text
    assert squeeze("ณ สำนักงานสถาบันพัฒนาองค์กรชุมชน ภาคใต้") in squeeze(text)
    assert text.count("ลงชื่อ") == 7 and "(นางสาวสุดา ศรีสุข)" in text


def test_english_copy(demo_store: Store, demo_memo_id: str) -> None:
    with demo_store.reader() as uow:
        memo = svc.load_memorandum(uow, demo_memo_id)
    memo.signed_on = dt.date(2007, 1, 31)
    text = text_of(render_memorandum(memo, lang="en") or b"")
    assert "Done on 31 January 2007" in text
    assert "Government Savings Bank, Southern Region" in text
    assert text.count("Signed ....") == 6 and "Clause 5" in text


def test_validity_is_printed_once(demo_store: Store, demo_memo_id: str) -> None:
    with demo_store.reader() as uow:
        memo = svc.load_memorandum(uow, demo_memo_id)
    # the demo's clause 5 states the end date itself: no second sentence
    assert (
        squeeze(text_of(render_memorandum(memo, lang="th") or b"")).count("31ธันวาคมพ.ศ.2552") == 1
    )
    del memo.clauses[4]
    flat = squeeze(text_of(render_memorandum(memo, lang="th") or b""))
    assert "มีผลตั้งแต่วันที่31มกราคมพ.ศ.2550ถึงวันที่31ธันวาคมพ.ศ.2552" in flat
    memo.valid_from = memo.valid_until = None
    flat = squeeze(text_of(render_memorandum(memo, lang="th") or b""))
    assert "มีผลตั้งแต่วันที่ลงนามเป็นต้นไปจนกว่าภาคีจะตกลงร่วมกันเป็นอย่างอื่น" in flat
