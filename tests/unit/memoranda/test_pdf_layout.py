"""The printed memorandum's pages: a clause is never cut in two, the parties' names stay whole,
and the witnesses never sign on a page of their own."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from organiser.documents.memoranda.pdf import render_memorandum
from organiser.services.memoranda import reading as svc
from organiser.services.memoranda.reading import ClauseData, MemorandumData, PartyData
from organiser.store.db import Store

SENTENCE = "ภาคีร่วมกันสนับสนุนองค์กรการเงินชุมชนให้มีระบบบัญชีที่โปร่งใส "


def pages_of(data: bytes | None) -> list[str]:
    assert data is not None
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def memo_with(clauses: list[str], parties: int = 2, witnesses: int = 0) -> MemorandumData:
    return MemorandumData(
        title="บันทึกความร่วมมือการสนับสนุนองค์กรการเงินชุมชนภาคใต้",
        reference_no="พอช.ต. 9/2550",
        clauses=[ClauseData(heading=f"เรื่องที่ {n}", text=t) for n, t in enumerate(clauses, 1)],
        parties=[
            PartyData(
                organisation_id=f"org{n}",
                organisation_name=f"สำนักงานพัฒนาชุมชนอำเภอที่ {n}",
                organisation_name_en=f"Community Development Office {n}",
                signatory_title="นาย",
                signatory_name=f"สมศักดิ์ ผู้ลงนามที่{n}",
                signatory_position="ผู้อำนวยการ",
                witness_name=f"นางสาวพยาน คนที่{n}" if n <= witnesses else "",
                witness_position="นักพัฒนาชุมชน" if n <= witnesses else "",
            )
            for n in range(1, parties + 1)
        ],
    )


@pytest.mark.parametrize("lines", [3, 5, 8])
def test_a_clause_that_fits_on_a_page_is_printed_on_one_page(lines: int) -> None:
    # clauses of a few lines each, enough of them to run over several pages
    clauses = [SENTENCE * (lines + n % 3) for n in range(14)]
    for n, _ in enumerate(clauses):
        clauses[n] = f"({n + 1}) " + clauses[n]
    pages = [squeeze(page) for page in pages_of(render_memorandum(memo_with(clauses), lang="th"))]
    assert len(pages) > 2
    for n, text in enumerate(clauses, 1):
        holding = [i for i, page in enumerate(pages) if squeeze(text) in page]
        assert len(holding) == 1, f"clause {n} is cut across pages"
        assert f"ข้อ{n}เรื่องที่{n}" in pages[holding[0]]  # with its number and heading


def test_a_clause_longer_than_a_page_starts_where_it_is_and_prints_whole() -> None:
    pieces = [f"({n}) {SENTENCE}" for n in range(120)]
    pages = [
        squeeze(p) for p in pages_of(render_memorandum(memo_with(["".join(pieces)]), lang="th"))
    ]
    assert "ข้อ1เรื่องที่1" in pages[0]  # no empty page left behind it
    text = "".join(pages)
    found = [piece for piece in pieces if squeeze(piece) in text]
    assert len(found) >= len(pieces) - (len(pages) - 1)  # a piece may run over a page break


def test_a_party_name_stays_whole_on_its_line(demo_store: Store, demo_memo_id: str) -> None:
    with demo_store.reader() as uow:
        memo = svc.load_memorandum(uow, demo_memo_id)
    # an agency no dictionary knows, named in the running text of the opening sentence
    memo.parties[0].organisation_name = "สถาบันพัฒนาองค์กรชุมชน"
    memo.parties[1].organisation_name = "สมาคมส่งเสริมสวัสดิการชาวประมง"
    for lang in ("th",):
        text = "\n".join(pages_of(render_memorandum(memo, lang=lang)))
        for party in memo.parties:
            name = party.organisation_name
            whole = text.count(name)
            assert whole >= 3, name  # title, opening sentence, signature block (at least)
            assert whole == text.replace("\n", "").count(name), f"{name} broken across lines"


@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_witnesses_never_sign_on_a_page_of_their_own(lang: str) -> None:
    heading = "Witnesses" if lang == "en" else "พยาน"
    alone = []
    # as many clauses and parties as it takes for the signatures to end anywhere on a page
    for clauses in (0, 2, 3, 5, 7):
        for parties in (2, 3, 4, 6, 7, 8):
            memo = memo_with([SENTENCE * 3] * clauses, parties, witnesses=2)
            pages = pages_of(render_memorandum(memo, lang=lang))
            (page,) = [page for page in pages if heading in page.splitlines()]
            # the witnesses' page also carries a party's own signature
            if not any(f"ผู้ลงนามที่{n})" in page for n in range(1, parties + 1)):
                alone.append((clauses, parties))
    assert alone == []
