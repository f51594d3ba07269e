"""What the Sync place shows in one read: this copy and whom it trusts, how many changes made
or held here a trusted copy still lacks, the conflicts waiting (each with the record it is in),
and the attachments awaited."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.services import settings
from organiser.services.sync import attachments, conflicts, copies
from organiser.services.sync import held as held_back_changes
from organiser.services.sync.conflict_values import can_be_typed, record_label, value_shown
from organiser.store.db import Store
from organiser.sync import clock, trust
from organiser.sync.cards import CardError, read_card
from organiser.sync.keys import Keys, fingerprint_words
from organiser.sync.merge import connection_of


@dataclass(frozen=True)
class ConflictShown:
    conflict: conflicts.FieldConflict
    record: str  # the person's name, the organisation's, the memorandum's title…
    # each value as the form shows it (`0822222222` as `082-222-2222`, an id as a name…)
    texts: tuple[str, ...] = ()
    can_type: bool = True  # another value may be typed (not for a field pointing to a record)


@dataclass(frozen=True)
class Awaited:
    sha256: str
    name: str
    size: int


@dataclass(frozen=True)
class SyncOverview:
    identity: copies.CopyIdentity
    not_yet_sent: int
    conflicts: list[ConflictShown]
    awaited: list[Awaited]
    attachment_limit_mb: float  # signed scans up to this size travel inside a change file
    held: list[held_back_changes.HeldRow]  # dated more than a day ahead: waiting for a person
    # this laptop's own changes dated far ahead (its date was wrong when they were made)
    made_ahead: str = ""
    # the copies a change file can be sealed to: trusted by hand, or vouched for by a trusted
    # office (desks paired at the venue join the office of the desk they paired with)
    recipients: int = 0


def not_yet_sent(conn: sqlite3.Connection, keys: Keys) -> int:
    """Changes held here that at least one trusted copy lacks, as far as this copy last heard
    from each (what the next change file to all of them would carry)."""
    recipients = trust.trusted_laptops(conn, keys)
    if not recipients:
        return 0
    total = 0
    for origin, top in conn.execute("SELECT origin, stamp FROM sync_held").fetchall():
        after = min(r.holds.get(str(origin), "") for r in recipients)
        if after >= str(top):
            continue
        row = conn.execute(
            "SELECT count(*) FROM sync_change WHERE stamp > ? AND substr(stamp, ?) = ?",
            (after, clock.HLC_DIGITS + 1, str(origin)),
        ).fetchone()
        total += int(row[0])
    return total


def sync_overview(store: Store) -> SyncOverview:
    identity = copies.copy_identity(store)  # first: it makes this copy's id and keys if new
    with store.reader() as uow:
        conn = connection_of(uow)
        keys = copies.keys_of(store, conn)
        unsent = not_yet_sent(conn, keys)
        shown = [
            ConflictShown(
                c,
                record_label(conn, c.table, c.row_id),
                tuple(value_shown(conn, c.table, c.field, v.value) for v in c.values),
                can_be_typed(c.table, c.field),
            )
            for c in conflicts.list_conflicts(uow)
        ]
        waiting = [Awaited(*a) for a in attachments.awaited(uow)]
        limit = attachments.limit_bytes(uow) / 1_000_000
        ahead = held_back_changes.made_ahead_sentence(clock.own_ahead(conn))
        recipients = len(trust.trusted_laptops(conn, keys))
    return SyncOverview(
        identity, unsent, shown, waiting, limit, held_back_changes.held_back(store), ahead,
        recipients,
    )  # fmt: skip


def set_attachment_limit(store: Store, mb: float) -> None:
    """The size up to which signed scans travel inside change files (this laptop's setting)."""
    with store.writer() as uow:
        settings.put(uow, attachments.MAX_ATTACHMENT_MB, f"{max(mb, 0.0):g}")
        uow.commit()


@dataclass(frozen=True)
class CardShown:
    """A key card as read before it is trusted: what a person compares aloud."""

    kind: str  # "laptop" or "office"
    name: str
    office: str
    fingerprint: str
    words: list[str]
    laptops: int
    words_en: tuple[str, ...] = ()  # the same fingerprint in English words


def read_key_card(path: Path) -> CardShown:
    """Read a key card without trusting it (the same checks as trusting it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(_("{name} is not a key card of Organiser.").format(name=path.name)) from exc
    try:
        card = read_card(text)
    except CardError as exc:
        raise UserError(str(exc)) from exc
    key = card.office_key or (card.laptop.sign_key if card.laptop else b"")
    return CardShown(
        card.kind, card.name, card.office, card.fingerprint, fingerprint_words(key),
        len(card.laptops), tuple(fingerprint_words(key, "en")),
    )  # fmt: skip


def conflicted_fields(store: Store, table: str, row_id: str) -> list[str]:
    """The columns of one record in conflict (the forms mark them)."""
    if not row_id:
        return []
    with store.reader() as uow:
        return [
            str(r[0])
            for r in connection_of(uow).execute(
                "SELECT DISTINCT col FROM sync_conflict WHERE tbl = ? AND row_id = ? ORDER BY col",
                (table, row_id),
            )
        ]
