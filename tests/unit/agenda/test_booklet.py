"""The programme booklet read back: cover, objectives, programme, speakers with their
positions and organisations, every participant by province; Thai and English."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from organiser.core.thaitext import thai_sort_key
from organiser.services.agenda.booklet import build_booklet, export_booklet
from organiser.services.events.reading import list_events
from organiser.store.db import Store


def text_of(pdf: Path) -> list[str]:
    return [page.extract_text().replace("\u200b", "") for page in PdfReader(pdf).pages]


def test_the_thai_booklet_has_every_part_and_every_participant(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.reader() as uow:
        event_id = list_events(uow)[0].id
        booklet = build_booklet(uow, event_id, "th")
    target = tmp_path / "booklet.pdf"
    export_booklet(demo_store, event_id, target, "th")
    pages = text_of(target)
    whole = "\n".join(pages)
    packed = "".join(whole.split())

    assert "เอกสารประกอบการสัมมนา" in pages[0] and booklet.programme.title[:20] in packed
    assert "วัตถุประสงค์" in whole and "กำหนดการ" in whole
    assert "2550" in whole and "2007" not in whole  # the Buddhist era throughout
    # the speakers, each once, with position and organisation beside the name
    assert booklet.speakers and len({s.name for s in booklet.speakers}) == len(booklet.speakers)
    for speaker in booklet.speakers:
        assert "".join(speaker.name.split()) in packed
        if speaker.position:
            assert "".join(speaker.position.split()) in packed
    # every participant, under provinces in Thai order, and the count
    names = [p.name for group in booklet.provinces for p in group.people]
    assert len(names) == booklet.participants > 100
    for name in names:
        assert "".join(name.split()) in packed, name
    assert f"{booklet.participants} คน จาก {len(booklet.provinces)} จังหวัด" in whole
    headings = [g.province.removeprefix("จังหวัด") for g in booklet.provinces]
    assert headings == sorted(headings, key=thai_sort_key)
    with demo_store.reader() as uow:
        from organiser.services.safety.privacy import list_audit

        assert any("programme booklet" in e.detail for e in list_audit(uow))


def test_the_english_booklet_says_it_in_english(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.reader() as uow:
        event_id = list_events(uow)[0].id
    target = tmp_path / "booklet-en.pdf"
    export_booklet(demo_store, event_id, target, "en")
    whole = "\n".join(text_of(target))
    assert "Programme booklet" in whole and "Participants" in whole
    assert "Speakers and facilitators" in whole
    assert "January 2007" in whole and "มกราคม" not in whole  # dates in English, C.E.
    assert re.search(r"Printed \d+ \w+ 20\d\d", whole)


def test_the_command_line_writes_the_booklet(cli, demo_store: Store, tmp_path: Path) -> None:
    data_dir = demo_store.data_dir
    demo_store.dispose()
    target = tmp_path / "b.pdf"
    done = cli("--lang", "th", "export", "booklet", "south-2550", "-o", str(target),
               data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "ผู้เข้าร่วม" in done.stdout and target.stat().st_size > 10_000
