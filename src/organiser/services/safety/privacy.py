"""Personal data (PDPA): erasing a person for good, and the audit log of what was done.

Erasure keeps the history (registrations, check-ins, roles in sessions, plan actions) so that
attendance counts and reimbursement records stay right, but without identity: the name becomes
an anonymous label, and every contact field, note, need and consent is cleared. `secure_delete`
zeroes the old bytes in the database file; full-text indexes are rebuilt and the write-ahead log
is folded in, so the name and phone number no longer appear anywhere in the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import random
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy import text as sql

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.core.thaitext import thai_sort_key
from organiser.domain.base import utcnow
from organiser.domain.desk import CheckIn, Registration
from organiser.domain.people import Person
from organiser.domain.settings import AuditEntry
from organiser.services import settings as settings_service
from organiser.services.people.rows import PersonRow
from organiser.services.people.search import search_people
from organiser.store.db import Store, UnitOfWork

# Audit actions (codes stored in the log; shown through `action_label`).
ACTIONS = ("import", "export", "erase", "restore", "move")

# Person columns that identify someone and are cleared (to "" or NULL) on erasure.
CLEARED_TEXT = (
    "title", "family_name", "nickname", "phone", "email", "line_id", "position",
    "district", "subdistrict", "village_no", "diet", "access_needs", "consent_purpose", "notes",
)  # fmt: skip
CLEARED_NULL = ("consent_on",)


def actor_name(uow: UnitOfWork) -> str:
    """Who did it: this desk's name (Settings) and the computer login."""
    desk = settings_service.get(uow, settings_service.DESK_NAME)
    try:
        login = getpass.getuser()
    except (OSError, KeyError):
        login = ""
    if desk and login:
        return f"{desk} ({login})"
    return desk or login


def record(uow: UnitOfWork, action: str, detail: str, actor: str = "") -> None:
    """Add a line to the audit log (committed with the caller's unit of work)."""
    uow.session.add(AuditEntry(action=action, detail=detail, actor=actor or actor_name(uow)))


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    actor: str
    action: str
    detail: str

    def as_json(self) -> dict[str, str]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "detail": self.detail,
        }


def list_audit(uow: UnitOfWork, limit: int = 5000) -> list[AuditRow]:
    """Newest first."""
    rows = uow.session.scalars(
        select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    )
    return [AuditRow(r.at, r.actor, r.action, r.detail) for r in rows]


@dataclass(frozen=True)
class PersonChoice:
    """A person as the erase dialog lists them (phone partly hidden)."""

    id: str
    name: str
    organisation: str
    province: str
    phone_hint: str
    sort_key: str


def people_to_erase(uow: UnitOfWork, text: str = "", limit: int = 100) -> list[PersonChoice]:
    """People not yet erased whose name, nickname, phone or organisation matches `text`, at
    most `limit`: found with the People place's search (best match first), so a keystroke
    costs a page of people, not the directory (it scanned all 100,000 people: up to a second).
    With no text, the first people in Thai order."""
    if not text.strip():
        rows = [
            PersonRow(*(str(v) if v is not None else "" for v in row))
            for row in uow.session.execute(
                sql(
                    "SELECT p.id, p.title, p.given_name, p.family_name, p.nickname, p.phone, "
                    "coalesce(o.name, ''), p.position, p.province, p.sort_key FROM person p "
                    "LEFT JOIN organisation o ON o.id = p.organisation_id "
                    "WHERE p.deleted_at IS NULL AND p.merged_into_id IS NULL "
                    "AND p.erased_at IS NULL ORDER BY p.sort_key LIMIT :limit"
                ),
                {"limit": limit},
            )
        ]
    else:
        # a few more than shown, as erased people (anonymous labels) are left out below
        rows = search_people(uow, text, limit=limit + 20)  # a title attached is taken off
    if not rows:
        return []
    erased = set(
        uow.session.scalars(
            sql(
                "SELECT id FROM person WHERE erased_at IS NOT NULL "
                "AND id IN (SELECT value FROM json_each(:ids))"
            ),
            {"ids": json.dumps([r.id for r in rows])},
        )
    )
    return [
        PersonChoice(
            r.id,
            r.full_name,
            r.organisation,
            r.province,
            f"…{r.phone[-4:]}" if len(r.phone) >= 4 else "",
            r.sort_key,
        )
        for r in rows
        if r.id not in erased
    ][:limit]


@dataclass(frozen=True)
class ErasureResult:
    person_id: str
    label: str
    registrations_kept: int
    check_ins_kept: int


def anonymous_label(number: int) -> str:
    return _("Participant #{number}").format(number=f"{number:04d}")


def _free_label(uow: UnitOfWork) -> str:
    """A label with a random number (not derived from the person), unused so far."""
    rng = random.SystemRandom()
    for _attempt in range(50):
        label = anonymous_label(rng.randint(1, 9999))
        taken = uow.session.scalar(
            select(func.count()).select_from(Person).where(Person.given_name == label)
        )
        if not taken:
            return label
    return anonymous_label(rng.randint(10_000, 99_999))


def find_person(uow: UnitOfWork, ref: str) -> Person:
    """A person by id, a unique id prefix (8+ characters) or a registration code (badge/QR)."""
    ref = ref.strip()
    person = uow.session.get(Person, ref)
    if person is not None:
        return person
    by_code = uow.session.scalars(
        select(Person)
        .join(Registration, Registration.person_id == Person.id)
        .where(func.upper(Registration.code) == ref.upper())
    ).first()
    if by_code is not None:
        return by_code
    if len(ref) >= 8:
        found = list(uow.session.scalars(select(Person).where(Person.id.startswith(ref)).limit(2)))
        if len(found) == 1:
            return found[0]
    raise NotFound(_("No person with the id {ref}.").format(ref=ref))


def erase_person(uow: UnitOfWork, person_id: str, actor: str = "") -> ErasureResult:
    """Remove a person's personal data for good; their history stays, without identity.
    The caller commits, then calls `scrub_database` so no copy of the old bytes remains."""
    person = find_person(uow, person_id)
    if person.erased_at is not None:
        raise UserError(
            _("This person's data was already erased ({label}).").format(label=person.given_name)
        )
    label = _free_label(uow)
    for name in CLEARED_TEXT:
        setattr(person, name, "")
    for name in CLEARED_NULL:
        setattr(person, name, None)
    person.given_name = label
    person.erased_at = utcnow()
    person.refresh_sort_key()
    registrations = list(
        uow.session.scalars(select(Registration.id).where(Registration.person_id == person.id))
    )
    check_ins = (
        uow.session.scalar(
            select(func.count())
            .select_from(CheckIn)
            .where(CheckIn.registration_id.in_(registrations))
        )
        or 0
    )
    record(
        uow,
        "erase",
        _(
            "Erased the personal data of a person (id {id}), now shown as {label}; "
            "{registrations} registrations and {check_ins} check-ins kept without identity."
        ).format(id=person.id, label=label, registrations=len(registrations), check_ins=check_ins),
        actor,
    )
    uow.flush()
    return ErasureResult(person.id, label, len(registrations), check_ins)


def scrub_database(store: Store) -> bool:
    """After an erasure: rebuild full-text indexes (their old terms would keep the name) and
    fold the write-ahead log into the file, truncating it. False when that could not be done
    completely: another connection still reads an older snapshot, whose pages (with the old
    values) SQLite may not overwrite until it ends."""
    with store.raw_connection() as conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL "
            "TABLE%USING fts5%'"
        ).fetchall():
            with contextlib.suppress(sqlite3.Error):
                conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
            with contextlib.suppress(sqlite3.Error):
                conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'optimize\')')
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(row) and int(row[0]) == 0


def erase_from_backup(path: Path, person_id: str, label: str) -> bool | None:
    """Apply the same erasure to one backup file, in place through SQLite (secure_delete on,
    then VACUUM so no free page keeps the old bytes). True when scrubbed, False when the copy
    does not hold the person, None when it cannot be changed (damaged, not a database): then it
    may still hold them."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA secure_delete = ON")
        columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(person)")}
        if not columns:
            return None
        sets = [f"{c} = ''" for c in CLEARED_TEXT if c in columns]
        sets += [f"{c} = NULL" for c in CLEARED_NULL if c in columns]
        sets.append("given_name = :label")
        if "sort_key" in columns:
            sets.append("sort_key = :sort_key")
        if "erased_at" in columns:
            sets.append("erased_at = :now")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
        changed = conn.execute(
            f"UPDATE person SET {', '.join(sets)} WHERE id = :id",
            {"label": label, "sort_key": thai_sort_key(label), "now": now, "id": person_id},
        ).rowcount
        from organiser.sync.erasure import forget_values

        forget_values(conn, "person", person_id)  # the copy's change log held them too
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL "
            "TABLE%USING fts5%'"
        ).fetchall():
            with contextlib.suppress(sqlite3.Error):
                conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
        conn.execute("VACUUM")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return None  # a damaged copy: what SQLite could not read, it could not scrub
        return bool(changed)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def record_copy_outside(store: Store, target: Path, actor: str = "") -> None:
    """Log a copy of the whole database written outside the data folder (`backup -o`): an
    erasure cannot reach it, so it names it from this log."""
    with store.writer() as uow:
        record(
            uow,
            "export",
            _("Copied a backup of the whole database to {file}.").format(file=target.absolute()),
            actor,
        )
        uow.commit()
