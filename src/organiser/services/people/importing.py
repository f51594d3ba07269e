"""Writing a checked invitation list: one transaction, progress and cancel, undo as one step."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, update

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.core.ids import short_code, uuid7
from organiser.core.progress import Progress
from organiser.core.thaitext import thai_sort_key
from organiser.domain.base import utcnow
from organiser.domain.desk import Registration
from organiser.domain.events import Event
from organiser.domain.people import ImportBatch, Organisation, OrganisationKind, Person
from organiser.services import settings
from organiser.services.people.checking import ImportPlan, RowAction, plan_import
from organiser.services.people.reading import read_table
from organiser.services.people.search import search_index_paused
from organiser.store.db import UnitOfWork

# Fields of a known person the import may fill when they are empty (never overwrites).
FILLABLE = (
    "title",
    "nickname",
    "phone",
    "email",
    "line_id",
    "position",
    "province",
    "district",
    "subdistrict",
    "village_no",
    "diet",
    "access_needs",
)


@dataclass(frozen=True)
class ImportResult:
    batch_id: str
    created: int
    merged: int
    registered: int
    already_registered: int
    skipped: int
    organisations_created: int

    def as_json(self) -> dict[str, object]:
        return {
            "batch_id": self.batch_id,
            "created": self.created,
            "merged": self.merged,
            "registered": self.registered,
            "already_registered": self.already_registered,
            "skipped": self.skipped,
            "organisations_created": self.organisations_created,
        }


def prepare_import(uow: UnitOfWork, path: Path) -> ImportPlan:
    """Read and check a file; nothing is written."""
    return plan_import(uow, read_table(path), file_name=path.name)


def _org_key(name: str) -> str:
    return "".join(name.casefold().split())


def run_import(
    uow: UnitOfWork, plan: ImportPlan, event_id: str, progress: Progress | None = None
) -> ImportResult:
    """Write the plan's rows into the event. The caller commits; a Cancelled raised by
    `progress.report` (or any error) leaves the transaction to be rolled back whole."""
    progress = progress or Progress()
    s = uow.session
    if s.get(Event, event_id) is None:
        raise NotFound(_("No such event."))
    now = utcnow()
    stamp = now.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores it
    batch = ImportBatch(
        id=uuid7(), event_id=event_id, file_name=plan.file_name[:300], rows_read=len(plan.rows)
    )
    orgs = {
        _org_key(name): oid
        for oid, name in s.execute(
            select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))
        )
    }
    registered_people = set(
        s.scalars(
            select(Registration.person_id).where(
                Registration.event_id == event_id, Registration.deleted_at.is_(None)
            )
        )
    )
    new_orgs: list[dict[str, object]] = []
    new_people: list[dict[str, object]] = []
    new_regs: list[dict[str, object]] = []
    merged: dict[str, dict[str, str]] = {}
    created = merged_n = already = skipped = 0
    total = len(plan.rows)
    for n, row in enumerate(plan.rows):
        if n % 250 == 0:
            progress.report(n, total, _("Checking row {n} of {total}").format(n=n, total=total))
        d = row.draft
        if row.action is RowAction.SKIP or row.has_errors:
            skipped += 1
            continue
        org_id = None
        if d.organisation:
            key = _org_key(d.organisation)
            org_id = orgs.get(key)
            if org_id is None:
                org_id = uuid7()
                orgs[key] = org_id
                new_org = dict(
                    id=org_id,
                    name=d.organisation,
                    kind=OrganisationKind.OTHER,
                    province=d.province,
                    sort_key=thai_sort_key(d.organisation),
                    created_at=now,
                    updated_at=now,
                )
                # inserted at once: a person merged further down may point at it
                s.execute(insert(Organisation), [new_org])
                new_orgs.append(new_org)
        if row.action is RowAction.MERGE and row.existing_id:
            person = s.get(Person, row.existing_id)
            if person is None or person.deleted_at is not None:
                raise UserError(
                    _("A person this list matches was deleted meanwhile; check the list again.")
                )
            before: dict[str, str] = merged.setdefault(person.id, {})
            for name in FILLABLE:
                value = getattr(d, name)
                if value and not getattr(person, name):
                    before.setdefault(name, "")
                    setattr(person, name, value)
            if person.organisation_id is None and org_id is not None:
                before.setdefault("organisation_id", "")
                person.organisation_id = org_id
            person_id = person.id
            merged_n += 1
        else:
            person_id = uuid7()
            new_people.append(
                dict(
                    id=person_id,
                    title=d.title,
                    given_name=d.given_name,
                    family_name=d.family_name,
                    nickname=d.nickname,
                    phone=d.phone,
                    email=d.email,
                    line_id=d.line_id,
                    organisation_id=org_id,
                    position=d.position,
                    province=d.province,
                    district=d.district,
                    subdistrict=d.subdistrict,
                    village_no=d.village_no,
                    diet=d.diet,
                    access_needs=d.access_needs,
                    notes=d.notes,
                    consent_purpose="",
                    sort_key=thai_sort_key(f"{d.given_name} {d.family_name}"),
                    created_at=stamp,
                    updated_at=stamp,
                )
            )
            created += 1
        if person_id in registered_people:
            already += 1
            continue
        registered_people.add(person_id)
        new_regs.append(
            dict(
                id=uuid7(),
                event_id=event_id,
                person_id=person_id,
                role=d.role,
                status=d.status,
                code=short_code(),
                import_batch_id=batch.id,
                created_at=stamp,
                updated_at=stamp,
            )
        )
    progress.report(total, total, _("Writing {n} people").format(n=len(new_people)))
    s.flush()
    # plain INSERTs in bulk: at 10,000 rows this is many times quicker than one object per row
    with search_index_paused(uow) as index:
        _insert_rows(uow, "person", new_people)
        index.add_people([str(p["id"]) for p in new_people])
    progress.report(total, total, _("Writing {n} people").format(n=len(new_people)))
    _insert_rows(uow, "registration", new_regs)
    batch.created_people = [str(p["id"]) for p in new_people]
    batch.created_organisations = [str(o["id"]) for o in new_orgs]
    batch.merged_people = merged
    s.add(batch)
    settings.audit(
        uow,
        "import",
        json.dumps(
            {
                "file": plan.file_name,
                "event": event_id,
                "batch": batch.id,
                "created": created,
                "merged": merged_n,
                "registered": len(new_regs),
                "skipped": skipped,
            },
            ensure_ascii=False,
        ),
    )
    s.flush()
    progress.report(total, total, _("Saving"))
    return ImportResult(batch.id, created, merged_n, len(new_regs), already, skipped, len(new_orgs))


def _insert_rows(uow: UnitOfWork, table: str, rows: list[dict[str, object]]) -> None:
    """One prepared INSERT run over all rows (values already in their stored form)."""
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    uow.session.connection().exec_driver_sql(sql, [tuple(r[c] for c in columns) for r in rows])


@dataclass(frozen=True)
class BatchRow:
    id: str
    file_name: str
    created_at: dt.datetime
    people_created: int
    people_merged: int
    undone: bool


def list_batches(uow: UnitOfWork, event_id: str = "") -> list[BatchRow]:
    stmt = select(ImportBatch).order_by(ImportBatch.created_at.desc())
    if event_id:
        stmt = stmt.where(ImportBatch.event_id == event_id)
    return [
        BatchRow(
            b.id,
            b.file_name,
            b.created_at,
            len(b.created_people or ()),
            len(b.merged_people or {}),
            b.undone_at is not None,
        )
        for b in uow.session.scalars(stmt)
    ]


def undo_import(uow: UnitOfWork, batch_id: str) -> int:
    """Take back one import: its registrations and the people and organisations it created are
    soft-deleted, and the fields it filled in known people are emptied again. Returns the
    number of registrations taken back."""
    s = uow.session
    batch = s.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound(_("No such import."))
    if batch.undone_at is not None:
        raise UserError(_("This import was already undone."))
    now = utcnow()
    regs = s.execute(
        update(Registration)
        .where(Registration.import_batch_id == batch.id, Registration.deleted_at.is_(None))
        .values(deleted_at=now, updated_at=now)
    ).rowcount  # type: ignore[attr-defined]
    ids = list(batch.created_people or ())
    for chunk in range(0, len(ids), 500):
        s.execute(
            update(Person)
            .where(Person.id.in_(ids[chunk : chunk + 500]))
            .values(deleted_at=now, updated_at=now)
        )
    org_ids = list(batch.created_organisations or ())
    for chunk in range(0, len(org_ids), 500):
        s.execute(
            update(Organisation)
            .where(Organisation.id.in_(org_ids[chunk : chunk + 500]))
            .values(deleted_at=now, updated_at=now)
        )
    for person_id, before in (batch.merged_people or {}).items():
        person = s.get(Person, person_id)
        if person is None:
            continue
        for name, value in before.items():
            setattr(person, name, value or (None if name == "organisation_id" else ""))
    batch.undone_at = now
    settings.audit(uow, "import-undo", json.dumps({"batch": batch.id}, ensure_ascii=False))
    s.flush()
    return int(regs or 0)
