"""Every place is built while the window is idle after start-up, so that opening one is a
repaint and its first load, never building a page (Agenda took 67 ms, Plans 47, Memoranda 40);
and no table measures every one of its rows to fit its columns (the desk's 1,000 registrations
froze the window for 0.4 s when it opened)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableView

from organiser.ui.main_window import PREPARED_AREAS, MainWindow
from organiser.ui.widgets.columns import ROWS_MEASURED


def test_every_place_is_built_while_idle_and_opening_it_builds_nothing(
    qtbot: Any, app_ctx: Any
) -> None:
    places = {"people", "desk", "agenda", "memoranda", "plans", "sync"}
    assert places <= set(PREPARED_AREAS)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: not window.preparing, timeout=30_000)
    assert places <= set(window.pages)
    built = {key: window.pages[key] for key in places}
    assert window.stack.currentWidget() is window.home
    for key in sorted(places):
        page = window.show_area(key)
        assert page is built[key]  # the page built ahead, not a new one
        assert window.stack.currentWidget() is page
        app_ctx.tasks.wait_idle()
        for table in page.findChildren(QTableView):
            assert table.horizontalHeader().resizeContentsPrecision() == ROWS_MEASURED, key


def test_the_people_table_gets_its_first_rows_from_the_worker(qtbot: Any, app_ctx: Any) -> None:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: "people" in window.pages and not window.preparing, timeout=30_000)
    page = window.pages["people"]
    read_here: list[list[str]] = []
    fetch_on_gui = page.model._read_page

    def counting(number: int) -> Any:
        read_here.append(page.model.ids[number * page.model.PAGE : (number + 1) * page.model.PAGE])
        return fetch_on_gui(number)

    page.model._read_page = counting
    window.show_area("people")
    qtbot.waitUntil(lambda: page.model.rowCount() == 124, timeout=5000)
    qtbot.wait(50)  # painted
    assert page.model.index(0, 0).data()  # the first person's name is shown
    assert read_here == []  # the first page came with the listing, read off the GUI thread
