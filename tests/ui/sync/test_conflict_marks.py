"""The person form marks a field two offices changed without seeing each other's edit, and
says where to settle it; a person without a conflict shows no mark."""

from __future__ import annotations

from typing import Any

from sync_offices import Office, seed_people, set_phone

from organiser.services.sync import exchange
from organiser.ui.context import AppContext
from organiser.ui.main_window import MainWindow


def test_the_person_form_marks_the_phone_in_conflict_and_only_it(
    qtbot: Any, qapp: Any, offices: tuple[Office, Office]
) -> None:
    a, b = offices
    ids = seed_people(a)
    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / "1.orgsync").paths)
    set_phone(a, ids["สมชาย"], "0811111111")
    set_phone(b, ids["สมชาย"], "0822222222")
    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / "2.orgsync").paths)
    ctx = AppContext(b.store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    page = window.show_area("people")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    page.finish_building()  # the detail pane is built on first use
    editor = page.editor

    assert page.select_person(ids["สมชาย"])
    qtbot.waitUntil(lambda: bool(editor.phone.property("syncConflict")), timeout=10_000)
    assert "Sync place" in editor.phone.toolTip()
    assert not editor.given_name.property("syncConflict")

    assert page.select_person(ids["สมศรี"])  # another person: no conflict, no mark
    qtbot.waitUntil(lambda: editor.given_name.text() == "สมศรี", timeout=10_000)
    ctx.tasks.wait_idle()
    qtbot.waitUntil(lambda: not editor.phone.property("syncConflict"), timeout=10_000)
    assert "Sync place" not in editor.phone.toolTip()
    ctx.tasks.wait_idle()


def test_the_memorandum_form_marks_its_title_in_conflict(
    qtbot: Any, qapp: Any, offices: tuple[Office, Office]
) -> None:
    from organiser.services.memoranda.editing import save_memorandum
    from organiser.services.memoranda.reading import MemorandumData, load_memorandum

    a, b = offices

    def save(office: Office, data: MemorandumData) -> str:
        with office.store.writer() as uow:
            memo_id = save_memorandum(uow, data)
            uow.commit()
            return memo_id

    memo_id = save(a, MemorandumData(title="บันทึกความร่วมมือเครือข่ายออมทรัพย์"))
    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / "1.orgsync").paths)
    for office, title in ((a, "บันทึกความร่วมมือ ฉบับสำนักงาน ก"), (b, "บันทึกความร่วมมือ ฉบับ ข")):
        with office.store.reader() as uow:
            data = load_memorandum(uow, memo_id)
        data.title = title
        save(office, data)
    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / "2.orgsync").paths)
    ctx = AppContext(b.store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    page = window.show_area("memoranda")
    page.open_editor(memo_id)
    particulars = page.editor.particulars
    qtbot.waitUntil(lambda: bool(particulars.title.property("syncConflict")), timeout=10_000)
    assert "Sync place" in particulars.title.toolTip()
    assert not particulars.purpose.property("syncConflict")
    ctx.tasks.wait_idle()
