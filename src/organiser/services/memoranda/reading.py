"""Memoranda of cooperation: the list with its filters, one memorandum in full, finding one by
id, prefix or reference number, and the start page's reminders.

Editing lives in `memoranda_editing`, filed documents in `memoranda_files`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from organiser.core.errors import NotFound
from organiser.core.i18n import _, current_language
from organiser.core.notices import Area
from organiser.core.thaidate import format_date
from organiser.core.thaitext import format_name, thai_sort_key
from organiser.domain.events import Event
from organiser.domain.memoranda import (
    Commitment,
    CommitmentState,
    Memorandum,
    MemorandumStatus,
    Party,
)
from organiser.domain.people import Organisation, OrganisationKind
from organiser.domain.reminders import Reminder
from organiser.store.db import UnitOfWork

EXPIRY_WARNING_DAYS = 90
# Commitments bind once the agencies have signed; a draft's promises are not yet due.
BINDING = (MemorandumStatus.SIGNED, MemorandumStatus.IN_FORCE)
OPEN_COMMITMENT = (CommitmentState.PLANNED, CommitmentState.IN_PROGRESS)


@dataclass(frozen=True)
class MemorandumRow:
    id: str
    title: str
    reference_no: str
    status: str
    parties: tuple[str, ...]
    signed_parties: int
    valid_from: dt.date | None
    valid_until: dt.date | None
    organisation_ids: tuple[str, ...] = ()
    signed_organisation_ids: tuple[str, ...] = ()
    signed_on: dt.date | None = None
    event_title: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "reference_no": self.reference_no,
            "status": self.status,
            "parties": list(self.parties),
            "signed_parties": self.signed_parties,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "signed_on": self.signed_on.isoformat() if self.signed_on else None,
            "event": self.event_title,
        }


def _live(items: list[Party]) -> list[Party]:
    return [p for p in items if p.deleted_at is None]


def list_memoranda(
    uow: UnitOfWork,
    status: str | None = None,
    organisation_id: str | None = None,
    signed_only: bool = False,
) -> list[MemorandumRow]:
    """Memoranda, newest first; optionally only those with a status, or with an organisation as a
    party (and, with `signed_only`, only where that organisation has signed)."""
    stmt = (
        select(Memorandum, Event.title)
        .outerjoin(Event, Event.id == Memorandum.event_id)
        .options(selectinload(Memorandum.parties).selectinload(Party.organisation))
        .where(Memorandum.deleted_at.is_(None))
        .order_by(Memorandum.created_at.desc())
    )
    if status:
        stmt = stmt.where(Memorandum.status == MemorandumStatus(status))
    rows = []
    for m, event_title in uow.session.execute(stmt):
        parties = _live(m.parties)
        if organisation_id:
            mine = [p for p in parties if p.organisation_id == organisation_id]
            if not mine or (signed_only and not any(p.signed_on for p in mine)):
                continue
        rows.append(
            MemorandumRow(
                m.id,
                m.title,
                m.reference_no,
                m.status.value,
                tuple(p.organisation.short_name or p.organisation.name for p in parties),
                sum(1 for p in parties if p.signed_on),
                m.valid_from,
                m.valid_until,
                tuple(p.organisation_id for p in parties),
                tuple(p.organisation_id for p in parties if p.signed_on),
                m.signed_on,
                event_title or "",
            )
        )
    return rows


# ---------------------------------------------------------------- one memorandum in full


@dataclass
class ClauseData:
    heading: str = ""
    text: str = ""
    id: str | None = None


@dataclass
class CommitmentData:
    description: str = ""
    category: str = ""
    due_on: dt.date | None = None
    state: str = CommitmentState.PLANNED.value
    id: str | None = None


@dataclass
class PartyData:
    organisation_id: str = ""
    organisation_name: str = ""
    organisation_name_en: str = ""
    organisation_short: str = ""
    signatory_title: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    witness_name: str = ""
    witness_position: str = ""
    signed_on: dt.date | None = None
    unsigned_note: str = ""
    commitments: list[CommitmentData] = field(default_factory=list)
    id: str | None = None

    @property
    def signatory(self) -> str:
        """`นายสมชาย ใจดี`: the title is written against the name, as Thai documents do."""
        given, _sep, family = self.signatory_name.strip().partition(" ")
        return format_name(self.signatory_title, given, family.strip()) if given else ""

    def organisation_label(self, lang: str = "th") -> str:
        if lang != "th" and self.organisation_name_en:
            return self.organisation_name_en
        return self.organisation_name


@dataclass
class StatusChangeData:
    status: str
    changed_on: dt.date
    note: str = ""


@dataclass
class AttachmentData:
    id: str
    filename: str
    size: int
    sha256: str
    content_type: str = ""
    description: str = ""
    added_at: dt.datetime | None = None


@dataclass
class MemorandumData:
    title: str = ""
    reference_no: str = ""
    purpose: str = ""
    background: str = ""
    scope: str = ""
    event_id: str | None = None
    event_title: str = ""
    signing_place: str = ""
    signed_on: dt.date | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    status: str = MemorandumStatus.DRAFT.value
    clauses: list[ClauseData] = field(default_factory=list)
    parties: list[PartyData] = field(default_factory=list)
    history: list[StatusChangeData] = field(default_factory=list)
    attachments: list[AttachmentData] = field(default_factory=list)
    id: str | None = None

    @property
    def open_ended(self) -> bool:
        return self.valid_until is None

    def as_json(self) -> dict[str, object]:
        def iso(d: dt.date | None) -> str | None:
            return d.isoformat() if d else None

        return {
            "id": self.id,
            "title": self.title,
            "reference_no": self.reference_no,
            "status": self.status,
            "purpose": self.purpose,
            "background": self.background,
            "scope": self.scope,
            "event": self.event_title,
            "signing_place": self.signing_place,
            "signed_on": iso(self.signed_on),
            "valid_from": iso(self.valid_from),
            "valid_until": iso(self.valid_until),
            "clauses": [{"heading": c.heading, "text": c.text} for c in self.clauses],
            "parties": [
                {
                    "organisation": p.organisation_name,
                    "signatory": p.signatory,
                    "signatory_position": p.signatory_position,
                    "witness": p.witness_name,
                    "signed_on": iso(p.signed_on),
                    "unsigned_note": p.unsigned_note,
                    "commitments": [
                        {
                            "category": c.category,
                            "description": c.description,
                            "due_on": iso(c.due_on),
                            "state": c.state,
                        }
                        for c in p.commitments
                    ],
                }
                for p in self.parties
            ],
            "history": [
                {"status": h.status, "changed_on": iso(h.changed_on), "note": h.note}
                for h in self.history
            ],
            "attachments": [
                {"filename": a.filename, "size": a.size, "sha256": a.sha256}
                for a in self.attachments
            ],
        }


def load_memorandum(uow: UnitOfWork, memorandum_id: str) -> MemorandumData:
    m = uow.session.scalar(
        select(Memorandum)
        .options(
            selectinload(Memorandum.parties).selectinload(Party.organisation),
            selectinload(Memorandum.parties).selectinload(Party.commitments),
            selectinload(Memorandum.clauses),
            selectinload(Memorandum.history),
            selectinload(Memorandum.attachments),
        )
        .where(Memorandum.id == memorandum_id, Memorandum.deleted_at.is_(None))
    )
    if m is None:
        raise NotFound(_("No memorandum has the id {id}.").format(id=memorandum_id))
    event = uow.session.get(Event, m.event_id) if m.event_id else None
    parties = []
    for p in _live(m.parties):
        org = p.organisation
        commitments = [
            CommitmentData(c.description, c.category, c.due_on, c.state.value, c.id)
            for c in sorted(p.commitments, key=lambda c: (c.due_on or dt.date.max, c.created_at))
            if c.deleted_at is None
        ]
        parties.append(
            PartyData(
                p.organisation_id,
                org.name,
                org.name_en,
                org.short_name,
                p.signatory_title,
                p.signatory_name,
                p.signatory_position,
                p.witness_name,
                p.witness_position,
                p.signed_on,
                p.unsigned_note,
                commitments,
                p.id,
            )
        )
    return MemorandumData(
        m.title,
        m.reference_no,
        m.purpose,
        m.background,
        m.scope,
        m.event_id,
        event.title if event else "",
        m.signing_place,
        m.signed_on,
        m.valid_from,
        m.valid_until,
        m.status.value,
        [ClauseData(c.heading, c.text, c.id) for c in m.clauses if c.deleted_at is None],
        parties,
        [
            StatusChangeData(h.status.value, h.changed_on, h.note)
            for h in m.history
            if h.deleted_at is None
        ],
        [
            AttachmentData(
                a.id, a.filename, a.size, a.sha256, a.content_type, a.description, a.created_at
            )
            for a in sorted(m.attachments, key=lambda a: a.created_at)
            if a.deleted_at is None
        ],
        m.id,
    )


def find_memorandum(uow: UnitOfWork, key: str) -> str:
    """The id of the memorandum named by its id, a unique prefix of it, or its reference number."""
    text = key.strip()
    if not text:
        raise NotFound(_("Name a memorandum by its id or reference number."))
    live = Memorandum.deleted_at.is_(None)
    exact = uow.session.scalar(select(Memorandum.id).where(live, Memorandum.id == text.lower()))
    if exact:
        return exact
    by_ref = list(
        uow.session.scalars(
            select(Memorandum.id).where(
                live,
                func.replace(func.lower(Memorandum.reference_no), " ", "")
                == text.lower().replace(" ", ""),
            )
        )
    )
    if len(by_ref) == 1:
        return by_ref[0]
    prefix = list(
        uow.session.scalars(
            select(Memorandum.id).where(live, Memorandum.id.startswith(text.lower()))
        )
    )
    matches = set(by_ref) | set(prefix)
    if len(matches) == 1:
        return matches.pop()
    if not matches:
        raise NotFound(_("No memorandum has the id or reference number “{key}”.").format(key=text))
    raise NotFound(
        _("“{key}” fits {n} memoranda; give more of the id.").format(key=text, n=len(matches))
    )


# ---------------------------------------------------------------- choices for the editor


@dataclass(frozen=True)
class OrganisationChoice:
    id: str
    name: str
    short_name: str
    kind: str
    province: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


def organisation_choices(
    uow: UnitOfWork, text: str = "", limit: int = 0
) -> list[OrganisationChoice]:
    """Organisations of the directory in Thai order; with `text`, those whose name, short name
    or English name contains it (what a type-ahead needs)."""
    stmt = select(Organisation).where(
        Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
    )
    needle = text.strip()
    if needle:
        like = f"%{needle}%"
        stmt = stmt.where(
            or_(
                Organisation.name.like(like),
                Organisation.short_name.like(like),
                Organisation.name_en.like(like),
            )
        )
    found = [
        OrganisationChoice(o.id, o.name, o.short_name, o.kind.value, o.province)
        for o in uow.session.scalars(stmt)
    ]
    # support agencies first: they are the usual parties
    found.sort(
        key=lambda o: (not OrganisationKind(o.kind).is_support_agency, thai_sort_key(o.name))
    )
    return found[:limit] if limit else found


@dataclass(frozen=True)
class EventChoice:
    id: str
    title: str
    starts_on: dt.date


def event_choices(uow: UnitOfWork) -> list[EventChoice]:
    stmt = select(Event).where(Event.deleted_at.is_(None)).order_by(Event.starts_on.desc())
    return [EventChoice(e.id, e.title, e.starts_on) for e in uow.session.scalars(stmt)]


# ---------------------------------------------------------------- reminders


def reminders(uow: UnitOfWork, today: dt.date) -> list[Reminder]:
    """Memoranda ending within 90 days (or already past their end while still in force), and
    commitments of signed memoranda past their date and not fulfilled."""
    lang = current_language()
    items: list[Reminder] = []
    horizon = today + dt.timedelta(days=EXPIRY_WARNING_DAYS)
    ending = uow.session.scalars(
        select(Memorandum).where(
            Memorandum.deleted_at.is_(None),
            Memorandum.status.in_(BINDING),
            Memorandum.valid_until.is_not(None),
            Memorandum.valid_until <= horizon,
        )
    )
    for m in ending:
        assert m.valid_until is not None
        when = format_date(m.valid_until, "short", lang)
        if m.valid_until < today:
            text = _("Memorandum “{title}” ended on {date}: mark it expired or extend it.")
        else:
            text = _("Memorandum “{title}” expires on {date} ({days} days left).")
        items.append(
            Reminder(
                Area.MEMORANDA,
                text.format(title=m.title, date=when, days=(m.valid_until - today).days),
                m.valid_until,
                m.valid_until < today,
                m.id,
            )
        )
    late = uow.session.execute(
        select(Commitment, Memorandum, Organisation)
        .join(Memorandum, Memorandum.id == Commitment.memorandum_id)
        .join(Party, Party.id == Commitment.party_id)
        .join(Organisation, Organisation.id == Party.organisation_id)
        .where(
            Commitment.deleted_at.is_(None),
            Party.deleted_at.is_(None),
            Memorandum.deleted_at.is_(None),
            Memorandum.status.in_(BINDING),
            Commitment.state.in_(OPEN_COMMITMENT),
            Commitment.due_on.is_not(None),
            Commitment.due_on < today,
        )
    )
    for c, m, org in late:
        assert c.due_on is not None
        items.append(
            Reminder(
                Area.MEMORANDA,
                _("{organisation} committed to “{what}” by {date} ({memorandum}).").format(
                    organisation=org.short_name or org.name,
                    what=c.description,
                    date=format_date(c.due_on, "short", lang),
                    memorandum=m.reference_no or m.title,
                ),
                c.due_on,
                True,
                m.id,
            )
        )
    return items


def find_organisation(uow: UnitOfWork, key: str) -> OrganisationChoice:
    """An organisation named by its id (or a prefix of it), its short name or part of its name."""
    text = key.strip()
    choices = organisation_choices(uow)
    for test in (
        lambda o: o.id == text.lower(),
        lambda o: o.short_name == text or o.name == text,
        lambda o: o.id.startswith(text.lower()),
        lambda o: text in o.name or text in o.short_name,
    ):
        found = [o for o in choices if test(o)] if text else []
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise NotFound(
                _("“{key}” fits {n} organisations: {names}.").format(
                    key=text, n=len(found), names=", ".join(o.label for o in found[:5])
                )
            )
    raise NotFound(_("No organisation is called “{key}”.").format(key=text))
