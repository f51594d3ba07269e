"""Importing a programme through the real window: a file from the Import menu, rows pasted with
Ctrl+V on the agenda table, the preview with its conflicts, and taking the import back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
if str(FIXTURES) not in sys.path:
    sys.path.insert(0, str(FIXTURES))

from programme_files import DAY1, DAY2, excel_programme, word_programme  # noqa: E402

from organiser.services.agenda.reading import load_agenda  # noqa: E402
from organiser.services.events.reading import create_event  # noqa: E402
from organiser.ui.agenda.model import COL_TITLE  # noqa: E402
from organiser.ui.agenda.page import AgendaPage  # noqa: E402
from organiser.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def page(qtbot: Any, app_ctx: Any) -> AgendaPage:
    with app_ctx.store.writer() as uow:
        event_id = create_event(uow, "สัมมนาภาคใต้ ครั้งที่ 2", DAY1, DAY2).id
        uow.commit()
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    agenda = window.show_area("agenda")
    assert isinstance(agenda, AgendaPage)
    with qtbot.waitSignal(agenda.editor.loaded, timeout=10_000):
        app_ctx.set_current_event(event_id)
    qtbot.waitUntil(lambda: agenda.editor.agenda is not None
                    and agenda.editor.agenda.event.id == event_id, timeout=10_000)  # fmt: skip
    return agenda


def titles(page: AgendaPage) -> list[str]:
    return [row.title for model in page.models for row in model.rows]


def stored(page: AgendaPage) -> list[str]:
    page.ctx.tasks.wait_idle()
    with page.ctx.store.reader() as uow:
        return [s.title for s in load_agenda(uow, page.ctx.current_event_id).sessions]


def test_an_excel_programme_is_previewed_with_its_conflicts_then_imported_and_taken_back(
    qtbot: Any, page: AgendaPage, tmp_path: Path
) -> None:
    path = excel_programme(tmp_path / "กำหนดการ.xlsx")
    assert page.importing.button.isEnabled()
    dialog = page.importing.from_file(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.controller.plan is not None, timeout=10_000)
    model = dialog.model
    shown = {model.index(r, 5).data(): model.index(r, 7).data() for r in range(model.rowCount())}
    assert "ห้องย่อย 1 is also used by" in shown["กลุ่มเยาวชน"]  # the conflict, in the preview
    assert "'บ่ายโมง' is not a time" in shown["เวทีแลกเปลี่ยน"]
    assert "8 sessions to add, 4 of them with a conflict; 1 rows skipped" in dialog.summary.text()
    assert "New rooms: ห้องประชุมใหญ่, ห้องย่อย 1" in dialog.summary.text()
    assert dialog.import_button.text() == "Import 8 sessions"

    # the user leaves the youth group out before importing
    youth = next(r for r in range(model.rowCount()) if model.index(r, 5).data() == "กลุ่มเยาวชน")
    dialog.table.selectRow(youth)
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.text() == "Import 7 sessions", timeout=10_000)
    assert (
        "2 of them with a conflict" in dialog.summary.text()
    )  # the gaps before lunch and the closing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: len(titles(page)) == 7, timeout=10_000)
    assert "พิธีเปิดการสัมมนา" in titles(page) and "กลุ่มเยาวชน" not in titles(page)
    assert "Imported 7 sessions" in page.status.text()
    assert len(stored(page)) == 7

    asked: list[str] = []
    page.importing.confirm = lambda question: asked.append(question) or True
    page.importing.undo_action.trigger()
    qtbot.waitUntil(lambda: titles(page) == [], timeout=10_000)
    assert "Take back the 7 sessions imported from กำหนดการ.xlsx" in asked[0]
    assert stored(page) == []


def test_rows_pasted_with_ctrl_v_on_the_table_go_on_the_day_shown(
    qtbot: Any, page: AgendaPage
) -> None:
    QApplication.clipboard().setText(
        "๐๙.๐๐–๑๐.๓๐ น.\tเสวนา บทบาทภาคีหน่วยงานสนับสนุน\n10.30-10.45\tพักรับประทานอาหารว่าง\n"
    )
    page.tabs.setCurrentIndex(1)  # the second day
    view = page.views[1]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.importing.dialog is not None, timeout=5000)
    dialog = page.importing.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.controller.plan is not None
    assert {r.day for r in dialog.controller.plan.to_import} == {DAY2}
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.models[1].rowCount() == 2, timeout=10_000)
    assert [r.kind for r in page.models[1].rows] == ["panel", "break"]
    assert page.models[0].rowCount() == 0


def test_ctrl_v_in_a_cell_being_edited_pastes_into_the_cell(qtbot: Any, page: AgendaPage) -> None:
    page.add_button.click()
    qtbot.waitUntil(lambda: page.models[0].rowCount() == 1, timeout=10_000)
    view = page.views[0]
    view.setCurrentIndex(page.models[0].index(0, COL_TITLE))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QApplication.clipboard().setText("พิธีเปิด")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "พิธีเปิด"
    assert page.importing.dialog is None


def test_a_word_table_from_the_menu(
    qtbot: Any, qtmodeltester: Any, page: AgendaPage, tmp_path: Path
) -> None:
    path = word_programme(tmp_path / "กำหนดการ.docx")
    dialog = page.importing.from_file(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    qtmodeltester.check(dialog.model)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(titles(page)) == 3, timeout=10_000)
    assert page.models[1].rows[0].title == "ระดมความคิด ยกร่างแผนงานระดับภาค"
