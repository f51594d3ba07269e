"""Notice writes made underneath the window: by another process on the same data folder (a
command-line check-in beside the app), or changes received from another desk, and tell the
places whose data they touched.

Four times a second the GUI thread asks SQLite one cheap question on a connection of its own,
`PRAGMA data_version` (it changes when any other connection commits; it reads nothing of the
data). Only when it changed does a reader, off the GUI thread, look at the change log for
what came since the last look. The window's own commits are left out: the place that made
them already told the others."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import event

from organiser.core.notices import Area
from organiser.services.sync import touched as touched_service
from organiser.ui.context import AppContext

POLL_MS = 250


class DatabaseWatch(QObject):
    noticed = Signal(object)  # frozenset[Area] changed underneath, after the places were told

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._held: dict[str, str] | None = None
        self._looking = False
        self._again = False
        # stamps of this process's own commits (written on worker threads, read on a reader)
        self._own: set[str] = set()
        self._own_lock = threading.Lock()
        self._engine = ctx.store.engine
        self._writing = threading.local()
        # this process's writing transactions: the clock when they began (holding the write
        # lock), then at commit, after the capture stamped it, the stamp its changes got
        event.listen(self._engine, "begin", self._own_begin)
        event.listen(self._engine, "commit", self._own_commit)
        # a restore or a moved data folder closes every connection before it replaces the
        # file: this one too (on Windows an open file cannot be replaced); it opens again once
        # the window was told everything changed
        self._conn_lock = threading.Lock()
        event.listen(self._engine, "engine_disposed", self._let_go)
        ctx.data_changed.connect(self._after_everything_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)

    # ------------------------------------------------------------ lifetime
    def start(self) -> None:
        if self.ctx.store.read_only or not self._open():
            return
        self._look(first=True)
        self.timer.start()

    def _open(self) -> bool:
        path = self.ctx.store.path
        if not path.exists():
            return False
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return False
        with self._conn_lock:
            self._conn, self._version = conn, version
        return True

    def _let_go(self, _engine: Any = None) -> None:
        with self._conn_lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    def _after_everything_changed(self, area: str) -> None:
        if area == Area.ALL and self.timer.isActive() and self._conn is None:
            self._open()
            self._held = None  # a new file: start again from what it holds
            self._look(first=True)

    def stop(self) -> None:
        self.timer.stop()
        with contextlib.suppress(Exception):
            event.remove(self._engine, "commit", self._own_commit)
            event.remove(self._engine, "begin", self._own_begin)
            event.remove(self._engine, "engine_disposed", self._let_go)
        self._let_go()

    # ------------------------------------------------------------ the check
    def _own_begin(self, connection: Any) -> None:
        self._writing.hlc = None
        if not connection.get_execution_options().get("immediate"):
            return  # a reader
        dbapi = connection.connection.driver_connection
        if isinstance(dbapi, sqlite3.Connection):
            self._writing.hlc = touched_service.clock_now(dbapi)

    def _own_commit(self, connection: Any) -> None:
        """This process's own commit: remember its stamp, so the change is not news."""
        began = getattr(self._writing, "hlc", None)
        self._writing.hlc = None
        dbapi = connection.connection.driver_connection
        if began is None or not isinstance(dbapi, sqlite3.Connection):
            return
        stamp = touched_service.stamp_since(dbapi, began)
        if stamp is not None:
            with self._own_lock:
                self._own.add(stamp)

    def check(self) -> None:
        """The timer's question: did anyone commit since the last one?"""
        with self._conn_lock:
            if self._conn is None:
                return
            try:
                version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return
        if version == self._version:
            return
        self._version = version
        self._look()

    def _look(self, first: bool = False) -> None:
        if self._looking:  # one look at a time; another follows when it ends
            self._again = True
            return
        self._looking = True
        store, before = self.ctx.store, None if first else self._held
        with self._own_lock:
            own = frozenset(self._own)

        def work(_p: Any) -> touched_service.Touched:
            with store.reader() as uow:
                return touched_service.look(uow, before, own)

        self.ctx.tasks.run(work, self._seen, self._failed, owner=self)

    def _seen(self, found: touched_service.Touched) -> None:
        self._looking = False
        first = self._held is None
        self._held = found.held
        with self._own_lock:  # own stamps now held are done with; later ones wait their turn
            self._own = {s for s in self._own if not touched_service.is_held(found.held, s)}
        if not first and found.anything:
            areas = [Area.ALL] if Area.ALL in found.areas else sorted(found.areas)
            for area in areas:
                self.ctx.changed(area)
            self.noticed.emit(found.areas)
        if self._again:
            self._again = False
            self._look()

    def _failed(self, _exc: BaseException) -> None:
        self._looking = False  # a database being replaced (restore): the next change retries
