from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from organiser.core import i18n
from organiser.services import settings as settings_service
from organiser.ui.settings_dialog import SettingsDialog


def test_switching_language_rebuilds_the_window_in_english(qtbot, demo_store, type_thai) -> None:
    from organiser.app import Session

    session = Session(QApplication.instance(), demo_store, "th")
    first = session.window
    qtbot.waitUntil(lambda: first.event_combo.count() == 1, timeout=5000)
    assert first.nav.item(2).text() == "บุคคล"
    assert "ม.ค. 2550" in first.event_combo.currentText()

    def answer() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SettingsDialog) and w.isVisible()
        )
        dialog.desk.clear()
        type_thai(dialog.desk, "โต๊ะ 2")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.findChild(QDialogButtonBox).accepted.emit()

    QTimer.singleShot(0, answer)
    first.open_settings()
    second = session.window
    assert second is not first
    qtbot.addWidget(second)
    assert second.nav.item(2).text() == "People"
    qtbot.waitUntil(lambda: "Jan 2007" in second.event_combo.currentText(), timeout=5000)
    with demo_store.reader() as uow:
        assert settings_service.get(uow, settings_service.LANGUAGE) == "en"
        assert settings_service.get(uow, settings_service.DESK_NAME) == "โต๊ะ 2"
    session.ctx.tasks.wait_idle()
    i18n.set_language("en")
