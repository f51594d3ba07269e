"""Changing memoranda: save the text, parties and commitments; move the status with its history;
record signatures party by party. Every refusal is one sentence in the user's language, and
nothing is changed when one is raised (the caller's unit of work is rolled back)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core import positions
from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _, current_language
from organiser.core.thaidate import format_date
from organiser.domain.base import utcnow
from organiser.domain.labels import label
from organiser.domain.memoranda import (
    Clause,
    Commitment,
    CommitmentState,
    Memorandum,
    MemorandumStatus,
    MemorandumStatusChange,
    Party,
)
from organiser.domain.memoranda_rules import (
    Finding,
    MemorandumFacts,
    PartyFacts,
    Problem,
    check_transition,
    text_locked,
)
from organiser.domain.people import Organisation
from organiser.services.memoranda.reading import ClauseData, MemorandumData, PartyData
from organiser.services.people.editing import find_or_add_organisation
from organiser.store.db import UnitOfWork


def _get(uow: UnitOfWork, memorandum_id: str) -> Memorandum:
    m = uow.session.scalar(
        select(Memorandum)
        .options(
            selectinload(Memorandum.parties).selectinload(Party.organisation),
            selectinload(Memorandum.parties).selectinload(Party.commitments),
            selectinload(Memorandum.clauses),
            selectinload(Memorandum.history),
        )
        .where(Memorandum.id == memorandum_id, Memorandum.deleted_at.is_(None))
    )
    if m is None:
        raise NotFound(_("No memorandum has the id {id}.").format(id=memorandum_id))
    return m


def _live_parties(m: Memorandum) -> list[Party]:
    return [p for p in m.parties if p.deleted_at is None]


def describe(finding: Finding) -> str:
    """One sentence for a rule the user ran into."""
    lang = current_language()
    p = finding.params

    def day(key: str) -> str:
        value = p[key]
        assert isinstance(value, dt.date)
        return format_date(value, "short", lang)

    match finding.problem:
        case Problem.SAME_STATUS:
            return _("The memorandum already has this status.")
        case Problem.NOT_ALLOWED:
            current, target = p["current"], p["target"]
            assert isinstance(current, MemorandumStatus) and isinstance(target, MemorandumStatus)
            return _("A memorandum cannot go from “{current}” to “{target}”.").format(
                current=label(current), target=label(target)
            )
        case Problem.TOO_FEW_PARTIES:
            return _("A memorandum of cooperation needs at least two parties.")
        case Problem.UNSIGNED_PARTIES:
            names = p["names"]
            assert isinstance(names, list)
            return _(
                "Not every party has signed: {names}. Record their signatures, or write a note "
                "saying why a party does not sign."
            ).format(names=", ".join(str(n) for n in names))
        case Problem.SIGNATURE_IN_FUTURE:
            return _("{name} signed after the date of this change.").format(name=p["name"])
        case Problem.NOT_YET_VALID:
            return _("The memorandum is valid only from {date}.").format(date=day("valid_from"))
        case Problem.ALREADY_ENDED:
            return _("The memorandum ended on {date}; extend its validity first.").format(
                date=day("valid_until")
            )
        case Problem.NO_END_DATE:
            return _("An open-ended memorandum does not expire; terminate it instead.")
        case Problem.NOT_ENDED:
            return _("The memorandum is valid until {date}; it has not expired yet.").format(
                date=day("valid_until")
            )
        case Problem.NEEDS_REASON:
            return _("Write in the note why the memorandum is terminated.")
        case Problem.BEFORE_LAST_CHANGE:
            return _("The date is before the last change of status ({date}).").format(
                date=day("last")
            )
    return str(finding.problem)  # pragma: no cover - every problem is worded above


def _creation_entry(m: Memorandum) -> MemorandumStatusChange | None:
    """The "draft" written when the record was made. Its date is the day someone typed the
    memorandum into the app, not a day in the memorandum's life: a memorandum signed years
    before the app was in use must still be recordable with its real dates."""
    # ids are time-ordered (UUID v7) and never tie, unlike a coarse clock's created_at
    history = sorted((h for h in m.history if h.deleted_at is None), key=lambda h: h.id or "~")
    if history and history[0].status == MemorandumStatus.DRAFT:
        return history[0]
    return None


def facts_of(m: Memorandum) -> MemorandumFacts:
    creation = _creation_entry(m)
    # the dates the user gave are ordered among themselves; the creation entry is not one
    history = [h for h in m.history if h.deleted_at is None and h is not creation]
    return MemorandumFacts(
        status=m.status,
        parties=[
            PartyFacts(
                p.organisation.short_name or p.organisation.name, p.signed_on, p.unsigned_note
            )
            for p in _live_parties(m)
        ],
        valid_from=m.valid_from,
        valid_until=m.valid_until,
        last_change_on=max((h.changed_on for h in history), default=None),
    )


# ---------------------------------------------------------------- saving the text


def _validate(data: MemorandumData) -> None:
    if not data.title.strip():
        raise UserError(_("Give the memorandum a title."))
    if data.valid_from and data.valid_until and data.valid_until < data.valid_from:
        raise UserError(_("The memorandum cannot end before it begins."))
    for party in data.parties:
        if not party.organisation_id and not party.organisation_name.strip():
            raise UserError(_("Choose an organisation for every party."))
        for c in party.commitments:
            if not c.description.strip():
                raise UserError(_("Describe every commitment, or remove the empty one."))
    for clause in data.clauses:
        if not clause.text.strip() and not clause.heading.strip():
            raise UserError(_("Clause texts cannot be empty; remove the empty clause."))


def _find_or_add_parties(uow: UnitOfWork, parties: Sequence[PartyData]) -> None:
    """A party typed by name that the directory does not have yet is added to the directory
    (in the same step as the memorandum, so both are saved or neither); then no organisation
    may be a party twice."""
    seen: set[str] = set()
    for party in parties:
        if not party.organisation_id:
            found = find_or_add_organisation(uow, party.organisation_name)
            if found is None:
                raise UserError(_("Choose an organisation for every party."))
            party.organisation_id = found
        if party.organisation_id in seen:
            raise UserError(
                _("{name} is a party twice.").format(name=party.organisation_name or "?")
            )
        seen.add(party.organisation_id)


def _locked_snapshot(
    title: str,
    ref: str,
    purpose: str,
    background: str,
    scope: str,
    clauses: Sequence[tuple[str, str]],
    parties: Sequence[tuple[str, ...]],
) -> tuple[object, ...]:
    return (
        title.strip(),
        ref.strip(),
        purpose.strip(),
        background.strip(),
        scope.strip(),
        tuple(clauses),
        tuple(parties),
    )


def _party_key(org: str, t: str, n: str, pos: str, wn: str, wp: str) -> tuple[str, ...]:
    return (org, t.strip(), n.strip(), pos.strip(), wn.strip(), wp.strip())


def _check_lock(m: Memorandum, data: MemorandumData) -> None:
    before = _locked_snapshot(
        m.title,
        m.reference_no,
        m.purpose,
        m.background,
        m.scope,
        [(c.heading.strip(), c.text.strip()) for c in m.clauses if c.deleted_at is None],
        [
            _party_key(
                p.organisation_id,
                p.signatory_title,
                p.signatory_name,
                p.signatory_position,
                p.witness_name,
                p.witness_position,
            )
            for p in _live_parties(m)
        ],
    )
    after = _locked_snapshot(
        data.title,
        data.reference_no,
        data.purpose,
        data.background,
        data.scope,
        [(c.heading.strip(), c.text.strip()) for c in data.clauses],
        [
            _party_key(
                p.organisation_id,
                p.signatory_title,
                p.signatory_name,
                p.signatory_position,
                p.witness_name,
                p.witness_position,
            )
            for p in data.parties
        ],
    )
    if before != after:
        raise UserError(
            _(
                "This memorandum is {status}: its text and parties are what was signed and can no "
                "longer change. Set its status back to “in review” to correct them."
            ).format(status=label(m.status))
        )
    old = {p.id: p for p in _live_parties(m)}
    for party in data.parties:
        was = old.get(party.id or "")
        # a late signature may be added; a recorded one is not taken away here
        if was is not None and was.signed_on is not None and party.signed_on != was.signed_on:
            raise UserError(
                _(
                    "The signature of {name} is part of a signed memorandum; set the status back "
                    "to “in review” to correct it."
                ).format(name=party.organisation_name)
            )


def save_memorandum(uow: UnitOfWork, data: MemorandumData, today: dt.date | None = None) -> str:
    """Create or update a memorandum with its clauses, parties and commitments; returns its id.
    A new memorandum starts as a draft, dated `today` in its history."""
    _validate(data)
    _find_or_add_parties(uow, data.parties)
    today = today or dt.date.today()
    s = uow.session
    if data.id is None:
        m = Memorandum(title=data.title.strip(), status=MemorandumStatus.DRAFT)
        s.add(m)
        m.history.append(MemorandumStatusChange(status=MemorandumStatus.DRAFT, changed_on=today))
    else:
        m = _get(uow, data.id)
        if text_locked(m.status):
            _check_lock(m, data)
    for party in data.parties:
        if party.signed_on is not None and party.signed_on > today:
            raise UserError(
                _("{name} cannot have signed on a day still to come.").format(
                    name=party.organisation_name
                )
            )
    m.title = data.title.strip()
    m.reference_no = data.reference_no.strip()
    m.purpose, m.background, m.scope = data.purpose, data.background, data.scope
    m.event_id = data.event_id or None
    m.signing_place = data.signing_place.strip()
    m.valid_from, m.valid_until = data.valid_from, data.valid_until
    s.flush()
    _sync_clauses(m, data.clauses)
    _sync_parties(uow, m, data.parties)
    signed = [p.signed_on for p in data.parties if p.signed_on]
    if text_locked(m.status) and signed:  # a late signature moves the date of signing
        m.signed_on = max(signed)
    s.flush()
    data.id = m.id
    return m.id


def _sync_clauses(m: Memorandum, clauses: Sequence[ClauseData]) -> None:
    existing = {c.id: c for c in m.clauses if c.deleted_at is None}
    keep: set[str] = set()
    rows: list[Clause] = []
    for data in clauses:
        row = existing.get(data.id or "")
        if row is None:
            row = Clause(heading=data.heading.strip(), text=data.text.strip(), position="")
            m.clauses.append(row)
        row.heading, row.text = data.heading.strip(), data.text.strip()
        rows.append(row)
        if row.id:
            keep.add(row.id)
    # a clause moved gets a key between its new neighbours; the others are not written
    for index, key in positions.placed([r.position for r in rows]).items():
        rows[index].position = key
    for cid, row in existing.items():
        if cid not in keep:
            row.soft_delete()


def _sync_parties(uow: UnitOfWork, m: Memorandum, parties: Sequence[PartyData]) -> None:
    s = uow.session
    existing = {p.id: p for p in _live_parties(m)}
    # every live commitment of the memorandum by id: one moved to another party keeps its row
    # (and the plan actions linked to it)
    commitments = {
        c.id: c
        for c in s.scalars(
            select(Commitment).where(
                Commitment.memorandum_id == m.id, Commitment.deleted_at.is_(None)
            )
        )
    }
    keep: set[str] = set()
    kept_commitments: set[str] = set()
    # the order keys of the parties as asked for: only a party moved (or new) gets a new one
    found = [existing.get(d.id or "") for d in parties]
    current = [row.position if row is not None else None for row in found]
    keys = {i: k for i, k in enumerate(current) if k is not None}
    keys.update(positions.placed(current))
    for pos, data in enumerate(parties):
        row = existing.get(data.id or "")
        if row is None or row.organisation_id != data.organisation_id:
            org = s.get(Organisation, data.organisation_id)
            if org is None or org.deleted_at is not None:
                raise UserError(_("An organisation chosen as a party no longer exists."))
            if row is None:
                row = Party(organisation=org)
                m.parties.append(row)
            else:
                row.organisation = org
        if row.position != keys[pos]:
            row.position = keys[pos]
        row.signatory_title = data.signatory_title.strip()
        row.signatory_name = " ".join(data.signatory_name.split())
        row.signatory_position = data.signatory_position.strip()
        row.witness_name = " ".join(data.witness_name.split())
        row.witness_position = data.witness_position.strip()
        row.signed_on = data.signed_on
        row.unsigned_note = data.unsigned_note.strip()
        s.flush()
        keep.add(row.id)
        data.id = row.id
        for item in data.commitments:
            c = commitments.get(item.id or "")
            if c is None:
                c = Commitment(memorandum_id=m.id, description=item.description.strip())
                row.commitments.append(c)
            elif c.party_id != row.id:
                c.party = row
            c.category = item.category.strip()
            c.description = item.description.strip()
            c.due_on = item.due_on
            c.state = CommitmentState(item.state)
            if c.id:
                kept_commitments.add(c.id)
    for cid, c in commitments.items():
        if cid not in kept_commitments:
            c.soft_delete()
    for pid, row in existing.items():
        if pid not in keep:
            row.soft_delete()


# ---------------------------------------------------------------- status and signatures


def change_status(
    uow: UnitOfWork, memorandum_id: str, target: str, on: dt.date, note: str = ""
) -> None:
    """Move the memorandum to `target` on date `on`, keeping the change in its history."""
    m = _get(uow, memorandum_id)
    wanted = MemorandumStatus(target)
    findings = check_transition(facts_of(m), wanted, on, note)
    if findings:
        raise UserError(" ".join(describe(f) for f in findings))
    creation = _creation_entry(m)
    if creation is not None and creation.changed_on > on:
        # it was a draft by then at the latest; the history reads in order (the row's
        # created_at still says when it was typed in)
        creation.changed_on = on
    m.status = wanted
    m.history.append(MemorandumStatusChange(status=wanted, changed_on=on, note=note.strip()))
    if wanted == MemorandumStatus.SIGNED:
        signed = [p.signed_on for p in _live_parties(m) if p.signed_on]
        m.signed_on = max(signed) if signed else on
    elif wanted in (MemorandumStatus.DRAFT, MemorandumStatus.IN_REVIEW):
        m.signed_on = None
    uow.session.flush()


def record_signature(
    uow: UnitOfWork,
    party_id: str,
    signed_on: dt.date | None,
    unsigned_note: str = "",
    today: dt.date | None = None,
) -> None:
    """Record that a party signed on `signed_on` (None: has not signed, with an optional note)."""
    party = uow.session.get(Party, party_id)
    if party is None or party.deleted_at is not None:
        raise NotFound(_("This party is no longer part of the memorandum."))
    m = party.memorandum
    name = party.organisation.short_name or party.organisation.name
    if signed_on is not None and signed_on > (today or dt.date.today()):
        raise UserError(_("{name} cannot have signed on a day still to come.").format(name=name))
    if text_locked(m.status) and party.signed_on is not None and signed_on != party.signed_on:
        raise UserError(
            _(
                "The signature of {name} is part of a signed memorandum; set the status back "
                "to “in review” to correct it."
            ).format(name=name)
        )
    if m.status == MemorandumStatus.TERMINATED:
        raise UserError(_("The memorandum is terminated; signatures can no longer be recorded."))
    party.signed_on = signed_on
    party.unsigned_note = unsigned_note.strip()
    uow.session.flush()


def set_commitment_state(uow: UnitOfWork, commitment_id: str, state: str) -> None:
    c = uow.session.get(Commitment, commitment_id)
    if c is None or c.deleted_at is not None:
        raise NotFound(_("This commitment no longer exists."))
    c.state = CommitmentState(state)
    uow.session.flush()


def delete_memorandum(uow: UnitOfWork, memorandum_id: str) -> None:
    """Soft-delete a memorandum that was never signed (a signed one is terminated instead)."""
    m = _get(uow, memorandum_id)
    if m.status not in (MemorandumStatus.DRAFT, MemorandumStatus.IN_REVIEW):
        raise UserError(
            _("A memorandum that was signed is kept as a record; terminate it instead.")
        )
    now = utcnow()
    m.deleted_at = now
    uow.session.flush()
