"""A value in conflict is worded as the forms word it, and a value typed to settle one is
stored as the forms store it (a phone typed with dashes must still be found by its digits)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from organiser.core import i18n
from organiser.core.errors import UserError
from organiser.services.sync.conflict_values import value_shown, value_typed
from organiser.store.db import Store


@pytest.fixture
def conn(store: Store) -> Iterator[sqlite3.Connection]:
    """The real schema, empty: only the records a value points to are read."""
    with store.raw_connection() as connection:
        yield connection


def test_values_are_worded_as_the_forms_show_them_in_thai(conn: sqlite3.Connection) -> None:
    i18n.set_language("th")
    assert value_shown(conn, "person", "phone", "0822222222") == "082-222-2222"
    assert value_shown(conn, "plan_action", "due_on", "2027-03-15") == "15 มี.ค. 2570"
    assert value_shown(conn, "plan_action", "status", "done") != "done"  # its Thai label
    assert value_shown(conn, "person", "position", "") == "(ว่าง)"
    assert value_shown(conn, "person", "nickname", None) == "(ว่าง)"
    assert value_shown(conn, "person", "deleted_at", None) == "(ไม่ได้ลบ)"
    assert value_shown(conn, "person", "province", "ตรัง") == "ตรัง"


def test_values_are_worded_as_the_forms_show_them_in_english(conn: sqlite3.Connection) -> None:
    assert value_shown(conn, "plan_action", "due_on", "2027-03-15", "en") == "15 Mar 2027"
    assert value_shown(conn, "plan_action", "status", "done", "en") == "Done"
    assert value_shown(conn, "person", "province", "ตรัง", "en") == "Trang"
    assert value_shown(conn, "person", "position", "", "en") == "(empty)"
    # a record that is not here (yet) is shown by its id rather than not at all
    assert value_shown(conn, "person", "organisation_id", "0190abcd", "en") == "0190abcd"


def test_a_typed_value_is_stored_as_the_form_stores_it() -> None:
    assert value_typed("person", "phone", "081-234-5678") == "0812345678"
    assert value_typed("person", "phone", " ๐๘๑ ๒๓๔ ๕๖๗๘ ") == "0812345678"
    assert value_typed("plan_action", "due_on", "15/03/2570") == "2027-03-15"
    assert value_typed("plan_action", "due_on", "") is None
    assert value_typed("plan_action", "progress", "40") == 40
    assert value_typed("plan_action", "status", "done") == "done"
    assert value_typed("person", "given_name", " สมชาย ") == "สมชาย"


@pytest.mark.parametrize(
    ("table", "column", "text"),
    [
        ("person", "phone", "no phone"),
        ("plan_action", "due_on", "31/02/2570"),
        ("plan_action", "progress", "forty"),
        ("plan_action", "status", "finished-ish"),
        ("person", "organisation_id", "กองทุนหมู่บ้าน"),  # points to a record: choose one
        ("person", "deleted_at", "2027-01-01"),
    ],
)
def test_a_typed_value_that_cannot_be_kept_is_refused_in_words(
    table: str, column: str, text: str
) -> None:
    with pytest.raises(UserError):
        value_typed(table, column, text)
