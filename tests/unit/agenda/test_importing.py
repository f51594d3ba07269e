"""Importing a programme on a real database: an Excel file with title rows, merged day cells and
Thai digits, a Word table, a CSV with "Day 1", pasted rows; one transaction, taken back whole."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
if str(FIXTURES) not in sys.path:
    sys.path.insert(0, str(FIXTURES))

from programme_files import DAY1, DAY2, excel_programme, word_programme  # noqa: E402

from organiser.core.errors import UserError  # noqa: E402
from organiser.core.thaidate import parse_time_range  # noqa: E402
from organiser.domain.agenda import SessionKind  # noqa: E402
from organiser.services import settings  # noqa: E402
from organiser.services.agenda.importing.planning import (  # noqa: E402
    plan_agenda_import,
    prepare_agenda_import,
)
from organiser.services.agenda.importing.reading import read_pasted  # noqa: E402
from organiser.services.agenda.importing.words import guess_kind, parse_day  # noqa: E402
from organiser.services.agenda.importing.writing import (  # noqa: E402
    list_agenda_imports,
    run_agenda_import,
    undo_agenda_import,
)
from organiser.services.agenda.reading import list_rooms, load_agenda  # noqa: E402
from organiser.services.events.reading import create_event  # noqa: E402
from organiser.store.db import Store  # noqa: E402


def t(text: str) -> dt.time:
    h, m = map(int, text.split("."))
    return dt.time(h, m)


@pytest.fixture
def event_id(store: Store) -> str:
    with store.writer() as uow:
        event = create_event(uow, "สัมมนาองค์กรการเงินชุมชนภาคใต้", DAY1, DAY2)
        uow.commit()
        return event.id


def sessions(store: Store, event_id: str) -> list[tuple[str, str, str, str, str, str]]:
    with store.reader() as uow:
        agenda = load_agenda(uow, event_id)
    return [
        (s.day.isoformat(), s.starts_at.strftime("%H.%M"), s.ends_at.strftime("%H.%M"), s.kind,
         s.title, s.room)
        for s in agenda.sessions
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("08.30", "08.30", None),
        ("8:30", "08.30", None),
        ("08.30–09.00 น.", "08.30", "09.00"),
        ("๐๘.๓๐-๐๙.๐๐ น.", "08.30", "09.00"),
        ("08.30 น. - 09.00 น.", "08.30", "09.00"),
        ("13.00 ถึง 16.30", "13.00", "16.30"),
        ("16.00 น. เป็นต้นไป", "16.00", None),
        ("09:00:00", "09.00", None),
    ],
)
def test_programme_times_are_read_in_every_form(text: str, start: str, end: str | None) -> None:
    first, last = parse_time_range(text)
    assert first == t(start)
    assert last == (t(end) if end else None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("30 ม.ค. 2550", DAY1),
        ("30/01/2550", DAY1),
        ("วันอังคารที่ 30 มกราคม 2550", DAY1),
        ("วันพุธที่ ๓๑ มกราคม พ.ศ. ๒๕๕๐", DAY2),
        ("2007-01-31", DAY2),
        ("วันที่ 1", DAY1),
        ("Day 2", DAY2),
        ("วันที่สอง", DAY2),
    ],
)
def test_a_day_cell_is_read_as_a_date_or_a_day_of_the_seminar(text: str, day: dt.date) -> None:
    assert parse_day(text, DAY1) == day


def test_a_day_cell_that_names_no_day_is_not_guessed() -> None:
    assert parse_day("ช่วงเช้า", DAY1) is None
    assert parse_day("31/02/2550", DAY1) is None


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("พิธีเปิดการสัมมนา", SessionKind.OPENING),
        ("พิธีปิดการสัมมนา", SessionKind.CLOSING),
        ("พักรับประทานอาหารว่าง", SessionKind.BREAK),
        ("พักรับประทานอาหารกลางวัน", SessionKind.MEAL),
        ("อภิปราย เรื่อง ทิศทางกองทุน", SessionKind.PANEL),
        ("แบ่งกลุ่มย่อยตามจังหวัด", SessionKind.GROUP_WORK),
        ("ลงทะเบียน", SessionKind.REGISTRATION),
        ("Lunch", SessionKind.MEAL),
    ],
)
def test_the_kind_of_session_is_guessed_from_its_title(title: str, kind: SessionKind) -> None:
    assert guess_kind(title) is kind


def test_an_excel_programme_is_previewed_with_its_days_problems_and_conflicts(
    store: Store, event_id: str, tmp_path: Path
) -> None:
    path = excel_programme(tmp_path / "กำหนดการ.xlsx")
    with store.reader() as uow:
        plan = prepare_agenda_import(uow, path, event_id)
    assert plan.table.lines[plan.header_index or 0] == 4  # the title rows above are left out
    by_title = {r.title: r for r in plan.rows}
    opening = by_title["พิธีเปิดการสัมมนา"]
    assert (opening.day, opening.starts_at, opening.ends_at) == (DAY1, t("09.00"), t("09.30"))
    assert opening.kind is SessionKind.OPENING
    assert opening.description == "ผู้อำนวยการภาค"  # the speaker column
    registration = by_title["ลงทะเบียน"]  # Thai digits
    assert (registration.starts_at, registration.ends_at) == (t("08.30"), t("09.00"))
    assert by_title["พักรับประทานอาหารกลางวัน"].day == DAY1  # the merged day cell goes down
    groups = by_title["แบ่งกลุ่มย่อย จัดทำแผนระดับจังหวัด"]
    assert groups.day == DAY2  # a real Excel date
    assert groups.kind is SessionKind.GROUP_WORK
    assert [c.code for c in groups.conflicts] == ["room_overlap"]
    closing = by_title["พิธีปิด"]
    assert closing.ends_at == t("14.00") and "no_end" in [p.code for p in closing.problems]
    unreadable = by_title["เวทีแลกเปลี่ยน"]
    assert unreadable.has_errors and "บ่ายโมง" in unreadable.reasons
    assert len(plan.to_import) == 8
    assert sorted(plan.new_rooms) == ["ห้องประชุมใหญ่", "ห้องย่อย 1"]


def test_an_import_adds_every_session_in_one_step_and_is_taken_back_whole(
    store: Store, event_id: str, tmp_path: Path
) -> None:
    path = excel_programme(tmp_path / "กำหนดการ.xlsx")
    with store.writer() as uow:
        plan = prepare_agenda_import(uow, path, event_id)
        result = run_agenda_import(uow, plan, event_id)
        uow.commit()
    assert (result.sessions, result.rooms, result.skipped) == (8, 2, 1)
    rows = sessions(store, event_id)
    assert ("2007-01-30", "09.30", "10.30", "panel", "อภิปราย สถานการณ์องค์กรการเงินชุมชน",
            "ห้องประชุมใหญ่") in rows  # fmt: skip
    with store.reader() as uow:
        (recorded,) = list_agenda_imports(uow, event_id)
        assert {r.name for r in list_rooms(uow, event_id)} >= {"ห้องประชุมใหญ่", "ห้องย่อย 1"}
    assert (recorded.source, recorded.sessions, recorded.undone) == ("กำหนดการ.xlsx", 8, False)

    with store.writer() as uow:
        undone = undo_agenda_import(uow, result.import_id)
        uow.commit()
    assert (undone.sessions, undone.rooms) == (8, 2)
    assert sessions(store, event_id) == []
    with store.reader() as uow:
        assert {r.name for r in list_rooms(uow, event_id)} == {"Main hall"}
        assert list_agenda_imports(uow, event_id)[0].undone
    with store.writer() as uow, pytest.raises(UserError):
        undo_agenda_import(uow, result.import_id)


def test_an_import_that_fails_half_way_writes_nothing(
    store: Store, event_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = excel_programme(tmp_path / "กำหนดการ.xlsx")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(settings, "audit", broken)
    with pytest.raises(OSError), store.writer() as uow:
        plan = prepare_agenda_import(uow, path, event_id)
        run_agenda_import(uow, plan, event_id)
        uow.commit()
    assert sessions(store, event_id) == []
    with store.reader() as uow:
        assert [r.name for r in list_rooms(uow, event_id)] == ["Main hall"]
        assert list_agenda_imports(uow, event_id) == []


def test_a_word_table_with_a_heading_per_day_is_imported(
    store: Store, event_id: str, tmp_path: Path
) -> None:
    path = word_programme(tmp_path / "กำหนดการ.docx")
    with store.writer() as uow:
        plan = prepare_agenda_import(uow, path, event_id)
        run_agenda_import(uow, plan, event_id)
        uow.commit()
    assert sessions(store, event_id) == [
        ("2007-01-30", "08.30", "09.00", "registration", "ลงทะเบียน", ""),
        ("2007-01-30", "09.00", "10.30", "panel", "เสวนา ทิศทางสวัสดิการชุมชน", ""),
        ("2007-01-31", "09.00", "12.00", "planning", "ระดมความคิด ยกร่างแผนงานระดับภาค", ""),
    ]
    with store.reader() as uow:
        panel = load_agenda(uow, event_id).sessions[1]
    # the line under the merged time cell belongs to the session above
    assert panel.description == "- ดำเนินรายการโดย นางสาวมาลี ศรีสุข"


def test_a_csv_programme_with_day_numbers_lands_on_the_seminars_days(
    store: Store, event_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "programme.csv"
    path.write_text(
        "Day,Time,Session,Room\nDay 1,09:00-10:00,Opening,Main hall\n"
        "Day 2,09:00-10:00,Plenary: provincial guidelines,\n",
        encoding="utf-8",
    )
    with store.writer() as uow:
        plan = prepare_agenda_import(uow, path, event_id)
        run_agenda_import(uow, plan, event_id)
        uow.commit()
    assert sessions(store, event_id) == [
        ("2007-01-30", "09.00", "10.00", "opening", "Opening", "Main hall"),
        ("2007-01-31", "09.00", "10.00", "plenary", "Plenary: provincial guidelines", ""),
    ]


def test_pasted_rows_without_a_header_go_on_the_day_shown(store: Store, event_id: str) -> None:
    text = "๐๙.๐๐–๑๐.๓๐ น.\tเสวนา บทบาทภาคี\n10.30-10.45\tพักรับประทานอาหารว่าง\r\n"
    with store.reader() as uow:
        plan = plan_agenda_import(uow, read_pasted(text), event_id, default_day=DAY2)
    assert [(r.day, r.starts_at, r.kind, r.title) for r in plan.to_import] == [
        (DAY2, t("09.00"), SessionKind.PANEL, "เสวนา บทบาทภาคี"),
        (DAY2, t("10.30"), SessionKind.BREAK, "พักรับประทานอาหารว่าง"),
    ]


def test_importing_the_same_programme_again_skips_what_the_agenda_has(
    store: Store, event_id: str, tmp_path: Path
) -> None:
    path = word_programme(tmp_path / "กำหนดการ.docx")
    with store.writer() as uow:
        run_agenda_import(uow, prepare_agenda_import(uow, path, event_id), event_id)
        uow.commit()
    with store.reader() as uow:
        again = prepare_agenda_import(uow, path, event_id)
    assert again.to_import == []
    assert all("already_there" in [p.code for p in r.problems] for r in again.rows)


def test_a_word_file_without_a_table_and_an_old_doc_are_refused_in_words(
    tmp_path: Path,
) -> None:
    import docx

    from organiser.services.agenda.importing.reading import read_programme

    document = docx.Document()
    document.add_paragraph("กำหนดการจะแจ้งให้ทราบภายหลัง")
    document.save(str(tmp_path / "note.docx"))
    with pytest.raises(UserError, match="no table"):
        read_programme(tmp_path / "note.docx")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(UserError, match=r"\.docx"):
        read_programme(tmp_path / "old.doc")


def test_the_app_and_the_commands_start_without_loading_the_word_reader() -> None:
    import subprocess

    code = (
        "import sys; from organiser.cli import build_parser; build_parser();"
        "import organiser.ui.main_window, organiser.ui.agenda.page;"
        "print('docx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_speakers_column_links_the_people_the_directory_has_once(
    store: Store, event_id: str
) -> None:
    from organiser.services.people.directory import PersonRecord
    from organiser.services.people.editing import save_person

    with store.writer() as uow:
        somchai = save_person(uow, PersonRecord(title="นาย", given_name="สมชาย", family_name="ใจดี"))
        for _twice in range(2):  # two people of this name: which one is meant is not guessed
            save_person(uow, PersonRecord(title="นาง", given_name="มาลี", family_name="ศรีสุข"))
        uow.commit()
    text = (
        "เวลา\tหัวข้อ\tวิทยากร\n"
        "09.00-10.00\tทิศทางกองทุน\t1. นายสมชาย ใจดี ผู้อำนวยการสำนักงาน, ดร.มาลี ศรีสุข และ ผู้แทนกรม\n"
        "10.00-11.00\tถาม-ตอบ\tนายสมหมาย ไม่มีชื่อ\n"
    )
    with store.writer() as uow:
        plan = plan_agenda_import(uow, read_pasted(text), event_id, default_day=DAY1)
        first, second = plan.rows
        assert first.speakers == [somchai] and second.speakers == []
        # the names not found stay in the description as typed, nothing guessed or lost
        assert first.description == "ดร.มาลี ศรีสุข\nผู้แทนกรม"
        assert second.description == "นายสมหมาย ไม่มีชื่อ"
        result = run_agenda_import(uow, plan, event_id)
        uow.commit()
    assert result.speakers == 1
    with store.reader() as uow:
        talk = load_agenda(uow, event_id).sessions[0]
    assert talk.title == "ทิศทางกองทุน"
    assert [name for _role, name in talk.people] == ["นายสมชาย ใจดี"]
