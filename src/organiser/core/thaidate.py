"""Buddhist-era dates and Thai times: formatting and parsing at the edges of the app.

Dates are stored as ISO Gregorian `datetime.date`; B.E. = C.E. + 543 only for people.
Styles:
- ``short``   30 ม.ค. 2550        (lists)           / 30 Jan 2007
- ``numeric`` 30/01/2550                             / 30/01/2007
- ``long``    30 มกราคม 2550                         / 30 January 2007
- ``formal``  30 มกราคม พ.ศ. 2550  (documents)       / 30 January 2007
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

BE_OFFSET = 543

MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_TH_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS_TH = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_FROM_THAI = str.maketrans(THAI_DIGITS, "0123456789")

Style = Literal["short", "numeric", "long", "formal"]


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def from_thai_digits(text: str) -> str:
    return text.translate(_FROM_THAI)


def be_year(year: int) -> int:
    return year + BE_OFFSET


def format_date(
    value: dt.date, style: Style = "short", lang: str = "th", thai_digits: bool = False
) -> str:
    if lang != "th":
        if style == "numeric":
            return f"{value.day:02d}/{value.month:02d}/{value.year}"
        month = MONTHS_EN[value.month - 1]
        if style == "short":
            month = month[:3]
        return f"{value.day} {month} {value.year}"
    year = be_year(value.year)
    if style == "numeric":
        text = f"{value.day:02d}/{value.month:02d}/{year}"
    elif style == "short":
        text = f"{value.day} {MONTHS_TH_SHORT[value.month - 1]} {year}"
    elif style == "long":
        text = f"{value.day} {MONTHS_TH[value.month - 1]} {year}"
    else:
        text = f"{value.day} {MONTHS_TH[value.month - 1]} พ.ศ. {year}"
    return to_thai_digits(text) if thai_digits else text


def format_weekday(value: dt.date, lang: str = "th") -> str:
    if lang == "th":
        return "วัน" + WEEKDAYS_TH[value.weekday()]
    return WEEKDAYS_EN[value.weekday()]


def format_date_range(
    start: dt.date, end: dt.date, lang: str = "th", style: Style = "formal"
) -> str:
    """`30–31 มกราคม พ.ศ. 2550`, `30 ม.ค. – 2 ก.พ. 2550`, `30–31 January 2007`."""
    if end < start:
        start, end = end, start
    if start == end:
        return format_date(start, style, lang)
    if start.year == end.year and start.month == end.month:
        tail = format_date(end, style, lang)
        return f"{start.day}–{tail}"
    if start.year == end.year:
        first = format_date(start, style, lang)
        # drop the year (and era) from the first half
        year_part = " พ.ศ. " if (lang == "th" and style == "formal") else " "
        year_text = str(be_year(start.year) if lang == "th" else start.year)
        first = first.removesuffix(year_part + year_text).removesuffix(" " + year_text)
        return f"{first} – {format_date(end, style, lang)}"
    return f"{format_date(start, style, lang)} – {format_date(end, style, lang)}"


def format_time(value: dt.time, lang: str = "th", sep: str = ".") -> str:
    """`09.00 น.` in Thai, `09:00` in English."""
    if lang == "th":
        return f"{value.hour:02d}{sep}{value.minute:02d} น."
    return f"{value.hour:02d}:{value.minute:02d}"


def format_moment(at: dt.datetime, lang: str = "th") -> str:
    """A stored (UTC) moment in this laptop's time zone: `25 พ.ย. 2569 20.25 น.` in Thai,
    `25 Nov 2026 20:25` in English."""
    local = at.astimezone() if at.tzinfo else at.replace(tzinfo=dt.UTC).astimezone()
    return f"{format_date(local.date(), 'short', lang)} {format_time(local.time(), lang)}"


def format_time_range(start: dt.time, end: dt.time, lang: str = "th") -> str:
    """`09.00–10.30 น.` in Thai, `09:00–10:30` in English."""
    if lang == "th":
        return f"{start.hour:02d}.{start.minute:02d}–{end.hour:02d}.{end.minute:02d} น."
    return f"{start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d}"


def fiscal_year(value: dt.date) -> int:
    """The Thai government fiscal year (Oct–Sep), named by the B.E. year in which it ends."""
    return be_year(value.year + 1 if value.month >= 10 else value.year)


def fiscal_year_bounds(fy_be: int) -> tuple[dt.date, dt.date]:
    """First and last day of fiscal year `fy_be` (a B.E. year)."""
    end_year = fy_be - BE_OFFSET
    return dt.date(end_year - 1, 10, 1), dt.date(end_year, 9, 30)


def format_fiscal_year(fy_be: int, lang: str = "th") -> str:
    if lang == "th":
        return f"ปีงบประมาณ {fy_be}"
    return f"Fiscal year {fy_be - BE_OFFSET}"


# ---------------------------------------------------------------- parsing

_MONTH_LOOKUP: dict[str, int] = {}
for _i, _name in enumerate(MONTHS_TH):
    _MONTH_LOOKUP[_name] = _i + 1
for _i, _name in enumerate(MONTHS_TH_SHORT):
    _MONTH_LOOKUP[_name] = _i + 1
    _MONTH_LOOKUP[_name.replace(".", "")] = _i + 1
for _i, _name in enumerate(MONTHS_EN):
    _MONTH_LOOKUP[_name.lower()] = _i + 1
    _MONTH_LOOKUP[_name[:3].lower()] = _i + 1

_ERA_WORDS = re.compile(r"(พ\.\s*ศ\.|ค\.\s*ศ\.|\bB\.?E\.?|\bA\.?D\.?|\bC\.?E\.?)", re.IGNORECASE)


class DateParseError(ValueError):
    """Why a text is not a date: `reason` is one of UNREADABLE, UNKNOWN_MONTH, NO_SUCH_DAY,
    OUT_OF_RANGE (EMPTY for blank text), for the interface to word in the user's language."""

    EMPTY = "empty"
    UNREADABLE = "unreadable"
    UNKNOWN_MONTH = "unknown_month"
    NO_SUCH_DAY = "no_such_day"
    OUT_OF_RANGE = "out_of_range"

    def __init__(self, message: str, reason: str = UNREADABLE) -> None:
        super().__init__(message)
        self.reason = reason


# Years the parser accepts. A four-digit year is read as B.E. from 2400 up and as C.E. below,
# so only C.E. years whose B.E. form is 2400 or more (and which stay below 2400 themselves)
# read back as the same day: anything outside would silently become another date.
FIRST_YEAR = 1900
LAST_YEAR = 2399


def _year_to_ce(year: int, era_hint: str | None, assume_be: bool) -> int:
    if year < 100:  # two-digit years: Thai users mean B.E. (50 -> 2550)
        be = era_hint == "be" or (era_hint is None and assume_be)
        return (2500 + year - BE_OFFSET) if be else (2000 + year)
    if era_hint == "be":
        return year - BE_OFFSET
    if era_hint == "ce":
        return year
    # A four-digit year above 2400 can only be B.E. in this app's range.
    if year >= 2400:
        return year - BE_OFFSET
    return year


def _make_date(year_text: str, month: int, day: int, era: str | None, assume_be: bool) -> dt.date:
    if len(year_text) == 3:  # "255" is a year typed half-way, never a year of this app
        raise DateParseError(f"not a year: {year_text}", DateParseError.UNREADABLE)
    year = _year_to_ce(int(year_text), era, assume_be)
    if not 1 <= month <= 12:
        raise DateParseError(f"no month {month}", DateParseError.UNKNOWN_MONTH)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateParseError(f"year out of range: {year_text}", DateParseError.OUT_OF_RANGE)
    try:
        return dt.date(year, month, day)
    except ValueError as exc:  # 31 February, 32 January
        raise DateParseError(str(exc), DateParseError.NO_SUCH_DAY) from exc


def parse_date(text: str, assume_be: bool = True) -> dt.date:
    """Parse what a Thai or English user types: `30 ม.ค. 2550`, `30/1/50`, `30 มกราคม พ.ศ. 2550`,
    `๓๐/๐๑/๒๕๕๐`, `2007-01-30`, `30 Jan 2007`. Raises DateParseError (with a reason) for
    anything else, including impossible dates such as 31/02/2550 and unknown months: a text is
    never guessed into another date."""
    raw = from_thai_digits(text).strip()
    if not raw:
        raise DateParseError("empty date", DateParseError.EMPTY)
    era: str | None = None
    match = _ERA_WORDS.search(raw)
    if match:
        word = match.group(0).replace(" ", "").upper()
        era = "be" if word.startswith("พ") or word.startswith("B") else "ce"
        raw = (raw[: match.start()] + " " + raw[match.end() :]).strip()
    raw = re.sub(r"^(วัน\S*?ที่|วันที่|ที่)\s*", "", raw)
    raw = re.sub(r"\s+", " ", raw)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if iso:
        year_text, month_text, day_text = iso.groups()
        year_era = era or ("ce" if int(year_text) < 2400 else "be")
        return _make_date(year_text, int(month_text), int(day_text), year_era, assume_be)
    numeric = re.fullmatch(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{2,4})", raw)
    if numeric:
        day_text, _sep, month_text, year_text = numeric.groups()
        return _make_date(year_text, int(month_text), int(day_text), era, assume_be)
    named = re.fullmatch(r"(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d{2,4})", raw)
    if named:
        month_text = named.group(2).strip().rstrip(",").lower()
        month_num = _MONTH_LOOKUP.get(month_text) or _MONTH_LOOKUP.get(month_text.replace(" ", ""))
        if month_num is None:
            raise DateParseError(f"unknown month: {month_text}", DateParseError.UNKNOWN_MONTH)
        return _make_date(named.group(3), month_num, int(named.group(1)), era, assume_be)
    raise DateParseError(f"not a date: {text}", DateParseError.UNREADABLE)


_TIME = r"(\d{1,2})(?:\s*[.:]\s*(\d{2}))?(?::\d{2})?"
_SUFFIX = re.compile(r"\s*(น\.?|นาฬิกา|hrs?\.?|h)\s*$", re.IGNORECASE)
_RANGE = re.compile(rf"{_TIME}\s*(?:น\.?|นาฬิกา)?\s*(?:[-–—~]|ถึง|to)\s*{_TIME}", re.IGNORECASE)
_ONWARDS = re.compile(r"(เป็นต้นไป|onwards?|เป็นต้น)$", re.IGNORECASE)


def _clock(hour: str, minute: str | None, text: str) -> dt.time:
    try:
        return dt.time(int(hour), int(minute or 0))
    except ValueError as exc:
        raise DateParseError(f"not a time: {text}") from exc


def parse_time(text: str) -> dt.time:
    """`9.00`, `09:30`, `14.30 น.`, `๑๔.๓๐ น.`, `08:30:00` (a time read from a spreadsheet)"""
    raw = _SUFFIX.sub("", from_thai_digits(text).strip())
    match = re.fullmatch(_TIME, raw)
    if not match:
        raise DateParseError(f"not a time: {text}")
    return _clock(match.group(1), match.group(2), text)


def parse_time_range(text: str) -> tuple[dt.time, dt.time | None]:
    """The start and end of a programme's time cell: `08.30–09.00 น.`, `8:30 - 9:00`,
    `08.30 น. - 09.00 น.`, `๐๘.๓๐-๐๙.๐๐ น.`, `13.00 ถึง 16.00`; a single time (`16.00 น.`,
    `16.00 น. เป็นต้นไป`) has no end (None)."""
    raw = " ".join(from_thai_digits(text).split())
    raw = _ONWARDS.sub("", raw).strip()
    raw = _SUFFIX.sub("", raw)
    match = _RANGE.fullmatch(raw)
    if match:
        start = _clock(match.group(1), match.group(2), text)
        return start, _clock(match.group(3), match.group(4), text)
    return parse_time(raw), None
