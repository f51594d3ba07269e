"""A CSV's delimiter is guessed from its structure, not by counting characters."""

from __future__ import annotations

import pytest

from organiser.services.people.importing.reading import guess_delimiter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a `;` file whose quoted addresses hold more commas than the file has semicolons
            "ชื่อ-สกุล;ที่อยู่;เบอร์โทร\n"
            'นายสมชาย ใจดี;"12 หมู่ 3, ต.ควนมะพร้าว, อ.เมือง, จ.พัทลุง";0812345678\n'
            'นางสาวสุดา ณ พัทลุง;"5/1 หมู่ 7, ต.นาท่อม, อ.เมือง, จ.พัทลุง";0897650827\n',
            ";",
        ),
        ("name,org,phone\nสมชาย,กลุ่มออมทรัพย์,081\nสุดา,ธ.ก.ส.,089\n", ","),
        ("name\torg\nสมชาย\tกลุ่ม, บ้านนา\nสุดา\tธ.ก.ส.\n", "\t"),
        ("name|org\nสมชาย|กลุ่มออมทรัพย์\n", "|"),
        ("ชื่อ-สกุล\nนายสมชาย ใจดี\n", ","),  # one column: any delimiter reads it the same
    ],
)
def test_the_delimiter_comes_from_the_files_structure(text: str, expected: str) -> None:
    assert guess_delimiter(text) == expected
