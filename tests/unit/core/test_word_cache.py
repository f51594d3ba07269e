"""The word breaker's dictionary is read back from the user's cache folder: a new process lays
out its first Thai text quickly, breaks exactly as when built from its sources, and never keeps
a learnt (private) name on disk. Each check runs in a fresh process, as the app starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from organiser.core import word_cache
from organiser.core.thaitext import ZWSP

TEXTS = [
    "องค์การบริหารส่วนตำบลควนมะพร้าว อำเภอเมืองพัทลุง จังหวัดพัทลุง",
    "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขาสุไหงโก-ลก",
    "เสวนา สถานภาพองค์กรการเงินชุมชน: บทเรียนและความท้าทาย",
    "กลุ่มออมทรัพย์บ้านทุ่งยาวใต้ร่วมใจ",  # a name the dictionary cannot know
]

FIRST_DOCUMENT = """
import json, sys, time
start = time.perf_counter()
from organiser.core import thaitext
thaitext.learn_words(json.loads(sys.argv[2]))
broken = thaitext.insert_word_breaks(sys.argv[1])
first = time.perf_counter() - start
texts = json.loads(sys.argv[3])
print(json.dumps({
    "first_seconds": first,
    "breaks": [thaitext.insert_word_breaks(t) for t in texts],
    "parts": thaitext.sub_words("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร"),
}))
"""


def first_document(cache: Path, learnt: list[str] | None = None) -> dict[str, object]:
    """A fresh process: its first Thai text and then the breaks of every text in TEXTS."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            FIRST_DOCUMENT,
            TEXTS[0],
            json.dumps(learnt or []),
            json.dumps(TEXTS),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, ORGANISER_CACHE_DIR=str(cache), PYTHONIOENCODING="utf-8"),
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("thai-words-*.bin"))


def test_a_second_process_reads_the_dictionary_back_and_breaks_the_same(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = first_document(cache)
    assert len(cache_files(cache)) == 1
    read_back = first_document(cache)
    assert read_back["breaks"] == built["breaks"]
    assert read_back["parts"] == built["parts"] == [
        "ธนาคาร", "เพื่อ", "การเกษตร", "และ", "สหกรณ์", "การเกษตร",
    ]  # fmt: skip
    # the target of issue 20 is 0.3 s on an idle machine; a loaded CI runner gets some slack,
    # while building from the sources (~0.3 s idle) would take far longer under the same load
    assert float(read_back["first_seconds"]) < float(built["first_seconds"])  # type: ignore[arg-type]


def test_learnt_names_are_used_but_never_written_to_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    name = "ทุ่งยาวใต้ร่วมใจ"
    learnt = first_document(cache, learnt=[name])
    assert name in learnt["breaks"][3].split(ZWSP)  # type: ignore[index]
    (stored,) = cache_files(cache)
    assert name.encode("utf-8") not in stored.read_bytes()
    # and a later process (reading that file) does not know the name unless it learns it again
    later = first_document(cache)
    assert name not in later["breaks"][3].split(ZWSP)  # type: ignore[index]


def test_a_damaged_cache_file_is_built_again_with_the_same_breaks(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = first_document(cache)
    (stored,) = cache_files(cache)
    blob = bytearray(stored.read_bytes())
    blob[len(blob) // 2] ^= 0xFF  # one flipped byte in the middle of the words
    stored.write_bytes(bytes(blob))
    assert first_document(cache)["breaks"] == built["breaks"]
    assert stored.read_bytes() != bytes(blob)  # written anew
    stored.write_bytes(b"")  # and an empty one (a full disk at the time)
    assert first_document(cache)["breaks"] == built["breaks"]


def test_other_sources_use_a_file_of_their_own_and_the_old_one_goes(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    parts = (["สวัสดี", "ครับ"], ["สวั"], {"สว": 6, "คร": 4})
    word_cache.write("a" * 24, parts, cache)
    assert word_cache.read("a" * 24, cache) == (sorted(parts[0]), sorted(parts[1]), parts[2])
    assert word_cache.read("b" * 24, cache) is None
    word_cache.write("b" * 24, parts, cache)
    assert [p.name for p in cache_files(cache)] == [f"thai-words-{'b' * 24}.bin"]
    assert word_cache.source_key(["one"]) != word_cache.source_key(["two"])


def test_a_cache_folder_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the folder should be")
    word_cache.write("c" * 24, (["ก"], [], {"ก": 1}), not_a_folder)  # no error
    assert word_cache.read("c" * 24, not_a_folder) is None
