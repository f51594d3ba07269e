"""Taking an import back, and taking that back again (redo), without losing anyone's work.

An import is undone only where nothing happened to it since: a person it added who has checked
in, been edited, or been put into anything else (another seminar, a session, a team, a plan)
is kept with their invitation; an invitation that was checked in or changed is kept; a field
the import filled in a known person is emptied only while it still holds the imported value.
Check-ins are facts and are never deleted or hidden. Everything the undo soft-deletes carries
the undo's own moment (`ImportBatch.undone_at`), so a redo brings back exactly those rows that
nobody touched since, and nothing else.

"Touched since" compares `updated_at` with the batch's own `updated_at`, which the import, the
undo and the redo each set to the moment they wrote the rows themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select, update

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.domain.base import Base, utcnow
from organiser.domain.desk import CheckIn, Registration
from organiser.domain.people import ImportBatch, Organisation, Person
from organiser.services import settings
from organiser.store.db import UnitOfWork

CHUNK = 500


@dataclass(frozen=True)
class BatchRow:
    id: str
    file_name: str
    created_at: dt.datetime
    people_created: int
    people_merged: int
    undone: bool


def list_batches(uow: UnitOfWork, event_id: str = "") -> list[BatchRow]:
    """Newest first."""
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


@dataclass(frozen=True)
class UndoPreview:
    """What undoing an import would take back and what it would keep, for the question."""

    batch_id: str
    file_name: str
    people: int  # people the import added who are still there
    invitations: int  # its invitations still there
    checked_in: int  # people of the import who have checked in
    edited: int  # people of the import edited since (themselves or their invitation)
    elsewhere: int  # people it added who are now in something else too
    kept_people: int  # of `people`, kept by an undo
    kept_invitations: int  # of `invitations`, kept by an undo
    fields: int  # fields it filled in known people that still hold the imported value

    @property
    def touched(self) -> bool:
        return bool(self.kept_people or self.kept_invitations)

    @property
    def people_to_undo(self) -> int:
        return self.people - self.kept_people

    @property
    def invitations_to_undo(self) -> int:
        return self.invitations - self.kept_invitations

    @property
    def nothing_to_undo(self) -> bool:
        return not (self.people_to_undo or self.invitations_to_undo or self.fields)

    def counts_text(self) -> str:
        """`300 people and 300 invitations; 33 of them have checked in, 2 were edited …`"""
        text = _("{people} people and {invitations} invitations").format(
            people=self.people, invitations=self.invitations
        )
        since = []
        if self.checked_in:
            since.append(_("{n} of them have checked in").format(n=self.checked_in))
        if self.edited:
            since.append(_("{n} were edited since").format(n=self.edited))
        if self.elsewhere:
            since.append(
                _("{n} are in another seminar, session, team or plan").format(n=self.elsewhere)
            )
        return text + ("; " + ", ".join(since) if since else "")

    def refusal(self, only_untouched: bool) -> str:
        """Why an undo does not go ahead ('' when it does)."""
        if self.nothing_to_undo:
            return _(
                "Nothing of the import of {file} can be taken back: {counts}. Everyone is kept."
            ).format(file=self.file_name, counts=self.counts_text())
        if self.touched and not only_untouched:
            return _(
                "The import of {file} was used since: {counts}. Those are kept; undo only the "
                "other {n} people and their invitations, or leave the import as it is."
            ).format(file=self.file_name, counts=self.counts_text(), n=self.people_to_undo)
        return ""

    def as_json(self) -> dict[str, object]:
        return {
            "batch": self.batch_id,
            "file": self.file_name,
            "people": self.people,
            "invitations": self.invitations,
            "checked_in": self.checked_in,
            "edited": self.edited,
            "elsewhere": self.elsewhere,
            "kept_people": self.kept_people,
            "kept_invitations": self.kept_invitations,
            "fields": self.fields,
        }


@dataclass(frozen=True)
class UndoResult:
    people: int  # soft-deleted
    invitations: int  # soft-deleted
    organisations: int  # soft-deleted
    fields: int  # emptied again in known people
    kept_people: int
    kept_invitations: int

    def as_json(self) -> dict[str, object]:
        return {
            "people": self.people,
            "invitations": self.invitations,
            "organisations": self.organisations,
            "fields": self.fields,
            "kept_people": self.kept_people,
            "kept_invitations": self.kept_invitations,
        }


@dataclass(frozen=True)
class RedoResult:
    people: int
    invitations: int
    organisations: int
    fields: int

    def as_json(self) -> dict[str, object]:
        return {
            "people": self.people,
            "invitations": self.invitations,
            "organisations": self.organisations,
            "fields": self.fields,
        }


@dataclass
class _Plan:
    preview: UndoPreview
    registrations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    # person id -> {field: value to put back}
    resets: dict[str, dict[str, Any]] = field(default_factory=dict)


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = list(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _batch(uow: UnitOfWork, batch_id: str) -> ImportBatch:
    batch = uow.session.get(ImportBatch, batch_id.strip())
    if batch is None:
        raise NotFound(_("No such import."))
    return batch


def _references(
    uow: UnitOfWork, target: str, ids: set[str], skip: set[tuple[str, str]]
) -> set[str]:
    """Which of `ids` (rows of table `target`) are pointed at by a live row of another table;
    `skip` names (table, row id) pairs that do not count."""
    found: set[str] = set()
    if not ids:
        return found
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != target or fk.column.name != "id":
                continue
            found |= _pointing(uow, table, fk.parent.name, ids, skip)
    return found


def _pointing(
    uow: UnitOfWork, table: Table, column: str, ids: set[str], skip: set[tuple[str, str]]
) -> set[str]:
    col = table.c[column]
    found: set[str] = set()
    for chunk in _chunks(ids):
        stmt = select(table.c.id, col).where(col.in_(chunk))
        if "deleted_at" in table.c:
            stmt = stmt.where(table.c.deleted_at.is_(None))
        for row_id, target_id in uow.session.execute(stmt):
            if (table.name, str(row_id)) not in skip and target_id != row_id:
                found.add(str(target_id))
    return found


def _fill_entry(entry: Any) -> tuple[Any, Any]:
    """(value before the import, value it wrote); the latter None for older imports."""
    if isinstance(entry, dict):
        return entry.get("before", ""), entry.get("imported")
    return entry, None


def _before_value(name: str, before: Any) -> Any:
    return (before or None) if name == "organisation_id" else (before or "")


def _plan(uow: UnitOfWork, batch: ImportBatch) -> _Plan:
    s = uow.session
    since = batch.updated_at  # the moment the import (or its last redo) wrote its rows
    regs = list(
        s.execute(
            select(Registration.id, Registration.person_id, Registration.updated_at).where(
                Registration.import_batch_id == batch.id, Registration.deleted_at.is_(None)
            )
        )
    )
    checked_regs: set[str] = set()
    for chunk in _chunks(r.id for r in regs):
        checked_regs |= set(
            s.scalars(select(CheckIn.registration_id).where(CheckIn.registration_id.in_(chunk)))
        )
    edited_regs = {r.id for r in regs if r.updated_at > since}
    created: dict[str, Any] = {}
    for chunk in _chunks(batch.created_people or ()):
        for row in s.execute(
            select(Person.id, Person.updated_at, Person.erased_at).where(
                Person.id.in_(chunk), Person.deleted_at.is_(None)
            )
        ):
            created[row.id] = row
    checked_people = {r.person_id for r in regs if r.id in checked_regs}
    edited_people = {r.person_id for r in regs if r.id in edited_regs} | {
        pid for pid, row in created.items() if row.updated_at > since or row.erased_at
    }
    own_regs = {("registration", r.id) for r in regs}
    elsewhere = _references(uow, "person", set(created), own_regs)
    kept_people = set(created) & (checked_people | edited_people | elsewhere)
    kept_regs = checked_regs | edited_regs | {r.id for r in regs if r.person_id in kept_people}
    plan = _Plan(
        preview=UndoPreview(batch.id, batch.file_name, 0, 0, 0, 0, 0, 0, 0, 0),
        registrations=[r.id for r in regs if r.id not in kept_regs],
        people=[pid for pid in created if pid not in kept_people],
    )
    for person_id, fills in (batch.merged_people or {}).items():
        person = s.get(Person, person_id)
        if person is None or person.erased_at is not None:
            continue
        for name, entry in fills.items():
            before, imported = _fill_entry(entry)
            current = getattr(person, name, None)
            still_imported = (
                current == imported if imported is not None else person.updated_at <= since
            )
            if still_imported and current != _before_value(name, before):
                plan.resets.setdefault(person_id, {})[name] = _before_value(name, before)
    plan.organisations = _organisations_to_undo(uow, batch, plan)
    plan.preview = UndoPreview(
        batch.id,
        batch.file_name,
        people=len(created),
        invitations=len(regs),
        checked_in=len(checked_people),
        edited=len(edited_people - checked_people),
        elsewhere=len(elsewhere - checked_people - edited_people),
        kept_people=len(kept_people),
        kept_invitations=len(kept_regs),
        fields=sum(len(f) for f in plan.resets.values()),
    )
    return plan


def _organisations_to_undo(uow: UnitOfWork, batch: ImportBatch, plan: _Plan) -> list[str]:
    """The organisations the import added that nobody changed and nothing live points at once
    the undo is done."""
    s = uow.session
    ids: set[str] = set()
    for chunk in _chunks(batch.created_organisations or ()):
        ids |= set(
            s.scalars(
                select(Organisation.id).where(
                    Organisation.id.in_(chunk),
                    Organisation.deleted_at.is_(None),
                    Organisation.updated_at <= batch.updated_at,
                )
            )
        )
    leaving = {("person", pid) for pid in plan.people}
    leaving |= {
        ("person", pid) for pid, fields in plan.resets.items() if "organisation_id" in fields
    }
    return sorted(ids - _references(uow, "organisation", ids, leaving))


def preview_undo(uow: UnitOfWork, batch_id: str) -> UndoPreview:
    """What `undo_import` would take back and keep; nothing is written."""
    batch = _batch(uow, batch_id)
    if batch.undone_at is not None:
        raise UserError(_("This import was already undone."))
    return _plan(uow, batch).preview


def undo_import(uow: UnitOfWork, batch_id: str, only_untouched: bool = False) -> UndoResult:
    """Take back one import: its invitations and the people and organisations it added are
    soft-deleted, and the fields it filled in known people are emptied again.

    When some of it was used since (check-ins, edits, other registrations), this refuses with
    the counts unless `only_untouched`: then only the rest is taken back."""
    s = uow.session
    batch = _batch(uow, batch_id)
    if batch.undone_at is not None:
        raise UserError(_("This import was already undone."))
    plan = _plan(uow, batch)
    p = plan.preview
    refusal = p.refusal(only_untouched)
    if refusal:
        raise UserError(refusal)
    now = utcnow()
    for model, ids in (
        (Registration, plan.registrations),
        (Person, plan.people),
        (Organisation, plan.organisations),
    ):
        for chunk in _chunks(ids):
            s.execute(
                update(model).where(model.id.in_(chunk)).values(deleted_at=now, updated_at=now)
            )
    for person_id, values in plan.resets.items():
        s.execute(update(Person).where(Person.id == person_id).values(**values, updated_at=now))
    batch.undone_at = now
    batch.updated_at = now
    result = UndoResult(
        len(plan.people),
        len(plan.registrations),
        len(plan.organisations),
        p.fields,
        p.kept_people,
        p.kept_invitations,
    )
    settings.audit(
        uow,
        "import-undo",
        json.dumps({"batch": batch.id, **result.as_json()}, ensure_ascii=False),
    )
    s.flush()
    s.expire_all()  # the rows changed in bulk: nothing stale is read back in this unit
    return result


def redo_import(uow: UnitOfWork, batch_id: str) -> RedoResult:
    """Take back an undo: what it soft-deleted comes back, and the fields it emptied get the
    imported value again, wherever nobody changed them since the undo."""
    s = uow.session
    batch = _batch(uow, batch_id)
    undone_at = batch.undone_at
    if undone_at is None:
        raise UserError(_("This import is not undone: there is nothing to redo."))
    now = utcnow()
    counts: list[int] = []
    for model, stmt_filter in (
        (Registration, Registration.import_batch_id == batch.id),
        (Person, Person.id.in_(batch.created_people or ())),
        (Organisation, Organisation.id.in_(batch.created_organisations or ())),
    ):
        ids = list(s.scalars(select(model.id).where(stmt_filter, model.deleted_at == undone_at)))
        for chunk in _chunks(ids):
            s.execute(
                update(model).where(model.id.in_(chunk)).values(deleted_at=None, updated_at=now)
            )
        counts.append(len(ids))
    fields = 0
    for person_id, fills in (batch.merged_people or {}).items():
        person = s.get(Person, person_id)
        if person is None or person.erased_at is not None:
            continue
        values: dict[str, Any] = {}
        for name, entry in fills.items():
            before, imported = _fill_entry(entry)
            if imported is not None and getattr(person, name) == _before_value(name, before):
                values[name] = imported
        if values:
            s.execute(update(Person).where(Person.id == person_id).values(**values, updated_at=now))
            fields += len(values)
    batch.undone_at = None
    batch.updated_at = now
    result = RedoResult(counts[1], counts[0], counts[2], fields)
    settings.audit(
        uow,
        "import-redo",
        json.dumps({"batch": batch.id, **result.as_json()}, ensure_ascii=False),
    )
    s.flush()
    s.expire_all()
    return result
