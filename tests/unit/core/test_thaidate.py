from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from organiser.core.thaidate import (
    DateParseError,
    fiscal_year,
    fiscal_year_bounds,
    format_date,
    format_date_range,
    format_fiscal_year,
    format_time,
    format_time_range,
    parse_date,
    parse_time,
)

SEMINAR = dt.date(2007, 1, 30)


def test_styles_in_thai_use_buddhist_era() -> None:
    assert format_date(SEMINAR, "short") == "30 ม.ค. 2550"
    assert format_date(SEMINAR, "numeric") == "30/01/2550"
    assert format_date(SEMINAR, "long") == "30 มกราคม 2550"
    assert format_date(SEMINAR, "formal") == "30 มกราคม พ.ศ. 2550"
    assert format_date(SEMINAR, "formal", thai_digits=True) == "๓๐ มกราคม พ.ศ. ๒๕๕๐"


def test_english_keeps_common_era() -> None:
    assert format_date(SEMINAR, "short", "en") == "30 Jan 2007"
    assert format_date(SEMINAR, "formal", "en") == "30 January 2007"


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        (dt.date(2007, 1, 30), dt.date(2007, 1, 31), "th", "30–31 มกราคม พ.ศ. 2550"),
        (dt.date(2007, 1, 30), dt.date(2007, 1, 31), "en", "30–31 January 2007"),
        (dt.date(2007, 1, 30), dt.date(2007, 2, 1), "th", "30 มกราคม – 1 กุมภาพันธ์ พ.ศ. 2550"),
        (
            dt.date(2006, 12, 31),
            dt.date(2007, 1, 1),
            "th",
            "31 ธันวาคม พ.ศ. 2549 – 1 มกราคม พ.ศ. 2550",
        ),
        (dt.date(2007, 1, 30), dt.date(2007, 1, 30), "th", "30 มกราคม พ.ศ. 2550"),
    ],
)
def test_ranges(start: dt.date, end: dt.date, lang: str, expected: str) -> None:
    assert format_date_range(start, end, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "30 ม.ค. 2550",
        "30 มกราคม 2550",
        "30 มกราคม พ.ศ. 2550",
        "30/01/2550",
        "30/1/50",
        "๓๐/๐๑/๒๕๕๐",
        "วันที่ 30 มกราคม พ.ศ. 2550",
        "2007-01-30",
        "30 Jan 2007",
        "30 January 2007",
        "30.1.2550",
    ],
)
def test_parses_what_people_type(text: str) -> None:
    assert parse_date(text) == SEMINAR


@pytest.mark.parametrize(
    "text", ["31/02/2550", "29 ก.พ. 2550", "", "พรุ่งนี้", "32/01/2550", "30 Foo 2550"]
)
def test_rejects_impossible_or_unreadable_dates(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text)


@pytest.mark.parametrize(
    "day",
    [
        dt.date(2007, 1, 1),
        dt.date(2006, 12, 31),
        dt.date(2008, 2, 29),
        dt.date(2024, 2, 29),
        dt.date(2000, 2, 29),
        dt.date(2025, 12, 31),
        dt.date(2026, 1, 1),
    ],
)
def test_round_trip_at_year_boundaries_and_leap_days(day: dt.date) -> None:
    for style in ("short", "numeric", "long", "formal"):
        assert parse_date(format_date(day, style)) == day  # type: ignore[arg-type]
        assert parse_date(format_date(day, style, thai_digits=True)) == day  # type: ignore[arg-type]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2300, 12, 31)))
def test_round_trip_any_date(day: dt.date) -> None:
    assert parse_date(format_date(day, "short")) == day
    assert parse_date(format_date(day, "formal", "en"), assume_be=False) == day


def test_leap_year_in_be_is_the_gregorian_one() -> None:
    assert parse_date("29/02/2551") == dt.date(2008, 2, 29)  # 2551 B.E. = 2008, a leap year
    with pytest.raises(DateParseError):
        parse_date("29/02/2550")


def test_times() -> None:
    assert format_time(dt.time(9, 0)) == "09.00 น."
    assert format_time(dt.time(14, 30), "en") == "14:30"
    assert format_time_range(dt.time(9), dt.time(10, 30)) == "09.00–10.30 น."
    assert parse_time("๑๔.๓๐ น.") == dt.time(14, 30)
    assert parse_time("9:05") == dt.time(9, 5)
    with pytest.raises(DateParseError):
        parse_time("25.00")


def test_fiscal_year_runs_october_to_september() -> None:
    assert fiscal_year(dt.date(2006, 9, 30)) == 2549
    assert fiscal_year(dt.date(2006, 10, 1)) == 2550
    assert fiscal_year(dt.date(2007, 9, 30)) == 2550
    assert fiscal_year_bounds(2551) == (dt.date(2007, 10, 1), dt.date(2008, 9, 30))
    assert format_fiscal_year(2551) == "ปีงบประมาณ 2551"


def test_a_stored_moment_is_shown_in_local_time_and_the_buddhist_era() -> None:
    from organiser.core.thaidate import format_moment

    at = dt.datetime(2026, 11, 25, 13, 25, tzinfo=dt.UTC)
    local = at.astimezone()
    thai = format_moment(at, "th")
    assert thai.endswith(f"{local:%H.%M} น.")
    assert f"{local.year + 543}" in thai and "2026" not in thai
    assert format_moment(at, "en").endswith(f"{local.year} {local:%H:%M}")
    assert format_moment(at.replace(tzinfo=None), "en") == format_moment(at, "en")  # naive = UTC
