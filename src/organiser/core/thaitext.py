"""Thai text: dictionary sort keys, word breaks for layout, name parts, phone numbers."""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from organiser.core import word_cache

# ---------------------------------------------------------------- sorting

_LEADING_VOWELS = "เแโใไ"
_SWAP = re.compile(r"([เแโใไ])([ก-ฮ])")
# Marks that do not decide dictionary order at the first level: tone marks, mai taikhu,
# thanthakhat, nikhahit, yamakkan, and the repetition/abbreviation signs.
_NON_PRIMARY = dict.fromkeys(
    map(ord, "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0e46\u0e2f")
)


def thai_sort_key(text: str) -> str:
    """A string that sorts in Thai dictionary order with plain code-point comparison.

    Leading vowels (เ แ โ ใ ไ) are written before the consonant they follow in speech, so they
    are moved after it; tone and other marks are compared only when everything else is equal.
    The result is stored in `sort_key` columns so SQL ORDER BY is already in Thai order.
    """
    norm = unicodedata.normalize("NFC", text).strip().casefold()
    swapped = _SWAP.sub(r"\2\1", norm)
    primary = swapped.translate(_NON_PRIMARY)
    marks = "".join(ch for ch in swapped if ord(ch) in _NON_PRIMARY)
    # \x00 separates levels so that a prefix sorts before its extensions
    return f"{primary}\x00{marks}"


def thai_sorted(items: Iterable[str]) -> list[str]:
    return sorted(items, key=thai_sort_key)


# ---------------------------------------------------------------- word breaks

ZWSP = "\u200b"
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
_tokenizer_lock = threading.Lock()
_tokenize: Callable[[str], list[str]] | None = None
_dictionary: WordSet | None = None  # PyThaiNLP's words, the places of Thailand, learnt names
_short_words: ShortWords | None = None  # its words of SHORT_WORD characters at most (sub_words)
_learnt: set[str] = set()

# Agencies' names that the dictionary splits but a reader sees as one (running text still
# breaks between ordinary words: องค์กร|การเงิน|ชุมชน). Places come from the official list.
COMPOUNDS = (
    "หน่วยงานสนับสนุน", "สถาบันพัฒนาองค์กรชุมชน", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร",
    "ธนาคารออมสิน", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "สำนักงานพัฒนาชุมชน",
    "สภาองค์กรชุมชน",
)  # fmt: skip


def _place_names() -> set[str]:
    """Every province, district and sub-district name (the official list, via geothai):
    ``ควนมะพร้าว`` must not become ``ควน|มะพร้าว`` on a badge."""
    import geothai

    names: set[str] = set()
    for province in geothai.provinces():
        names.add(province.name_th)
        for district in geothai.districts(province.code):
            names.add(district.name_th)
            for sub in geothai.subdistricts(district.code):
                names.add(sub.name_th)
    # `สุไหงโก-ลก`, `ปอภาร (ปอพาน)`: each Thai run of a name is a word of its own
    return {run for name in names for run in _THAI_RUN.findall(name)}


class WordSet:
    """A word list with the one question PyThaiNLP's ``newmm`` asks of a dictionary: which
    words start at this position of the text. Built in a tenth of the time of PyThaiNLP's
    own trie (0.1 s against 0.5–1.8 s for 68,000 words), and as fast to search."""

    PREFIX_DEPTH = 4  # prefixes this long are kept, so a search stops early at a dead end

    def __init__(self, words: Iterable[str] = ()) -> None:
        # built in bulk (set comprehensions): a call per word made it twice as slow
        self.words: set[str] = {w for w in words if w}
        self.longest: dict[str, int] = {}  # first two characters -> longest word after them
        for word in self.words:
            if len(word) > self.longest.get(word[:2], 0):
                self.longest[word[:2]] = len(word)
        depth = self.PREFIX_DEPTH
        self.starts: set[str] = {  # the words' prefixes of 3 to PREFIX_DEPTH characters
            w[:n] for w in self.words for n in range(3, min(len(w), depth) + 1)
        }

    @classmethod
    def from_parts(cls, parts: word_cache.Parts) -> WordSet:
        """A word set as `parts()` gave it (read back from the cache: nothing to compute)."""
        made = cls()
        words, starts, longest = parts
        made.words, made.starts, made.longest = set(words), set(starts), dict(longest)
        return made

    def parts(self) -> word_cache.Parts:
        return list(self.words), list(self.starts), dict(self.longest)

    def add(self, word: str) -> None:
        if not word or word in self.words:
            return
        self.words.add(word)
        head = word[:2]
        if len(word) > self.longest.get(head, 0):
            self.longest[head] = len(word)
        for end in range(3, min(len(word), self.PREFIX_DEPTH) + 1):
            self.starts.add(word[:end])

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        found = [text[start]] if text[start : start + 1] in self.words else []
        end = min(len(text), start + self.longest.get(text[start : start + 2], 0))
        words, starts, depth = self.words, self.starts, self.PREFIX_DEPTH
        for stop in range(start + 2, end + 1):
            piece = text[start:stop]
            if piece in words:
                found.append(piece)
            elif 3 <= stop - start <= depth and piece not in starts:
                break
        return found

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)


class ShortWords:
    """The words of a WordSet of `most` characters at most, as newmm asks for them: the same
    answers as a WordSet of those words alone, without building (or storing) a second one."""

    def __init__(self, words: WordSet, most: int) -> None:
        self.all, self.most = words, most

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        # a word found in the first `most` characters from `start` is at most `most` long
        return self.all.prefixes(text[start : start + self.most])

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and len(word) <= self.most and word in self.all

    def __bool__(self) -> bool:  # newmm asks whether a dictionary was given, on every call
        return bool(self.all.words)

    def __len__(self) -> int:
        return sum(1 for w in self.all.words if len(w) <= self.most)


def _load_dictionaries() -> None:
    """Build both word lists once (under the lock): PyThaiNLP's words, places, compounds."""
    global _dictionary, _short_words
    if _dictionary is not None:
        return
    _pythainlp_reads_only()
    key = word_cache.source_key([*COMPOUNDS, f"prefix depth {WordSet.PREFIX_DEPTH}"])
    parts = word_cache.read(key)
    if parts is not None:
        dictionary = WordSet.from_parts(parts)
    else:
        from pythainlp.corpus import thai_words as packaged

        dictionary = WordSet(set(packaged()) | _place_names() | set(COMPOUNDS))
        word_cache.write(key, dictionary.parts())  # before the learnt names: they are private
    for word in _learnt:
        dictionary.add(word)
    _dictionary = dictionary
    _short_words = ShortWords(dictionary, SHORT_WORD)


def learn_words(words: Iterable[str]) -> None:
    """Teach the word breaker names it cannot know (organisations in the directory, say), so
    that a line does not end inside one when it fits; each Thai run of a name is learnt."""
    new = {run for text in words if text for run in _THAI_RUN.findall(text)} - _learnt
    if not new:
        return
    with _tokenizer_lock:
        _learnt.update(new)
        if _dictionary is None:
            return  # taken in when the dictionaries are built
        for word in new:
            _dictionary.add(word)  # the short words see it too
        for forget in _on_new_words:
            forget()


_on_new_words: list[Callable[[], None]] = []


def on_new_words(forget: Callable[[], None]) -> None:
    """`forget` is called when learnt words change where text breaks (a cache of broken
    text, say)."""
    _on_new_words.append(forget)


def _pythainlp_reads_only() -> None:
    """PyThaiNLP creates ~/pythainlp-data in the user's home and may download there; the app
    uses only the dictionary inside the package, so it is told to write and fetch nothing."""
    if not any(os.environ.get(v) for v in ("PYTHAINLP_READ_ONLY", "PYTHAINLP_READ_MODE")):
        os.environ["PYTHAINLP_READ_ONLY"] = "1"
    if not os.environ.get("PYTHAINLP_OFFLINE"):
        os.environ["PYTHAINLP_OFFLINE"] = "1"


def _get_tokenizer() -> Callable[[str], list[str]]:
    global _tokenize
    with _tokenizer_lock:
        if _tokenize is None:
            _load_dictionaries()
            from pythainlp.tokenize import word_tokenize  # heavy: load on first use only

            words: Any = _dictionary  # newmm asks only .prefixes(): a WordSet serves as a Trie

            def tokenize(text: str) -> list[str]:
                return list(
                    word_tokenize(text, custom_dict=words, engine="newmm", keep_whitespace=True)
                )

            _tokenize = tokenize
        return _tokenize


def thai_words(text: str) -> list[str]:
    """Split Thai runs into words (dictionary-based); other text is kept as it is."""
    if not _THAI_RUN.search(text):
        return [text] if text else []
    return [w for w in _get_tokenizer()(text) if w]


SHORT_WORD = 12  # characters: the dictionary also holds whole agency names as one "word"
_sub_tokenize: Callable[[str], list[str]] | None = None


def sub_words(word: str) -> list[str]:
    """The parts of a long Thai dictionary word, from the dictionary's shorter words only:
    ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร → ธนาคาร, เพื่อ, การเกษตร, และ, สหกรณ์, … (where a
    column too narrow for the whole name can break it); the word itself when it has none."""
    global _sub_tokenize
    if len(word) <= SHORT_WORD or not _THAI_RUN.fullmatch(word):
        return [word]
    with _tokenizer_lock:
        if _sub_tokenize is None:
            _load_dictionaries()
            from pythainlp.tokenize import word_tokenize

            short: Any = _short_words

            def split(text: str) -> list[str]:
                return list(word_tokenize(text, custom_dict=short, engine="newmm"))

            _sub_tokenize = split
        split_parts = _sub_tokenize
    parts = [w for w in split_parts(word) if w]
    return parts if "".join(parts) == word else [word]


def insert_word_breaks(text: str) -> str:
    """Put zero-width spaces between Thai words so any layout engine wraps between words.

    Only for rendering: never store the result.
    """
    if not _THAI_RUN.search(text):
        return text
    tokenize = _get_tokenizer()

    def breaks(match: re.Match[str]) -> str:
        return ZWSP.join(w for w in tokenize(match.group(0)) if w)

    return _THAI_RUN.sub(breaks, text)


def strip_word_breaks(text: str) -> str:
    return text.replace(ZWSP, "")


# ---------------------------------------------------------------- names

TITLE_PREFIXES = (
    # longest first matters: นางสาว before นาง, ว่าที่ร้อยตรี before ว่าที่
    "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.",
    "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "ผู้ช่วยศาสตราจารย์", "รองศาสตราจารย์", "ศาสตราจารย์",
    "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "จ.ส.ต.", "ส.ต.อ.",
    "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "จ.ส.อ.", "ส.อ.",
    "นางสาว", "น.ส.", "นาง", "นาย", "ดร.", "ผศ.", "รศ.", "ศ.", "พระครู", "พระมหา", "พระ",
    "แม่ชี", "หม่อมราชวงศ์", "ม.ร.ว.", "ม.ล.", "คุณ", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ.",
    "Mrs.", "Mrs", "Miss", "Ms.", "Ms", "Mr.", "Mr", "Dr.", "Dr", "Prof.",
)  # fmt: skip
COMMON_TITLES = ("นาย", "นาง", "นางสาว", "ดร.", "ผศ.", "รศ.", "ศ.", "ว่าที่ร้อยตรี", "พระ")


@dataclass(frozen=True)
class NameParts:
    title: str
    given: str
    family: str

    def full(self, with_title: bool = True) -> str:
        return format_name(self.title if with_title else "", self.given, self.family)


def split_full_name(text: str) -> NameParts:
    """`นายสมชาย ใจดี` → (นาย, สมชาย, ใจดี); `ดร. สมหญิง  รักษ์ถิ่น` → (ดร., สมหญิง, รักษ์ถิ่น)."""
    raw = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    title = ""
    for prefix in TITLE_PREFIXES:
        if raw.lower().startswith(prefix.lower()):
            rest = raw[len(prefix) :]
            # a Latin title must be a whole word ("Mr Smith", not "Mrinal")
            if prefix[0].isascii() and rest and rest[0].isalpha():
                continue
            title, raw = prefix, rest.strip()
            break
    given, _, family = raw.partition(" ")
    return NameParts(title, given.strip(), family.strip())


def format_name(title: str, given: str, family: str) -> str:
    """Thai titles attach to the name (`นายสมชาย ใจดี`); Latin titles and ranks with dots
    followed by a Latin name take a space (`Dr. John Smith`)."""
    name = " ".join(part for part in (given.strip(), family.strip()) if part)
    title = title.strip()
    if not title:
        return name
    if title[-1].isascii() and (name[:1].isascii() or title[0].isascii()):
        return f"{title} {name}"
    return f"{title}{name}"


# ---------------------------------------------------------------- phone numbers

_ALL_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def normalise_phone(text: str | None) -> str:
    """Digits only, national format: `+66 81 234 5678`, `๐๘๑-๒๓๔-๕๖๗๘` → `0812345678`.
    Returns '' when there is nothing phone-like in the text."""
    if not text:
        return ""
    raw = str(text).translate(_ALL_DIGITS)
    # an extension or a second number after a comma/slash: keep the first only
    raw = re.split(r"[,;/]|ต่อ|ext", raw, maxsplit=1)[0]
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    elif len(digits) == 9 and digits[0] in "689":  # leading zero lost in a spreadsheet
        digits = "0" + digits
    return digits


def is_plausible_phone(digits: str) -> bool:
    return (len(digits) == 10 and digits[:2] in ("06", "08", "09")) or (
        len(digits) == 9 and digits[0] == "0"
    )


def format_phone(digits: str) -> str:
    """`0812345678` → `081-234-5678`; Bangkok `021234567` → `02-123-4567`;
    provincial `074123456` → `074-123-456`."""
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 9 and digits.startswith("02"):
        return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    if len(digits) == 9:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return digits
