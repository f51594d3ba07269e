"""The kind of an organisation guessed from its name, as offices write names in their lists.

An import creates organisations it has never seen; "other" for all of them left the counts per
kind (invitation list, memoranda) useless. The words below are how the networks and agencies name
themselves. Order matters: the first rule that matches wins, so the names that contain another
kind's word come first ("สำนักงานสหกรณ์จังหวัด" is an agency, not a cooperative; "สหกรณ์ออมทรัพย์"
is a cooperative, not a savings group; "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร" is a bank).
"""

from __future__ import annotations

import re
import unicodedata

from organiser.domain.people import OrganisationKind

K = OrganisationKind

# (kind, words anywhere in the name, words the name starts with); compared without spaces,
# case-folded.
_RULES: tuple[tuple[OrganisationKind, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        K.STATE_BANK,
        (
            "ธ.ก.ส",
            "ธกส",
            "ธนาคารเพื่อการเกษตร",
            "ธนาคารออมสิน",
            "ธนาคารอาคารสงเคราะห์",
            "ธ.อ.ส",
            "ธนาคารกรุงไทย",
            "ธนาคารพัฒนาวิสาหกิจ",
            "ธนาคารอิสลาม",
            "baac",
            "governmentsavingsbank",
        ),
        ("ออมสิน", "ธพว"),
    ),
    (
        K.LOCAL_ADMINISTRATION,
        (
            "องค์การบริหารส่วนตำบล",
            "องค์การบริหารส่วนจังหวัด",
            "อบต",
            "อบจ",
            "เทศบาล",
            "กรุงเทพมหานคร",
            "เมืองพัทยา",
            "subdistrictadministrative",
            "municipality",
        ),
        ("ทต.", "ทม.", "ทน."),
    ),
    (
        K.ACADEMIC,
        ("มหาวิทยาลัย", "ราชภัฏ", "วิทยาลัย", "โรงเรียน", "university", "college"),
        ("มรภ.", "ม.อ.", "มทษ."),
    ),
    (
        K.GOVERNMENT_AGENCY,
        (
            "สถาบันพัฒนาองค์กรชุมชน",
            "พอช",
            "สำนักงานพัฒนาชุมชน",
            "พัฒนาชุมชนจังหวัด",
            "พัฒนาชุมชนอำเภอ",
            "ที่ว่าการอำเภอ",
            "ศาลากลาง",
            "ตรวจบัญชีสหกรณ์",
            "ส่งเสริมสหกรณ์",
            "สำนักงานสหกรณ์",
            "โรงพยาบาล",
            "รพ.สต",
            "ministry",
            "department",
        ),
        ("สำนักงาน", "กรม", "กระทรวง", "พช.", "สนง.", "ศูนย์ราชการ"),
    ),
    (
        K.NGO,
        ("มูลนิธิ", "สมาคม", "องค์กรพัฒนาเอกชน", "foundation", "association"),
        ("ngo",),
    ),
    (K.COOPERATIVE, ("สหกรณ์", "cooperative", "co-op"), ("สก.",)),
    (K.WELFARE_FUND, ("สวัสดิการ", "welfare"), ()),
    (
        K.VILLAGE_FUND,
        ("กองทุนหมู่บ้าน", "กองทุนชุมชนเมือง", "กทบ", "ธนาคารหมู่บ้าน", "villagefund"),
        (),
    ),
    (
        K.SAVINGS_GROUP,
        ("ออมทรัพย์", "สัจจะ", "ธนาคารชุมชน", "กลุ่มออม", "savings"),
        (),
    ),
    (K.COMMUNITY_ENTERPRISE, ("วิสาหกิจ", "วสช", "enterprise"), ()),
    (K.NETWORK, ("เครือข่าย", "network"), ()),
)


def _key(name: str) -> str:
    return "".join(unicodedata.normalize("NFC", name).casefold().split())


_COMPILED = tuple(
    (kind, tuple(_key(w) for w in anywhere), tuple(_key(w) for w in starts))
    for kind, anywhere, starts in _RULES
)
_LEADING = re.compile(r"^[\W\d_]+")


def guess_organisation_kind(name: str) -> OrganisationKind:
    """The kind a name says, or OTHER when the name does not say it."""
    key = _LEADING.sub("", _key(name))
    if not key:
        return K.OTHER
    for kind, anywhere, starts in _COMPILED:
        if any(w in key for w in anywhere) or key.startswith(starts):
            return kind
    return K.OTHER
