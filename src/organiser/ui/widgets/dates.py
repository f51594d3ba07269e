"""A date edit that shows and accepts Buddhist-era dates in Thai mode (`30 ม.ค. 2550`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from organiser.core.i18n import current_language
from organiser.core.thaidate import DateParseError, format_date, parse_date


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ThaiDateEdit(QDateEdit):
    """Qt has no Buddhist calendar: text is made and read by organiser.core.thaidate."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")  # only sets the sections; text comes from below
        self.setMinimumDate(QDate(1950, 1, 1))
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("30 มี.ค. 2550") + 48)

    def textFromDateTime(self, value: QDateTime) -> str:
        return format_date(from_qdate(value.date()), "short", self.lang)

    def dateTimeFromText(self, text: str) -> QDateTime:
        try:
            parsed = parse_date(text)
        except DateParseError:
            return self.dateTime()
        return QDateTime(to_qdate(parsed), self.time())

    def validate(self, text: str, pos: int) -> object:
        try:
            parsed = parse_date(text)
        except DateParseError:
            return (QValidator.State.Intermediate, text, pos)
        if not (self.minimumDate() <= to_qdate(parsed) <= self.maximumDate()):
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Acceptable, text, pos)

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTime())

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, value: dt.date) -> None:
        self.setDate(to_qdate(value))
