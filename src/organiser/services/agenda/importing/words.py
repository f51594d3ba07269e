"""What a programme's words mean: the kind of a session from its title, and the day a day
cell names (a date in any Thai or English form, or "วันที่ 1" / "Day 1" of the seminar)."""

from __future__ import annotations

import datetime as dt
import re

from organiser.core.thaidate import DateParseError, from_thai_digits, parse_date
from organiser.domain.agenda import SessionKind

# First match wins: "พักรับประทานอาหารว่าง" is a break before it is a meal, and "เปิดการสัมมนา"
# (opening) holds "ปิดการสัมมนา" (closing).
_KIND_WORDS: tuple[tuple[SessionKind, tuple[str, ...]], ...] = (
    (SessionKind.REGISTRATION, ("ลงทะเบียน", "registration", "register")),
    (SessionKind.OPENING, ("พิธีเปิด", "เปิดการสัมมนา", "เปิดการประชุม", "เปิดงาน", "กล่าวต้อนรับ",
                           "กล่าวรายงาน", "opening", "welcome")),
    (SessionKind.CLOSING, ("พิธีปิด", "ปิดการสัมมนา", "ปิดการประชุม", "ปิดงาน", "closing")),
    (SessionKind.BREAK, ("อาหารว่าง", "เครื่องดื่ม", "coffee", "tea break", "break")),
    (SessionKind.MEAL, ("รับประทานอาหาร", "อาหารกลางวัน", "อาหารเย็น", "อาหารเช้า", "อาหารค่ำ",
                        "lunch", "dinner", "breakfast", "meal")),
    (SessionKind.TRAVEL, ("เดินทาง", "travel", "departure", "ศึกษาดูงาน")),
    (SessionKind.PANEL, ("อภิปราย", "เสวนา", "panel")),
    (SessionKind.GROUP_WORK, ("แบ่งกลุ่ม", "กลุ่มย่อย", "ประชุมกลุ่ม", "group work", "groups")),
    (SessionKind.PLENARY, ("นำเสนอผล", "ที่ประชุมใหญ่", "สรุปผล", "plenary")),
    (SessionKind.PLANNING, ("จัดทำแผน", "ยกร่างแผน", "วางแผน", "แผนงาน", "planning")),
    (SessionKind.TALK, ("บรรยาย", "talk", "lecture", "keynote")),
)  # fmt: skip


def guess_kind(text: str) -> SessionKind | None:
    """The kind a title (or a kind cell) names; None when no word is known."""
    low = text.casefold()
    for value in SessionKind:  # the stored values themselves: "meal", "group_work"
        if low.strip() == value.value:
            return value
    for kind, words in _KIND_WORDS:
        if any(word in low for word in words):
            return kind
    if "พัก" in low:
        return SessionKind.BREAK
    return None


_ORDINAL = {"แรก": 1, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7}
_RELATIVE = re.compile(r"(?:วันที่|วัน|day)\s*(\d{1,2}|แรก|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด)\s*[:.)]?",
                       re.IGNORECASE)  # fmt: skip


def parse_day(text: str, first_day: dt.date) -> dt.date | None:
    """The day a cell names, or None when it names none."""
    raw = " ".join(from_thai_digits(text).split())
    if not raw:
        return None
    try:
        return parse_date(raw)
    except DateParseError:
        pass
    # "วันอังคารที่ 30 มกราคม 2550 (วันที่ 1)": the date inside a longer heading
    for match in re.finditer(r"\d{1,2}\s*[^\d\s()]{2,12}\.?\s*(?:พ\.\s*ศ\.\s*)?\d{4}", raw):
        try:
            return parse_date(match.group(0))
        except DateParseError:
            continue
    for match in re.finditer(r"\d{1,2}/\d{1,2}/\d{2,4}", raw):
        try:
            return parse_date(match.group(0))
        except DateParseError:
            continue
    relative = _RELATIVE.fullmatch(raw) or _RELATIVE.match(raw)
    if relative and len(raw) <= 40:
        word = relative.group(1)
        n = int(word) if word.isdigit() else _ORDINAL[word]
        if 1 <= n <= 31:
            return first_day + dt.timedelta(days=n - 1)
    return None
