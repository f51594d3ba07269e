from __future__ import annotations

import pytest

from organiser.core.thaitext import (
    ZWSP,
    format_name,
    format_phone,
    insert_word_breaks,
    normalise_phone,
    split_full_name,
    strip_word_breaks,
    thai_sorted,
    thai_words,
)


def test_thai_dictionary_order_skips_leading_vowels() -> None:
    words = ["ไก่", "เกม", "กา", "ขาว", "แกะ", "ก้าน", "กล้วย", "โกง", "ใจ", "จาน", "เงิน", "งาม"]
    assert thai_sorted(words) == [
        "กล้วย",
        "กา",
        "ก้าน",
        "เกม",
        "แกะ",
        "โกง",
        "ไก่",
        "ขาว",
        "งาม",
        "เงิน",
        "จาน",
        "ใจ",
    ]


def test_code_point_order_would_be_wrong() -> None:
    # the reason for a sort key: plain sorting puts every เ-word after every consonant-initial word
    assert sorted(["เกม", "ขาว"]) == ["ขาว", "เกม"]
    assert thai_sorted(["เกม", "ขาว"]) == ["เกม", "ขาว"]


def test_tone_marks_only_break_ties() -> None:
    assert thai_sorted(["ป่า", "ปา", "ป้า", "ปาก"]) == ["ปา", "ป่า", "ป้า", "ปาก"]


@pytest.mark.parametrize(
    ("text", "title", "given", "family"),
    [
        ("นายสมชาย ใจดี", "นาย", "สมชาย", "ใจดี"),
        ("นางสาวสมหญิง  รักษ์ถิ่น", "นางสาว", "สมหญิง", "รักษ์ถิ่น"),
        ("นางมาลี ทองคำ", "นาง", "มาลี", "ทองคำ"),
        ("ดร. ประเสริฐ ณ พัทลุง", "ดร.", "ประเสริฐ", "ณ พัทลุง"),
        ("ว่าที่ร้อยตรีวิชัย บุญมา", "ว่าที่ร้อยตรี", "วิชัย", "บุญมา"),
        ("สมศักดิ์ ศรีสุข", "", "สมศักดิ์", "ศรีสุข"),
        ("Mr. John Smith", "Mr.", "John", "Smith"),
        ("Mrinal Sen", "", "Mrinal", "Sen"),
    ],
)
def test_split_full_name(text: str, title: str, given: str, family: str) -> None:
    parts = split_full_name(text)
    assert (parts.title, parts.given, parts.family) == (title, given, family)


def test_format_name_attaches_thai_titles() -> None:
    assert format_name("นาย", "สมชาย", "ใจดี") == "นายสมชาย ใจดี"
    assert format_name("ดร.", "สมหญิง", "รักษ์ถิ่น") == "ดร.สมหญิง รักษ์ถิ่น"
    assert format_name("Dr.", "John", "Smith") == "Dr. John Smith"
    assert format_name("", "สมชาย", "") == "สมชาย"


@pytest.mark.parametrize(
    ("raw", "digits", "shown"),
    [
        ("081-234-5678", "0812345678", "081-234-5678"),
        ("๐๘๑ ๒๓๔ ๕๖๗๘", "0812345678", "081-234-5678"),
        ("+66 81 234 5678", "0812345678", "081-234-5678"),
        ("812345678", "0812345678", "081-234-5678"),
        ("074-123456", "074123456", "074-123-456"),
        ("02-123-4567 ต่อ 12", "021234567", "02-123-4567"),
        ("", "", ""),
    ],
)
def test_phone_numbers(raw: str, digits: str, shown: str) -> None:
    assert normalise_phone(raw) == digits
    assert format_phone(digits) == shown


def test_word_breaks_fall_between_words_and_are_invisible() -> None:
    text = "การขับเคลื่อนองค์กรการเงินชุมชน น้ำต่ำหนี้ 2550"
    broken = insert_word_breaks(text)
    assert strip_word_breaks(broken) == text
    pieces = broken.split(ZWSP)
    assert "องค์กร" in pieces and "การเงิน" in "".join(pieces)
    assert all(piece for piece in pieces)
    assert thai_words("สวัสดิการชุมชน") == ["สวัสดิการ", "ชุมชน"]
    assert insert_word_breaks("Organiser 2.0") == "Organiser 2.0"


def test_word_breaks_write_nothing_in_the_users_home(tmp_path) -> None:
    """PyThaiNLP made ~/pythainlp-data on every laptop; the app needs only its packaged words."""
    import os
    import subprocess
    import sys

    home = tmp_path / "user"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")} | {
        "HOME": str(home),
        "USERPROFILE": str(home),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from organiser.core.thaitext import insert_word_breaks, sub_words\n"
            "print(insert_word_breaks('การขับเคลื่อนองค์กรการเงินชุมชน').count('\\u200b'))\n"
            "print(len(sub_words('ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร')))",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    breaks, parts = (int(n) for n in done.stdout.split())
    assert breaks >= 1 and parts > 1  # the dictionary was there and used
    assert list(home.iterdir()) == []


def test_no_place_name_of_thailand_is_broken_inside() -> None:
    """Every sub-district (7,436), with its district and province as an address is written,
    keeps each of its Thai runs whole: `ตำบลควน|มะพร้าว` must never be printed."""
    import re

    import geothai

    thai_run = re.compile(r"[\u0e00-\u0e7f]+")
    broken = []
    for province in geothai.provinces():
        for district in geothai.districts(province.code):
            for sub in geothai.subdistricts(district.code):
                address = f"ตำบล{sub.name_th} อำเภอ{district.name_th} จังหวัด{province.name_th}"
                pieces = insert_word_breaks(address).replace(" ", ZWSP).split(ZWSP)
                for name in (sub.name_th, district.name_th, province.name_th):
                    for run in thai_run.findall(name):
                        if not any(run in piece for piece in pieces):
                            broken.append(address)
    assert broken == []


def test_names_the_dictionary_cannot_know_are_learnt() -> None:
    from organiser.core.thaitext import learn_words

    assert "ท่าแค" in insert_word_breaks("บ้านท่าแค").split(ZWSP)  # a place
    assert "หน่วยงานสนับสนุน" in insert_word_breaks("หน่วยงานสนับสนุน").split(ZWSP)
    # an invented group name the dictionary splits, then learnt from the directory
    name = "กลุ่มสัจจะวังขรี"
    assert name not in insert_word_breaks(f"ประธาน{name}").split(ZWSP)
    learn_words([name, "not thai", ""])
    assert name in insert_word_breaks(f"ประธาน{name}").split(ZWSP)
