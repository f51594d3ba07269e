"""Qt's own strings (standard buttons, text-field menus, the file dialog Qt draws) read Thai in
Thai mode: PySide6 ships no Thai catalogue for them, so the app brings its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit

from organiser.app import install_translations

Button = QDialogButtonBox.StandardButton


@pytest.fixture
def thai(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "th")
    yield
    install_translations(qapp, "en")  # later tests expect English


def test_standard_buttons_are_thai(qtbot, thai: None) -> None:
    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Yes | Button.No | Button.Close)
    qtbot.addWidget(box)
    assert box.button(Button.Ok).text() == "ตกลง"
    assert box.button(Button.Cancel).text() == "ยกเลิก"
    assert box.button(Button.Yes).text() == "ใช่ (&Y)"
    assert box.button(Button.No).text() == "ไม่ (&N)"
    assert box.button(Button.Close).text() == "ปิด"


def test_the_right_click_menu_of_a_text_field_is_thai(qtbot, thai: None) -> None:
    field = QLineEdit("สมชาย")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert {"คัดลอก (&C)", "วาง (&P)", "ตัด (&T)", "เลิกทำ (&U)", "เลือกทั้งหมด"} <= set(texts)
    assert not {"&Copy", "&Paste", "Select All"} & set(texts)


def test_the_file_dialog_qt_draws_is_thai(qtbot, thai: None) -> None:
    dialog = QFileDialog(None, "", "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "ชื่อไฟล์ (&N):" in labels
    assert "File &name:" not in labels


def test_english_mode_keeps_qt_english(qtbot, qapp: QApplication) -> None:
    install_translations(qapp, "en")
    box = QDialogButtonBox(Button.Cancel)
    qtbot.addWidget(box)
    assert box.button(Button.Cancel).text() == "Cancel"
