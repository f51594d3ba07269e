"""Exports carry only the chosen columns and are audited; invitation counts add up."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from organiser.core.errors import UserError
from organiser.core.i18n import _, use_language
from organiser.domain.desk import RegistrationStatus
from organiser.domain.settings import AuditEntry
from organiser.services.people.directory import PersonRecord
from organiser.services.people.editing import save_person
from organiser.services.people.exports import export_people
from organiser.services.people.invitations import invitation_list, invite, set_status


def test_default_export_has_no_contact_data(demo_store, event_id, tmp_path: Path) -> None:
    path = tmp_path / "out" / "registrations.csv"
    with demo_store.writer() as uow:
        result = export_people(uow, path, event_id=event_id)
        uow.commit()
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Name", "Organisation", "Province", "Role"]
    assert len(rows) == result.rows + 1 > 100
    assert not any("08" in cell for row in rows[1:] for cell in row)  # no phone numbers
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with demo_store.reader() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert "registrations.csv" in entry.detail and event_id in entry.detail


def test_xlsx_export_in_thai_with_phone_when_ticked(demo_store, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    with use_language("th"), demo_store.writer() as uow:
        export_people(uow, path, ("name", "province", "phone"))
        uow.commit()
    book = load_workbook(path, read_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()  # a read-only workbook keeps its file open until closed
    with use_language("th"):
        expected = (_("Name"), _("Province"), _("Phone"))
    assert rows[0] == expected and expected[1] == "จังหวัด"
    assert all(r[2] is None or (len(r[2]) == 12 and r[2][3] == "-") for r in rows[1:])
    names = [r[0] for r in rows[1:]]
    assert len(names) == 124


def test_name_parts_can_be_exported_in_separate_columns(demo_store, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    with use_language("th"), demo_store.writer() as uow:
        save_person(uow, PersonRecord(title="ดร.", given_name="สุดา", family_name="ณ พัทลุง"))
        result = export_people(uow, path, ("title", "given_name", "family_name", "province"))
        uow.commit()
    assert result.columns == ("title", "given_name", "family_name", "province")
    book = load_workbook(path, read_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    with use_language("th"):
        assert rows[0] == (_("Name title"), _("Given name"), _("Family name"), _("Province"))
    assert rows[0][2] == "นามสกุล"
    assert ("ดร.", "สุดา", "ณ พัทลุง", None) in rows
    assert all(r[1] for r in rows[1:])  # everyone has a given name of their own
    assert len(rows) == 126  # the demo's 124 people, the one added, the header


def test_the_default_export_stays_without_name_parts() -> None:
    from organiser.services.people.exports import DEFAULT_COLUMNS

    assert DEFAULT_COLUMNS == ("name", "organisation", "province", "role")


def test_formula_like_cells_are_written_as_text(store, tmp_path: Path) -> None:
    from organiser.services.people.directory import PersonRecord
    from organiser.services.people.editing import save_person

    with store.writer() as uow:
        save_person(uow, PersonRecord(given_name="=HYPERLINK(1)", family_name="x"))
        export_people(uow, tmp_path / "p.csv")
        uow.commit()
    text = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1) x" in text


@pytest.mark.parametrize("columns", [(), ("name", "salary")])
def test_unknown_columns_are_refused(store, tmp_path: Path, columns) -> None:
    with pytest.raises(UserError), store.writer() as uow:
        export_people(uow, tmp_path / "x.csv", columns)


def test_invitation_counts_by_province_and_kind(demo_store, event_id) -> None:
    with demo_store.reader() as uow:
        summary = invitation_list(uow, event_id)
    total = len(summary.rows)
    assert sum(summary.by_status.values()) == total
    assert sum(sum(c.values()) for _p, c in summary.by_province) == total
    assert sum(sum(c.values()) for _k, c in summary.by_kind) == total
    provinces = [p for p, _c in summary.by_province]
    assert "พัทลุง" in provinces and "สงขลา" in provinces
    invited = [r.registration_id for r in summary.rows if r.status == "invited"]
    with demo_store.writer() as uow:
        assert set_status(uow, invited[:2], RegistrationStatus.DECLINED) == 2
        uow.commit()
    with demo_store.reader() as uow:
        after = invitation_list(uow, event_id)
    assert after.by_status["declined"] == summary.by_status.get("declined", 0) + 2


def test_invite_adds_people_once(demo_store, event_id) -> None:
    from organiser.services.people.directory import PersonRecord
    from organiser.services.people.editing import save_person

    with demo_store.writer() as uow:
        pid = save_person(uow, PersonRecord(given_name="ผู้ได้รับเชิญ"))
        assert invite(uow, event_id, [pid]) == 1
        assert invite(uow, event_id, [pid]) == 0
        uow.commit()
