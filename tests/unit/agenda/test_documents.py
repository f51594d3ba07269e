"""The printed programme read back: PDF text and fonts, iCalendar events, spreadsheet rows."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pypdf
import pytest
from icalendar import Calendar

from organiser.core.thaitext import sub_words, thai_words
from organiser.domain.agenda import SessionKind, SessionRole
from organiser.services.agenda import editing as edit
from organiser.services.agenda.reading import load_agenda
from organiser.services.agenda.reports import build_report, write_agenda
from organiser.services.events.reading import create_event, list_events
from organiser.services.people.rows import list_people
from organiser.store.db import Store

PRINTED = dt.date(2026, 11, 25)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def export(store: Store, fmt: str, lang: str, target: Path, event_id: str | None = None) -> Path:
    with store.reader() as uow:
        event_id = event_id or list_events(uow)[0].id
        report = build_report(uow, event_id, lang, printed_on=PRINTED)
    return write_agenda(report, fmt, target)


def test_thai_pdf_has_every_title_and_name_fonts_and_buddhist_years(
    demo_store: Store, tmp_path: Path
) -> None:
    path = export(demo_store, "pdf", "th", tmp_path / "agenda.pdf")
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 2
    text = squash(pdf_text(path))
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, list_events(uow)[0].id)
    for session in agenda.sessions:
        assert squash(session.title) in text, session.title
        for person in session.participants:
            assert squash(person.name) in text, person.name
    assert squash("กำหนดการ") in text
    assert squash("ระหว่างวันที่ 30–31 มกราคม พ.ศ. 2550") in text
    assert squash("วันอังคารที่ 30 มกราคม พ.ศ. 2550") in text
    assert squash("09.00–09.30 น.") in text
    assert squash("พิมพ์เมื่อ 25 พฤศจิกายน พ.ศ. 2569") in text
    assert "หน้า1/2" in text and "หน้า2/2" in text
    assert "2007" not in text
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
            assert "Sarabun" in str(font["/BaseFont"])


def test_english_pdf_has_no_buddhist_years(store: Store, tmp_path: Path) -> None:
    with store.writer() as uow:
        event = create_event(uow, "สัมมนาเครือข่าย", dt.date(2007, 1, 30), dt.date(2007, 1, 31),
                             venue="Twin Lotus Hotel", province="นครศรีธรรมราช",
                             title_en="Network seminar")  # fmt: skip
        edit.create_session(uow, event.id, edit.SessionDraft(
            dt.date(2007, 1, 30), dt.time(9), dt.time(10, 30), "Opening", SessionKind.OPENING))  # fmt: skip
        uow.commit()
        event_id = event.id
    path = export(store, "pdf", "en", tmp_path / "agenda-en.pdf", event_id)
    text = pdf_text(path)
    assert "Network seminar" in text
    assert "30–31 January 2007" in text
    assert "Tuesday 30 January 2007" in text
    assert "at Twin Lotus Hotel, Nakhon Si Thammarat" in text
    assert "09:00–10:30" in text
    assert "Page 1 of 1" in text and "Printed 25 November 2026" in text
    assert not re.search(r"\b25\d\d\b", text), "a Buddhist-era year in an English document"
    assert "พ.ศ." not in text and "น." not in text


def test_long_thai_title_wraps_between_words_in_the_session_column(
    demo_store: Store, tmp_path: Path
) -> None:
    """Our layout uses a dictionary, never the system's libthai (Windows has none)."""
    long_title = (
        "การประชุมเชิงปฏิบัติการเพื่อจัดทำแผนยุทธศาสตร์การพัฒนาองค์กรการเงินชุมชน"
        "และสวัสดิการชุมชนระดับจังหวัดอย่างบูรณาการ"
    )
    with demo_store.writer() as uow:
        event_id = list_events(uow)[0].id
        first = load_agenda(uow, event_id).sessions[1]
        edit.update_session(uow, first.id, {"title": long_title})
        uow.commit()
    path = export(demo_store, "pdf", "th", tmp_path / "agenda.pdf")
    text = pypdf.PdfReader(path).pages[0].extract_text().replace("\u200b", "")  # any system
    boundaries = {0}
    for word in thai_words(long_title):
        for part in sub_words(word):  # a long name is broken between its own words
            boundaries.add(max(boundaries) + len(part))
    pieces = []
    for line in text.splitlines():
        for chunk in line.split():
            if long_title.startswith("".join(pieces) + chunk) and len("".join(pieces)) < len(
                long_title
            ):
                pieces.append(chunk)
    assert len(pieces) >= 3 and "".join(pieces) == long_title, pieces
    position = 0
    for piece in pieces:
        assert position in boundaries, f"a line starts mid-word: {piece}"
        position += len(piece)


@needs_poppler
def test_first_page_renders_to_png(demo_store: Store, tmp_path: Path) -> None:
    path = export(demo_store, "pdf", "th", tmp_path / "agenda.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    [png] = list(tmp_path.glob("page*.png"))
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_ics_has_one_event_per_session_that_is_not_a_pause(
    demo_store: Store, tmp_path: Path
) -> None:
    path = export(demo_store, "ics", "th", tmp_path / "agenda.ics")
    cal = Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    with demo_store.reader() as uow:
        agenda = load_agenda(uow, list_events(uow)[0].id)
    expected = [s for s in agenda.sessions if not s.is_pause]
    assert len(events) == len(expected) == 14
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Bangkok"]
    opening = next(e for e in events if str(e["SUMMARY"]).startswith("พิธีเปิด"))
    start = opening.decoded("DTSTART")
    assert start == dt.datetime(2007, 1, 30, 9, 0, tzinfo=ZoneInfo("Asia/Bangkok"))
    assert start.astimezone(dt.UTC).hour == 2
    assert opening.decoded("DTEND") - start == dt.timedelta(minutes=30)
    assert "ห้องประชุมใหญ่" in str(opening["LOCATION"]) and "พัทลุง" in str(opening["LOCATION"])
    assert "วิทยากร" in str(opening["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert all("พักรับประทาน" not in str(e["SUMMARY"]) for e in events)


def test_xlsx_dates_are_real_dates_shown_in_the_buddhist_era(
    demo_store: Store, tmp_path: Path
) -> None:
    """Dates are date cells (sortable, filterable), shown as B.E. by a Thai number format."""
    path = export(demo_store, "xlsx", "th", tmp_path / "agenda.xlsx")
    ws = openpyxl.load_workbook(path).active
    rows = [r for r in ws.iter_rows() if r and isinstance(r[0].value, dt.datetime)]
    assert len(rows) == 20
    assert {r[0].value.date() for r in rows} == {dt.date(2007, 1, 30), dt.date(2007, 1, 31)}
    for row in rows:
        assert row[0].is_date
        # Thai locale (041E) with the Thai Buddhist calendar (07): 30 ม.ค. 2550 on screen
        assert row[0].number_format == "[$-107041E]d mmm yyyy"
    values = [tuple(c.value for c in r) for r in rows]
    assert values[1][1] == dt.time(9, 0) and values[1][4].startswith("พิธีเปิด")
    assert "วิทยากร" in values[1][5]
    assert rows[1][1].number_format == "hh:mm"


def test_english_xlsx_dates_are_real_dates_without_the_thai_calendar(
    demo_store: Store, tmp_path: Path
) -> None:
    path = export(demo_store, "xlsx", "en", tmp_path / "agenda.xlsx")
    ws = openpyxl.load_workbook(path).active
    dates = [r[0] for r in ws.iter_rows() if r and isinstance(r[0].value, dt.datetime)]
    assert len(dates) == 20 and all(c.number_format == "d mmm yyyy" for c in dates)


def test_people_names_never_break_inside(demo_store: Store, tmp_path: Path) -> None:
    """A panel of many people wraps between names, never inside a family name."""
    with demo_store.writer() as uow:
        event_id = list_events(uow)[0].id
        panel = next(s for s in load_agenda(uow, event_id).sessions if s.kind == "panel")
        people = [(p.id, SessionRole.PANELIST) for p in list_people(uow)[:8]]
        edit.set_people(uow, panel.id, people)
        uow.commit()
        names = [p.full_name for p in list_people(uow)[:8]]
    path = export(demo_store, "pdf", "th", tmp_path / "agenda.pdf")
    lines = [line.strip() for line in pdf_text(path).splitlines()]
    for name in names:
        family = name.split(" ")[-1]
        assert any(family in line for line in lines), name


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux only")
def test_agenda_pdf_is_laid_out_without_the_system_thai_breaker(
    demo_store: Store, tmp_path: Path
) -> None:
    """As on Windows: the export never loads libthai, so its breaks come from our dictionary."""
    import sys

    demo_store.dispose()
    script = f"""
from pathlib import Path
from organiser.store.opening import open_store
from organiser.services.events.reading import list_events
from organiser.services.agenda.reports import build_report, write_agenda
store = open_store(Path({str(demo_store.data_dir)!r}))
with store.reader() as uow:
    report = build_report(uow, list_events(uow)[0].id, "th")
write_agenda(report, "pdf", Path({str(tmp_path / "a.pdf")!r}))
print("libthai" in open("/proc/self/maps").read())
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def _one_day(store: Store, sessions: int, room: str = "ห้องประชุมใหญ่") -> str:
    """A one-day programme of `sessions` twenty-minute talks in one room, nobody named."""
    with store.writer() as uow:
        event = create_event(uow, "เวทีแลกเปลี่ยนเรียนรู้", DAY, DAY)
        room_id = edit.add_room(uow, event.id, room)
        for n in range(sessions):
            start = 6 * 60 + 20 * n
            draft = edit.SessionDraft(
                DAY, dt.time(start // 60, start % 60), dt.time((start + 20) // 60, (start + 20) % 60),
                f"หัวข้อที่ {n + 1} การพัฒนาองค์กรการเงินชุมชน", room_id=room_id,
            )  # fmt: skip
            edit.create_session(uow, event.id, draft)
        uow.commit()
        return event.id


DAY = dt.date(2007, 1, 30)


def test_a_day_without_people_has_no_people_column_and_rooms_are_never_broken(
    store: Store, tmp_path: Path
) -> None:
    event_id = _one_day(store, 6)
    path = export(store, "pdf", "th", tmp_path / "agenda.pdf", event_id)
    lines = [line.strip() for line in pdf_text(path).splitlines()]
    assert not any("วิทยากร/ผู้ดำเนินรายการ" in line for line in lines)
    assert sum(line.endswith("ห้องประชุมใหญ่") for line in lines) == 6
    assert not any(line.endswith("ห้องประชุม") or line == "ใหญ่" for line in lines), lines


def test_the_demo_rooms_are_never_broken(demo_store: Store, tmp_path: Path) -> None:
    """Beside the people column too: ห้องประชุมใหญ่, never ห้องประชุม | ใหญ่."""
    path = export(demo_store, "pdf", "th", tmp_path / "agenda.pdf")
    lines = [line.strip() for line in pdf_text(path).splitlines()]
    assert any(line.endswith("ห้องประชุมใหญ่") for line in lines)
    assert not any(line.endswith("ห้องประชุม") or line == "ใหญ่" for line in lines), lines


def _page_titles(path: Path) -> list[int]:
    """How many sessions each page lists."""
    return [
        len(re.findall(r"หัวข้อที่\s*\d+", page.extract_text())) for page in pypdf.PdfReader(path).pages
    ]


def test_a_programme_that_nearly_fits_is_set_on_one_page_and_never_ends_with_one_session_alone(
    store: Store, tmp_path: Path
) -> None:
    counts: dict[int, list[int]] = {}
    events: dict[int, str] = {}
    for sessions in range(10, 44):
        events[sessions] = _one_day(store, sessions)
        counts[sessions] = _page_titles(
            export(store, "pdf", "th", tmp_path / f"agenda-{sessions}.pdf", events[sessions])
        )
        if len(counts[sessions]) > 1:
            break
    spilled = max(counts)
    assert len(counts[spilled]) == 2, counts  # it did spill within the range tried
    assert sum(counts[spilled]) == spilled
    assert counts[spilled][-1] >= 2, f"one session alone on page 2: {counts}"
    # the one before it fitted on one page although the normal spacing would not have held it
    assert counts[spilled - 1] == [spilled - 1]
    from organiser.documents.agenda.pdf import NORMAL, _render

    with store.reader() as uow:
        report = build_report(uow, events[spilled - 1], "th", printed_on=PRINTED)
    assert len(report.sessions) == spilled - 1
    with _render(report, NORMAL) as normal:
        assert normal.pages_count == 2
