"""The Seminars page driven as a user drives it: edit the dates with the programme moved, a
refused edit, cancel and reopen, delete an empty seminar, and Undo after each."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from organiser.services.agenda import editing as agenda_editing
from organiser.services.agenda.reading import load_agenda
from organiser.services.events.reading import create_event, list_events
from organiser.ui.events.page import SeminarsPage

DAY1 = dt.date(2007, 1, 30)
DAY2 = dt.date(2007, 1, 31)


def open_page(qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> SeminarsPage:
    page = SeminarsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    monkeypatch.setattr(page, "confirm", lambda _text: True)  # the user answers Yes
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    return page


def reloaded(qtbot: Any, page: SeminarsPage, action: Any) -> None:
    """Do `action`, wait until it is saved and the list has been read again."""
    with (
        qtbot.waitSignal(page.loaded, timeout=10_000),
        qtbot.waitSignal(page.written, timeout=10_000),
    ):
        action()


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def row_texts(page: SeminarsPage) -> list[list[str]]:
    model = page.proxy
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def session_days(ctx: Any, event_id: str) -> list[dt.date]:
    with ctx.store.reader() as uow:
        return [s.day for s in load_agenda(uow, event_id).sessions]


@pytest.fixture
def two_day_seminar(empty_ctx: Any) -> str:
    with empty_ctx.store.writer() as uow:
        event = create_event(uow, "สัมมนาภาคใต้", DAY1, DAY2, venue="พัทลุง")
        for n, day in enumerate((DAY1, DAY2)):
            agenda_editing.create_session(
                uow,
                event.id,
                agenda_editing.SessionDraft(day, dt.time(9), dt.time(10), f"ช่วงที่ {n + 1}"),
            )
        uow.commit()
        return event.id


def open_editor(qtbot: Any, page: SeminarsPage) -> Any:
    page.table.selectRow(0)
    click(qtbot, page.edit_button)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    return page.dialog


def test_edit_the_dates_with_the_programme_moved_then_undo(
    qtbot: Any, empty_ctx: Any, two_day_seminar: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, empty_ctx, monkeypatch)
    dialog = open_editor(qtbot, page)
    assert dialog.title_edit.text() == "สัมมนาภาคใต้"
    assert dialog.move_agenda.isHidden()  # nothing to ask while the dates are unchanged
    dialog.starts.set_value(dt.date(2007, 2, 6))
    assert dialog.ends.value() == dt.date(2007, 2, 7)  # a seminar that moves keeps its length
    assert dialog.move_agenda.isVisible() and dialog.move_agenda.isChecked()
    assert "2 sessions" in dialog.move_agenda.text()
    dialog.venue_edit.setText("สงขลา")

    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    reloaded(qtbot, page, lambda: click(qtbot, ok))
    assert page.dialog is None
    assert session_days(empty_ctx, two_day_seminar) == [dt.date(2007, 2, 6), dt.date(2007, 2, 7)]
    assert row_texts(page)[0][:2] == ["6–7 Feb 2007", "สัมมนาภาคใต้"]
    assert "สงขลา" in row_texts(page)[0]
    assert page.undo_button.isVisible()

    reloaded(qtbot, page, lambda: click(qtbot, page.undo_button))
    assert session_days(empty_ctx, two_day_seminar) == [DAY1, DAY2]
    assert row_texts(page)[0][0] == "30–31 Jan 2007" and "พัทลุง" in row_texts(page)[0]
    assert not page.undo_button.isVisible()


def test_a_refused_edit_is_explained_in_the_dialog_and_nothing_changes(
    qtbot: Any, empty_ctx: Any, two_day_seminar: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, empty_ctx, monkeypatch)
    dialog = open_editor(qtbot, page)
    dialog.starts.set_value(dt.date(2007, 2, 6))
    dialog.ends.set_value(dt.date(2007, 2, 7))
    dialog.move_agenda.setChecked(False)  # the user chose not to move the programme
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(page.failed, timeout=10_000):
        click(qtbot, ok)
    assert dialog.isVisible() and "outside the new dates" in dialog.error.text()
    assert dialog.starts.value() == dt.date(2007, 2, 6)  # what was typed is still there
    assert ok.isEnabled()
    assert session_days(empty_ctx, two_day_seminar) == [DAY1, DAY2]
    dialog.reject()


def test_cancel_shows_everywhere_then_undo_and_reopen(
    qtbot: Any, app_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organiser.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.event_combo.count() == 1, timeout=10_000)
    page = window.show_area("events")
    assert isinstance(page, SeminarsPage)
    monkeypatch.setattr(page, "confirm", lambda _text: True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    assert page.cancel_button.text() == "Cancel seminar…"
    registered = page.selected().registered

    reloaded(qtbot, page, lambda: click(qtbot, page.cancel_button))
    assert row_texts(page)[0][2] == "Cancelled"
    qtbot.waitUntil(lambda: "cancelled" in window.event_combo.currentText(), timeout=10_000)
    qtbot.waitUntil(lambda: "(cancelled)" in window.home.event_title.text(), timeout=10_000)
    page.table.selectRow(0)
    assert page.cancel_button.text() == "Reopen"
    with app_ctx.store.reader() as uow:
        assert list_events(uow)[0].registered == registered  # everything is kept

    reloaded(qtbot, page, lambda: click(qtbot, page.undo_button))
    assert row_texts(page)[0][2] == ""
    qtbot.waitUntil(lambda: "cancelled" not in window.event_combo.currentText(), timeout=10_000)

    page.table.selectRow(0)
    reloaded(qtbot, page, lambda: click(qtbot, page.cancel_button))
    page.table.selectRow(0)
    reloaded(qtbot, page, lambda: click(qtbot, page.cancel_button))  # now "Reopen"
    assert row_texts(page)[0][2] == ""
    window.close()


def test_delete_an_empty_seminar_then_undo_but_never_one_with_content(
    qtbot: Any, app_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with app_ctx.store.writer() as uow:
        create_event(uow, "งานที่สร้างผิด", dt.date(2007, 3, 1), dt.date(2007, 3, 1))
        uow.commit()
    page = open_page(qtbot, app_ctx, monkeypatch)
    titles = [r[1] for r in row_texts(page)]
    assert titles[0] == "งานที่สร้างผิด"  # the newest first

    page.table.selectRow(1)  # the demo seminar, full of registrations
    with qtbot.waitSignal(page.failed, timeout=10_000) as refused:
        click(qtbot, page.delete_button)
    assert "can only be cancelled" in refused.args[0]
    assert "can only be cancelled" in page.message.text()
    assert page.model.rowCount() == 2

    page.table.selectRow(0)
    reloaded(qtbot, page, lambda: click(qtbot, page.delete_button))
    assert [r[1] for r in row_texts(page)] == [titles[1]]
    assert "deleted" in page.message.text()

    reloaded(qtbot, page, lambda: click(qtbot, page.undo_button))
    assert [r[1] for r in row_texts(page)] == titles


def test_the_desk_refuses_a_cancelled_seminar_in_plain_words(
    qtbot: Any, app_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organiser.services.events.editing import cancel_event
    from organiser.ui.desk.page import DeskPage

    with app_ctx.store.writer() as uow:
        event_id = list_events(uow)[0].id
        cancel_event(uow, event_id)
        uow.commit()
    app_ctx.current_event_id = event_id
    desk = DeskPage(app_ctx)
    qtbot.addWidget(desk)
    view = desk.desk
    view.controller.today = lambda: DAY2
    desk.show()
    with qtbot.waitSignal(view.controller.counts_changed, timeout=10_000):
        desk.reload()
    with app_ctx.store.reader() as uow:
        from organiser.domain.desk import Registration

        reg = uow.session.query(Registration).filter_by(event_id=event_id).first()
        code = reg.code
    with qtbot.waitSignal(view.controller.failed, timeout=10_000) as refused:
        view.controller.check_in_code(code)
    assert "is cancelled" in refused.args[0]


def test_with_check_ins_the_form_says_the_programme_stays_and_a_longer_seminar_saves(
    qtbot: Any, app_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, app_ctx, monkeypatch)
    dialog = open_editor(qtbot, page)
    assert dialog.dates_note.isHidden()
    dialog.ends.set_value(dt.date(2007, 2, 1))  # one more day at the end
    assert dialog.move_agenda.isHidden()
    assert dialog.dates_note.isVisible() and "30 Jan 2007" in dialog.dates_note.text()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    reloaded(qtbot, page, lambda: click(qtbot, ok))
    assert row_texts(page)[0][0] == "30 Jan – 1 Feb 2007"
