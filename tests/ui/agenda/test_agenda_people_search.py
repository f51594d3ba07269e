"""The session's people dialog at a directory of thousands: it searches as People does, with
bounded queries, and never reads the whole directory (1.4 s at 50,000 people)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from organiser.domain.people import Person
from organiser.services.events.reading import list_events
from organiser.services.people.search import search_index_paused
from organiser.ui.agenda.page import AgendaPage

PEOPLE = 3000


def test_the_people_dialog_never_reads_the_whole_directory(
    qtbot: Any, app_ctx: Any, type_thai: Any, monkeypatch: Any
) -> None:
    with app_ctx.store.writer() as uow:
        with search_index_paused(uow) as index:
            people = [
                Person(given_name=f"สมชาย{n:04d}", family_name="ทดสอบระบบ", position="สมาชิก")
                for n in range(PEOPLE)
            ]
            for person in people:
                person.refresh_sort_key()
            uow.session.add_all(people)
            uow.flush()
            index.add_people([p.id for p in people])
        uow.commit()
        event_id = list_events(uow)[0].id
    import organiser.services.people.rows as people_service

    def whole_directory(*_a: Any, **_k: Any) -> None:
        raise AssertionError("the whole directory was loaded")

    monkeypatch.setattr(people_service, "list_people", whole_directory)
    monkeypatch.setattr("organiser.ui.agenda.page.list_people", whole_directory, raising=False)

    page = AgendaPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
        app_ctx.set_current_event(event_id)
    page.select_session(page.models[0].row_at(2).id)

    statements: list[str] = []
    shown: dict[str, int] = {}

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(app_ctx.store.engine, "before_cursor_execute", seen)
    try:

        def answer(dialog: Any) -> bool:
            app_ctx.tasks.wait_idle()
            assert dialog.directory.count() == 0
            type_thai(dialog.filter, "สมชาย")  # matches all 3,000 and more
            qtbot.waitUntil(lambda: dialog.directory.count() > 0, timeout=10_000)
            type_thai(dialog.new_name, "นายสมชาย ทดสอบระบบ")
            qtbot.waitUntil(lambda: dialog.match_list.count() > 0, timeout=10_000)
            app_ctx.tasks.wait_idle()
            shown["directory"], shown["matches"] = (
                dialog.directory.count(),
                dialog.match_list.count(),
            )
            return False

        page.run_dialog = answer
        page.people_button.click()
    finally:
        event.remove(app_ctx.store.engine, "before_cursor_execute", seen)
    # a page of the directory, a handful of likely matches: never thousands of rows
    assert 0 < shown["directory"] <= 100 and 0 < shown["matches"] <= 5
    reads = [s for s in statements if s.upper().startswith(("SELECT", "WITH")) and "person" in s]
    assert reads, "no search ran"
    for statement in reads:
        assert "LIMIT" in statement.upper(), statement
    assert page.people_dialog is None
