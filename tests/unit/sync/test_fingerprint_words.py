"""The words a fingerprint is read aloud in: a Thai list beside the English one, each of 256
different words (8 bits a word), the same fingerprint read as matching sequences in both,
and no two Thai words that a listener on the phone could take for each other."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from organiser.core import i18n
from organiser.sync.keys import (
    FINGERPRINT_BYTES,
    fingerprint_bytes,
    fingerprint_words,
    public_bytes,
)
from organiser.sync.words import WORDS, thai_words, words_for

THAI_LETTERS = re.compile(r"^[\u0e01-\u0e4e]+$")
TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"  # and the silent-letter mark
# letters told apart only by breath (aspiration) and r/l, which many speakers merge
SOUNDS_LIKE = (("kh", "k"), ("ph", "p"), ("th", "t"), ("ch", "c"), ("r", "l"))


def _sound(word: str) -> str:
    """How a word sounds, coarsely: the Royal Institute romanisation (no tones, no vowel
    length, final consonants by class), with aspiration and r/l merged."""
    from pythainlp.transliterate import romanize

    sound = romanize(word, engine="royin").lower().replace("-", "")
    for a, b in SOUNDS_LIKE:
        sound = sound.replace(a, b)
    return sound


def _keys(n: int) -> list[bytes]:
    return [public_bytes(Ed25519PrivateKey.generate()) for _ in range(n)]


@pytest.mark.parametrize("lang", ["en", "th"])
def test_every_word_list_has_256_different_words(lang: str) -> None:
    words = words_for(lang)
    assert len(words) == 256 == 2**8  # one word a byte: ten words carry the 80 bits
    assert len(set(words)) == 256
    assert all(w == w.strip() and " " not in w for w in words)
    if lang == "th":
        assert all(THAI_LETTERS.match(w) for w in words), "Thai letters only"
    assert FINGERPRINT_BYTES * 8 >= 80


def test_no_two_thai_words_sound_alike_or_differ_only_in_tone() -> None:
    by_sound: dict[str, list[str]] = defaultdict(list)
    by_letters: dict[str, list[str]] = defaultdict(list)
    for word in thai_words():
        by_sound[_sound(word)].append(word)
        by_letters["".join(ch for ch in word if ch not in TONE_MARKS)].append(word)
    assert [w for w in by_sound.values() if len(w) > 1] == []
    assert [w for w in by_letters.values() if len(w) > 1] == []


def test_no_thai_word_begins_with_another_so_a_listener_knows_where_each_ends() -> None:
    words = thai_words()
    assert [(a, b) for a in words for b in words if a != b and b.startswith(a)] == []


def test_thai_words_are_short_enough_to_say_in_one_breath() -> None:
    assert max(len(w) for w in thai_words()) <= 10


def test_one_fingerprint_reads_as_matching_thai_and_english_sequences() -> None:
    for key in _keys(50):
        thai, english = fingerprint_words(key, "th"), fingerprint_words(key, "en")
        assert len(thai) == len(english) == FINGERPRINT_BYTES
        # the same byte behind the n-th word of each: either reading checks the same bits
        assert [thai_words().index(w) for w in thai] == [WORDS.index(w) for w in english]
        assert [WORDS.index(w) for w in english] == list(fingerprint_bytes(key))


def test_the_words_follow_the_users_language() -> None:
    key = _keys(1)[0]
    i18n.set_language("th")
    assert fingerprint_words(key) == fingerprint_words(key, "th")
    assert all(THAI_LETTERS.match(w) for w in fingerprint_words(key))
    i18n.set_language("en")
    assert fingerprint_words(key) == fingerprint_words(key, "en")


def test_the_thai_list_is_fixed_for_ever() -> None:
    """Two versions of the app must read one fingerprint as the same words: the first and
    last words and a digest of the whole list are pinned here."""
    import hashlib

    words = thai_words()
    assert (words[0], words[255]) == ("ช้าง", "ลูกโลก")
    digest = hashlib.sha256("\n".join(words).encode("utf-8")).hexdigest()[:16]
    assert digest == "824b03804e88045d"


def test_sync_id_and_card_print_the_words_in_the_users_language(
    cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    data = tmp_path / "office"
    run = cli  # the real command, as a subprocess
    english = run("sync", "id", "--json", data_dir=data)
    assert english.returncode == 0, english.stderr
    me = json.loads(english.stdout)
    assert all(w in WORDS for w in me["words"]) and list(me["words_en"]) == me["words"]

    thai = run("--lang", "th", "sync", "id", data_dir=data)
    assert thai.returncode == 0, thai.stderr
    expected = [thai_words()[WORDS.index(w)] for w in me["words"]]
    assert " ".join(expected) in thai.stdout
    assert me["fingerprint"] in thai.stdout

    # the first laptop of an office writes the office's card: the office key's words
    office_en = me["office_words"] or me["words"]
    office_th = [thai_words()[WORDS.index(w)] for w in office_en]
    card = run("--lang", "th", "sync", "card", "-o", str(tmp_path / "a.card"), data_dir=data)
    assert card.returncode == 0, card.stderr
    assert " ".join(office_th) in card.stdout
    # the card file keeps its format: English words, whatever the language of the laptop
    assert json.loads((tmp_path / "a.card").read_text(encoding="utf-8"))["words"] == office_en
    assert os.path.exists(tmp_path / "a.card.svg")
