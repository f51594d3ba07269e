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
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


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
    given, family, nick, prefix = (
        _fold(given_name),
        _fold(family_name),
        _fold(nickname),
        _fold(title),
    )
    name = typed.text
    if prefix and name.startswith(prefix) and len(name) > len(prefix):
        name = name[len(prefix) :].lstrip()  # "นางสุดา ณ พัทลุง": her own title typed too
    full = f"{given} {family}".strip()
    if name and (
        name in (full, given, nick)
        or (family and name.startswith(given + " ") and full.startswith(name))
    ):
        return MatchRank.FULL_NAME
    starts = (given.split() + family.split() + nick.split()) if name else []
    if starts and all(any(s.startswith(w) for s in starts) for w in name.split()):
        return MatchRank.NAME_PREFIX
    return MatchRank.OTHER


def clearly_best(ranks: Sequence[int]) -> bool:
    """One match stands above the rest (ranks best first): Enter may act on it alone."""
    return len(ranks) == 1 or (len(ranks) > 1 and ranks[0] < ranks[1])
