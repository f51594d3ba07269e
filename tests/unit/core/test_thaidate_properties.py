"""The date parser never turns a text into another date: whatever it accepts reads back the same
in every style and language, and what it cannot read is refused with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from organiser.core.thaidate import (
    FIRST_YEAR,
    LAST_YEAR,
    MONTHS_EN,
    MONTHS_TH,
    MONTHS_TH_SHORT,
    DateParseError,
    format_date,
    parse_date,
    to_thai_digits,
)

STYLES = ("short", "numeric", "long", "formal")

month_words = st.sampled_from(
    [
        *MONTHS_TH,
        *MONTHS_TH_SHORT,
        *(m.replace(".", "") for m in MONTHS_TH_SHORT),
        *MONTHS_EN,
        *(m[:3] for m in MONTHS_EN),
        "ม..",
        "ก.พ",
        ".ค.",
        "Foo",
        "",
        "มกรา",
    ]
)
numbers = st.integers(min_value=0, max_value=3000).map(str)
separators = st.sampled_from([" ", "/", ".", "-", "  ", ""])
eras = st.sampled_from(["", "พ.ศ. ", "ค.ศ. ", "B.E. ", "A.D. "])


@st.composite
def date_like(draw: st.DrawFn) -> str:
    """Texts shaped like what people type, slips included."""
    day, month, year = draw(numbers), draw(month_words | numbers), draw(numbers)
    sep = draw(separators)
    text = f"{day}{sep}{month}{sep}{draw(eras)}{year}"
    return to_thai_digits(text) if draw(st.booleans()) else text


def reads_back_everywhere(day: dt.date) -> None:
    for style in STYLES:
        assert parse_date(format_date(day, style)) == day  # type: ignore[arg-type]
        assert parse_date(format_date(day, style, thai_digits=True)) == day  # type: ignore[arg-type]
        assert parse_date(format_date(day, style, "en"), assume_be=False) == day  # type: ignore[arg-type]
        assert parse_date(format_date(day, style, "en")) == day  # type: ignore[arg-type]


@settings(max_examples=400, deadline=None)
@given(date_like() | st.text(max_size=20))
def test_anything_the_parser_accepts_reads_back_as_the_same_day(text: str) -> None:
    try:
        day = parse_date(text)
    except DateParseError as refused:
        assert refused.reason in {"empty", "unreadable", "unknown_month", "no_such_day",
                                  "out_of_range"}  # fmt: skip
        return
    assert FIRST_YEAR <= day.year <= LAST_YEAR
    reads_back_everywhere(day)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(FIRST_YEAR, 1, 1), max_value=dt.date(LAST_YEAR, 12, 31)))
def test_every_day_in_range_reads_back_in_every_style(day: dt.date) -> None:
    reads_back_everywhere(day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14/03/2568", dt.date(2025, 3, 14)),
        ("14 มีนาคม 2568", dt.date(2025, 3, 14)),
        ("14 มีนาคม พ.ศ. 2568", dt.date(2025, 3, 14)),
        ("๑๔ มี.ค. ๒๕๖๘", dt.date(2025, 3, 14)),
        ("๑๔/๐๓/๒๕๖๘", dt.date(2025, 3, 14)),
        ("14 March 2025", dt.date(2025, 3, 14)),
        ("4 ธ.ค. 2569", dt.date(2026, 12, 4)),
        ("14/3/68", dt.date(2025, 3, 14)),
    ],
)
def test_numeric_full_month_names_and_thai_digits(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("30 ม.. 2550", "unknown_month"),
        ("31 ก.พ. 2550", "no_such_day"),
        ("31/02/2550", "no_such_day"),
        ("14/13/2568", "unknown_month"),
        ("3 ธ.ค. ธ.ค. 2569", "unknown_month"),
        ("14 มี.ค. 255", "unreadable"),
        ("14 มี.ค. 1500", "out_of_range"),
        ("14/03-2568", "unreadable"),
        ("", "empty"),
    ],
)
def test_slips_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(DateParseError) as refused:
        parse_date(text)
    assert refused.value.reason == reason
