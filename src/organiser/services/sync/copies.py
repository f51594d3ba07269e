"""This copy, its keys and whom it trusts: `organiser sync id | card | trust | untrust`."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.services import settings
from organiser.store.db import Store, UnitOfWork
from organiser.sync import clock, identity, trust
from organiser.sync.cards import CardError, Laptop, card_json, laptop_of, read_card
from organiser.sync.keys import (
    Keys,
    fingerprint,
    fingerprint_qr_svg,
    fingerprint_words,
    load_keys,
    save_keys,
)
from organiser.sync.merge import connection_of


def keys_of(store: Store, conn: sqlite3.Connection) -> Keys:
    """This copy's keys (made on first use, or anew for a copied or restored database)."""
    copy_id = identity.copy_id(conn)
    if copy_id is None:  # a database nothing was ever written to: its id comes now
        clock.tick(conn)
        copy_id = identity.copy_id(conn)
        assert copy_id is not None
    return load_keys(store.data_dir, copy_id)


def this_laptop(uow: UnitOfWork, keys: Keys) -> Laptop:
    name = settings.desk_name(uow)
    return laptop_of(keys, name, settings.office(uow).name)


@dataclass(frozen=True)
class TrustedCopy:
    fingerprint: str
    kind: str
    name: str
    office: str
    trusted: bool
    revoked_at: str | None
    last_sent_at: str | None
    last_received_at: str | None


@dataclass(frozen=True)
class CopyIdentity:
    name: str
    office: str
    copy_id: str
    fingerprint: str
    words: list[str]
    office_fingerprint: str | None
    office_words: list[str] | None
    holds_office_key: bool
    trusted: list[TrustedCopy]
    # the same fingerprints in English words, for an office that reads them in English
    words_en: tuple[str, ...] = ()
    office_words_en: tuple[str, ...] = ()


def copy_identity(store: Store) -> CopyIdentity:
    with store.writer() as uow:  # the first call makes the copy id (a write) and the keys
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        laptop = this_laptop(uow, keys)
        trusted = [
            TrustedCopy(
                t.fingerprint,
                t.kind,
                t.name,
                t.office,
                (t.kind == "office" and t.by_hand and t.revoked_at is None)
                or trust.is_trusted(conn, t, keys),
                t.revoked_at,
                t.last_sent_at,
                t.last_received_at,
            )
            for t in trust.everyone(conn)
        ]
        uow.commit()
    office_key = keys.office_key
    return CopyIdentity(
        name=laptop.name,
        office=laptop.office,
        copy_id=keys.copy_id,
        fingerprint=keys.fingerprint,
        words=fingerprint_words(keys.sign_public),
        office_fingerprint=fingerprint(office_key) if office_key else None,
        office_words=fingerprint_words(office_key) if office_key else None,
        holds_office_key=keys.office is not None,
        trusted=trusted,
        words_en=tuple(fingerprint_words(keys.sign_public, "en")),
        office_words_en=tuple(fingerprint_words(office_key, "en")) if office_key else (),
    )


def write_card(store: Store, path: Path) -> tuple[str, list[str]]:
    """This copy's key card (an office card on the laptop holding the office key), and its
    fingerprint as a QR code beside it (`FILE.svg`). Returns the card's fingerprint and words."""
    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        laptop = this_laptop(uow, keys)
        data = card_json(laptop, keys.office_public, trust.vouched_by_us(conn, keys))
        uow.commit()
    text = json.dumps(data, ensure_ascii=False, indent=1)
    tmp = path.with_name(path.name + ".partial")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)
    path.with_name(path.name + ".svg").write_text(
        fingerprint_qr_svg(str(data["fingerprint"]), list(data["words"])), encoding="utf-8"
    )  # the card and its QR code keep the English words: a format, not a reading
    key = keys.office_public if keys.office_public is not None else keys.sign_public
    return str(data["fingerprint"]), fingerprint_words(key)


@dataclass(frozen=True)
class TrustResult:
    fingerprint: str
    words: list[str]
    kind: str
    name: str
    office: str
    laptops: int
    joined_office: bool


def trust_card(store: Store, path: Path, name: str | None = None) -> TrustResult:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(_("{name} is not a key card of Organiser.").format(name=path.name)) from exc
    try:
        card = read_card(text)
    except CardError as exc:
        raise UserError(str(exc)) from exc
    joined = False
    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        laptops = trust.trust_card(conn, card, keys, name, settings.office(uow).name)
        for laptop in laptops:  # our own office's card vouching for this laptop: we join it
            if laptop.sign_key == keys.sign_public and laptop.vouch and laptop.office_key:
                keys.vouch, keys.office_key = laptop.vouch, laptop.office_key
                if keys.office is not None and keys.office_public != laptop.office_key:
                    keys.office = None  # the office key this laptop made unused is dropped
                save_keys(store.data_dir, keys)
                joined = True
        uow.commit()
    return TrustResult(
        card.fingerprint,
        fingerprint_words(card.office_key or (card.laptop.sign_key if card.laptop else b"")),
        card.kind,
        name or card.name,
        card.office,
        len(laptops),
        joined,
    )


def untrust(store: Store, fpr: str) -> TrustedCopy:
    with store.writer() as uow:
        found = trust.untrust(connection_of(uow), fpr)
        uow.commit()
    return TrustedCopy(found.fingerprint, found.kind, found.name, found.office, False,
                       "now", found.last_sent_at, found.last_received_at)  # fmt: skip
