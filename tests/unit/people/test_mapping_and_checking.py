"""Column guesses from Thai and English headers, and every kind of row the checker flags."""

from __future__ import annotations

import pytest

from organiser.services.people.importing.columns import (
    Field,
    find_header,
    guess_field,
    guess_mapping,
)
from organiser.services.people.importing.planning import RowAction, Severity, plan_import
from organiser.services.people.importing.reading import read_table


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("คำนำหน้า", Field.TITLE), ("คำนำหน้าชื่อ", Field.TITLE), ("Title", Field.TITLE),
        ("นามสกุล", Field.FAMILY_NAME), ("Surname", Field.FAMILY_NAME),
        ("ชื่อ-สกุล", Field.FULL_NAME), ("ชื่อ - นามสกุล", Field.FULL_NAME),
        ("Full name", Field.FULL_NAME), ("ชื่อเล่น", Field.NICKNAME),
        ("เบอร์โทร", Field.PHONE), ("เบอร์โทรศัพท์มือถือ", Field.PHONE), ("Tel.", Field.PHONE),
        ("หน่วยงาน", Field.ORGANISATION), ("หน่วยงาน/องค์กร", Field.ORGANISATION),
        ("Organization", Field.ORGANISATION), ("จังหวัด", Field.PROVINCE),
        ("ตำแหน่ง", Field.POSITION), ("อีเมล", Field.EMAIL), ("E-mail", Field.EMAIL),
        ("อำเภอ", Field.DISTRICT), ("ตำบล", Field.SUBDISTRICT), ("หมู่ที่", Field.VILLAGE_NO),
        ("Line ID", Field.LINE_ID), ("หมายเหตุ", Field.NOTES), ("ลำดับ", Field.IGNORE),
    ],
)  # fmt: skip
def test_header_guesses(header: str, field: Field) -> None:
    assert guess_field(header) is field


def test_unknown_headers_are_not_imported() -> None:
    assert guess_field("ไซส์เสื้อ") is None
    assert guess_mapping(["ไซส์เสื้อ", "ชื่อ-สกุล"]) == [Field.IGNORE, Field.FULL_NAME]


def test_given_name_alone_means_the_whole_name() -> None:
    assert guess_mapping(["ชื่อ", "เบอร์โทร"]) == [Field.FULL_NAME, Field.PHONE]
    assert guess_mapping(["ชื่อ", "นามสกุล"]) == [Field.GIVEN_NAME, Field.FAMILY_NAME]


def test_a_field_is_guessed_for_one_column_only() -> None:
    assert guess_mapping(["โทร", "เบอร์โทร"]) == [Field.PHONE, Field.IGNORE]


def test_header_row_is_the_one_naming_most_fields() -> None:
    rows = [
        ["รายชื่อผู้เข้าร่วม"],
        ["วันที่ 30 มกราคม 2550"],
        ["ชื่อ", "นามสกุล", "โทร"],
        ["สมชาย", "ใจดี", "1"],
    ]
    assert find_header(rows) == 2
    assert find_header([["a", "b"], ["c", "d"]]) is None


def plan_for(store, make_csv, rows):  # type: ignore[no-untyped-def]
    with store.reader() as uow:
        return plan_import(uow, read_table(make_csv(rows)), "list.csv")


def test_every_kind_of_bad_row_is_listed_with_its_reason(demo_store, make_csv) -> None:
    rows = [
        ["ชื่อ-สกุล", "หน่วยงาน", "จังหวัด", "เบอร์โทร", "อีเมล", "หมู่ที่", "สถานะ"],
        ["นายดี มีสุข", "กลุ่ม ก", "สงขลา", "๐๘๑-๒๓๔-๕๖๗๘", "dee@example.org", "๓", "ยืนยัน"],
        ["", "กลุ่ม ข", "สงขลา", "0812222222", "", "", ""],  # no name
        ["นายเลข ผิด", "กลุ่ม ค", "สงขลา", "12345", "", "", ""],  # impossible phone
        ["นายเมล ผิด", "", "", "", "not-an-email", "", ""],  # impossible e-mail
        ["นาย" + "ก" * 130 + " ยาว", "", "", "", "", "", ""],  # name too long
        ["นายจังหวัด ผิด", "", "ดาวอังคาร", "", "", "", ""],  # unknown province: warning
        ["นายหมู่ ผิด", "", "", "", "", "สิบ", "อาจจะ"],  # village and status not understood
        ["นายดี มีสุข", "กลุ่ม ก", "สงขลา", "0899999999", "", "", ""],  # same name+org as row 2
        ["นายอื่น คนอื่น", "กลุ่ม ง", "", "081 234 5678", "", "", ""],  # same phone as row 2
    ]
    plan = plan_for(demo_store, make_csv, rows)
    by_line = {r.line: r for r in plan.rows}
    ok = by_line[2]
    assert not ok.problems and ok.action is RowAction.IMPORT
    assert (ok.draft.phone, ok.draft.village_no, ok.draft.status) == (
        "0812345678",
        "3",
        "confirmed",
    )
    assert (ok.draft.title, ok.draft.given_name, ok.draft.family_name) == ("นาย", "ดี", "มีสุข")

    def codes(line: int) -> set[str]:
        return {p.code for p in by_line[line].problems}

    assert codes(3) == {"missing_name"}
    assert codes(4) == {"bad_phone"}
    assert codes(5) == {"bad_email"}
    assert codes(6) == {"too_long"}
    for line in (3, 4, 5, 6):
        assert by_line[line].action is RowAction.SKIP and by_line[line].has_errors
    assert codes(7) == {"unknown_province"} and by_line[7].action is RowAction.IMPORT
    assert by_line[7].draft.province == ""
    assert codes(8) == {"bad_village", "unknown_status"}
    assert by_line[9].duplicate_of_line == 2 and by_line[9].action is RowAction.SKIP
    assert by_line[10].duplicate_of_line == 2
    assert "row 2" in by_line[10].reasons
    assert len(plan.error_rows) == 4


def test_people_already_known_are_merged_not_doubled(demo_store, make_csv) -> None:
    from organiser.services.people.rows import list_people

    with demo_store.reader() as uow:
        known = list_people(uow)[0]
    rows = [
        ["ชื่อ", "นามสกุล", "หน่วยงาน", "โทรศัพท์"],
        [known.given_name, known.family_name, known.organisation, ""],  # same name and organisation
        ["ใครก็ได้", "ไม่ซ้ำ", "", known.phone_display],  # same phone
        [known.given_name, known.family_name, "หน่วยงานอื่น", ""],  # same name, other organisation
    ]
    plan = plan_for(demo_store, make_csv, rows)
    first, second, third = plan.rows
    assert first.existing_id == known.id and first.action is RowAction.MERGE
    assert any(p.severity is Severity.DUPLICATE for p in first.problems)
    assert second.existing_id == known.id and "same phone" in second.reasons
    assert third.existing_id == "" and third.action is RowAction.IMPORT


def test_user_choices_and_fixes_are_applied(demo_store, make_csv) -> None:
    rows = [["ชื่อ-สกุล", "เบอร์โทร"], ["นายหนึ่ง ดี", "0811111111"], ["", "12"]]
    with demo_store.reader() as uow:
        table = read_table(make_csv(rows))
        plan = plan_import(uow, table)
        broken = plan.rows[1]
        assert broken.has_errors
        fixed = broken.draft
        fixed.given_name, fixed.phone = "สอง", "0822222222"
        plan = plan_import(uow, table, fixes={broken.line: fixed}, actions={2: RowAction.SKIP})
    assert plan.rows[0].action is RowAction.SKIP
    assert not plan.rows[1].has_errors and plan.rows[1].action is RowAction.IMPORT
    assert plan.rows[1].draft.phone == "0822222222"


def test_an_error_row_cannot_be_forced_in(demo_store, make_csv) -> None:
    with demo_store.reader() as uow:
        table = read_table(make_csv([["ชื่อ-สกุล", "เบอร์โทร"], ["", "0811111111"]]))
        plan = plan_import(uow, table, actions={2: RowAction.IMPORT})
    assert plan.rows[0].action is RowAction.SKIP


def test_corrected_mapping_changes_the_rows(demo_store, make_csv) -> None:
    rows = [["ผู้มา", "ที่ทำงาน"], ["นางมาลี ศรีสุข", "กลุ่มออมทรัพย์บ้านนา"]]
    with demo_store.reader() as uow:
        table = read_table(make_csv(rows))
        guessed = plan_import(uow, table)
        assert guessed.header_index is None and guessed.rows[0].has_errors
        plan = plan_import(
            uow, table, header_index=0, mapping=[Field.FULL_NAME, Field.ORGANISATION]
        )
    assert plan.rows[0].draft.full_name == "นางมาลี ศรีสุข"
    assert plan.rows[0].draft.organisation == "กลุ่มออมทรัพย์บ้านนา"
