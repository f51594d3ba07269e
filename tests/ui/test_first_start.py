from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from organiser.core import i18n
from organiser.services import settings as settings_service
from organiser.services.home.overview import counts
from organiser.ui.first_start import FirstStartDialog, WayIn
from organiser.ui.widgets.dates import ThaiDateEdit


def test_first_start_asks_for_the_office(qtbot, type_thai) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: no office name
    assert dialog.error.text()
    type_thai(dialog.office, "สำนักงานภาคใต้")
    dialog.province.setCurrentIndex(dialog.province.findData("พัทลุง"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is WayIn.CREATE_EVENT
    assert (dialog.office_name(), dialog.office_province()) == ("สำนักงานภาคใต้", "พัทลุง")


def test_first_start_session_offers_the_demo(qtbot, store, type_thai) -> None:
    from organiser.app import Session

    app = QApplication.instance()
    session = Session(app, store, "th")
    qtbot.addWidget(session.window)

    def answer() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstStartDialog) and w.isVisible()
        )
        type_thai(dialog.office, "สำนักงานภาคใต้")
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    session.first_start()
    qtbot.waitUntil(lambda: session.window.event_combo.count() == 1, timeout=10000)
    assert "2550" in session.window.event_combo.currentText()  # B.E. in Thai mode
    with store.reader() as uow:
        assert settings_service.office(uow).name == "สำนักงานภาคใต้"
        assert counts(uow).people == 124
    qtbot.waitUntil(lambda: "มกราคม 2550" in session.window.home.event_details.text(), timeout=5000)
    assert session.window.home.event_title.text().startswith("สัมมนาการพัฒนาองค์กรการเงินชุมชน")
    assert session.window.nav.item(0).text() == "หน้าแรก"  # the window is in Thai
    with store.reader() as uow:
        assert settings_service.get(uow, settings_service.LANGUAGE) == "th"
    session.ctx.tasks.wait_idle()
    i18n.set_language("en")


def test_thai_date_edit_shows_and_accepts_buddhist_era(qtbot, type_thai) -> None:
    edit = ThaiDateEdit(lang="th")
    qtbot.addWidget(edit)
    edit.set_value(dt.date(2007, 1, 30))
    assert edit.text() == "30 ม.ค. 2550"
    edit.lineEdit().selectAll()
    type_thai(edit.lineEdit(), "31 มกราคม 2550")
    edit.interpretText()
    assert edit.value() == dt.date(2007, 1, 31)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "31/02/2550")  # impossible: the date stays as it was
    edit.interpretText()
    assert edit.value() == dt.date(2007, 1, 31)
    assert edit.date() == QDate(2007, 1, 31)


def test_english_date_edit_keeps_common_era(qtbot) -> None:
    edit = ThaiDateEdit(lang="en")
    qtbot.addWidget(edit)
    edit.set_value(dt.date(2007, 1, 30))
    assert edit.text() == "30 Jan 2007"


def test_first_start_can_choose_english(qtbot, store, type_thai) -> None:
    from organiser.app import Session

    session = Session(QApplication.instance(), store, "th")
    first = session.window

    def answer() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstStartDialog) and w.isVisible()
        )
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        type_thai(dialog.office, "Southern office")
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    session.first_start()
    assert session.window is not first
    qtbot.addWidget(session.window)
    assert session.window.nav.item(0).text() == "Start"
    with store.reader() as uow:
        assert settings_service.get(uow, settings_service.LANGUAGE) == "en"
        assert settings_service.office(uow).name == "Southern office"
    session.ctx.tasks.wait_idle()
    i18n.set_language("en")


def test_choosing_thai_switches_the_dialog_and_its_provinces_at_once(qtbot, qapp) -> None:
    from organiser.app import install_translations

    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.language_chosen.connect(lambda lang: install_translations(qapp, lang))
    dialog.show()
    assert dialog.windowTitle() == "Welcome to Organiser"
    assert dialog.province.itemText(1) == "Amnat Charoen"  # English names, English order
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("th"))
        qtbot.waitUntil(lambda: dialog.windowTitle() == "ยินดีต้อนรับสู่ Organiser")
        assert dialog.create_button.text() == "สร้างการสัมมนา"
        assert dialog.province.itemText(1) == "กระบี่"  # Thai names in Thai order
        dialog.province.setFocus()
        dialog.province.setCurrentIndex(dialog.province.findText("พัทลุง"))
        assert dialog.office_province() == "พัทลุง"
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Welcome to Organiser")
        assert dialog.office_province() == "พัทลุง"  # the choice survives the switch
        assert dialog.province.currentText() == "Phatthalung"
    finally:
        install_translations(qapp, "en")


def test_import_with_no_seminar_offers_to_create_it_and_then_previews_the_list(
    qtbot, empty_ctx, tmp_path, type_thai
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from organiser.services.events.reading import list_events
    from organiser.ui.events.dialog import EventDialog
    from organiser.ui.people.import_dialog import ImportDialog
    from organiser.ui.people.page import PeoplePage

    listing = tmp_path / "list.csv"
    listing.write_text("ชื่อ-สกุล,เบอร์โทร\nนางมาลี ศรีสุข,0861112222\n", encoding="utf-8")
    page = PeoplePage(empty_ctx)
    qtbot.addWidget(page)
    answered: list[str] = []

    def answer_question() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        answered.append(box.text())
        QTimer.singleShot(0, fill_seminar)
        box.button(QMessageBox.StandardButton.Yes).click()

    def fill_seminar() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, EventDialog) and w.isVisible()
        )
        type_thai(dialog.title_edit, "สัมมนาภาคใต้")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer_question)
    page.start_import(listing)
    assert "none is chosen" in answered[0]
    qtbot.waitUntil(lambda: isinstance(getattr(page, "import_dialog", None), ImportDialog))
    preview = page.import_dialog
    qtbot.waitUntil(lambda: preview.controller.plan is not None, timeout=5000)
    assert preview.controller.plan.rows[0].cells[0] == "นางมาลี ศรีสุข"  # the file given at first
    with empty_ctx.store.reader() as uow:
        seminars = list_events(uow)
    assert [s.title for s in seminars] == ["สัมมนาภาคใต้"]
    assert empty_ctx.current_event_id == seminars[0].id
