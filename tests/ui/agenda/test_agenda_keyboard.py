"""A day's programme typed with the keyboard only, in the main window (where Ctrl+N is also
"New seminar"): Ctrl+N adds a session, Tab saves a cell and opens the next one, the arrow keys
step through kinds and rooms and times, and nothing typed is lost while saves come back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView

from organiser.services.agenda import editing as edit
from organiser.services.agenda.reading import load_agenda
from organiser.services.events.reading import create_event
from organiser.ui.agenda.delegates import ChoiceBox, TimeEdit
from organiser.ui.agenda.model import COL_END, COL_KIND, COL_ROOM, COL_START, COL_TITLE
from organiser.ui.agenda.page import AgendaPage
from organiser.ui.main_window import MainWindow

DAY = dt.date(2007, 1, 30)


def focused() -> Any:
    return QApplication.focusWidget()


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_keys(qtbot: Any, text: str) -> None:
    """Each key to whatever has the focus then, as a keyboard does."""
    for ch in text:
        qtbot.keyClicks(focused(), ch)


def test_a_whole_day_typed_with_the_keyboard_only(
    qtbot: Any, empty_ctx: Any, type_thai: Any
) -> None:
    with empty_ctx.store.writer() as uow:
        event = create_event(uow, "เวทีประชาคมจังหวัดพัทลุง", DAY, DAY)
        edit.add_room(uow, event.id, "ห้องประชุมใหญ่", is_main=True)
        edit.add_room(uow, event.id, "ห้องย่อย 1")
        uow.commit()
    window = MainWindow(empty_ctx)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: empty_ctx.current_event_id == event.id, timeout=10_000)
    page = window.show_area("agenda")
    assert isinstance(page, AgendaPage)
    qtbot.waitUntil(lambda: len(page.models) == 1, timeout=10_000)
    window.activateWindow()
    page.views[0].setFocus()
    qtbot.waitUntil(lambda: isinstance(focused(), QTableView))
    model = page.models[0]
    loads: list[bool] = []
    page.editor.loaded.connect(lambda: loads.append(True))

    # (start, end, kind, title, room) of each session, as typed
    programme = [
        ("0830", "0900", "opening", "ลงทะเบียนและเปิดการประชุม", "ห้องประชุมใหญ่"),
        ("0900", "1030", "panel", "เสวนาสถานการณ์กองทุนหมู่บ้าน", "ห้องประชุมใหญ่"),
        ("1030", "1045", "break", "พักรับประทานอาหารว่าง", ""),
        ("1045", "1200", "group_work", "แบ่งกลุ่มย่อยตามประเด็น", "ห้องย่อย 1"),
    ]
    for number, (start, end, kind, title, room) in enumerate(programme, start=1):
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda n=number: model.rowCount() == n, timeout=10_000)
        qtbot.waitUntil(lambda: page.current_session() is not None and not page.editor.busy)
        row = model.row_of(page.current_session_id() or "")
        assert row == number - 1
        assert isinstance(focused(), QTableView), "Ctrl+N left the keyboard nowhere"

        press(qtbot, Qt.Key.Key_Home)  # the first cell of the row: Start
        assert page.views[0].currentIndex().column() == COL_START
        type_keys(qtbot, start)  # typing opens the editor over the old time
        assert isinstance(focused(), TimeEdit) and focused().text() == start
        # Tab saves the start and opens End; the saved programme comes back while End is typed
        loads_before = len(loads)
        press(qtbot, Qt.Key.Key_Tab)
        assert isinstance(focused(), TimeEdit)
        assert page.views[0].currentIndex().column() == COL_END
        saving = page.editor.busy  # unless the start typed was the start it had
        assert saving or f"{page.current_session().starts_at:%H%M}" == start  # type: ignore[union-attr]
        type_keys(qtbot, end[:2])
        if saving:
            qtbot.waitUntil(lambda b=loads_before: len(loads) > b, timeout=10_000)
        assert isinstance(focused(), TimeEdit), "the save closed the open editor"
        type_keys(qtbot, end[2:])  # the digits typed before the save are still there
        assert focused().text() == end
        press(qtbot, Qt.Key.Key_Tab)

        combo = focused()
        assert isinstance(combo, ChoiceBox) and page.views[0].currentIndex().column() == COL_KIND
        steps = combo.findData(kind) - combo.currentIndex()
        for _ in range(abs(steps)):
            press(qtbot, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
            assert focused() is combo, "an arrow key closed the list"
        assert combo.currentData() == kind
        press(qtbot, Qt.Key.Key_Tab)

        title_editor = focused()
        assert isinstance(title_editor, QLineEdit)
        assert page.views[0].currentIndex().column() == COL_TITLE
        type_thai(title_editor, title)
        press(qtbot, Qt.Key.Key_Tab)

        combo = focused()
        assert isinstance(combo, QComboBox) and page.views[0].currentIndex().column() == COL_ROOM
        steps = combo.findText(room or "(no room)") - combo.currentIndex()
        for _ in range(abs(steps)):
            press(qtbot, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(focused(), QTableView))

    empty_ctx.tasks.wait_idle()
    qtbot.waitUntil(lambda: not page.editor.busy, timeout=10_000)
    with empty_ctx.store.reader() as uow:
        saved = load_agenda(uow, event.id).on(DAY)
    got = [(f"{s.starts_at:%H%M}", f"{s.ends_at:%H%M}", s.kind, s.title, s.room) for s in saved]
    assert got == programme
    # and nothing else was made: no new seminar from the window's Ctrl+N
    assert window.event_combo.count() == 1


def test_up_and_down_step_a_time_by_quarters_of_an_hour(qtbot: Any) -> None:
    editor = TimeEdit("th")
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor, "910")
    assert editor.text() == "910"
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert editor.text() == "09.15"
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert editor.text() == "08.45" and editor.selectedText() == "08.45"
    qtbot.keyClicks(editor, "abc")  # only digits and a separator are taken
    assert editor.text() == "08.45"


def test_alt_down_moves_the_session_and_ctrl_n_adds_one_in_the_window(
    qtbot: Any, app_ctx: Any
) -> None:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: bool(app_ctx.current_event_id), timeout=10_000)
    page = window.show_area("agenda")
    assert isinstance(page, AgendaPage)
    qtbot.waitUntil(lambda: len(page.models) == 2 and page.models[0].rowCount() == 10)
    model, view = page.models[0], page.views[0]
    first = model.row_at(0)
    page.select_session(first.id)
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: focused() is view)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.row_at(1).id == first.id, timeout=10_000)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() == 11, timeout=10_000)
    assert window.event_combo.count() == 1
