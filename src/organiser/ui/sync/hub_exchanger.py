"""The background exchange with the regional hub, while the app runs and a hub is set.

One thread of its own (never the GUI thread, never the task runner's, which would be held for
minutes by a listening connection): it exchanges at start, after local writes (at most once
per WRITES_SETTLE_MS), when the hub says something new was posted (LISTEN), and again with
back-off while the hub cannot be reached. Its results come back to the GUI thread as signals;
received changes become the ordinary change notices, so every place reloads.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.core.progress import Progress
from organiser.services.sync.hub.place import hub_place
from organiser.ui.context import AppContext

log = logging.getLogger(__name__)

WRITES_SETTLE_MS = 30_000  # local writes go up in one exchange once they settle
FIRST_RETRY_S = 30.0
LONGEST_RETRY_S = 600.0
SAFETY_NET_S = 900.0  # an exchange even without news: a notice missed while reconnecting
LISTEN_STEP_S = 1.0  # how long a quit may wait for the thread


class _ThreadProgress(Progress):
    def __init__(self, exchanger: HubExchanger) -> None:
        super().__init__()
        self._exchanger = exchanger

    def on_report(self, done: int, total: int, label: str) -> None:
        self._exchanger.progressed.emit(done, total, label)


class HubExchanger(QObject):
    """Find the running one with `ctx.findChild(HubExchanger)`."""

    exchanged = Signal(object)  # a HubExchange
    failed = Signal(str)  # one sentence
    progressed = Signal(int, int, str)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.retry_first_s = FIRST_RETRY_S
        self.retry_longest_s = LONGEST_RETRY_S
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._emitting_notices = False
        self.writes_timer = QTimer(self)
        self.writes_timer.setSingleShot(True)
        self.writes_timer.setInterval(WRITES_SETTLE_MS)
        self.writes_timer.timeout.connect(self.exchange_now)
        ctx.data_changed.connect(self._on_local_write)
        self.exchanged.connect(self._tell_places)

    # ------------------------------------------------------------ control (GUI thread)
    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="hub-exchange", daemon=True)
        self._thread.start()

    def stop(self, wait_s: float = 15.0) -> None:
        """Stop cleanly: an exchange under way finishes its file (all-or-nothing), listening
        ends within a second."""
        self._stop.set()
        self._wake.set()
        self.writes_timer.stop()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(wait_s)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def exchange_now(self) -> None:
        """At once (the button, settled writes, a hub just saved)."""
        self._wake.set()

    def _on_local_write(self, _area: str) -> None:
        if self._emitting_notices or not self.running:
            return  # what came from the hub need not go back to it
        if not self.writes_timer.isActive():  # the first write of a burst starts the wait
            self.writes_timer.start()

    @Slot(object)
    def _tell_places(self, result: Any) -> None:
        if not (result.new_changes or result.attachments):
            return
        self._emitting_notices = True
        try:
            self.ctx.changed(Area.ALL)
        finally:
            self._emitting_notices = False

    # ------------------------------------------------------------ the thread
    def _run(self) -> None:
        from organiser.services.sync.hub.listening import NewsListener

        store = self.ctx.store
        listener = NewsListener(store)
        next_at = 0.0  # at start
        retry = self.retry_first_s
        heard = False  # the listening connection works: news arrives without polling
        try:
            while not self._stop.is_set():
                if hub_place(store) is None:
                    listener.close()
                    heard, next_at, retry = False, 0.0, self.retry_first_s
                    self._wake.wait(LISTEN_STEP_S * 5)
                    self._wake.clear()
                    continue
                if self._wake.is_set() or time.monotonic() >= next_at:
                    self._wake.clear()
                    if self._exchange_once(store):
                        retry = self.retry_first_s
                        next_at = time.monotonic() + SAFETY_NET_S
                        heard = True
                    else:
                        listener.close()
                        heard = False
                        next_at = time.monotonic() + retry
                        retry = min(retry * 2, self.retry_longest_s)
                    continue
                step = max(0.0, min(LISTEN_STEP_S, next_at - time.monotonic()))
                if not heard:
                    self._wake.wait(step)
                    continue
                try:
                    if listener.wait(step):
                        next_at = 0.0
                except UserError as exc:
                    self.failed.emit(exc.message)
                    heard = False
                    next_at = time.monotonic() + retry
        finally:
            listener.close()

    def _exchange_once(self, store: Any) -> bool:
        from organiser.services.sync.hub.exchanging import exchange

        self.busy_changed.emit(True)
        try:
            result = exchange(store, _ThreadProgress(self))
        except UserError as exc:  # unreachable, refused: said in one sentence, tried again
            self.failed.emit(exc.message)
            return False
        except Exception as exc:  # never the end of the background exchange
            log.exception("the exchange with the hub failed")
            self.failed.emit(str(exc))
            return False
        finally:
            self.busy_changed.emit(False)
        self.exchanged.emit(result)
        return True
