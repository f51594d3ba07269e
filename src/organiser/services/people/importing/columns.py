"""Which column holds what: the header row is found and its Thai or English headers guessed."""

from __future__ import annotations

import enum
import re
import unicodedata

from organiser.core.i18n import N_, _


class Field(enum.StrEnum):
    IGNORE = "ignore"
    TITLE = "title"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"
    NICKNAME = "nickname"
    PHONE = "phone"
    EMAIL = "email"
    LINE_ID = "line_id"
    ORGANISATION = "organisation"
    POSITION = "position"
    PROVINCE = "province"
    DISTRICT = "district"
    SUBDISTRICT = "subdistrict"
    VILLAGE_NO = "village_no"
    DIET = "diet"
    ACCESS_NEEDS = "access_needs"
    NOTES = "notes"
    ROLE = "role"
    STATUS = "status"


FIELD_LABELS: dict[Field, str] = {
    Field.IGNORE: N_("(not imported)"),
    Field.TITLE: N_("Name title"),
    Field.GIVEN_NAME: N_("Given name"),
    Field.FAMILY_NAME: N_("Family name"),
    Field.FULL_NAME: N_("Full name (title, given and family name)"),
    Field.NICKNAME: N_("Nickname"),
    Field.PHONE: N_("Phone"),
    Field.EMAIL: N_("E-mail"),
    Field.LINE_ID: N_("LINE ID"),
    Field.ORGANISATION: N_("Organisation"),
    Field.POSITION: N_("Position"),
    Field.PROVINCE: N_("Province"),
    Field.DISTRICT: N_("District"),
    Field.SUBDISTRICT: N_("Sub-district"),
    Field.VILLAGE_NO: N_("Village no."),
    Field.DIET: N_("Diet"),
    Field.ACCESS_NEEDS: N_("Access needs"),
    Field.NOTES: N_("Notes"),
    Field.ROLE: N_("Role"),
    Field.STATUS: N_("Status"),
}


def field_label(f: Field) -> str:
    return _(FIELD_LABELS[f])


# Headers as offices write them. Compared after `header_key` (no spaces or punctuation).
_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.IGNORE: ("ลำดับ", "ลำดับที่", "ที่", "no", "no.", "#", "seq", "ลายมือชื่อ", "ลงชื่อ"),
    Field.TITLE: ("คำนำหน้า", "คำนำหน้าชื่อ", "คำนำ", "title", "prefix", "salutation"),
    Field.GIVEN_NAME: ("ชื่อ", "ชื่อจริง", "first name", "given name", "firstname", "forename"),
    Field.FAMILY_NAME: ("นามสกุล", "สกุล", "last name", "surname", "family name", "lastname"),
    Field.FULL_NAME: (
        "ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อสกุล", "ชื่อ นามสกุล", "ชื่อและนามสกุล",
        "ชื่อ-สกุลผู้เข้าร่วม", "ชื่อผู้เข้าร่วม", "ชื่อผู้เข้าร่วมประชุม", "ผู้เข้าร่วม",
        "full name", "name", "participant", "fullname",
    ),
    Field.NICKNAME: ("ชื่อเล่น", "nickname", "nick name"),
    Field.PHONE: (
        "เบอร์โทร", "เบอร์โทรศัพท์", "โทรศัพท์", "โทร", "มือถือ", "เบอร์มือถือ", "เบอร์ติดต่อ",
        "หมายเลขโทรศัพท์", "phone", "tel", "telephone", "mobile", "phone number",
    ),
    Field.EMAIL: ("อีเมล", "อีเมล์", "อีเมลล์", "e-mail", "email", "mail"),
    Field.LINE_ID: ("ไลน์", "ไอดีไลน์", "line", "line id", "lineid"),
    Field.ORGANISATION: (
        "หน่วยงาน", "องค์กร", "สังกัด", "ชื่อองค์กร", "ชื่อหน่วยงาน", "หน่วยงาน/องค์กร",
        "องค์กร/หน่วยงาน", "กลุ่ม/องค์กร", "ชื่อกลุ่ม", "organisation", "organization", "agency",
        "affiliation",
    ),
    Field.POSITION: ("ตำแหน่ง", "position", "job title"),
    Field.PROVINCE: ("จังหวัด", "จ.", "province"),
    Field.DISTRICT: ("อำเภอ", "เขต", "อ.", "district", "amphoe"),
    Field.SUBDISTRICT: ("ตำบล", "แขวง", "ต.", "subdistrict", "sub-district", "tambon"),
    Field.VILLAGE_NO: ("หมู่", "หมู่ที่", "ม.", "village", "village no", "moo"),
    Field.DIET: ("อาหาร", "อาหารพิเศษ", "ประเภทอาหาร", "diet", "dietary"),
    Field.ACCESS_NEEDS: ("ความต้องการพิเศษ", "ความช่วยเหลือพิเศษ", "access", "access needs"),
    Field.NOTES: ("หมายเหตุ", "notes", "note", "remark", "remarks"),
    Field.ROLE: ("บทบาท", "ประเภท", "ประเภทผู้เข้าร่วม", "role"),
    Field.STATUS: ("สถานะ", "การตอบรับ", "ยืนยัน", "status", "rsvp"),
}  # fmt: skip

_STRIP = re.compile(r"[\s\-_./:*()\[\]]+")


def header_key(text: str) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFC", text).casefold())


_EXACT: dict[str, Field] = {}
for _field, _words in _SYNONYMS.items():
    for _word in _words:
        _EXACT.setdefault(header_key(_word), _field)
_CONTAINS = sorted(
    ((k, f) for k, f in _EXACT.items() if len(k) >= 4 and f is not Field.IGNORE),
    key=lambda kf: -len(kf[0]),
)


def guess_field(header: str) -> Field | None:
    """The field a header names, or None when it names nothing known."""
    key = header_key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    if len(key) > 40:  # a sentence, not a header
        return None
    for word, f in _CONTAINS:
        if word in key:
            return f
    return None


def guess_mapping(headers: list[str]) -> list[Field]:
    """One field per column; each field at most once (the leftmost column wins)."""
    guesses = [guess_field(h) for h in headers]
    result: list[Field] = []
    used: set[Field] = set()
    for g in guesses:
        if g is None or g is Field.IGNORE or g in used:
            result.append(Field.IGNORE)
        else:
            result.append(g)
            used.add(g)
    # "ชื่อ" alone, with no family-name column, holds the whole name
    if Field.GIVEN_NAME in used and Field.FAMILY_NAME not in used and Field.FULL_NAME not in used:
        result[result.index(Field.GIVEN_NAME)] = Field.FULL_NAME
    return result


def header_score(cells: list[str]) -> int:
    return sum(1 for c in cells if c and guess_field(c) not in (None, Field.IGNORE))


def find_header(rows: list[list[str]], scan: int = 30) -> int | None:
    """Index of the row that looks most like a header (title rows above it are skipped);
    None when no row names any known field."""
    best, best_score = None, 0
    for i, row in enumerate(rows[:scan]):
        score = header_score(row)
        if score > best_score:
            best, best_score = i, score
    return best


def has_name(mapping: list[Field]) -> bool:
    return Field.FULL_NAME in mapping or Field.GIVEN_NAME in mapping
