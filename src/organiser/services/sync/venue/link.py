"""This desk asking the others: long-polling each known desk, exchanging once (`sync now`),
pairing with a desk that shows a code, and leaving (`sync leave --erase`)."""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.services.sync.copies import keys_of
from organiser.services.sync.venue import answers, pairing, peers, signing
from organiser.services.sync.venue.server import (
    HOLDS_HEADER,
    LONGEST_WAIT_S,
    PEERS_HEADER,
    Watcher,
)
from organiser.store.db import Store
from organiser.sync import trust
from organiser.sync.cards import CardError, Laptop, read_laptop
from organiser.sync.merge import connection_of

log = logging.getLogger("organiser.venue")


class Unreachable(Exception):
    """The other desk did not answer (network down, desk closed)."""


def split_address(address: str) -> tuple[str, int]:
    host, _sep, port = address.rpartition(":")
    try:
        return (host.strip("[]") or "127.0.0.1"), int(port)
    except ValueError as exc:
        raise UserError(
            _("{address} is not an address: write it as HOST:PORT.").format(address=address)
        ) from exc


Opened = Callable[[http.client.HTTPConnection | None], None]


def _call(address: str, method: str, path: str, body: bytes = b"",
          headers: dict[str, str] | None = None, timeout: float = 10.0,
          opened: Opened | None = None) -> tuple[int, dict[str, str], bytes]:  # fmt: skip
    host, port = split_address(address)
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    if opened is not None:
        opened(conn)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        got = conn.getresponse()
        return got.status, {k: v for k, v in got.getheaders()}, got.read()
    except OSError as exc:
        raise Unreachable(str(exc)) from exc
    finally:
        if opened is not None:
            opened(None)
        conn.close()


def _keys_and_card(store: Store) -> tuple[Any, Laptop]:
    card = pairing.my_card(store)
    with store.reader() as uow:
        keys = keys_of(store, connection_of(uow))
    return keys, card


def _signed(store: Store, address: str, path: str, body: bytes, timeout: float,
            opened: Opened | None = None) -> tuple[int, dict[str, str], bytes]:  # fmt: skip
    keys, card = _keys_and_card(store)
    headers = signing.sign_headers(keys, card, "POST", path, body)
    return _call(address, "POST", path, body, headers, timeout, opened)


@dataclass
class Pulled:
    changes: int  # new changes taken in
    their_holds: dict[str, str] | None


def pull(store: Store, address: str, wait: float = 0.0, mine: str | None = None,
         opened: Opened | None = None, tell_behind: bool = False) -> Pulled:  # fmt: skip
    """Ask a desk for what this desk lacks (waiting up to `wait` s for news) and take it in.
    With `tell_behind`, a desk lacking this desk's news answers at once (then push)."""
    body = json.dumps({"holds": answers.holds(store), "address": mine, "wait": wait,
                       "tell_behind": tell_behind}).encode()  # fmt: skip
    status, headers, data = _signed(store, address, "/changes", body, wait + 15, opened)
    if status == 403:
        raise UserError(_("The desk at {address} refused this desk: pair with it first.")
                        .format(address=address))  # fmt: skip
    for item in _listed(headers.get(PEERS_HEADER)):
        if item.get("address") and item.get("fingerprint") and item.get("address") != mine:
            known = peers.load(store.data_dir).get(str(item["fingerprint"]))
            if known is None or not known.address:
                peers.note(store.data_dir, str(item["fingerprint"]), name=str(item.get("name")),
                           address=str(item["address"]), contact=False)  # fmt: skip
    if status not in (200, 204):
        raise Unreachable(f"{address} answered {status}")
    try:
        loaded = json.loads(headers.get(HOLDS_HEADER) or "{}")
        theirs = {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
    except ValueError:
        theirs = {}
    if status == 204:
        return Pulled(0, theirs)
    result = answers.take_in(store, data)
    peers.note(store.data_dir, result.sender_fingerprint, name=result.sender, address=address,
               holds=theirs)  # fmt: skip
    return Pulled(result.new_changes, theirs)


def _own_fingerprint(store: Store) -> str:
    with store.reader() as uow:
        return keys_of(store, connection_of(uow)).fingerprint


def _listed(text: str | None) -> list[dict[str, Any]]:
    if not text:
        return []
    try:
        found = json.loads(base64.b64decode(text))
    except ValueError:
        return []
    return [i for i in found if isinstance(i, dict)] if isinstance(found, list) else []


def hello(address: str) -> dict[str, Any]:
    status, _h, data = _call(address, "GET", "/hello", timeout=5)
    if status != 200:
        raise Unreachable(f"{address} answered {status}")
    found = json.loads(data)
    return found if isinstance(found, dict) else {}


def push(store: Store, address: str, theirs: dict[str, str] | None = None) -> dict[str, str]:
    """Send a desk what it lacks (`theirs`: what it holds, else what it last said); returns
    what it holds after."""
    try:
        desk = read_laptop(hello(address).get("card"))
    except CardError as exc:
        raise Unreachable(f"{address} has no card") from exc
    with store.reader() as uow:
        conn = connection_of(uow)
        state = trust.signer_state(conn, desk, keys_of(store, conn), remember=False)
    if state != "trusted":  # nothing personal is sealed to a desk not trusted here
        raise UserError(_("The desk at {address} is not trusted here: pair with it first.")
                        .format(address=address))  # fmt: skip
    if theirs is None:
        known = peers.load(store.data_dir).get(desk.fingerprint)
        theirs = known.holds if known else {}
    found = answers.changes_for(store, desk, theirs)
    if found is None:
        return theirs
    status, _h, data = _signed(store, address, "/push", found[0], 60)
    if status != 200:
        raise UserError(_("The desk at {address} refused this desk's changes.")
                        .format(address=address))  # fmt: skip
    holds = {str(k): str(v) for k, v in (json.loads(data).get("holds") or {}).items()}
    peers.note(store.data_dir, desk.fingerprint, name=desk.name, address=address, holds=holds)
    return holds


@dataclass(frozen=True)
class Exchanged:
    address: str
    name: str
    received: int
    answered: bool


def exchange_once(store: Store, mine: str | None = None) -> list[Exchanged]:
    """`sync now`: pull from and push to every known desk that answers."""
    out = []
    for peer in peers.load(store.data_dir).values():
        if not peer.address:
            continue
        try:
            got = pull(store, peer.address, 0, mine)
            push(store, peer.address, got.their_holds)
        except Unreachable:
            out.append(Exchanged(peer.address, peer.name, 0, False))
            continue
        out.append(Exchanged(peer.address, peer.name, got.changes, True))
    return out


def join(store: Store, address: str, code: str,
         paired: Callable[[pairing.Joined], None] | None = None) -> tuple[pairing.Joined, int]:  # fmt: skip
    """`sync pair CODE --host HOST:PORT`: pair with the desk showing CODE, then take in a
    full copy of what it holds (`paired(desk)` is told in between: "Join a desk" says that
    the code was right while the copy comes). Returns the desk joined and the changes received."""
    code = code.strip().replace(" ", "")
    if not (len(code) == 6 and code.isdigit()):
        raise UserError(_("A pairing code has six digits."))
    card = pairing.my_card(store)
    spake, first = pairing.client_start(code)
    status, _h, data = _call(address, "POST", "/pair/start", json.dumps(first).encode())
    if status == 403:
        raise UserError(_("Pairing is not open on the desk at {address}: choose Add a desk "
                          "there first.").format(address=address))  # fmt: skip
    key, second = pairing.client_finish(spake, json.loads(data), card)
    status, _h, data = _call(address, "POST", "/pair/finish", json.dumps(second).encode())
    if status == 403:
        raise UserError(_("The code is wrong, or pairing has closed on the other desk."))
    if status != 200:
        raise UserError(_("The desk at {address} could not pair.").format(address=address))
    joined = pairing.take_welcome(store, pairing.client_open(key, json.loads(data)))
    for item in joined.peers:
        if item.get("fingerprint") and item.get("address"):
            peers.note(store.data_dir, str(item["fingerprint"]), name=str(item.get("name")),
                       address=str(item["address"]), contact=False)  # fmt: skip
    if paired is not None:
        paired(joined)
    got = pull(store, address)
    peers.note(store.data_dir, joined.fingerprint, name=joined.name, address=address,
               holds=got.their_holds)  # fmt: skip
    return joined, got.changes


PUSH_GRACE_S = 1.5  # longer than another desk takes to fetch news itself, under load


@dataclass
class _Pushing:
    """When to tell another desk of news it does not fetch itself: after a push that did not
    help (changes it cannot take yet, such as ones dated far ahead), wait longer each time."""

    quiet_until: float = 0.0
    backoff: float = 5.0

    def may_ask(self) -> bool:
        return time.monotonic() >= self.quiet_until

    def done(self, helped: bool) -> None:
        if helped:
            self.backoff, self.quiet_until = 5.0, 0.0
        else:
            self.quiet_until = time.monotonic() + self.backoff
            self.backoff = min(self.backoff * 2, 300.0)


class Link:
    """Long-polls every known desk in its own thread while the endpoint runs; news of a new
    desk (from the peers file, or learnt from an answer) starts its thread."""

    def __init__(self, store: Store, mine: str, watcher: Watcher,
                 on_event: Callable[[dict[str, Any]], None] | None = None) -> None:  # fmt: skip
        self.store, self.mine, self.watcher = store, mine, watcher
        self.on_event = on_event or (lambda e: None)
        self._stop = threading.Event()
        self._threads: dict[str, threading.Thread] = {}
        self.unreachable_since: dict[str, str] = {}
        self._waiting: dict[str, http.client.HTTPConnection] = {}
        self._renewed: set[str] = set()
        self._asked_at: dict[str, int] = {}  # the watcher's version when each request was made
        self._lock = threading.Lock()
        self._scout = threading.Thread(target=self._watch_peers, name="venue-peers", daemon=True)
        self._renewer = threading.Thread(target=self._renew, name="venue-renew", daemon=True)

    def start(self) -> Link:
        self._scout.start()
        self._renewer.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._scout.join(timeout=5)
        self._renewer.join(timeout=5)
        self._drop_waiting()
        for thread in list(self._threads.values()):
            thread.join(timeout=5)

    def _drop_waiting(self, only_stale: bool = False) -> None:
        """Drop waiting requests (with `only_stale`, those sent before this desk's last
        change: the version they were asked at is behind)."""
        with self._lock:
            now = self.watcher.version
            waiting = [(address, conn) for address, conn in self._waiting.items()
                       if not only_stale or self._asked_at.get(address, -1) < now]  # fmt: skip
            self._renewed |= {address for address, _c in waiting}
        for _address, conn in waiting:
            if conn.sock is not None:
                with contextlib.suppress(OSError):
                    conn.sock.shutdown(socket.SHUT_RDWR)

    def _renew(self) -> None:
        """A waiting request says what this desk held when it was sent; once this desk holds
        more (a check-in here, an answer from another desk), the other desk would answer
        with changes this desk already has. Such requests are dropped and sent again."""
        seen = self.watcher.version
        while not self._stop.is_set():
            seen = self.watcher.wait_past(seen, 1.0)
            self._drop_waiting(only_stale=True)

    def _opened(self, address: str) -> Opened:
        def opened(conn: http.client.HTTPConnection | None) -> None:
            with self._lock:
                if conn is None:
                    self._waiting.pop(address, None)
                else:
                    self._waiting[address] = conn
                    self._renewed.discard(address)

        return opened

    def _watch_peers(self) -> None:
        while not self._stop.is_set():
            for peer in peers.load(self.store.data_dir).values():
                if peer.address and peer.address != self.mine and peer.address not in self._threads:
                    t = threading.Thread(target=self._follow, args=(peer.address,), daemon=True,
                                         name=f"venue-{peer.address}")  # fmt: skip
                    self._threads[peer.address] = t
                    t.start()
            self._stop.wait(0.5)

    def _follow(self, address: str) -> None:
        pause = 0.2
        pushing = _Pushing()
        while not self._stop.is_set():
            with self._lock:
                self._asked_at[address] = self.watcher.version  # before what it holds is read
            try:
                got = pull(self.store, address, LONGEST_WAIT_S, self.mine, self._opened(address),
                           tell_behind=pushing.may_ask())  # fmt: skip
            except Unreachable as exc:
                with self._lock:
                    renewed = address in self._renewed
                    self._renewed.discard(address)
                if renewed:
                    continue
                if address not in self.unreachable_since:
                    self.unreachable_since[address] = trust.now_text()
                    peers.unreachable(self.store.data_dir, address, trust.now_text())
                    self.on_event({"event": "unreachable", "address": address, "why": str(exc)})
                self._stop.wait(pause)
                pause = min(pause * 2, 3.0)
                continue
            except UserError as exc:
                self.on_event({"event": "refused", "address": address, "why": exc.message})
                self._stop.wait(5)
                continue
            except Exception:  # one bad answer must not end the exchange with this desk
                log.exception("exchange with %s failed", address)
                self._stop.wait(1)
                continue
            pause = 0.2
            if self.unreachable_since.pop(address, None):
                self.on_event({"event": "reachable", "address": address})
            if got.changes:
                self.on_event({"event": "received", "address": address, "changes": got.changes})
            if got.their_holds is not None and pushing.may_ask() \
                    and answers.lacks(answers.holds(self.store), got.their_holds):  # fmt: skip
                # decided beside this loop, which goes on waiting for the other desk's news
                pushing.quiet_until = float("inf")
                threading.Thread(target=self._push_if_still_behind, args=(address, pushing),
                                 daemon=True, name=f"venue-push-{address}").start()  # fmt: skip

    def _push_if_still_behind(self, address: str, pushing: _Pushing) -> None:
        """The other desk lacks this desk's news. It normally fetches them itself within a
        moment; when it has not after a grace (it cannot reach this desk), push them."""
        self._stop.wait(PUSH_GRACE_S)
        try:
            again = pull(self.store, address, 0, self.mine)  # what it holds now (and news)
            if again.their_holds is None or not answers.lacks(
                answers.holds(self.store), again.their_holds
            ):
                pushing.done(True)
                return
            after = push(self.store, address, again.their_holds)
            pushing.done(not answers.lacks(answers.holds(self.store), after))
            self.on_event({"event": "pushed", "address": address})
        except (Unreachable, UserError) as exc:
            log.info("no push to %s: %s", address, exc)
            pushing.done(False)
