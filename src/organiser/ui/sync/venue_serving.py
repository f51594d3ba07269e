"""This desk serving the others while the window is open: the endpoint, the long-poll links to
the other desks and (while "Add a desk" is on screen) the announcement on the network — the
same code `organiser sync serve` runs, in background threads.

Nothing listens before a person turns it on ("Add a desk", "Join a desk" or "Serve the
desks"): an office laptop away from a venue says nothing to the network. What the threads hear
comes back to the GUI thread through one queued signal; changes received from another desk
become one change notice, so every place (desk counts, person panel) reloads.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from organiser.core.notices import Area
from organiser.ui.context import AppContext

DEFAULT_PORT = 47474
NOTICE_AFTER_MS = 150  # changes arriving together (a burst of check-ins) reload the places once


class DeskServing(QObject):
    """One per running app (see `serving_for`), outliving a window rebuilt for a language."""

    heard = Signal(object)  # an event of the endpoint or the links (a dict), on the GUI thread
    state_changed = Signal()  # serving turned on or off, pairing opened or closed
    peers_changed = Signal()  # a desk answered, stopped answering, or joined

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("venueServing")
        self.ctx = ctx
        self.host: str | None = None  # None: the room's network (tests choose 127.0.0.1)
        self.port = DEFAULT_PORT
        self.discovery = True  # announce on the network while pairing is open
        self.server: Any = None
        self.link: Any = None
        self.announcer: Any = None
        self.problem = ""
        self._notice = QTimer(self)
        self._notice.setSingleShot(True)
        self._notice.setInterval(NOTICE_AFTER_MS)
        self._notice.timeout.connect(lambda: ctx.changed(Area.ALL))
        self.heard.connect(self._on_heard)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # ------------------------------------------------------------ state
    @property
    def serving(self) -> bool:
        return self.server is not None

    @property
    def address(self) -> str:
        return str(self.server.address) if self.server is not None else ""

    @property
    def door(self) -> Any:
        return self.server.door if self.server is not None else None

    def pairing_open(self) -> bool:
        door = self.door
        return bool(door is not None and door.is_open())

    # ------------------------------------------------------------ on and off
    def start(self) -> None:
        """Listen and follow the other desks (no-op when already serving). Binding a port and
        making this copy's keys take a moment: done here, in a breath, so that the code and
        address show at once; the exchanges themselves run in their own threads."""
        if self.server is not None:
            return
        from organiser.services.sync.venue.discovery import room_address
        from organiser.services.sync.venue.link import Link
        from organiser.services.sync.venue.server import DeskServer

        host = self.host or room_address()
        emit = self.heard.emit
        try:
            server = DeskServer(self.ctx.store, host, self.port, emit)
        except OSError:  # the usual port is taken (another copy serving): any free one
            server = DeskServer(self.ctx.store, host, 0, emit)
        server.start()
        self.server = server
        self.link = Link(self.ctx.store, server.address, server.watcher, emit).start()
        self.state_changed.emit()

    def stop(self) -> None:
        """Stop announcing, following and listening (on quit, and on "Stop serving")."""
        if self.server is None:
            return
        self.close_pairing()
        link, server = self.link, self.server
        self.link = self.server = None
        link.stop()
        server.stop()
        self.state_changed.emit()

    def open_pairing(self) -> Any:
        """Serve if not yet, and open pairing with a fresh code; returns the door."""
        from organiser.services.sync.venue.pairing import Door, welcome

        self.start()
        self.close_pairing()  # one door at a time: a fresh code replaces an older one
        server, store = self.server, self.ctx.store

        def admit(card: Any) -> dict[str, Any]:
            listed = [
                *server.known_peers(),
                {"fingerprint": "", "name": "", "address": server.address},
            ]
            self.heard.emit({"event": "paired", "desk": card.name, "fingerprint": card.fingerprint})
            answer = welcome(store, card, [p for p in listed if p["fingerprint"]])
            # the new desk is trusted here now: the Sync place shows it and can send to it
            self.heard.emit({"event": "welcomed", "desk": card.name})
            return answer

        server.door = Door(admit=admit)
        if self.discovery:
            from organiser.services.sync.venue.discovery import Announcer

            me = server.hello()
            self.announcer = Announcer(server.address, me["name"], me["fingerprint"],
                                       server.door.is_open).start()  # fmt: skip
        self.state_changed.emit()
        return server.door

    def close_pairing(self) -> None:
        if self.server is not None and self.server.door is not None:
            self.server.door.close()
            self.server.door = None
        announcer, self.announcer = self.announcer, None
        if announcer is not None:  # it notices within a second; nobody waits for it
            threading.Thread(target=announcer.stop, daemon=True).start()
        self.state_changed.emit()

    # ------------------------------------------------------------ what the threads hear
    @Slot(object)
    def _on_heard(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "received" and event.get("changes"):
            self._notice.start()
        if kind == "welcomed":
            self.ctx.changed(Area.SYNC)
        if kind in ("received", "sent", "paired", "reachable", "unreachable", "pushed"):
            self.peers_changed.emit()


def serving_for(ctx: AppContext) -> DeskServing:
    """The app's one `DeskServing` (made the first time a place asks)."""
    found = ctx.findChild(DeskServing, "venueServing")
    return found if isinstance(found, DeskServing) else DeskServing(ctx)
