"""Whom this copy trusts (the local table `sync_trust`).

A laptop is trusted when it was trusted by hand (its card, its fingerprint checked aloud), or
when an office trusted by hand vouches for it; never once it (or that office) is revoked.
Nothing is sealed to a laptop that is not trusted, and nothing signed by one is taken in.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.sync.cards import Card, Laptop, vouch_holds
from organiser.sync.keys import Keys, fingerprint, normalise_fingerprint


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Trusted:
    fingerprint: str
    kind: str
    name: str
    office: str
    copy_id: str | None
    sign_key: bytes
    age_recipient: str | None
    office_fpr: str | None
    by_hand: bool
    revoked_at: str | None
    last_sent_at: str | None
    last_received_at: str | None
    holds: dict[str, str]


_COLUMNS = (
    "fingerprint, kind, name, office, copy_id, sign_key, age_recipient, office_fpr, trusted, "
    "revoked_at, last_sent_at, last_received_at, holds"
)


def _row(r: tuple[object, ...]) -> Trusted:
    holds = json.loads(str(r[12])) if r[12] else {}
    return Trusted(
        str(r[0]), str(r[1]), str(r[2]), str(r[3]), None if r[4] is None else str(r[4]),
        bytes(r[5]),  # type: ignore[call-overload]
        None if r[6] is None else str(r[6]), None if r[7] is None else str(r[7]), bool(r[8]),
        None if r[9] is None else str(r[9]), None if r[10] is None else str(r[10]),
        None if r[11] is None else str(r[11]), holds,
    )  # fmt: skip


def everyone(conn: sqlite3.Connection) -> list[Trusted]:
    return [
        _row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM sync_trust ORDER BY kind DESC, name")
    ]


def find(conn: sqlite3.Connection, fpr: str) -> Trusted | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM sync_trust WHERE fingerprint = ?", (fpr,)).fetchone()
    return _row(r) if r else None


def _trusted_offices(conn: sqlite3.Connection) -> set[str]:
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT fingerprint FROM sync_trust WHERE kind = 'office' AND trusted = 1 "
            "AND revoked_at IS NULL"
        )
    }


def is_trusted(conn: sqlite3.Connection, t: Trusted, keys: Keys | None = None) -> bool:
    if t.kind != "laptop" or t.revoked_at is not None:
        return False
    if t.by_hand:
        return True
    offices = _trusted_offices(conn)
    if keys is not None:  # our own office vouches for its laptops
        offices |= {fingerprint(k) for k in (keys.office_public, keys.office_key) if k}
    return t.office_fpr in offices


def trusted_laptops(conn: sqlite3.Connection, keys: Keys) -> list[Trusted]:
    return [
        t
        for t in everyone(conn)
        if is_trusted(conn, t, keys) and t.copy_id != keys.copy_id and t.age_recipient
    ]


def signer_state(
    conn: sqlite3.Connection, laptop: Laptop, keys: Keys, remember: bool = False
) -> str:
    """ "trusted", "revoked" or "unknown" for a laptop met in a file or a card (its own
    signature already checked); a vouch by a trusted office makes it trusted, and with
    `remember` known here from then on (a recipient of the next file)."""
    found = find(conn, laptop.fingerprint)
    office_fpr = fingerprint(laptop.office_key) if laptop.office_key else None
    if found is not None and found.revoked_at is not None:
        return "revoked"
    if office_fpr is not None:
        office = find(conn, office_fpr)
        if office is not None and office.revoked_at is not None:
            return "revoked"
    if found is not None and is_trusted(conn, found, keys):
        return "trusted"
    if laptop.office_key is not None and vouch_holds(laptop, laptop.office_key):
        # our own office vouches for its laptops (this copy's earlier keys among them)
        ours = laptop.office_key in (keys.office_public, keys.office_key)
        if ours or office_fpr in _trusted_offices(conn):
            if remember:
                _remember(conn, laptop, by_hand=False, name=None)
            return "trusted"
    return "unknown"


def _remember(conn: sqlite3.Connection, laptop: Laptop, by_hand: bool, name: str | None) -> None:
    vouched = laptop.office_key is not None and vouch_holds(laptop, laptop.office_key)
    office_fpr = fingerprint(laptop.office_key) if vouched and laptop.office_key else None
    conn.execute(
        """INSERT INTO sync_trust (fingerprint, kind, name, office, copy_id, sign_key,
            age_recipient, self_sig, office_fpr, vouch, trusted, added_at)
        VALUES (?, 'laptop', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (fingerprint) DO UPDATE SET
            name = CASE WHEN ? THEN excluded.name ELSE sync_trust.name END,
            office = excluded.office,
            office_fpr = coalesce(excluded.office_fpr, sync_trust.office_fpr),
            vouch = coalesce(excluded.vouch, sync_trust.vouch),
            trusted = max(sync_trust.trusted, excluded.trusted),
            revoked_at = CASE WHEN excluded.trusted = 1 THEN NULL ELSE sync_trust.revoked_at END""",
        (
            laptop.fingerprint, name or laptop.name, laptop.office, laptop.copy_id,
            laptop.sign_key, laptop.age, laptop.self_sig, office_fpr, laptop.vouch if vouched else None,
            int(by_hand), now_text(), name is not None,
        ),
    )  # fmt: skip


def vouch(conn: sqlite3.Connection, laptop: Laptop, keys: Keys) -> Laptop:
    """This office's laptop vouches for another laptop of the office (trusted here by hand)."""
    from organiser.sync.cards import vouch_message

    assert keys.office is not None and keys.office_public is not None
    signature = keys.office.sign(
        vouch_message(keys.office_public, laptop.copy_id, laptop.sign_key, laptop.age)
    )
    return Laptop(
        laptop.name, laptop.office, laptop.copy_id, laptop.sign_key, laptop.age,
        laptop.self_sig, keys.office_public, signature,
    )  # fmt: skip


def trust_card(
    conn: sqlite3.Connection, card: Card, keys: Keys, name: str | None, own_office: str
) -> list[Laptop]:
    """Trust a card by hand; returns the laptops it made trusted. A laptop of this office
    (same office name, no other office's vouch) is vouched for when this laptop holds the
    office key."""
    if card.kind == "office":
        assert card.office_key is not None
        if keys.office_public == card.office_key:
            raise UserError(_("This is this office's own key card."))
        if (
            keys.office is not None
            and own_office
            and card.name == own_office
            and len(card.laptops) == 1
        ):
            # every new copy starts as the first laptop of an office; a new laptop of this
            # very office (same name, vouching for nobody but itself) joins it instead
            joining = card.laptops[0]
            laptop = vouch(conn, joining, keys)
            _remember(conn, laptop, by_hand=True, name=name)
            return [laptop]
        conn.execute(
            """INSERT INTO sync_trust (fingerprint, kind, name, office, sign_key, trusted,
                added_at) VALUES (?, 'office', ?, ?, ?, 1, ?)
            ON CONFLICT (fingerprint) DO UPDATE SET trusted = 1, revoked_at = NULL,
                name = excluded.name""",
            (card.fingerprint, name or card.name, card.office, card.office_key, now_text()),
        )
        for listed in card.laptops:
            if listed.copy_id != keys.copy_id:
                _remember(conn, listed, by_hand=False, name=None)
        return list(card.laptops)
    assert card.laptop is not None
    laptop = card.laptop
    if laptop.sign_key == keys.sign_public:
        raise UserError(_("This is this copy's own key card."))
    same_office = bool(own_office) and laptop.office == own_office
    if keys.office is not None and same_office and laptop.office_key in (None, keys.office_public):
        laptop = vouch(conn, laptop, keys)
    _remember(conn, laptop, by_hand=True, name=name)
    return [laptop]


def vouched_by_us(conn: sqlite3.Connection, keys: Keys) -> list[Laptop]:
    """The laptops this office vouches for (for its office card)."""
    if keys.office_public is None:
        return []
    office_fpr = fingerprint(keys.office_public)
    out = []
    for name, office, copy_id, sign_key, age, self_sig, vouch_sig in conn.execute(
        "SELECT name, office, copy_id, sign_key, age_recipient, self_sig, vouch FROM sync_trust "
        "WHERE kind = 'laptop' AND office_fpr = ? AND revoked_at IS NULL AND vouch IS NOT NULL",
        (office_fpr,),
    ):
        out.append(
            Laptop(
                str(name),
                str(office),
                str(copy_id),
                bytes(sign_key),
                str(age),
                bytes(self_sig),
                keys.office_public,
                bytes(vouch_sig),
            )
        )
    return out


def untrust(conn: sqlite3.Connection, fpr_text: str) -> Trusted:
    fpr = normalise_fingerprint(fpr_text)
    found = find(conn, fpr)
    if found is None:
        raise UserError(
            _("No trusted copy or office has the fingerprint {fpr}.").format(fpr=fpr_text)
        )
    conn.execute(
        "UPDATE sync_trust SET revoked_at = coalesce(revoked_at, ?) WHERE fingerprint = ?",
        (now_text(), fpr),
    )
    return found
