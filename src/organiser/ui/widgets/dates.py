"""A date edit that shows and accepts Buddhist-era dates in Thai mode (`30 ม.ค. 2550`).

Qt's QDateTimeEdit edits its text section by section, by a display format: with our own text
(`4 ธ.ค. 2569` is not `dd/MM/yyyy`) its sections fall in the wrong places, so select-all and
typing left pieces of the old date behind, and a slip could become another date. Here the text
is edited as plain text (QAbstractSpinBox's keys, not QDateTimeEdit's sections), read by
organiser.core.thaidate only when the user leaves the field or presses Enter, and what cannot
be read is refused with a note next to the field while the last good date stays.
"""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from organiser.core.i18n import current_language
from organiser.core.thaidate import DateParseError, format_date, parse_date

EXAMPLE = dt.date(2025, 3, 14)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ThaiDateEdit(QDateEdit):
    """Qt has no Buddhist calendar: text is made and read by organiser.core.thaidate."""

    refused = Signal(str)  # the sentence shown when a typed date was refused

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")  # only sets the sections; text comes from below
        self.setMinimumDate(QDate(1950, 1, 1))
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("30 มี.ค. 2550") + 48)
        # Half-typed text ("4 ธ.ค. 25") is a date of its own; the value changes only when the
        # user is done, so a refusal goes back to the date from before the typing.
        self.setKeyboardTracking(False)
        self.note: QLabel | None = None
        self.refusal_pending = False  # a dialog's OK waits once, so the note is seen
        line = self.lineEdit()
        line.textEdited.connect(lambda _text: self.hide_note())
        # QDateTimeEdit re-reads and rewrites the text whenever the cursor crosses one of its
        # sections: typing over a selection put the old date back around the new characters
        # ("3 ธ.ค. ธ.ค. 2569"). Our text has no sections, so that handler goes.
        with contextlib.suppress(RuntimeError, TypeError):  # a Qt without that handler
            line.cursorPositionChanged.disconnect()
        line.cursorPositionChanged.connect(lambda _old, _new: self.updateMicroFocus())

    # ------------------------------------------------------------ text <-> date

    def textFromDateTime(self, value: QDateTime) -> str:
        return format_date(from_qdate(value.date()), "short", self.lang)

    def _parse(self, text: str) -> dt.date:
        parsed = parse_date(text, assume_be=self.lang == "th")
        if not (self.minimumDate() <= to_qdate(parsed) <= self.maximumDate()):
            raise DateParseError(f"outside the field's range: {text}", DateParseError.OUT_OF_RANGE)
        return parsed

    def dateTimeFromText(self, text: str) -> QDateTime:
        try:
            parsed = self._parse(text)
        except DateParseError:
            return self.dateTime()
        return QDateTime(to_qdate(parsed), self.time())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # Never Invalid: anything may be typed; it is judged when the user is done.
        try:
            self._parse(text)
        except DateParseError:
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Acceptable, text, pos)

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTime())

    # ------------------------------------------------------------ committing what was typed

    def commit(self) -> bool:
        """Take the typed text as the date, or refuse it (a note says why) and show the last
        good date again. Returns whether the text was taken."""
        text = self.lineEdit().text()
        shown = self.textFromDateTime(self.dateTime())
        if text == shown:
            return True
        try:
            parsed = self._parse(text)
        except DateParseError as refusal:
            self.lineEdit().setText(shown)
            self.refusal_pending = True
            self.show_note(self.refusal_text(text, refusal.reason))
            return False
        self.hide_note()
        self.setDate(to_qdate(parsed))
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        return True

    def refusal_text(self, typed: str, reason: str) -> str:
        kept = self.textFromDateTime(self.dateTime())
        example = format_date(EXAMPLE, "short", self.lang)
        numeric = format_date(EXAMPLE, "numeric", self.lang)
        typed = typed.strip()
        if reason == DateParseError.EMPTY:
            text = self.tr("A date is needed here; it stays {date}.")
        elif reason == DateParseError.NO_SUCH_DAY:
            text = self.tr("There is no such day as “{typed}”; the date stays {date}.")
        elif reason == DateParseError.UNKNOWN_MONTH:
            text = self.tr(
                "The month in “{typed}” is not clear; type it like {example} or {numeric}. "
                "The date stays {date}."
            )
        elif reason == DateParseError.OUT_OF_RANGE:
            text = self.tr("“{typed}” is outside the years this field takes; it stays {date}.")
        else:
            text = self.tr(
                "“{typed}” is not a date; type it like {example} or {numeric}. "
                "The date stays {date}."
            )
        return text.format(typed=typed, date=kept, example=example, numeric=numeric)

    def value(self) -> dt.date:
        """The date; a readable date still being typed counts (a shortcut may save before the
        field is left)."""
        if self.lineEdit().text() != self.textFromDateTime(self.dateTime()):
            with contextlib.suppress(DateParseError):  # judged when the field is left
                self.setDate(to_qdate(self._parse(self.lineEdit().text())))
        return from_qdate(self.date())

    def take_refusal(self) -> bool:
        """Whether a refusal happened that no OK has seen yet (it counts once)."""
        pending, self.refusal_pending = self.refusal_pending, False
        return pending

    def set_value(self, value: dt.date) -> None:
        self.refusal_pending = False
        self.hide_note()
        self.setDate(to_qdate(value))

    # ------------------------------------------------------------ the note beside the field

    def show_note(self, text: str) -> None:
        host = self.window()
        if self.note is None or self.note.parentWidget() is not host:
            if self.note is not None:
                self.note.deleteLater()
            self.note = QLabel(host)
            self.note.setObjectName("dateRefusal")
            self.note.setWordWrap(True)
            self.note.setStyleSheet(
                "QLabel#dateRefusal { background: #fdecea; color: #8a1c1c;"
                " border: 1px solid #e0a4a4; border-radius: 3px; padding: 3px 6px; }"
            )
            if host is self:  # a field on its own: the note is a small window below it
                self.note.setParent(None)
                self.note.setWindowFlags(Qt.WindowType.ToolTip)
        note = self.note
        note.setText(text)
        note.setFixedWidth(max(self.width(), 320))
        note.adjustSize()
        below = QPoint(0, self.height() + 2)
        if note.isWindow():
            note.move(self.mapToGlobal(below))
        else:
            note.move(self.mapTo(host, below))
        note.show()
        note.raise_()
        self.refused.emit(text)

    def hide_note(self) -> None:
        if self.note is not None:
            self.note.hide()

    def note_text(self) -> str:
        """The refusal the user sees next to the field ("" when none is shown)."""
        return self.note.text() if self.note is not None and self.note.isVisible() else ""

    # ------------------------------------------------------------ plain-text editing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        # QDateTimeEdit's own handling edits by sections of the display format; ours is text.
        QAbstractSpinBox.keyPressEvent(self, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        QAbstractSpinBox.focusInEvent(self, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        QAbstractSpinBox.focusOutEvent(self, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field instead of walking through date sections.
        return QWidget.focusNextPrevChild(self, next)

    def wheelEvent(self, event: QWheelEvent) -> None:
        QAbstractSpinBox.wheelEvent(self, event)

    def stepBy(self, steps: int) -> None:
        """Up/Down move a day (the text has no sections to step)."""
        self.commit()
        stepped = self.date().addDays(steps)
        self.setDate(max(self.minimumDate(), min(self.maximumDate(), stepped)))
        self.lineEdit().selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.date() > self.minimumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.date() < self.maximumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def hideEvent(self, event: QHideEvent) -> None:
        self.hide_note()
        super().hideEvent(event)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: the date field (B.E. in Thai, typed over, refusing what it
    cannot read), and beside it a box that says what an empty date means ("open-ended", "no due
    date"). Ticking the box empties the date; the field keeps the last date shown, greyed, so
    unticking brings it back. The one optional date of the app (two once had opposite boxes)."""

    changed = Signal()

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = ThaiDateEdit()
        self.edit.set_value(dt.date.today())
        self.empty = QCheckBox(empty_text)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.empty)
        row.addStretch(1)
        self.empty.setChecked(True)  # empty until a date is given
        self.edit.setEnabled(False)
        self.empty.toggled.connect(lambda on: self.edit.setEnabled(not on))
        self.empty.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> dt.date | None:
        return None if self.empty.isChecked() else self.edit.value()

    def set_value(self, value: dt.date | None, fallback: dt.date | None = None) -> None:
        """Show `value`; when it is empty, the greyed field shows `fallback` (else today), the
        date a user who unticks the box most likely wants."""
        self.blockSignals(True)
        self.edit.set_value(value or fallback or dt.date.today())
        self.empty.setChecked(value is None)
        self.edit.setEnabled(value is not None)
        self.blockSignals(False)


def take_date_refusals(container: QWidget) -> bool:
    """Whether a date field in `container` has just refused what was typed. Clicking OK takes
    the focus from the field first, which refuses the text and puts the old date back; the
    dialog then stays open once, so the user reads the note instead of saving the old date
    unawares."""
    return any([edit.take_refusal() for edit in container.findChildren(ThaiDateEdit)])
