"""Switching the language rebuilds the window where the user was: same place, no error."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_switching_language_at_the_desk_stays_at_the_desk(qtbot, demo_store) -> None:
    from organiser.app import Session

    session = Session(QApplication.instance(), demo_store, "en")
    first = session.window  # deleted by the switch: not handed to qtbot
    qtbot.waitUntil(lambda: first.event_combo.count() == 1, timeout=5000)
    desk = first.show_area("desk")
    qtbot.waitUntil(lambda: desk.desk.controller.seminar is not None, timeout=10_000)
    event_id = session.ctx.current_event_id

    session.switch_language("th")
    second = session.window
    qtbot.addWidget(second)
    assert second is not first
    assert second.nav.currentRow() == [a.key for a in second.areas].index("desk")
    assert second.stack.currentWidget() is second.pages["desk"]
    assert second.nav.item(0).text() == "หน้าแรก"
    assert session.ctx.current_event_id == event_id
    # the data changes that follow reach only the living window, with no error on a deleted one
    session.ctx.changed("*")
    session.ctx.set_current_event("")
    session.ctx.set_current_event(event_id)
    qtbot.waitUntil(
        lambda: second.pages["desk"].desk.controller.seminar is not None, timeout=10_000
    )
    session.ctx.tasks.wait_idle()
