"""The local SQLite store: one file, durable pragmas, one writer at a time."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from organiser.core import paths
from organiser.core.errors import DataFolderError
from organiser.core.i18n import _
from organiser.store import folder_use

BUSY_TIMEOUT_MS = 10_000


def _on_connect(
    dbapi_connection: sqlite3.Connection, _record: Any, read_only: bool = False
) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself (pysqlite's implicit BEGIN is lazy and
    # cannot be made IMMEDIATE).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if read_only:  # changes nothing in the file, not even its journal mode
        cursor.execute("PRAGMA query_only = ON")
        cursor.close()
        return
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(
        "PRAGMA secure_delete = ON"
    )  # erased personal data must not linger in free pages
    cursor.close()


def _on_begin(conn: Any) -> None:
    if conn.get_execution_options().get("immediate"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(db_path: Path, read_only: bool = False) -> Engine:
    if read_only:
        return _read_only_engine(db_path)
    engine = create_engine(f"sqlite:///{db_path}", pool_pre_ping=False)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    _hold_folder_while_connected(engine, db_path.parent)
    return engine


def _read_only_engine(db_path: Path) -> Engine:
    """Connections that cannot write (a folder on a read-only disk): nothing is created beside
    the database, and no lock is taken in a folder that has no room for one."""
    from organiser.store.checking import read_only_uri

    uri = read_only_uri(db_path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool, pool_pre_ping=False)
    event.listen(engine, "connect", lambda conn, rec: _on_connect(conn, rec, read_only=True))
    event.listen(engine, "begin", _on_begin)
    return engine


def _hold_folder_while_connected(engine: Engine, folder: Path) -> None:
    """Every pooled connection counts this process among those that have the database open
    (see store.folder_use), so nothing is set aside or replaced under it."""
    holding: set[int] = set()

    def connect(dialect: Any, _rec: Any, cargs: Any, cparams: Any) -> Any:
        held = folder_use.hold_shared(folder)
        try:
            conn = dialect.connect(*cargs, **cparams)
        except BaseException:
            if held:
                folder_use.release_shared(folder)
            raise
        if held:
            holding.add(id(conn))
        return conn

    def close(dbapi_connection: Any, _rec: Any = None) -> None:
        if id(dbapi_connection) in holding:
            holding.discard(id(dbapi_connection))
            folder_use.release_shared(folder)

    event.listen(engine, "do_connect", connect)
    event.listen(engine.pool, "close", close)
    event.listen(engine.pool, "close_detached", close)


class UnitOfWork:
    """One user action: a session opened, committed (or rolled back) and closed.

    Writing units hold the store's writer lock and start with BEGIN IMMEDIATE, so two writers
    never race for the same lock and a commit is on disk (synchronous=FULL) when commit() returns.
    """

    def __init__(self, store: Store, write: bool) -> None:
        self.store = store
        self.write = write
        bind = store.engine.execution_options(immediate=True) if write else store.engine
        self.session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        if self.write:
            if self.store.read_only:
                self.session.close()
                from organiser.store.errors import ReadOnlyError, read_only_message

                raise ReadOnlyError(read_only_message(self.store.data_dir))
            self.store._write_lock.acquire()
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        try:
            # A writer's unfinished work is discarded. A reader only closes: rollback would
            # expire the rows it loaded, and callers keep using them detached.
            if self.write and (exc_type is not None or not self._committed):
                with contextlib.suppress(Exception):  # a failed rollback must not hide `exc`
                    self.session.rollback()
        finally:
            self.session.close()
            if self.write:
                self.store._write_lock.release()
        if exc is not None:
            # A full disk or read-only folder anywhere inside the unit (a flush, a query that
            # autoflushes, the commit) becomes one sentence for the user; nothing was written.
            translated = _translate(exc, self.store.data_dir)
            if translated is not None and translated is not exc:
                raise translated from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except Exception as exc:
            translated = _translate(exc, self.store.data_dir)
            if translated is None or translated is exc:
                raise
            with contextlib.suppress(Exception):
                self.session.rollback()
            raise translated from exc
        self._committed = True
        if self.write:
            self.store.generation += 1

    def flush(self) -> None:
        self.session.flush()


def _translate(exc: BaseException, folder: Path) -> BaseException | None:
    from organiser.store.errors import user_error_for

    return user_error_for(exc, folder)


class Store:
    def __init__(self, data_dir: Path, read_only: bool = False) -> None:
        self.data_dir = data_dir
        self.path = data_dir / paths.DB_NAME
        # opened from a folder that cannot be written: every writing unit of work is refused
        self.read_only = read_only
        self.engine = make_engine(self.path, read_only)
        self._write_lock = threading.RLock()
        # Commits made through this store since it was opened; a backup remembers the value it
        # saw, so quitting knows whether anything changed since (see store.backup).
        self.generation = 0
        self.backed_up_generation = 0

    def unit_of_work(self, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self, write)

    def reader(self) -> UnitOfWork:
        return UnitOfWork(self, write=False)

    def writer(self) -> UnitOfWork:
        return UnitOfWork(self, write=True)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the writer lock: no unit of work of this store writes meanwhile (restore)."""
        with self._write_lock:
            yield

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @contextlib.contextmanager
    def raw_connection(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection with the same pragmas (backups, checks)."""
        held = False if self.read_only else folder_use.hold_shared(self.data_dir)
        try:
            if self.read_only:
                from organiser.store.checking import read_only_uri

                conn = sqlite3.connect(read_only_uri(self.path), uri=True, isolation_level=None)
            else:
                conn = sqlite3.connect(self.path, isolation_level=None)
            try:
                _on_connect(conn, None, self.read_only)
                yield conn
            finally:
                conn.close()
        finally:
            if held:
                folder_use.release_shared(self.data_dir)

    def dispose(self) -> None:
        self.engine.dispose()


def prepare_data_dir(data_dir: Path) -> Path:
    try:
        paths.ensure_private_dir(data_dir)
        paths.make_private_file(data_dir / paths.DB_NAME)
    except PermissionError as exc:
        raise DataFolderError(
            _(
                "The data folder {folder} cannot be written to. Choose another folder or fix its permissions."
            ).format(folder=data_dir)
        ) from exc
    except OSError as exc:
        raise DataFolderError(
            _("The data folder {folder} cannot be used: {reason}").format(
                folder=data_dir, reason=exc.strerror
            )
        ) from exc
    return data_dir
