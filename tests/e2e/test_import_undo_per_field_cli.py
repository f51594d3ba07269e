"""`organiser people undo-import` takes back a field the import filled in a known person only
while it still holds the imported value: a field edited since keeps its edit."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from organiser.services.people.directory import PersonRecord, get_person
from organiser.services.people.editing import save_person
from organiser.store.opening import open_store


def test_undo_import_from_the_command_line_keeps_a_field_edited_since(
    cli, data_dir: Path, tmp_path: Path
) -> None:
    assert cli("demo", data_dir=data_dir).returncode == 0
    store = open_store(data_dir)
    with store.writer() as uow:
        pid = save_person(
            uow, PersonRecord(given_name="มานะ", family_name="ขยัน", phone="0861234567")
        )
        uow.commit()
    store.dispose()
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["ชื่อ-สกุล", "เบอร์โทร", "ชื่อเล่น", "ตำแหน่ง"],
                ["นายมานะ ขยัน", "086-123-4567", "นะ", "เหรัญญิก"],
            ]
        )
    done = cli("people", "import", str(path), "--event", "south-2550", data_dir=data_dir)
    assert done.returncode == 0, done.stderr

    store = open_store(data_dir)
    with store.writer() as uow:
        record = get_person(uow, pid)
        assert record is not None and record.nickname == "นะ"
        record.position = "ประธาน"  # edited by hand after the import
        save_person(uow, record)
        uow.commit()
    store.dispose()

    batches = json.loads(cli("people", "imports", "--json", data_dir=data_dir).stdout)
    undone = cli("people", "undo-import", batches[0]["id"], "--json", data_dir=data_dir)
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["fields"] == 2  # nickname and title; not the position

    store = open_store(data_dir)
    try:
        with store.reader() as uow:
            after = get_person(uow, pid)
            assert after is not None
            assert (after.nickname, after.title, after.position, after.phone) == (
                "",
                "",
                "ประธาน",
                "0861234567",
            )
    finally:
        store.dispose()
