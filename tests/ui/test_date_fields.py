"""Every date field, typed into as a user does: what it reads it takes, what it cannot read it
refuses with a note beside it, and the date it had stays (never another date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from organiser.core import i18n
from organiser.services.memoranda.reading import MemorandumData, StatusChangeData
from organiser.ui.widgets.dates import OptionalDateEdit, ThaiDateEdit

OLD = dt.date(2007, 1, 30)


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # fmt: skip
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


class Form:
    """A date field with a field after it, in a shown window."""

    def __init__(self, qtbot: object, field: QWidget, edit: ThaiDateEdit) -> None:
        self.window = QWidget()
        layout = QVBoxLayout(self.window)
        layout.addWidget(field)
        self.after = QLineEdit()
        layout.addWidget(self.after)
        qtbot.addWidget(self.window)  # type: ignore[attr-defined]
        self.window.show()
        qtbot.waitExposed(self.window)  # type: ignore[attr-defined]
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)  # type: ignore[attr-defined]
        self.qtbot, self.edit = qtbot, edit
        self.changes: list[QDate] = []
        edit.dateChanged.connect(self.changes.append)

    def type_over(self, type_text: Callable[[QWidget, str], None], text: str) -> None:
        """Click into the field, select all, type, and leave with Tab."""
        self.edit.setFocus()
        self.qtbot.waitUntil(self.edit.hasFocus)  # type: ignore[attr-defined]
        press(self.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(self.edit, text)
        press(self.edit, Qt.Key.Key_Tab)
        self.qtbot.waitUntil(lambda: not self.edit.hasFocus())  # type: ignore[attr-defined]


@pytest.fixture
def thai() -> Iterator[None]:
    from organiser.app import install_translations

    install_translations(QApplication.instance(), "th")  # type: ignore[arg-type]
    yield
    install_translations(QApplication.instance(), "en")  # type: ignore[arg-type]
    i18n.set_language("en")


def thai_field(qtbot: object, lang: str = "th") -> Form:
    edit = ThaiDateEdit(lang=lang)
    edit.set_value(OLD)
    return Form(qtbot, edit, edit)


def test_typing_over_a_date_gives_the_typed_date(qtbot, type_thai) -> None:
    form = thai_field(qtbot)
    form.type_over(type_thai, "4 ธ.ค. 2569")
    assert form.edit.text() == "4 ธ.ค. 2569"
    assert form.edit.value() == dt.date(2026, 12, 4)
    assert form.edit.note_text() == ""
    assert len(form.changes) == 1  # once, when done: not at every half-typed date on the way


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14/03/2568", dt.date(2025, 3, 14)),
        ("14 มีนาคม พ.ศ. 2568", dt.date(2025, 3, 14)),
        ("๑๔ มี.ค. ๒๕๖๘", dt.date(2025, 3, 14)),
    ],
)
def test_numeric_full_names_and_thai_digits_are_taken(qtbot, type_thai, typed, expected) -> None:
    form = thai_field(qtbot)
    form.type_over(type_thai, typed)
    assert form.edit.value() == expected
    assert form.edit.text() == "14 มี.ค. 2568"


def test_enter_takes_the_typed_date_too(qtbot, type_thai) -> None:
    form = thai_field(qtbot)
    form.edit.setFocus()
    qtbot.waitUntil(form.edit.hasFocus)
    press(form.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_thai(form.edit, "4 ธ.ค. 2569")
    press(form.edit, Qt.Key.Key_Return)
    assert form.edit.value() == dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("30 ม.. 2550", "The month in “30 ม.. 2550” is not clear"),
        ("31 ก.พ. 2550", "There is no such day as “31 ก.พ. 2550”"),
        ("3 ธ.ค. ธ.ค. 2569", "The month in"),
        ("พรุ่งนี้", "“พรุ่งนี้” is not a date"),
    ],
)
def test_an_unreadable_date_is_refused_and_the_old_one_stays(qtbot, type_thai, typed, why) -> None:
    form = thai_field(qtbot)
    form.type_over(type_thai, typed)
    assert form.edit.value() == OLD
    assert form.edit.text() == "30 ม.ค. 2550"
    assert form.changes == []  # never another date, not even for a moment
    assert why in form.edit.note_text()
    assert "stays 30 ม.ค. 2550" in form.edit.note_text()
    assert form.edit.note is not None and form.edit.note.isVisible()
    # typing again takes the note away, and a good date is then taken
    form.type_over(type_thai, "31 ม.ค. 2550")
    assert form.edit.note_text() == "" and form.edit.value() == dt.date(2007, 1, 31)


def test_enter_on_an_unreadable_date_refuses_it(qtbot, type_thai) -> None:
    form = thai_field(qtbot)
    form.edit.setFocus()
    qtbot.waitUntil(form.edit.hasFocus)
    press(form.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_thai(form.edit, "31 ก.พ. 2550")
    press(form.edit, Qt.Key.Key_Return)
    assert form.edit.value() == OLD and "no such day" in form.edit.note_text()


def test_the_refusal_is_in_thai_on_a_thai_screen(qtbot, type_thai, thai) -> None:
    form = thai_field(qtbot)
    form.type_over(type_thai, "31 ก.พ. 2550")
    note = form.edit.note_text()
    assert "31 ก.พ. 2550" in note and "30 ม.ค. 2550" in note
    assert not any("a" <= ch.lower() <= "z" for ch in note)  # no English words left
    form.type_over(type_thai, "30 ม.. 2550")
    assert "14 มี.ค. 2568" in form.edit.note_text()  # an example of what it can read


def test_english_fields_read_two_digit_years_as_common_era(qtbot, type_thai) -> None:
    form = thai_field(qtbot, lang="en")
    form.type_over(type_thai, "31/1/07")
    assert form.edit.value() == dt.date(2007, 1, 31)
    assert form.edit.text() == "31 Jan 2007"


def test_an_optional_date_refuses_what_it_cannot_read_and_empties_only_by_its_box(
    qtbot, type_thai
) -> None:
    field = OptionalDateEdit("open-ended")
    field.set_value(OLD)
    field.edit.lang = "th"
    field.edit.set_value(OLD)
    form = Form(qtbot, field, field.edit)
    form.type_over(type_thai, "31 ก.พ. 2550")
    assert field.value() == OLD and "no such day" in field.edit.note_text()
    form.type_over(type_thai, "4 ธ.ค. 2569")
    assert field.value() == dt.date(2026, 12, 4)
    field.empty.setChecked(True)
    assert field.value() is None and not field.edit.isEnabled()
    field.empty.setChecked(False)
    assert field.value() == dt.date(2026, 12, 4)


def test_every_optional_date_in_the_app_is_one_widget_whose_box_means_empty(qtbot) -> None:
    """Plans once ticked a box to *give* a date and memoranda ticked one to *leave it out*."""
    from organiser.ui.memoranda.party_tabs import CommitmentsTab
    from organiser.ui.memoranda.text_tabs import ParticularsTab
    from organiser.ui.plans.dialogs import ActionDialog

    particulars, commitments = ParticularsTab(), CommitmentsTab("th")
    action = ActionDialog({"owners": [], "commitments": [], "sessions": []})
    for widget in (particulars, commitments, action):
        qtbot.addWidget(widget)
    fields = [particulars.valid_from, particulars.valid_until, commitments.due]
    fields += [action.starts, action.due]
    assert action.starts.value() is None and action.due.value() is None  # a new action
    for field in fields:
        assert isinstance(field, OptionalDateEdit)
        field.set_value(None)
        assert field.empty.isChecked() and field.value() is None
        field.set_value(OLD)
        assert not field.empty.isChecked() and field.value() == OLD


def status_dialog(qtbot: object) -> object:
    from organiser.ui.memoranda.status_dialog import StatusDialog

    memo = MemorandumData(
        title="บันทึก", status="in_review", id="m1",
        history=[StatusChangeData("draft", dt.date(2026, 12, 3)),
                 StatusChangeData("in_review", dt.date(2007, 1, 20))],
    )  # fmt: skip
    dialog = StatusDialog(memo)
    dialog.date.lang = "th"
    dialog.date.set_value(dt.date(2026, 12, 3))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    return dialog


def test_status_dialog_takes_a_date_before_the_record_was_made(qtbot, type_thai) -> None:
    dialog = status_dialog(qtbot)
    dialog.select("signed")  # type: ignore[attr-defined]
    dialog.date.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.date.hasFocus)  # type: ignore[attr-defined]
    press(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    type_thai(dialog.date, "31/01/2550")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.accepted):  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]
    assert dialog.on() == dt.date(2007, 1, 31)  # type: ignore[attr-defined]


def test_status_dialog_waits_once_when_the_date_was_just_refused(qtbot, type_thai) -> None:
    dialog = status_dialog(qtbot)
    dialog.date.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.date.hasFocus)  # type: ignore[attr-defined]
    press(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    type_thai(dialog.date, "31 ก.พ. 2550")  # type: ignore[attr-defined]
    dialog.note_edit.setFocus()  # type: ignore[attr-defined]  # as clicking OK would
    qtbot.waitUntil(dialog.note_edit.hasFocus)  # type: ignore[attr-defined]
    dialog.accept()  # type: ignore[attr-defined]
    assert dialog.isVisible()  # type: ignore[attr-defined]
    assert "no such day" in dialog.date.note_text()  # type: ignore[attr-defined]
    assert dialog.on() == dt.date(2026, 12, 3)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.accepted):  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]
