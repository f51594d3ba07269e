"""The invitation list of an event: who is invited, confirmed, declined; counts by province and
by kind of organisation."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select, update

from organiser.core.errors import NotFound
from organiser.core.i18n import _
from organiser.core.thaitext import format_name, thai_sort_key
from organiser.domain.desk import Registration, RegistrationRole, RegistrationStatus
from organiser.domain.people import Person
from organiser.services.shared.registrations import counted_registrations, person_roots
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class InvitationRow:
    registration_id: str
    person_id: str
    name: str
    organisation: str
    organisation_kind: str
    province: str
    role: str
    status: str
    sort_key: str


@dataclass(frozen=True)
class InvitationSummary:
    rows: list[InvitationRow]
    by_status: dict[str, int]
    by_province: list[tuple[str, dict[str, int]]]  # province, status -> count (Thai order)
    by_kind: list[tuple[str, dict[str, int]]]  # organisation kind, status -> count

    def as_json(self) -> dict[str, object]:
        return {
            "by_status": self.by_status,
            "by_province": {p: c for p, c in self.by_province},
            "by_kind": {k: c for k, c in self.by_kind},
        }


def invitation_list(uow: UnitOfWork, event_id: str) -> InvitationSummary:
    # one row per person (the canonical registration), merges followed
    counted = [r for r in counted_registrations(uow, event_id) if r.person.deleted_at is None]
    rows = [
        InvitationRow(
            r.id,
            r.person.id,
            format_name(r.person.title, r.person.given_name, r.person.family_name),
            r.person.organisation.name if r.person.organisation else "",
            r.person.organisation.kind.value if r.person.organisation else "",
            r.person.province,
            r.role.value,
            r.status.value,
            r.person.sort_key,
        )
        for r in sorted(counted, key=lambda r: r.person.sort_key)
    ]
    by_status = Counter(r.status for r in rows)
    provinces: dict[str, Counter[str]] = {}
    kinds: dict[str, Counter[str]] = {}
    for r in rows:
        provinces.setdefault(r.province, Counter())[r.status] += 1
        kinds.setdefault(r.organisation_kind, Counter())[r.status] += 1
    return InvitationSummary(
        rows,
        dict(by_status),
        [
            (p, dict(c))
            for p, c in sorted(provinces.items(), key=lambda pc: thai_sort_key(pc[0] or "\uffff"))
        ],
        [(k, dict(c)) for k, c in sorted(kinds.items(), key=lambda kc: -sum(kc[1].values()))],
    )


def set_status(uow: UnitOfWork, registration_ids: list[str], status: RegistrationStatus) -> int:
    """Mark invitations confirmed, declined, …; returns how many changed."""
    if not registration_ids:
        return 0
    result = uow.session.execute(
        update(Registration)
        .where(Registration.id.in_(registration_ids), Registration.deleted_at.is_(None))
        .values(status=status)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def invite(uow: UnitOfWork, event_id: str, person_ids: list[str],
           role: RegistrationRole = RegistrationRole.PARTICIPANT) -> int:  # fmt: skip
    """Add people to the invitation list (those already on it are left as they are)."""
    s = uow.session
    roots = person_roots(uow)
    existing: dict[str, Registration] = {}
    regs = s.scalars(select(Registration).where(Registration.event_id == event_id))
    for r in sorted(regs, key=lambda r: (r.deleted_at is not None, r.id)):
        existing.setdefault(roots.get(r.person_id, r.person_id), r)  # the canonical one
    added = 0
    for pid in person_ids:
        if s.get(Person, pid) is None:
            raise NotFound(_("No such person."))
        reg = existing.get(roots.get(pid, pid))
        if reg is None:
            s.add(Registration(event_id=event_id, person_id=pid, role=role))
            added += 1
        elif reg.deleted_at is not None:
            reg.restore()
            reg.status = RegistrationStatus.INVITED
            added += 1
    s.flush()
    return added
