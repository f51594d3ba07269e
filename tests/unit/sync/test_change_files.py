"""Offices exchanging real change files: sealed to the recipients, signed by the sender, the
changes signed by the copy that made them, and still erasable after they were signed."""

from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from change_files import Laptop, mutual, seeded
from sync_copies import set_phone

from organiser.core.errors import UserError
from organiser.services.safety.privacy import erase_person
from organiser.store.backup import make_backup
from organiser.sync import sealed
from organiser.sync.keys import KEY_FILE


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Laptop]]:
    made = [Laptop(tmp_path / name, office=f"office {name}") for name in ("a", "b", "c")]
    yield made
    for laptop in made:
        laptop.close()


def test_two_offices_merge_by_change_files_and_a_second_receive_changes_nothing(
    laptops: list[Laptop],
) -> None:
    a, b, _c = laptops
    mutual(a, b)
    a.write(seeded)
    sent = a.send("a1.orgsync")
    assert sent.changes > 0 and sent.paths[0].stat().st_size < 200_000
    preview = b.receive(sent.paths[0], dry_run=True)
    assert preview.people == 3 and preview.check_ins == 3 and not preview.applied
    assert b.people() == set()  # the preview wrote nothing
    got = b.receive(sent.paths[0])
    assert got.applied and got.people == 3
    assert b.people() == a.people()
    before = b.db_bytes()
    again = b.receive(sent.paths[0])
    assert not again.applied and again.new_changes == 0
    assert any("Nothing new" in n for n in again.notices)
    assert b.db_bytes() == before


def test_an_edit_travels_back_and_own_changes_coming_back_are_only_noticed(
    laptops: list[Laptop],
) -> None:
    a, b, _c = laptops
    mutual(a, b)
    ids = a.write(seeded)
    b.receive(a.send("a1.orgsync").paths[0])
    set_phone_on(b, ids["people"][0], "0899999999")
    back = b.send("b1.orgsync")
    got = a.receive(back.paths[0])
    assert got.people == 1
    assert ("สมชาย", "0899999999") in a.people()
    # b now holds everything a has: a's next file to b carries only what b lacks
    again = a.send("a2.orgsync")
    assert again.changes == 0
    assert b.receive(again.paths[0]).new_changes == 0


def set_phone_on(laptop: Laptop, person_id: str, phone: str) -> None:
    class _Copy:
        def write(self, work):  # type: ignore[no-untyped-def]
            return laptop.write(work)

    set_phone(_Copy(), person_id, phone)  # type: ignore[arg-type]


def test_an_office_card_trusts_every_laptop_it_vouches_for_and_relayed_changes_verify(
    tmp_path: Path,
) -> None:
    office = Laptop(tmp_path / "hq", office="Songkhla")
    desk = Laptop(tmp_path / "desk", office="Songkhla")
    other = Laptop(tmp_path / "other", office="Trang")
    try:
        office.trust(desk)  # the office laptop vouches for its desk
        joined = desk.trust(office)
        assert joined.joined_office
        assert desk.identity().office_fingerprint == office.identity().office_fingerprint
        # another office trusts Songkhla once, by its office card: both laptops are trusted
        trusted = other.trust(office)
        assert trusted.kind == "office" and trusted.laptops == 2
        office.trust(other)
        # the desk's check-ins reach the other office through the office laptop, unchanged
        desk.write(seeded)
        office.receive(desk.send("desk1.orgsync").paths[0])
        got = other.receive(office.send("hq1.orgsync").paths[0])
        assert got.people == 3 and other.people() == desk.people()
    finally:
        for laptop in (office, desk, other):
            laptop.close()


def test_a_relay_cannot_forge_another_copys_edits(laptops: list[Laptop]) -> None:
    a, b, c = laptops
    mutual(a, b)
    mutual(b, c)
    c.trust(a)
    ids = a.write(seeded)
    b.receive(a.send("a1.orgsync").paths[0])
    # b changes a's recorded edit in its own change log before passing it on
    with b.store.raw_connection() as conn:
        conn.execute(
            "UPDATE sync_change SET value = replace(value, '0812345678', '0800000000') "
            "WHERE row_id = ? AND col = '_row'",
            (ids["people"][0],),
        )
    before = c.db_bytes()
    with pytest.raises(UserError, match="altered"):
        c.receive(b.send("b1.orgsync").paths[0])
    assert c.db_bytes() == before


def test_an_erasure_drops_values_from_signed_batches_and_they_still_verify(
    laptops: list[Laptop],
) -> None:
    a, b, c = laptops
    mutual(a, b)
    mutual(b, c)
    c.trust(a)
    ids = a.write(seeded)
    person = ids["people"][1]
    b.receive(a.send("a1.orgsync").paths[0])
    b.write(lambda uow: erase_person(uow, person))
    got = c.receive(b.send("b1.orgsync").paths[0])  # a's batch relayed with values dropped
    assert got.applied
    for laptop in (b, c):
        laptop.close()
        blob = b"".join(
            p.read_bytes() for p in laptop.folder.glob("organiser.sqlite3*") if p.is_file()
        )
        assert b"0823456789" not in blob and "รักถิ่น".encode() not in blob
        laptop.store = type(laptop.store)(laptop.folder)
    salts = b.raw("SELECT salts FROM sync_seal WHERE row_id = ? AND col = '_row'", person)
    assert salts and all("phone" not in json.loads(s[0]) for s in salts)


def test_a_file_over_ten_megabytes_goes_in_parts_and_all_are_needed(
    laptops: list[Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = laptops
    mutual(a, b)
    a.write(seeded)
    monkeypatch.setattr(sealed, "PART_BYTES", 1_500)
    sent = a.send("a1.orgsync")
    assert len(sent.paths) >= 3 and all(p.stat().st_size <= 1_500 for p in sent.paths)
    assert sent.paths[1].name == "a1.orgsync.2"
    before = b.db_bytes()
    with pytest.raises(UserError, match="part 3 is missing"):
        b.receive(*sent.paths[:2])
    assert b.db_bytes() == before
    shuffled = list(sent.paths)
    random.Random(3).shuffle(shuffled)
    assert b.receive(*shuffled).people == 3
    for p in sent.paths[1:]:
        p.unlink()
    assert b.people() == a.people()


def test_the_first_part_alone_finds_the_others_beside_it(
    laptops: list[Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = laptops
    mutual(a, b)
    a.write(seeded)
    monkeypatch.setattr(sealed, "PART_BYTES", 1_500)
    sent = a.send("a1.orgsync")
    assert b.receive(sent.paths[0]).people == 3


def test_keys_live_in_a_private_file_beside_the_database_and_never_in_a_backup(
    laptops: list[Laptop],
) -> None:
    a, _b, _c = laptops
    a.write(seeded)
    me = a.identity()
    key_file = a.folder / KEY_FILE
    secret = json.loads(key_file.read_text())["age"]
    if os.name == "posix":
        assert key_file.stat().st_mode & 0o777 == 0o600
    make_backup(a.store, "manual")
    for path in a.folder.rglob("*"):
        if path.is_file() and path != key_file:
            assert secret.encode() not in path.read_bytes(), path
    assert len(me.fingerprint.replace("-", "")) * 5 >= 80 and len(me.words) * 8 >= 80


def test_a_copied_data_folder_makes_new_keys_and_loses_the_office_key(
    laptops: list[Laptop], tmp_path: Path
) -> None:
    a, _b, _c = laptops
    mine = a.identity()
    assert mine.holds_office_key
    a.close()
    shutil.copytree(a.folder, tmp_path / "copied")
    copied = Laptop(tmp_path / "copied")
    a.store = type(a.store)(a.folder)
    try:
        theirs = copied.identity()
        assert theirs.copy_id != mine.copy_id and theirs.fingerprint != mine.fingerprint
        assert not theirs.holds_office_key
        again = a.identity()
        assert again.fingerprint == mine.fingerprint and again.holds_office_key
    finally:
        copied.close()


def test_attachments_travel_inside_under_the_size_set_else_they_are_awaited(
    laptops: list[Laptop], tmp_path: Path
) -> None:
    from organiser.services import settings
    from organiser.services.demo import build_demo
    from organiser.services.memoranda.files import add_attachment

    a, b, c = laptops
    mutual(a, b)
    mutual(a, c)
    a.write(build_demo)
    memo = a.raw("SELECT id FROM memorandum LIMIT 1")[0][0]
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed scan " + os.urandom(20_000))
    added = a.write(lambda uow: add_attachment(uow, memo, scan))
    stored = a.raw("SELECT stored_name FROM memorandum_attachment WHERE id = ?", added.id)[0][0]
    b.receive(a.send("to-b.orgsync", [b.identity().fingerprint]).paths[0])
    assert (b.folder / "attachments" / stored).read_bytes() == scan.read_bytes()
    a.write(lambda uow: settings.put(uow, "sync.attachment_max_mb", "0.01"))
    got = c.receive(a.send("to-c.orgsync", [c.identity().fingerprint]).paths[0])
    assert got.awaited >= 1
    assert not (c.folder / "attachments" / stored).exists()
    assert c.raw("SELECT sha256 FROM sync_awaited") == [(added.sha256,)]


def test_nothing_is_sealed_to_a_revoked_copy(laptops: list[Laptop]) -> None:
    from organiser.services.sync import copies

    a, b, c = laptops
    mutual(a, b)
    mutual(a, c)
    a.write(seeded)
    c_fpr = c.identity().fingerprint
    copies.untrust(a.store, c_fpr)
    sent = a.send("a1.orgsync")
    assert sent.recipients == ["b"]
    with pytest.raises(UserError, match="not a trusted copy"):
        a.send("a2.orgsync", [c_fpr])
    with pytest.raises(UserError, match="other offices"):
        c.receive(sent.paths[0])


def test_a_conflict_shows_both_values_and_a_choice_settles_it_on_every_copy(
    laptops: list[Laptop], tmp_path: Path
) -> None:
    from tests.conftest import run_cli

    a, b, _c = laptops
    mutual(a, b)
    ids = a.write(seeded)
    person = ids["people"][0]
    b.receive(a.send("a1.orgsync").paths[0])
    set_phone_on(a, person, "0811111111")
    set_phone_on(b, person, "0822222222")
    a_file, b_file = a.send("a2.orgsync").paths[0], b.send("b2.orgsync").paths[0]
    assert a.receive(b_file).new_conflicts == 1
    assert b.receive(a_file).new_conflicts == 1
    b.close()
    listed = run_cli("sync", "conflicts", "--json", data_dir=b.folder)
    assert listed.returncode == 0, listed.stderr
    (conflict,) = json.loads(listed.stdout)
    assert conflict["field"] == "phone"
    assert {v["value"] for v in conflict["values"]} == {"0811111111", "0822222222"}
    by_a = next(v for v in conflict["values"] if v["value"] == "0811111111")
    done = run_cli("sync", "resolve", conflict["id"], "--keep", by_a["id"], data_dir=b.folder)
    assert done.returncode == 0, done.stderr
    b.store = type(b.store)(b.folder)
    assert ("สมชาย", "0811111111") in b.people()
    a.receive(b.send("b3.orgsync").paths[0])
    assert ("สมชาย", "0811111111") in a.people()
    assert a.raw("SELECT count(*) FROM sync_conflict") == [(0,)]


def test_the_erasure_report_lists_change_files_already_sent(laptops: list[Laptop]) -> None:
    from organiser.services.safety.erasure_reach import erase_everywhere

    a, b, _c = laptops
    mutual(a, b)
    ids = a.write(seeded)
    sent = a.send("a1.orgsync")
    report = erase_everywhere(a.store, ids["people"][2])
    assert any(str(sent.paths[0]) in line for line in report.copies_outside)


def test_a_restored_backup_is_another_copy_with_new_keys(laptops: list[Laptop]) -> None:
    from organiser.services.safety.backups import restore_database
    from organiser.store.opening import open_store

    a, _b, _c = laptops
    a.write(seeded)
    before = a.identity()
    backup = make_backup(a.store, "manual")
    a.close()
    restore_database(a.folder, backup.path)
    a.store = open_store(a.folder)
    after = a.identity()
    assert after.copy_id != before.copy_id and after.fingerprint != before.fingerprint
    # the same laptop (its key file untouched) keeps the office key and vouches for itself
    assert after.holds_office_key and after.office_fingerprint == before.office_fingerprint


def test_a_file_from_a_newer_organiser_is_taken_in_with_a_notice(
    laptops: list[Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    from organiser.services.sync import exchange

    a, b, _c = laptops
    mutual(a, b)
    a.write(seeded)
    monkeypatch.setattr(exchange, "schema_revision", lambda conn: "0042_future")
    sent = a.send("a1.orgsync")
    monkeypatch.undo()
    got = b.receive(sent.paths[0])
    assert got.applied and any("update Organiser" in n for n in got.notices)
