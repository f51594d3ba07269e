"""Erasure is sticky: office A erases a person while office B edits their phone; afterwards
both show the anonymous label and the old values are in no table and not in the change log."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sync_copies import Copy, everyone_with_everyone, set_phone

from organiser.core.errors import UserError
from organiser.services.safety.privacy import erase_person


def holds(copy: Copy, text: str) -> bool:
    with copy.store.raw_connection() as conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'person_fts%' "
            "AND name NOT IN ('audit_log')"
        ).fetchall():
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                if any(isinstance(v, str) and text in v for v in row):
                    return True
    return False


def test_an_erasure_wins_over_a_concurrent_edit_and_leaves_no_old_value_in_any_copy(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, _c = copies
    person = ids["people"][0]
    old_phone = "0812345678"
    assert all(holds(x, old_phone) for x in copies)
    result = a.write(lambda uow: erase_person(uow, person))
    set_phone(b, person, "0899999999")  # b has not heard of the erasure yet
    everyone_with_everyone(copies)
    for copy in copies:
        assert copy.raw("SELECT given_name, phone FROM person WHERE id = ?", person) == [
            (result.label, "")
        ]
        assert not holds(copy, old_phone), "the old phone is still held"
        assert not holds(copy, "0899999999"), "the concurrent edit is still held"
        assert not holds(copy, "สมชาย")
        assert copy.conflicts() == []
    assert copies[0].snapshot() == copies[1].snapshot() == copies[2].snapshot()


def raw_bytes_hold(copy: Copy, text: str) -> bool:
    """grep the database file and its write-ahead log, after a checkpoint, as a person with
    the laptop in hand could."""
    with copy.store.raw_connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = copy.store.path
    needle = text.encode("utf-8")
    return any(needle in p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def test_after_the_exchange_no_byte_of_the_old_values_is_in_any_copys_files(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, _c = copies
    person = ids["people"][1]
    old_phone, new_phone, name = "0823456789", "0877777777", "รักถิ่น"
    assert all(raw_bytes_hold(x, old_phone) for x in copies)
    a.write(lambda uow: erase_person(uow, person))
    set_phone(b, person, new_phone)  # b has not heard of the erasure yet
    everyone_with_everyone(copies)
    for copy in copies:
        for text in (old_phone, new_phone, name):
            assert not raw_bytes_hold(copy, text), f"{text} is still in the files"


def test_an_edit_of_an_erased_person_made_afterwards_on_the_same_copy_does_not_bring_data_back(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a = copies[0]
    person = ids["people"][2]
    result = a.write(lambda uow: erase_person(uow, person))
    with pytest.raises(UserError, match="erased"):  # the service refuses it now …
        set_phone(a, person, "0844444444")
    # … and a write that goes round it still does not bring the data back
    a.write(
        lambda uow: uow.session.execute(
            sa.text("UPDATE person SET phone = '0844444444' WHERE id = :id"), {"id": person}
        )
    )
    everyone_with_everyone(copies)
    for copy in copies:
        assert copy.raw("SELECT given_name, phone FROM person WHERE id = ?", person) == [
            (result.label, "")
        ]
        assert not holds(copy, "0844444444")
    assert copies[0].snapshot() == copies[1].snapshot() == copies[2].snapshot()
