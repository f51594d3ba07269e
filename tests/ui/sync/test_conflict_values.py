"""A conflict shows each value as the forms show it, not as it is stored: a phone formatted,
a date in B.E. in Thai mode, an organisation by its name, a kind by its translated label, an
emptied field as "(empty)"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sync_offices import (
    Office,
    edit_plan_and_action,
    exchange_files,
    plan_with_an_action,
    seed_people,
)

from organiser.core import i18n
from organiser.domain.people import OrganisationKind
from organiser.services.people.directory import get_person
from organiser.services.people.editing import (
    OrganisationRecord,
    get_organisation,
    save_organisation,
    save_person,
)
from organiser.ui.context import AppContext
from organiser.ui.main_window import MainWindow
from organiser.ui.sync.conflict_dialog import ResolveDialog

WELFARE = "กองทุนสวัสดิการชุมชนตำบลท่ามิหรำ"
SAVINGS = "กลุ่มออมทรัพย์เพื่อการผลิตบ้านควนขนุน"


def _organisation(office: Office, name: str) -> str:
    with office.store.writer() as uow:
        org_id = save_organisation(uow, OrganisationRecord(name=name))
        uow.commit()
    return org_id


def _edit_person(office: Office, person_id: str, **values: str) -> None:
    with office.store.writer() as uow:
        record = get_person(uow, person_id)
        assert record is not None
        for name, value in values.items():
            setattr(record, name, value)
        save_person(uow, record)
        uow.commit()


def _set_kind(office: Office, org_id: str, kind: OrganisationKind) -> None:
    with office.store.writer() as uow:
        record = get_organisation(uow, org_id)
        assert record is not None
        record.kind = kind.value
        save_organisation(uow, record)
        uow.commit()


def test_conflicting_values_are_shown_as_the_forms_show_them_in_thai(
    qtbot: Any, qapp: Any, offices: tuple[Office, Office]
) -> None:
    a, b = offices
    person = seed_people(a)["สมชาย"]
    welfare, savings = _organisation(a, WELFARE), _organisation(a, SAVINGS)
    _edit_person(a, person, position="เหรัญญิก")
    plan_id, action_id = plan_with_an_action(a)
    exchange_files(a, b, "1.orgsync")
    # the two offices edit the same fields, neither seeing the other's edit
    _edit_person(a, person, phone="0811111111", organisation_id=welfare, position="ประธาน")
    _edit_person(b, person, phone="0822222222", organisation_id=savings, position="")
    _set_kind(a, welfare, OrganisationKind.VILLAGE_FUND)
    _set_kind(b, welfare, OrganisationKind.COOPERATIVE)
    edit_plan_and_action(a, plan_id, action_id, "แผน ก", dt.date(2027, 3, 15))
    edit_plan_and_action(b, plan_id, action_id, "แผน ข", dt.date(2027, 4, 1))
    exchange_files(a, b, "2.orgsync")

    i18n.set_language("th")
    ctx = AppContext(b.store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    page = window.show_area("sync")
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 6, timeout=10_000)
    model = page.conflicts_model
    shown = {
        row.conflict.field + "@" + row.conflict.table: str(model.data(model.index(i, 2)))
        for i, row in enumerate(model.rows)
    }
    phone = shown["phone@person"]
    assert "081-111-1111" in phone and "082-222-2222" in phone
    assert "0811111111" not in phone
    organisation = shown["organisation_id@person"]
    assert WELFARE in organisation and SAVINGS in organisation
    assert welfare not in organisation and savings not in organisation
    kind = shown["kind@organisation"]
    assert "กองทุนหมู่บ้าน" in kind and "สหกรณ์" in kind
    assert OrganisationKind.VILLAGE_FUND.value not in kind
    due = shown["due_on@plan_action"]
    assert "15 มี.ค. 2570" in due and "1 เม.ย. 2570" in due and "2027" not in due
    position = shown["position@person"]
    assert "ประธาน" in position and "(ว่าง)" in position

    # the dialog that settles one shows the same words
    row = next(i for i, r in enumerate(model.rows) if r.conflict.field == "organisation_id")
    page.conflicts_table.selectRow(row)
    page.resolve_selected()
    dialog = page.resolve_dialog
    assert isinstance(dialog, ResolveDialog)
    qtbot.waitUntil(dialog.isVisible)
    texts = [c.text() for c in dialog.choices]
    assert any(WELFARE in t for t in texts) and any(SAVINGS in t for t in texts)
    assert not dialog.other_text.isVisible()  # an organisation is chosen, not typed
    dialog.reject()

    # a phone typed as people write it is kept as the person form keeps it: digits
    row = next(i for i, r in enumerate(model.rows) if r.conflict.field == "phone")
    page.conflicts_table.selectRow(row)
    page.resolve_selected()
    dialog = page.resolve_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.other_text.setText("083-333-3333")
    dialog.other.setChecked(True)
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 5, timeout=10_000)
    assert b.people()["สมชาย"] == "0833333333"
    ctx.tasks.wait_idle()
