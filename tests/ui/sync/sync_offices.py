"""Offices in their own data folders, filled and edited through the services (imported by the
tests here; conftest puts this folder on the path)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from organiser.services import settings
from organiser.services.people.editing import PersonRecord, save_person
from organiser.services.sync import copies
from organiser.store.db import Store
from organiser.store.opening import open_store

DAY = dt.date(2027, 1, 30)
TITLE = "แผนงานขับเคลื่อนองค์กรการเงินชุมชนภาคใต้"
ACTION = "ประชุมเครือข่ายจังหวัดตรัง"


@dataclass
class Office:
    name: str
    folder: Path
    store: Store

    def card(self) -> Path:
        path = self.folder.parent / f"{self.name}.card"
        copies.write_card(self.store, path)
        return path

    def people(self) -> dict[str, str]:
        with self.store.raw_connection() as conn:
            return {str(g): str(p) for g, p in conn.execute("SELECT given_name, phone FROM person")}

    def db_bytes(self) -> bytes:
        with self.store.raw_connection() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return (self.folder / "organiser.sqlite3").read_bytes()


def open_office(tmp_path: Path, name: str) -> Office:
    folder = tmp_path / name
    store = open_store(folder)
    with store.writer() as uow:
        settings.set_office(uow, f"office {name}", "Phatthalung")
        settings.put(uow, settings.DESK_NAME, f"desk {name}")
        uow.commit()
    return Office(name, folder, store)


def seed_people(office: Office) -> dict[str, str]:
    """A seminar and three people who walked in (three people, three check-ins)."""
    from organiser.services.desk import editing as desk_checkin
    from organiser.services.events.reading import create_event

    with office.store.writer() as uow:
        event = create_event(uow, "เวทีองค์กรการเงินชุมชนภาคใต้", DAY, DAY, venue="พัทลุง")
        uow.flush()
        ids = {}
        for given, family, phone in (
            ("สมชาย", "ใจดี", "0812345678"),
            ("สมศรี", "รักถิ่น", "0823456789"),
            ("มานะ", "ขยันยิ่ง", "0834567890"),
        ):
            pid = save_person(uow, PersonRecord(given_name=given, family_name=family, phone=phone))
            desk_checkin.register_walk_in(
                uow, event.id, desk_checkin.WalkIn("", "", ""), DAY, existing_person_id=pid
            )
            ids[given] = pid
        uow.commit()
    return ids


def set_phone(office: Office, person_id: str, phone: str) -> None:
    from organiser.services.people.directory import get_person

    with office.store.writer() as uow:
        record = get_person(uow, person_id)
        assert record is not None
        record.phone = phone
        save_person(uow, record)
        uow.commit()


def exchange_files(a: Office, b: Office, name: str) -> None:
    from organiser.services.sync import exchange

    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / name).paths)


def plan_with_an_action(office: Office) -> tuple[str, str]:
    from organiser.domain.plans import PlanKind
    from organiser.services.plans import editing as plans_edit

    with office.store.writer() as uow:
        plan_id = plans_edit.create_plan(
            uow, plans_edit.PlanInput(PlanKind.REGIONAL, TITLE, region="south")
        )
        action_id = plans_edit.create_action(
            uow, plan_id, plans_edit.ActionInput(ACTION, due_on=dt.date(2027, 3, 1))
        )
        uow.commit()
    return plan_id, action_id


def edit_plan_and_action(
    office: Office, plan_id: str, action_id: str, plan_title: str, due: dt.date
) -> None:
    from organiser.domain.plans import PlanKind
    from organiser.services.plans import editing as plans_edit

    with office.store.writer() as uow:
        plans_edit.update_plan(
            uow, plan_id, plans_edit.PlanInput(PlanKind.REGIONAL, plan_title, region="south")
        )
        plans_edit.update_action(uow, action_id, plans_edit.ActionInput(ACTION, due_on=due))
        uow.commit()
