"""Which match is best: the one order shared by the People search and the venue desk.

People at a desk say the last digits of their phone, their full name, or the start of it; the
organisation is the weakest clue (many people share one, and its name often holds a place name
that is also part of someone's family name: สุดา ณ พัทลุง versus a สุดา from a fund in พัทลุง).
So a match is ranked by *how* it matched, and only then in Thai order. The desk checks a person
in on Enter only when one match is in a better tier than every other (`clearly_best`).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
PHONE_LIKE = re.compile(r"[\d\s\-+().]+")
MIN_PHONE_END = 3  # fewer digits than this end too many numbers to mean anyone


class MatchRank(enum.IntEnum):
    CODE = 0  # the registration code, exactly (the desk only)
    PHONE_END = 1  # the phone number ends with the digits typed
    FULL_NAME = 2  # the whole given name or nickname, or the given name and the family name
    NAME_PREFIX = 3  # every word typed starts a name (or the phone number starts with it)
    OTHER = 4  # anywhere else: inside a name, the organisation, e-mail, the middle of a number


@dataclass(frozen=True)
class Typed:
    """What was typed, normalised once per keystroke."""

    text: str  # NFC, Thai digits as 0–9, casefolded, single spaces
    words: tuple[str, ...]
    digits: str  # the phone digits when the text is phone-like (`081-234`, `+66 81`), else ""


def phone_digits(norm: str) -> str:
    """The digits of a phone-like text (already normalised), national form; '' if not one."""
    if not (PHONE_LIKE.fullmatch(norm) and any(ch.isdigit() for ch in norm)):
        return ""
    digits = re.sub(r"\D", "", norm)
    if norm.lstrip().startswith("+66") and len(digits) > 2:
        digits = "0" + digits[2:]
    return digits


def normalise_typed(raw: str) -> str:
    norm = unicodedata.normalize("NFC", raw).translate(THAI_DIGITS).replace("\u200b", "")
    return norm.strip().casefold()


def read_typed(raw: str) -> Typed:
    norm = normalise_typed(raw)
    words = tuple(norm.split())
    return Typed(" ".join(words), words, phone_digits(norm))


def _fold(text: str) -> str:
    # what was typed is NFC; stored names are NFC too (the editors and the import normalise)
    return " ".join(text.split()).casefold() if text else ""


def match_rank(
    typed: Typed,
    *,
    title: str,
    given_name: str,
    family_name: str,
    nickname: str,
    phone: str,
    code: str = "",
) -> MatchRank:
    """How well one person (or registration) matches what was typed; lower is better."""
    if not typed.words:
        return MatchRank.OTHER
    if code and typed.text.replace(" ", "") == code.casefold():
        return MatchRank.CODE
    if typed.digits:
        if len(typed.digits) >= MIN_PHONE_END and phone.endswith(typed.digits):
            return MatchRank.PHONE_END
        return MatchRank.NAME_PREFIX if phone.startswith(typed.digits) else MatchRank.OTHER
    # hundreds of candidates are ranked per keystroke: plain string tests, no regex, and an
    # early answer for the many that matched elsewhere (an organisation word)
    text = typed.text
    own_title = title.casefold()
    if own_title and text.startswith(own_title) and len(text) > len(own_title):
        text = text[len(own_title) :].lstrip()  # "นางสุดา ณ พัทลุง": her own title typed too
    words = text.split()
    names = f"{given_name} {family_name} {nickname}".casefold()
    if not words or words[0] not in names or words[-1] not in names:
        return MatchRank.OTHER
    given, nick = _fold(given_name), _fold(nickname)
    family = _fold(family_name)
    full = f"{given} {family}" if family else given
    if text in (full, given, nick) or (
        family and text.startswith(given + " ") and full.startswith(text)
    ):
        return MatchRank.FULL_NAME
    starts = names.split()
    for word in words:
        for start in starts:
            if start.startswith(word):
                break
        else:
            return MatchRank.OTHER
    return MatchRank.NAME_PREFIX


def clearly_best(ranks: Sequence[int]) -> bool:
    """One match stands above the rest (ranks best first): Enter may act on it alone."""
    return len(ranks) == 1 or (len(ranks) > 1 and ranks[0] < ranks[1])
