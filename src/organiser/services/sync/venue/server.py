"""The desk's endpoint: a standard-library HTTP server in a thread, bound to the address the
user chose, off until started.

    POST /changes   {"holds": …, "address": …, "wait": s}  → the changes the asker lacks,
                    sealed to it (200), or nothing new within `wait` seconds (204)
    POST /push      a sealed answer for this desk          → {"holds": …} once applied
    POST /pair/start, /pair/finish                         → pairing (see `pairing`)
    GET  /hello     name, key card, whether pairing is open (nothing personal)

Every request but /hello and pairing is signed by a desk trusted here (`signing`); anything
else is refused with 403 and logged. A waiting /changes wakes when the database changes — a
watcher polls `PRAGMA data_version`, which also sees writes by other processes (a check-in
typed at the command line beside the app).
"""

from __future__ import annotations

import base64
import json
import logging
import select
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from organiser.services.sync.copies import keys_of, this_laptop
from organiser.services.sync.venue import answers, peers, signing
from organiser.store.db import Store
from organiser.sync import sealed, trust
from organiser.sync.cards import Laptop
from organiser.sync.merge import connection_of

log = logging.getLogger("organiser.venue")
MAX_BODY = 200 * 1000 * 1000
LONGEST_WAIT_S = 25.0
PEERS_HEADER = "X-Organiser-Peers"
HOLDS_HEADER = "X-Organiser-Holds"  # what the answering desk holds, so that pushes carry only news


class Watcher:
    """Wakes waiting answers when the database changes (any process, any connection)."""

    def __init__(self, store: Store, every_s: float = 0.025) -> None:
        self.store = store
        self.every_s = every_s
        self.version = 0
        self.changed = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="venue-watcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self.wake()
        self._thread.join(timeout=5)

    def wake(self) -> None:
        with self.changed:
            self.version += 1
            self.changed.notify_all()

    def wait_past(self, seen: int, timeout: float) -> int:
        """Wait until the version differs from `seen` (or `timeout` s); returns it."""
        with self.changed:
            self.changed.wait_for(lambda: self.version != seen or self.stopping, timeout=timeout)
            return self.version

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _run(self) -> None:
        with self.store.raw_connection() as conn:
            last = conn.execute("PRAGMA data_version").fetchone()[0]
            while not self._stop.wait(self.every_s):
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now != last:
                    last = now
                    self.wake()


class DeskServer:
    """One desk's endpoint. `on_event(dict)` hears every exchange and refusal."""

    def __init__(self, store: Store, host: str, port: int = 0,
                 on_event: Callable[[dict[str, Any]], None] | None = None) -> None:  # fmt: skip
        self.store = store
        self.on_event = on_event or (lambda e: None)
        self.watcher = Watcher(store)
        self.replays = signing.Replays.new()
        self.door: Any = None  # a pairing.Door while pairing is open
        self.waiting = 0  # requests waiting for news now (one per desk following this one)
        self._count = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, port), _handler_for(self))
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="venue-endpoint",
                                        kwargs={"poll_interval": 0.2}, daemon=True)  # fmt: skip

    @property
    def address(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{host!s}:{port}"

    def start(self) -> DeskServer:
        with self.store.writer() as uow:  # this copy's id and keys exist before anyone asks
            keys_of(self.store, connection_of(uow))
            uow.commit()
        self.watcher.start()
        self._thread.start()
        return self

    def stop(self) -> None:
        self.watcher.stop()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    # ------------------------------------------------------------------ requests

    def trusted_desk(self, headers: dict[str, str], method: str, path: str, body: bytes) -> Laptop:
        card = signing.check(headers, method, path, body, self.replays)
        with self.store.reader() as uow:
            conn = connection_of(uow)
            state = trust.signer_state(conn, card, keys_of(self.store, conn), remember=False)
        if state != "trusted":
            raise signing.Refused(f"{state} desk {card.fingerprint}")
        return card

    def changes(
        self, desk: Laptop, request: dict[str, Any], gone: Callable[[], bool] = lambda: False
    ) -> bytes | None:
        theirs = request.get("holds") if isinstance(request.get("holds"), dict) else {}
        assert isinstance(theirs, dict)
        theirs = {str(k): str(v) for k, v in theirs.items()}
        address = request.get("address")
        peers.note(self.store.data_dir, desk.fingerprint, name=desk.name, holds=theirs,
                   address=str(address) if address else None)  # fmt: skip
        wait = min(float(request.get("wait") or 0), LONGEST_WAIT_S)
        with self._count:
            self.waiting += 1
        try:
            if request.get("tell_behind") and answers.lacks(theirs, answers.holds(self.store)):
                # the asker holds news for this desk: say at once what this desk holds, so
                # that it pushes them when this desk cannot reach it (a firewall on its side)
                return None
            return self._answer(desk, theirs, _now() + wait, gone)
        finally:
            with self._count:
                self.waiting -= 1

    def _answer(self, desk: Laptop, theirs: dict[str, str], deadline: float,
                gone: Callable[[], bool]) -> bytes | None:  # fmt: skip
        while True:
            with self.watcher.changed:
                seen = self.watcher.version
            if answers.lacks(answers.holds(self.store), theirs):
                break
            left = deadline - _now()
            if left <= 0 or self.watcher.stopping or gone():
                return None  # (a desk that dropped its request asks again with what it holds)
            self.watcher.wait_past(seen, left)
        if gone():
            return None
        found = answers.changes_for(self.store, desk, theirs)
        if found is None:
            return None
        data, n = found
        self.on_event({"event": "sent", "desk": desk.name, "fingerprint": desk.fingerprint,
                       "changes": n})  # fmt: skip
        return data

    def push(self, desk: Laptop, data: bytes) -> dict[str, Any]:
        result = answers.take_in(self.store, data)
        if result.sender_fingerprint != desk.fingerprint:
            log.warning("push signed by %s carried a file of %s", desk.fingerprint,
                        result.sender_fingerprint)  # fmt: skip
        held = answers.holds(self.store)
        peers.note(self.store.data_dir, desk.fingerprint, name=desk.name)
        self.on_event({"event": "received", "desk": desk.name, "fingerprint": desk.fingerprint,
                       "changes": result.new_changes})  # fmt: skip
        return {"holds": held, "new_changes": result.new_changes}

    def hello(self) -> dict[str, Any]:
        with self.store.reader() as uow:
            conn = connection_of(uow)
            me = this_laptop(uow, keys_of(self.store, conn))
        # public keys only: what a desk needs to seal its changes to this one
        return {"name": me.name, "fingerprint": me.fingerprint, "card": me.as_json(),
                "pairing": bool(self.door and self.door.is_open())}  # fmt: skip

    def known_peers(self) -> list[dict[str, str]]:
        return [
            {"fingerprint": p.fingerprint, "name": p.name, "address": p.address}
            for p in peers.load(self.store.data_dir).values()
            if p.address
        ]

    def refused(self, why: str, client: str) -> None:
        log.warning("refused a request from %s: %s", client, why)
        self.on_event({"event": "refused", "from": client, "why": why})


def _now() -> float:
    import time

    return time.monotonic()


def _handler_for(desk: DeskServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "Organiser"

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("%s " + format, self.client_address[0], *args)

        def _reply(self, code: int, body: bytes = b"", kind: str = "application/json",
                   extra: dict[str, str] | None = None) -> None:  # fmt: skip
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if body:
                self.wfile.write(body)

        def _json(self, code: int, data: Any) -> None:
            self._reply(code, json.dumps(data, ensure_ascii=False).encode("utf-8"))

        def do_GET(self) -> None:
            if self.path == "/hello":
                self._json(200, desk.hello())
            else:
                self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length < 0 or length > MAX_BODY:
                self._json(413, {"error": "too large"})
                return
            body = self.rfile.read(length)
            try:
                if self.path.startswith("/pair/"):
                    self._pair(body)
                    return
                headers = {k: v for k, v in self.headers.items()}
                card = desk.trusted_desk(headers, "POST", self.path, body)
                if self.path == "/changes":
                    data = desk.changes(card, json.loads(body or b"{}"), self._gone)
                    listed = base64.b64encode(json.dumps(desk.known_peers()).encode()).decode()
                    held = json.dumps(answers.holds(desk.store), separators=(",", ":"))
                    extra = {PEERS_HEADER: listed, HOLDS_HEADER: held}
                    if data is None:
                        self._reply(204, extra=extra)
                    else:
                        self._reply(200, data, "application/octet-stream", extra)
                elif self.path == "/push":
                    self._json(200, desk.push(card, body))
                else:
                    self._json(404, {"error": "not found"})
            except signing.Refused as exc:
                desk.refused(str(exc), self.client_address[0])
                self._json(403, {"error": "refused"})
            except sealed.RefusedFile as exc:
                desk.refused(exc.message, self.client_address[0])
                self._json(403, {"error": "refused"})
            except (ValueError, TypeError) as exc:
                desk.refused(f"damaged request: {exc}", self.client_address[0])
                self._json(400, {"error": "damaged"})

        def _gone(self) -> bool:
            """Whether the asking desk closed its end (it asks again with what it holds)."""
            try:
                ready, _w, _x = select.select([self.connection], [], [], 0)
                return bool(ready) and self.connection.recv(1, socket.MSG_PEEK) == b""
            except OSError:
                return True

        def _pair(self, body: bytes) -> None:
            door = desk.door
            if door is None or not door.is_open():
                desk.refused("pairing is closed", self.client_address[0])
                self._json(403, {"error": "pairing closed"})
                return
            code, answer = door.handle(self.path, json.loads(body or b"{}"))
            if code == 403:
                desk.refused("wrong pairing code", self.client_address[0])
            self._json(code, answer)

    return Handler
