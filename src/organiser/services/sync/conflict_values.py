"""A value in conflict as the forms show it, not as it is stored: a phone as `082-222-2222`,
a date in B.E. in Thai, an organisation by its name, a status by its translated label, an
empty value as "(empty)". What a column holds is read off the schema's own models, so a
column added later is shown right without a list to keep up to date here."""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Integer

from organiser.core.errors import UserError
from organiser.core.i18n import _, current_language
from organiser.core.provinces import province_label
from organiser.core.thaidate import DateParseError, format_date, format_moment, parse_date
from organiser.core.thaitext import format_phone, normalise_phone
from organiser.domain import Base
from organiser.domain.labels import label, label_of
from organiser.sync.merge import Value
from organiser.sync.schema import q

# the column that names a record of each table a conflict is likely to be in
_NAMED_BY = {
    "person": "trim(coalesce(given_name, '') || ' ' || coalesce(family_name, ''))",
    "organisation": "name",
    "memorandum": "title",
    "plan": "title",
    "plan_action": "title",
    "event": "title",
}

# columns shown by their meaning rather than their type
_PHONES = ("phone",)
_PROVINCES = ("province",)


def _column(table: str, column: str) -> Column[object] | None:
    found = Base.metadata.tables.get(table)
    return found.columns.get(column) if found is not None else None


def _is(col: Column[object], kind: type) -> bool:
    """The column's type is `kind`, or a type decorator over it (UTCDateTime over DateTime)."""
    return isinstance(col.type, kind) or isinstance(getattr(col.type, "impl", None), kind)


def record_label(conn: sqlite3.Connection, table: str, row_id: str) -> str:
    """A record by the name people know it by: a person's name, a memorandum's title…"""
    named = _NAMED_BY.get(table)
    if named is None:
        return ""
    row = conn.execute(f"SELECT {named} FROM {q(table)} WHERE id = ?", (row_id,)).fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def _named(conn: sqlite3.Connection, table: str, row_id: str) -> str:
    """A record another one points to, by the name people know it by."""
    name = record_label(conn, table, row_id)
    if name:
        return name
    target = Base.metadata.tables.get(table)
    for column in ("name", "title"):
        if target is not None and column in target.columns:
            row = conn.execute(
                f"SELECT {column} FROM {q(table)} WHERE id = ?", (row_id,)
            ).fetchone()
            if row and row[0]:
                return str(row[0])
    return row_id


def value_shown(
    conn: sqlite3.Connection, table: str, column: str, value: Value, lang: str | None = None
) -> str:
    """`value` of `table.column` in words, as the form that edits it shows it."""
    lang = lang or current_language()
    col = _column(table, column)
    if column == "deleted_at":
        if value is None or value == "":
            return _("(not deleted)")
        when = _moment(str(value), lang)
        return _("deleted {when}").format(when=when)
    if value is None or value == "":
        return _("(empty)")
    text = str(value)
    if col is None:
        return text
    if col.foreign_keys:
        target = next(iter(col.foreign_keys)).column.table.name
        return _named(conn, target, text)
    if isinstance(col.type, Enum) and col.type.enum_class is not None:
        enum_class = col.type.enum_class
        if issubclass(enum_class, enum.StrEnum):
            return label_of(enum_class, text)
    if _is(col, DateTime):
        return _moment(text, lang)
    if _is(col, Date):
        try:
            return format_date(dt.date.fromisoformat(text[:10]), "short", lang)
        except ValueError:
            return text
    if _is(col, Boolean):
        return _("Yes") if value in (1, True, "1", "true") else _("No")
    if column in _PHONES:
        return format_phone(text)
    if column in _PROVINCES:
        return province_label(text, lang)
    return text


def _moment(text: str, lang: str) -> str:
    try:
        return format_moment(dt.datetime.fromisoformat(text), lang)
    except ValueError:
        return text


def can_be_typed(table: str, column: str) -> bool:
    """Whether a person may type another value for this field, rather than choose one shown."""
    col = _column(table, column)
    return col is None or not (col.foreign_keys or _is(col, DateTime))


def value_typed(table: str, column: str, text: str) -> Value:
    """What a person typed to settle a conflict, stored as the form that edits the field would
    store it: a phone as digits (`081-234-5678` → `0812345678`), a date typed in B.E. or C.E.
    as ISO, a kind or status by its label or its value. A field that points to another record,
    or a moment, takes only one of the values shown. Raises UserError for what cannot be kept."""
    text = text.strip()
    col = _column(table, column)
    if col is None:
        return text
    if not can_be_typed(table, column):
        raise UserError(_("Choose one of the values shown: this field cannot be typed."))
    if not text:
        return None if col.nullable else ""
    if column in _PHONES:
        digits = normalise_phone(text)
        if not digits:
            raise UserError(_("{text} is not a phone number.").format(text=text))
        return digits
    if _is(col, Date):
        try:
            return parse_date(text).isoformat()
        except DateParseError as exc:
            raise UserError(_("{text} is not a date.").format(text=text)) from exc
    if _is(col, Integer):
        try:
            return int(text)
        except ValueError as exc:
            raise UserError(_("{text} is not a whole number.").format(text=text)) from exc
    if isinstance(col.type, Enum) and col.type.enum_class is not None:
        enum_class = col.type.enum_class
        if issubclass(enum_class, enum.StrEnum):
            for member in enum_class:
                if text.casefold() in (member.value.casefold(), label(member).casefold()):
                    return member.value
            raise UserError(_("Choose one of the values shown: this field cannot be typed."))
    return text
