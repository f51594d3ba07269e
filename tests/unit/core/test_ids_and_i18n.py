from __future__ import annotations

import uuid

from organiser.core import i18n
from organiser.core.ids import short_code, uuid7


def test_uuid7_is_time_ordered_and_valid() -> None:
    ids = [uuid7() for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_short_codes_avoid_look_alike_characters() -> None:
    codes = {short_code() for _ in range(500)}
    assert len(codes) == 500
    assert not any(set(c) & set("01OIL") for c in codes)


def test_messages_follow_the_language() -> None:
    i18n.set_language("th")
    assert i18n._("Main hall") == "ห้องประชุมใหญ่"
    with i18n.use_language("en"):
        assert i18n._("Main hall") == "Main hall"
    i18n.set_language("en")
    assert i18n._("Main hall") == "Main hall"
