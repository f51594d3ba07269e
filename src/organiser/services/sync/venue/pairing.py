"""Pairing at the venue: a six-digit code, good for ten minutes and for any number of desks.

The joining desk and the open desk run SPAKE2 with the code (as magic-wormhole does): both get
the same key only when both used the same code, and a listener learns nothing it could test
guesses against. Over that key (ChaCha20-Poly1305) the joining desk sends its laptop card, and
the open desk answers with its office card vouching for the new desk (and every desk the
office vouches for), so that all desks trust each other without further pairing. Every wrong
code is counted; the fifth closes pairing until a person opens it again.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from spake2 import SPAKE2_A, SPAKE2_B

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.services import settings
from organiser.services.sync.copies import keys_of, this_laptop
from organiser.store.db import Store
from organiser.sync import trust
from organiser.sync.cards import CardError, Laptop, card_json, read_card, read_laptop
from organiser.sync.keys import save_keys
from organiser.sync.merge import connection_of

OPEN_FOR_S = 10 * 60
WRONG_CODES = 5
_ID_JOIN, _ID_DESK = b"organiser-join", b"organiser-desk"


def new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def _box(key: bytes, data: dict[str, Any], label: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, json.dumps(data).encode("utf-8"), label)
    return {"nonce": base64.b64encode(nonce).decode(), "box": base64.b64encode(sealed).decode()}


def _unbox(key: bytes, data: dict[str, Any], label: bytes) -> dict[str, Any]:
    """Raises InvalidTag when the key differs (the codes differed)."""
    plain = ChaCha20Poly1305(key).decrypt(
        base64.b64decode(str(data["nonce"])), base64.b64decode(str(data["box"])), label
    )
    found = json.loads(plain)
    if not isinstance(found, dict):
        raise ValueError("not an object")
    return found


@dataclass
class Door:
    """Pairing open on this desk ("Add a desk"); `admit(card)` trusts a new desk and returns
    what it is told (see `welcome`)."""

    admit: Callable[[Laptop], dict[str, Any]]
    code: str = field(default_factory=new_code)
    opened: float = field(default_factory=time.monotonic)
    wrong: int = 0
    closed: bool = False
    _sessions: dict[str, bytes] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def is_open(self) -> bool:
        return not self.closed and time.monotonic() - self.opened < OPEN_FOR_S

    def close(self) -> None:
        self.closed = True

    def handle(self, path: str, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if path == "/pair/start":
            with self._lock:
                if len(self._sessions) > 20:  # unanswered starts are dropped, oldest first
                    self._sessions.pop(next(iter(self._sessions)))
            spake = SPAKE2_B(self.code.encode(), idA=_ID_JOIN, idB=_ID_DESK)
            outbound = spake.start()
            try:
                key = spake.finish(base64.b64decode(str(request["msg"])))
            except Exception:  # spake2 raises its own errors for a malformed message
                return 400, {"error": "damaged"}
            session = secrets.token_hex(16)
            with self._lock:
                self._sessions[session] = key
            return 200, {"session": session, "msg": base64.b64encode(outbound).decode()}
        if path == "/pair/finish":
            with self._lock:
                key = self._sessions.pop(str(request.get("session")), None)
                if key is None:
                    return 400, {"error": "no such pairing"}
                try:
                    card = read_laptop(_unbox(key, request, b"join"))
                except (CardError, ValueError, KeyError):
                    return 400, {"error": "damaged card"}
                except InvalidTag:
                    self.wrong += 1  # one guess per SPAKE2 run: the code was wrong
                    if self.wrong >= WRONG_CODES:
                        self.close()
                    return 403, {"error": "wrong code", "left": max(0, WRONG_CODES - self.wrong)}
            return 200, _box(key, self.admit(card), b"welcome")
        return 404, {"error": "not found"}


def welcome(store: Store, card: Laptop, addresses: list[dict[str, str]]) -> dict[str, Any]:
    """The open desk trusts the joining one (the code vouched for it), vouches for it with
    the office key when this laptop holds it, and answers with its card."""
    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        laptop = trust.vouch(conn, card, keys) if keys.office is not None else card
        trust._remember(conn, laptop, by_hand=True, name=None)
        me = this_laptop(uow, keys)
        given = card_json(me, keys.office_public, trust.vouched_by_us(conn, keys))
        uow.commit()
    return {"card": given, "desk": me.as_json(), "peers": addresses}


@dataclass(frozen=True)
class Joined:
    name: str
    fingerprint: str
    peers: list[dict[str, str]]


def take_welcome(store: Store, answer: dict[str, Any]) -> Joined:
    """The joining desk trusts the open desk's card (the code authenticated it) and, when the
    card is its office's vouching for this laptop, joins that office."""
    try:
        card = read_card(json.dumps(answer["card"]))
    except (CardError, KeyError) as exc:
        raise UserError(_("The other desk's answer was damaged; pair again.")) from exc
    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        laptops = trust.trust_card(conn, card, keys, None, settings.office(uow).name)
        for laptop in laptops:
            if laptop.sign_key == keys.sign_public and laptop.vouch and laptop.office_key:
                keys.vouch, keys.office_key = laptop.vouch, laptop.office_key
                if keys.office is not None and keys.office_public != laptop.office_key:
                    keys.office = None  # this desk belongs to the open desk's office now
                save_keys(store.data_dir, keys)
        if card.office and not settings.office(uow).name:
            settings.put(uow, settings.OFFICE_NAME, card.office)
        uow.commit()
    listed = answer.get("peers")
    try:
        desk = read_laptop(answer.get("desk"))
    except CardError:
        desk = None
    name, fpr = (desk.name, desk.fingerprint) if desk else (card.name, card.fingerprint)
    return Joined(name, fpr, listed if isinstance(listed, list) else [])


def my_card(store: Store) -> Laptop:
    with store.writer() as uow:
        conn = connection_of(uow)
        me = this_laptop(uow, keys_of(store, conn))
        uow.commit()
    return me


def client_start(code: str) -> tuple[Any, dict[str, str]]:
    spake = SPAKE2_A(code.encode(), idA=_ID_JOIN, idB=_ID_DESK)
    return spake, {"msg": base64.b64encode(spake.start()).decode()}


def client_finish(spake: Any, answer: dict[str, Any], card: Laptop) -> tuple[bytes, dict[str, str]]:
    key = spake.finish(base64.b64decode(str(answer["msg"])))
    return key, dict(_box(key, card.as_json(), b"join"), session=str(answer["session"]))


def client_open(key: bytes, answer: dict[str, Any]) -> dict[str, Any]:
    try:
        return _unbox(key, answer, b"welcome")
    except (InvalidTag, KeyError, ValueError) as exc:
        raise UserError(_("The other desk's answer was damaged; pair again.")) from exc
