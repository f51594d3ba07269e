"""Writing a checked invitation list: one transaction, progress and cancel.

Taking an import back (and redoing it) lives in `import_undo`; its names are kept here too."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.core.ids import short_code, uuid7
from organiser.core.progress import Progress
from organiser.core.thaitext import thai_sort_key
from organiser.domain.base import utcnow
from organiser.domain.desk import Registration
from organiser.domain.events import Event
from organiser.domain.organisation_kinds import guess_organisation_kind
from organiser.domain.people import ImportBatch, Organisation, Person
from organiser.services import settings
from organiser.services.people.importing.planning import (
    ImportPlan,
    RowAction,
    organisation_key,
    plan_import,
)
from organiser.services.people.importing.reading import read_table
from organiser.services.people.importing.undo import BatchRow as BatchRow  # their former home
from organiser.services.people.importing.undo import list_batches as list_batches
from organiser.services.people.importing.undo import undo_import as undo_import
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
        organisation_key(name): oid
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
    merged: dict[str, dict[str, dict[str, str]]] = {}
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
            key = organisation_key(d.organisation)
            org_id = orgs.get(key)
            if org_id is None:
                org_id = uuid7()
                orgs[key] = org_id
                new_org = dict(
                    id=org_id,
                    name=d.organisation,
                    # as the preview showed it (guessed from the name, or chosen there)
                    kind=plan.organisation_kinds.get(key)
                    or guess_organisation_kind(d.organisation),
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
            # what each filled field held before and what the import wrote: an undo empties
            # a field again only while it still holds the imported value
            fills: dict[str, dict[str, str]] = merged.setdefault(person.id, {})
            for name in FILLABLE:
                value = getattr(d, name)
                if value and not getattr(person, name):
                    fills.setdefault(name, {"before": "", "imported": value})
                    setattr(person, name, value)
            if person.organisation_id is None and org_id is not None:
                fills.setdefault("organisation_id", {"before": "", "imported": org_id})
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
