"""The printed validity says what the memorandum says, for every start and end it can have:
start on a date or on the day it is signed; end on a date or when the parties agree otherwise
(the model has no duration: a term is recorded as its end date)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from organiser.documents.memoranda.pdf import render_memorandum
from organiser.services.memoranda.reading import ClauseData, MemorandumData, PartyData

START = dt.date(2007, 2, 1)
END = dt.date(2010, 1, 31)


def flat_text(memo: MemorandumData, lang: str) -> str:
    data = render_memorandum(memo, lang=lang)
    assert data is not None
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"[\s\u200b]+", "", text)  # the layer may carry ZWSP at Thai word breaks


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def memo(valid_from: dt.date | None, valid_until: dt.date | None) -> MemorandumData:
    return MemorandumData(
        title="บันทึกความร่วมมือทดสอบ",
        clauses=[ClauseData("การประสานงาน", "ภาคีประชุมร่วมกันทุกสามเดือน")],
        parties=[
            PartyData(organisation_name="สถาบันพัฒนาองค์กรชุมชน", organisation_name_en="CODI"),
            PartyData(organisation_name="ธนาคารออมสิน", organisation_name_en="Government Savings Bank"),
        ],
        valid_from=valid_from,
        valid_until=valid_until,
    )  # fmt: skip


CASES = [
    # start, end, lang, printed, never printed
    (START, END, "th",
     "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ 1 กุมภาพันธ์ พ.ศ. 2550 ถึงวันที่ 31 มกราคม พ.ศ. 2553",
     "จนกว่าภาคีจะตกลง"),
    (START, None, "th",
     "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ 1 กุมภาพันธ์ พ.ศ. 2550 เป็นต้นไป "
     "จนกว่าภาคีจะตกลงร่วมกันเป็นอย่างอื่น",
     "วันที่ลงนาม"),
    (None, END, "th",
     "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ลงนามเป็นต้นไป จนถึงวันที่ 31 มกราคม พ.ศ. 2553",
     "จนกว่าภาคีจะตกลง"),
    (None, None, "th",
     "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ลงนามเป็นต้นไป จนกว่าภาคีจะตกลงร่วมกันเป็นอย่างอื่น",
     "ถึงวันที่"),
    (START, END, "en",
     "This memorandum is valid from 1 February 2007 until 31 January 2010.",
     "agree otherwise"),
    (START, None, "en",
     "This memorandum is valid from 1 February 2007 until the Parties agree otherwise.",
     "the day it is signed"),
    (None, END, "en",
     "This memorandum is valid from the day it is signed until 31 January 2010.",
     "agree otherwise"),
    (None, None, "en",
     "This memorandum is valid from the day it is signed until the Parties agree otherwise.",
     "2010"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "lang", "printed", "absent"),
    CASES,
    ids=[
        f"{lang}-{'from_date' if s else 'from_signing'}-{'until_date' if e else 'open_ended'}"
        for s, e, lang, _p, _a in CASES
    ],
)
def test_validity_prints_the_start_and_end_it_has(
    valid_from: dt.date | None, valid_until: dt.date | None, lang: str, printed: str, absent: str
) -> None:
    text = flat_text(memo(valid_from, valid_until), lang)
    assert squeeze(printed) in text
    assert squeeze(absent) not in text


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_memorandum_from_signing_until_a_date_keeps_its_end_once_signed(lang: str) -> None:
    signed = memo(None, END)
    signed.signed_on = dt.date(2007, 1, 31)
    text = flat_text(signed, lang)
    end = "31มกราคมพ.ศ.2553" if lang == "th" else "31January2010"
    assert end in text
    assert ("จนกว่าภาคีจะตกลง" if lang == "th" else "agreeotherwise") not in text
