from __future__ import annotations

from PySide6.QtCore import Qt

from organiser.ui.main_window import MainWindow


def test_main_window_shows_demo_seminar_and_every_area(qtbot, app_ctx) -> None:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.event_combo.count() == 1, timeout=5000)
    assert "สัมมนา" in window.event_combo.currentText()
    assert app_ctx.current_event_id
    qtbot.waitUntil(lambda: window.home.event_title.text().startswith("สัมมนาการพัฒนา"), timeout=5000)
    for area in window.areas[1:]:
        page = window.show_area(area.key)
        assert window.stack.currentWidget() is page
        if hasattr(page, "model"):
            qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0, timeout=5000)
        # office laptops have 1366×768 screens: no area may force the window wider
        assert window.minimumSizeHint().width() <= 1366, area.key


def test_a_reminder_opens_its_area(qtbot, app_ctx) -> None:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    reminders = window.home.reminder_list
    # the demo plan's actions are long overdue (2007), so the plans area reminds of them
    qtbot.waitUntil(
        lambda: (
            reminders.count() > 0 and reminders.item(0).data(Qt.ItemDataRole.UserRole) == "plans"
        ),
        timeout=5000,
    )
    reminders.itemActivated.emit(reminders.item(0))
    assert window.stack.currentWidget() is window.pages["plans"]
    assert window.nav.currentRow() == [a.key for a in window.areas].index("plans")


def test_the_people_page_is_built_while_idle_and_read_only_when_shown(qtbot, app_ctx) -> None:
    from organiser.ui.main_window import PREPARED_AREAS

    assert "people" in PREPARED_AREAS
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: "people" in window.pages, timeout=5000)
    page = window.pages["people"]
    qtbot.waitUntil(lambda: page.built, timeout=5000)  # its detail pane too
    app_ctx.tasks.wait_idle()
    qtbot.wait(50)
    assert window.stack.currentWidget() is window.home
    assert not page.loaded and page.model.rowCount() == 0  # nothing read for a hidden page
    app_ctx.changed("people")  # a change elsewhere does not make it read either
    app_ctx.tasks.wait_idle()
    assert not page.loaded
    assert window.show_area("people") is page  # the same page, now read
    qtbot.waitUntil(lambda: page.model.rowCount() == 124, timeout=5000)
    assert page.loaded
