"""Signed requests between desks.

A request carries the asking desk's laptop card and an Ed25519 signature over
`method, path, SHA-256 of the body, time, nonce`. The endpoint refuses a request whose
signature fails, whose time is far from its own clock, whose nonce it has seen (a replay), or
whose desk is not trusted (unknown, another office's, revoked).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass

from organiser.sync.cards import CardError, Laptop, read_laptop, verify
from organiser.sync.keys import Keys

CARD = "X-Organiser-Card"
TIME = "X-Organiser-Time"
NONCE = "X-Organiser-Nonce"
SIGNATURE = "X-Organiser-Signature"
# a desk whose clock is further off than this is refused (its requests could be replayed later)
WINDOW_S = 15 * 60


def message(method: str, path: str, body: bytes, stamp: str, nonce: str) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return "\0".join(("organiser-request/1", method.upper(), path, digest, stamp, nonce)).encode()


def sign_headers(keys: Keys, card: Laptop, method: str, path: str, body: bytes) -> dict[str, str]:
    stamp = str(int(time.time()))
    nonce = secrets.token_hex(16)
    signature = keys.sign.sign(message(method, path, body, stamp, nonce))
    card_text = json.dumps(card.as_json(), separators=(",", ":")).encode("utf-8")
    return {
        CARD: base64.b64encode(card_text).decode("ascii"),
        TIME: stamp,
        NONCE: nonce,
        SIGNATURE: base64.b64encode(signature).decode("ascii"),
    }


class Refused(Exception):
    """A request refused; the message says why (for the log, never with personal data)."""


@dataclass
class Replays:
    """Nonces seen within the time window (a replayed request is refused)."""

    seen: dict[str, float]
    lock: threading.Lock

    @classmethod
    def new(cls) -> Replays:
        return cls({}, threading.Lock())

    def first_time(self, nonce: str, now: float) -> bool:
        with self.lock:
            if len(self.seen) > 10_000:
                self.seen = {n: t for n, t in self.seen.items() if now - t < 2 * WINDOW_S}
            if nonce in self.seen:
                return False
            self.seen[nonce] = now
            return True


def check(headers: dict[str, str], method: str, path: str, body: bytes, replays: Replays) -> Laptop:
    """The signing desk's card when the signature, time and nonce hold (trust is checked
    by the caller, against the database)."""
    try:
        card = read_laptop(json.loads(base64.b64decode(headers[CARD])))
        stamp, nonce = headers[TIME], headers[NONCE]
        signature = base64.b64decode(headers[SIGNATURE])
    except (KeyError, ValueError, CardError) as exc:
        raise Refused("unsigned or damaged request") from exc
    if not verify(card.sign_key, signature, message(method, path, body, stamp, nonce)):
        raise Refused(f"bad signature from {card.fingerprint}")
    now = time.time()
    try:
        skew = abs(now - int(stamp))
    except ValueError as exc:
        raise Refused("damaged time") from exc
    if skew > WINDOW_S:
        raise Refused(f"clock of {card.fingerprint} is {int(skew)} s off")
    if len(nonce) < 16 or not replays.first_time(nonce, now):
        raise Refused(f"replayed request from {card.fingerprint}")
    return card
