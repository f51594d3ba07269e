"""Which column of a programme holds what: the header row found and its headers guessed, or,
for rows pasted without one, the columns guessed from what their cells hold."""

from __future__ import annotations

import enum
import re
import unicodedata

from organiser.core.i18n import N_, _
from organiser.core.thaidate import DateParseError, parse_time_range


class Column(enum.StrEnum):
    IGNORE = "ignore"
    DAY = "day"
    TIME = "time"  # a range in one cell: 08.30–09.00 น.
    START = "start"
    END = "end"
    TITLE = "title"
    KIND = "kind"
    ROOM = "room"
    PEOPLE = "people"
    DESCRIPTION = "description"
    OUTPUT = "expected_output"


LABELS: dict[Column, str] = {
    Column.IGNORE: N_("(not imported)"),
    Column.DAY: N_("Day"),
    Column.TIME: N_("Time (start–end)"),
    Column.START: N_("Start"),
    Column.END: N_("End"),
    Column.TITLE: N_("Session"),
    Column.KIND: N_("Kind"),
    Column.ROOM: N_("Room"),
    Column.PEOPLE: N_("Speakers and facilitators"),
    Column.DESCRIPTION: N_("Description"),
    Column.OUTPUT: N_("Expected output"),
}


def column_label(column: Column) -> str:
    return _(LABELS[column])


# Headers as offices write them, compared after `_key` (no spaces or punctuation).
_SYNONYMS: dict[Column, tuple[str, ...]] = {
    Column.IGNORE: ("ลำดับ", "ลำดับที่", "ที่", "no", "#"),
    Column.DAY: ("วัน", "วันที่", "วัน/เดือน/ปี", "วันเดือนปี", "date", "day"),
    Column.TIME: ("เวลา", "ช่วงเวลา", "time", "times"),
    Column.START: ("เริ่ม", "เวลาเริ่ม", "start", "from", "begins"),
    Column.END: ("สิ้นสุด", "ถึง", "เวลาสิ้นสุด", "end", "to", "until", "ends"),
    Column.TITLE: (
        "กิจกรรม", "หัวข้อ", "รายการ", "กำหนดการ", "ประเด็น", "หัวข้อ/กิจกรรม", "รายละเอียดกิจกรรม",
        "session", "activity", "title", "topic", "programme", "program", "item", "agenda",
    ),
    Column.KIND: ("ประเภท", "ชนิด", "kind", "type"),
    Column.ROOM: ("ห้อง", "ห้องประชุม", "สถานที่", "room", "venue", "place", "location"),
    Column.PEOPLE: (
        "วิทยากร", "ผู้นำ", "ผู้ดำเนินการ", "ผู้ดำเนินรายการ", "ผู้บรรยาย", "ผู้รับผิดชอบ", "ผู้นำเสนอ",
        "วิทยากร/ผู้ดำเนินการ", "speaker", "speakers", "facilitator", "presenter", "by",
    ),
    Column.DESCRIPTION: ("รายละเอียด", "หมายเหตุ", "description", "details", "notes", "note"),
    Column.OUTPUT: ("ผลที่คาดว่าจะได้รับ", "ผลลัพธ์", "ผลที่คาดหวัง", "expected output", "output"),
}  # fmt: skip

_STRIP = re.compile(r"[\s\-_./:*()\[\]]+")


def _key(text: str) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFC", text).casefold())


_EXACT = {_key(w): c for c, words in _SYNONYMS.items() for w in words}


def guess_column(header: str) -> Column | None:
    key = _key(header)
    if not key or len(key) > 30:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for word, column in sorted(_EXACT.items(), key=lambda kv: -len(kv[0])):
        if len(word) >= 4 and word in key and column is not Column.IGNORE:
            return column
    return None


def find_header(rows: list[list[str]], scan: int = 15) -> int | None:
    """The row naming a time or session column and at least one more (title rows above are
    skipped); None when the rows have no header."""
    best, best_score = None, 1
    for i, row in enumerate(rows[:scan]):
        found = {guess_column(c) for c in row if c} - {None, Column.IGNORE}
        if found & {Column.TIME, Column.START, Column.TITLE} and len(found) > best_score:
            best, best_score = i, len(found)
    return best


def guess_from_headers(headers: list[str]) -> list[Column]:
    used: set[Column] = set()
    out: list[Column] = []
    for header in headers:
        column = guess_column(header)
        if column is None or column is Column.IGNORE or column in used:
            out.append(Column.IGNORE)
        else:
            out.append(column)
            used.add(column)
    return out


def _is_time(text: str) -> bool:
    try:
        parse_time_range(text)
    except DateParseError:
        return False
    return True


def guess_from_cells(rows: list[list[str]], width: int) -> list[Column]:
    """No header: the first column whose cells are mostly times is the time; the column with
    the longest texts is the session; one before the time holding other text is the day."""
    out = [Column.IGNORE] * width
    sample = rows[:200]

    def filled(col: int) -> list[str]:
        return [r[col] for r in sample if col < len(r) and r[col]]

    time_col = next(
        (
            c
            for c in range(width)
            if (cells := filled(c)) and sum(map(_is_time, cells)) * 2 > len(cells)
        ),
        None,
    )
    if time_col is not None:
        out[time_col] = Column.TIME
    lengths = {
        c: sum(len(x) for x in filled(c)) for c in range(width) if c != time_col and filled(c)
    }
    if lengths:
        title_col = max(lengths, key=lambda c: lengths[c])
        out[title_col] = Column.TITLE
        if time_col is not None and time_col > 0 and out[0] is Column.IGNORE:
            out[0] = Column.DAY
    return out
