"""The end of a desk day with several desks: the Sync place names this desk and the desks whose
check-ins were not received lately, and quitting with the desk open reminds of them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from several_desks import TODAY, Venue

from organiser.services import settings
from organiser.services.desk import editing as desk
from organiser.services.sync import desks as desks_service
from organiser.services.sync import exchange
from organiser.ui.sync.end_of_day import EndOfDayReminder
from organiser.ui.sync.page import SyncPage


def desk_two_checks_someone_in(venue: Venue) -> None:
    with venue.there.writer() as uow:
        desk.check_in_person(uow, venue.event_id, venue.people[1], TODAY)
        uow.commit()
    exchange.receive(venue.here, [venue.from_there()])


def test_the_sync_place_names_this_desk_and_the_desks_not_received(
    qtbot: Any, venue: Venue, monkeypatch: pytest.MonkeyPatch
) -> None:
    venue.ctx.current_event_id = venue.event_id
    desk_two_checks_someone_in(venue)
    monkeypatch.setattr(desks_service, "RECENT", dt.timedelta(0))  # hours later
    page = SyncPage(venue.ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.desks_tab)  # the desks at the venue
    box = page.desks_box
    page.reload()
    qtbot.waitUntil(lambda: "Desk 2:" in box.not_received.text(), timeout=5_000)
    assert box.desk_label.text() == "This desk: โต๊ะ 1"
    assert "Desk 2: 1 check-ins here, the last at " in box.not_received.text()
    assert box.receive_button.isVisible()

    dialog = box.ask_name()
    dialog.setTextValue("โต๊ะหน้าห้อง")
    with qtbot.waitSignal(venue.ctx.data_changed, timeout=5_000):
        dialog.accept()
    with venue.here.reader() as uow:
        assert settings.desk_name(uow) == "โต๊ะหน้าห้อง"
    qtbot.waitUntil(lambda: box.desk_label.text() == "This desk: โต๊ะหน้าห้อง", timeout=5_000)


def test_an_unnamed_desk_is_shown_by_the_computer_name(qtbot: Any, venue: Venue) -> None:
    with venue.here.writer() as uow:
        settings.put(uow, settings.DESK_NAME, "")
        uow.commit()
    page = SyncPage(venue.ctx)
    qtbot.addWidget(page)
    page.reload()
    name = settings.computer_name()
    qtbot.waitUntil(
        lambda: page.desks_box.desk_label.text() == f"This desk: {name} (the computer's name)",
        timeout=5_000,
    )


def test_quitting_with_the_desk_open_reminds_of_the_desks_not_received(
    qtbot: Any, venue: Venue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organiser.ui.main_window import MainWindow

    window = MainWindow(venue.ctx)
    qtbot.addWidget(window)
    window.show()
    venue.ctx.current_event_id = venue.event_id
    page = window.show_area("desk")
    view = page.desk  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.controller.seminar is not None, timeout=10_000)
    desk_two_checks_someone_in(venue)
    monkeypatch.setattr(desks_service, "RECENT", dt.timedelta(0))
    received: list[bool] = []
    monkeypatch.setattr(window.sync_menu.change_files, "receive_changes",
                        lambda: received.append(True))  # fmt: skip
    seen: list[str] = []

    def answer(button: str) -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, EndOfDayReminder)]
        shown = [b for b in boxes if b.isVisible()]
        if not shown:  # not on screen yet: ask again in a moment
            QTimer.singleShot(20, lambda: answer(button))
            return
        seen.append(shown[0].text())
        getattr(shown[0], button).click()

    QTimer.singleShot(0, lambda: answer("receive_button"))
    assert window.close() is False  # stays open to receive them
    assert received == [True] and "Desk 2: 1 check-ins here" in seen[0]
    QTimer.singleShot(0, lambda: answer("stay_button"))
    assert window.close() is False
    QTimer.singleShot(0, lambda: answer("later_button"))  # "Quit anyway"
    assert window.close() is True
    venue.ctx.tasks.wait_idle()
