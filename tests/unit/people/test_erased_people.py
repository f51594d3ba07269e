"""An erased person's data is gone for good: the directory refuses to take typed values back
into the record, from the window's form and from the command line alike."""

from __future__ import annotations

from typing import Any

import pytest

from organiser.core.errors import UserError
from organiser.services.people.directory import PersonRecord, get_person
from organiser.services.people.editing import merge_people, save_person
from organiser.services.safety.privacy import erase_person

REFUSAL = "erased on request and cannot be edited"


def _erased_and_other(store: Any) -> tuple[str, str]:
    with store.writer() as uow:
        erased = save_person(uow, PersonRecord(given_name="มาลี", phone="0812345678"))
        other = save_person(uow, PersonRecord(given_name="มาลี", family_name="ศรีสุข"))
        uow.commit()
    with store.writer() as uow:
        erase_person(uow, erased)
        uow.commit()
    return erased, other


def test_editing_an_erased_person_is_refused_and_nothing_is_written(store: Any) -> None:
    erased, _other = _erased_and_other(store)
    with store.reader() as uow:
        record = get_person(uow, erased)
        assert record is not None
        label = record.given_name
    record.given_name, record.phone = "มาลี", "0812345678"
    with pytest.raises(UserError, match=REFUSAL), store.writer() as uow:
        save_person(uow, record)
    with store.reader() as uow:
        after = get_person(uow, erased)
        assert after is not None and (after.given_name, after.phone) == (label, "")


@pytest.mark.parametrize("erased_is_kept", [True, False])
def test_merging_with_an_erased_person_is_refused(store: Any, erased_is_kept: bool) -> None:
    erased, other = _erased_and_other(store)
    keep, duplicate = (erased, other) if erased_is_kept else (other, erased)
    with pytest.raises(UserError, match=REFUSAL), store.writer() as uow:
        merge_people(uow, keep, duplicate)


def test_the_command_line_says_so_in_one_sentence(store: Any, data_dir: Any, cli: Any) -> None:
    erased, other = _erased_and_other(store)
    store.dispose()
    done = cli("people", "merge", other, erased, data_dir=data_dir)
    assert done.returncode != 0
    assert REFUSAL in done.stderr and "Traceback" not in done.stderr
