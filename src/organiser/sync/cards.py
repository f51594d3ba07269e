"""Key cards: what one copy hands another to be trusted (a JSON file, or its fingerprint read
aloud as words or scanned as a QR code).

A laptop card carries the laptop's public keys, signed by the laptop itself, and, when its
office has vouched for it, the office's signature. An office card (written by the laptop that
holds the office key) carries the office key and every laptop the office vouches for: trusting
it once trusts all of them, so fifteen offices need fourteen calls, not one per laptop.

The signatures cover the keys and the copy id only; names are what people call things, shown
but not signed (the person trusting a card may give it another name).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from organiser.core.i18n import _
from organiser.sync.keys import Keys, b64, fingerprint, fingerprint_words, unb64

FORMAT = "organiser-key-card/1"


class CardError(ValueError):
    """A key card that cannot be trusted; the message is one sentence for the user."""


def _identity_message(prefix: bytes, copy_id: str, sign_key: bytes, age: str) -> bytes:
    body = json.dumps(
        {"copy_id": copy_id, "sign_key": b64(sign_key), "age": age},
        sort_keys=True,
        separators=(",", ":"),
    )
    return prefix + body.encode("utf-8")


def self_message(copy_id: str, sign_key: bytes, age: str) -> bytes:
    return _identity_message(b"organiser-laptop/1\0", copy_id, sign_key, age)


def vouch_message(office_key: bytes, copy_id: str, sign_key: bytes, age: str) -> bytes:
    return _identity_message(b"organiser-vouch/1\0" + office_key, copy_id, sign_key, age)


def verify(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def vouch_for_self(keys: Keys) -> None:
    """The office's laptop vouches for itself with the office key it holds."""
    if keys.office is None or keys.office_public is None:
        return
    keys.office_key = keys.office_public
    keys.vouch = keys.office.sign(
        vouch_message(keys.office_key, keys.copy_id, keys.sign_public, keys.age_recipient)
    )


@dataclass(frozen=True)
class Laptop:
    """A laptop's public side, checked: its own signature holds; `vouch` is the signature of
    the office key `office_key`, checked too when present."""

    name: str
    office: str
    copy_id: str
    sign_key: bytes
    age: str
    self_sig: bytes
    office_key: bytes | None
    vouch: bytes | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "office": self.office,
            "copy_id": self.copy_id,
            "sign_key": b64(self.sign_key),
            "age": self.age,
            "self_sig": b64(self.self_sig),
            "office_key": b64(self.office_key) if self.office_key else None,
            "vouch": b64(self.vouch) if self.vouch else None,
        }


def laptop_of(keys: Keys, name: str, office: str) -> Laptop:
    return Laptop(
        name=name,
        office=office,
        copy_id=keys.copy_id,
        sign_key=keys.sign_public,
        age=keys.age_recipient,
        self_sig=keys.sign.sign(self_message(keys.copy_id, keys.sign_public, keys.age_recipient)),
        office_key=keys.office_key,
        vouch=keys.vouch,
    )


def read_laptop(data: object) -> Laptop:
    """A laptop from a card or a change file; CardError when its own signature fails (the
    vouch is checked by whoever relies on it)."""
    if not isinstance(data, dict):
        raise CardError(_("The key card is damaged."))
    try:
        laptop = Laptop(
            name=str(data.get("name") or ""),
            office=str(data.get("office") or ""),
            copy_id=str(data["copy_id"]),
            sign_key=unb64(data["sign_key"]),
            age=str(data["age"]),
            self_sig=unb64(data["self_sig"]),
            office_key=unb64(data["office_key"]) if data.get("office_key") else None,
            vouch=unb64(data["vouch"]) if data.get("vouch") else None,
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise CardError(_("The key card is damaged.")) from exc
    if len(laptop.sign_key) != 32 or not verify(
        laptop.sign_key, laptop.self_sig, self_message(laptop.copy_id, laptop.sign_key, laptop.age)
    ):
        raise CardError(_("The key card is damaged or was altered."))
    return laptop


def vouch_holds(laptop: Laptop, office_key: bytes) -> bool:
    return laptop.vouch is not None and verify(
        office_key,
        laptop.vouch,
        vouch_message(office_key, laptop.copy_id, laptop.sign_key, laptop.age),
    )


@dataclass(frozen=True)
class Card:
    kind: str  # "laptop" or "office"
    fingerprint: str
    name: str
    office: str
    laptop: Laptop | None  # a laptop card's laptop
    office_key: bytes | None  # an office card's key
    laptops: tuple[Laptop, ...]  # an office card's laptops, every vouch checked


def card_json(laptop: Laptop, office_key: bytes | None, vouched: list[Laptop]) -> dict[str, Any]:
    """An office card when `office_key` is given (this laptop holds the office key), else a
    laptop card."""
    if office_key is not None:
        return {
            "format": FORMAT,
            "kind": "office",
            "office": {"name": laptop.office, "sign_key": b64(office_key)},
            "fingerprint": fingerprint(office_key),
            "words": fingerprint_words(office_key, "en"),  # the file's format: English
            "laptops": [lt.as_json() for lt in [laptop, *vouched]],
        }
    return {
        "format": FORMAT,
        "kind": "laptop",
        "laptop": laptop.as_json(),
        "fingerprint": laptop.fingerprint,
        "words": fingerprint_words(laptop.sign_key, "en"),
    }


def read_card(text: str) -> Card:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise CardError(_("This is not a key card of Organiser.")) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CardError(_("This is not a key card of Organiser."))
    if data.get("kind") == "laptop":
        laptop = read_laptop(data.get("laptop"))
        return Card("laptop", laptop.fingerprint, laptop.name, laptop.office, laptop, None, ())
    if data.get("kind") == "office":
        office = data.get("office")
        try:
            assert isinstance(office, dict)
            key = unb64(office["sign_key"])
            assert len(key) == 32
        except (AssertionError, KeyError, ValueError) as exc:
            raise CardError(_("The key card is damaged.")) from exc
        laptops = tuple(read_laptop(item) for item in data.get("laptops") or [])
        if not all(lt.office_key == key and vouch_holds(lt, key) for lt in laptops):
            raise CardError(_("The key card is damaged or was altered."))
        name = str(office.get("name") or "")
        return Card("office", fingerprint(key), name, name, None, key, laptops)
    raise CardError(_("This is not a key card of Organiser."))
