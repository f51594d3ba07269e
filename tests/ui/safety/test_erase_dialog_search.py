"""The erase dialog at a directory of thousands: it searches as People does (bounded queries,
the latest keystroke's answer only) and still finds and picks the person asked about. It used
to match every person in Python at each keystroke: 1.5 s a key at 100,000 people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import event

from organiser.domain.people import Person
from organiser.services.people.search import search_index_paused
from organiser.ui.safety.privacy_dialogs import SHOWN, ErasePersonDialog

PEOPLE = 3000


def add_people(app_ctx: Any) -> Person:
    with app_ctx.store.writer() as uow:
        with search_index_paused(uow) as index:
            people = [
                Person(given_name=f"สมชาย{n:04d}", family_name="ทดสอบระบบ", phone=f"08{n:08d}")
                for n in range(PEOPLE)
            ]
            for person in people:
                person.refresh_sort_key()
            uow.session.add_all(people)
            uow.flush()
            index.add_people([p.id for p in people])
        uow.commit()
        uow.session.expunge_all()
    return people[1234]


def test_typing_reads_a_page_and_the_person_typed_is_found_and_picked(
    qtbot: Any, app_ctx: Any, type_thai: Any
) -> None:
    sought = add_people(app_ctx)
    dialog = ErasePersonDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.answered == "", timeout=10_000)
    assert dialog.model.rowCount() == SHOWN  # the first page, not everyone

    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(app_ctx.store.engine, "before_cursor_execute", seen)
    try:
        type_thai(dialog.search, "สมชาย")  # 3,000 and more match
        qtbot.waitUntil(lambda: dialog.answered == "สมชาย", timeout=10_000)
        assert 0 < dialog.model.rowCount() <= SHOWN
        # a keystroke at a time, and only the last one's answer is shown
        type_thai(dialog.search, "1234 ทดสอบ")
        qtbot.waitUntil(lambda: dialog.answered == "สมชาย1234 ทดสอบ", timeout=10_000)
        app_ctx.tasks.wait_idle()
    finally:
        event.remove(app_ctx.store.engine, "before_cursor_execute", seen)
    reads = [s for s in statements if s.upper().startswith(("SELECT", "WITH")) and "person" in s]
    assert reads
    for statement in reads:
        assert "LIMIT" in statement.upper() or "json_each" in statement, statement
    # far fewer searches than keystrokes: the pause after a keystroke waits for the next
    assert len(reads) < 2 * len("สมชาย1234 ทดสอบ")

    assert dialog.model.row_at(0).id == sought.id
    dialog.view.selectRow(0)
    assert dialog.selected() is not None and dialog.selected().id == sought.id
    assert dialog.erase_button.isEnabled()
    asked: list[str] = []

    def confirm(person: Any) -> bool:
        asked.append(person.name)
        return False  # the question is asked about the person picked; nothing is erased

    dialog.confirm = confirm  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert asked == [sought.full_name]
