"""Copies of the real schema in their own data folders, exchanging changes as offices will
(imported by the tests here; conftest puts this folder on the path)."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from organiser import sync
from organiser.services.people.directory import get_person
from organiser.services.people.editing import save_person
from organiser.store.db import UnitOfWork
from organiser.store.opening import open_store
from organiser.sync import clock, policy
from organiser.sync.schema import captured_tables, q

T = TypeVar("T")
DAY1, DAY2 = dt.date(2027, 1, 30), dt.date(2027, 1, 31)
_real_wall_ms = clock.wall_ms


class Copy:
    """One laptop: its store, and how wrong its clock is."""

    def __init__(self, folder: Path, skew_ms: int = 0) -> None:
        self.store = open_store(folder)
        self.skew_ms = skew_ms

    @contextlib.contextmanager
    def _its_clock(self) -> Iterator[None]:
        clock.wall_ms = lambda: _real_wall_ms() + self.skew_ms  # type: ignore[method-assign]
        try:
            yield
        finally:
            clock.wall_ms = _real_wall_ms  # type: ignore[method-assign]

    def write(self, work: Callable[[UnitOfWork], T]) -> T:
        with self._its_clock(), self.store.writer() as uow:
            result = work(uow)
            uow.commit()
            return result

    def read(self, work: Callable[[UnitOfWork], T]) -> T:
        with self.store.reader() as uow:
            return work(uow)

    def known(self) -> dict[str, str]:
        return self.read(sync.known)

    def since(self, known: dict[str, str]) -> list[sync.Change]:
        return self.read(lambda uow: sync.changes_since(uow, known))

    def apply(self, changes: list[sync.Change]) -> sync.Applied:
        return self.write(lambda uow: sync.apply(uow, changes))

    def conflicts(self) -> list[sync.Conflict]:
        return self.read(sync.conflicts)

    def raw(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        # a pooled connection: a new one per query would cost more than the query
        with self.store.engine.connect() as conn:
            dbapi = conn.connection.driver_connection
            assert dbapi is not None
            return [tuple(r) for r in dbapi.execute(sql, args).fetchall()]

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every captured table as sorted rows (columns not sent left out: they are local)."""
        out: dict[str, list[tuple[Any, ...]]] = {}
        with self.store.raw_connection() as conn:
            for name, table in captured_tables(conn).items():
                cols = [c for c in table.columns if c not in policy.NOT_SENT.get(name, ())]
                if name in ("person", "organisation"):
                    cols.append("sort_key")  # derived, but it must come out the same
                rows = conn.execute(f"SELECT {', '.join(q(c) for c in cols)} FROM {q(name)}")
                out[name] = sorted((tuple(r) for r in rows), key=repr)
        return out

    def close(self) -> None:
        self.store.dispose()


def exchange(source: Copy, target: Copy) -> sync.Applied:
    """`target` asks `source` for what it lacks and applies it."""
    return target.apply(source.since(target.known()))


def everyone_with_everyone(copies: list[Copy]) -> None:
    for _round in range(2):
        for a in copies:
            for b in copies:
                if a is not b:
                    exchange(a, b)


def seed(uow: UnitOfWork) -> dict[str, Any]:
    """A seminar, an organisation and three people registered for it (by walking in)."""
    from organiser.services.desk import editing as desk_checkin
    from organiser.services.events.reading import create_event
    from organiser.services.people.editing import PersonRecord, save_person

    event = create_event(uow, "เวทีองค์กรการเงินชุมชนภาคใต้", DAY1, DAY2, venue="พัทลุง")
    uow.flush()
    people = []
    for given, family, phone in (
        ("สมชาย", "ใจดี", "0812345678"),
        ("สมศรี", "รักถิ่น", "0823456789"),
        ("มานะ", "ขยันยิ่ง", "0834567890"),
    ):
        pid = save_person(
            uow,
            PersonRecord(
                given_name=given, family_name=family, phone=phone, organisation="กองทุนหมู่บ้าน"
            ),
        )
        desk_checkin.register_walk_in(
            uow, event.id, desk_checkin.WalkIn("", "", ""), DAY1, existing_person_id=pid
        )
        people.append(pid)
    return {"event": event.id, "people": people}


def copy_of(template: Path, folder: Path, skew_ms: int = 0) -> Copy:
    """A laptop that started from the same data (its database copied: it takes its own id)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template / "organiser.sqlite3", folder / "organiser.sqlite3")
    return Copy(folder, skew_ms)


def set_phone(copy: Copy, person_id: str, phone: str) -> None:
    def edit(uow: UnitOfWork) -> None:
        record = get_person(uow, person_id)
        assert record is not None
        record.phone = phone
        save_person(uow, record)

    copy.write(edit)


def phone_of(copy: Copy, person_id: str) -> str:
    return str(copy.raw("SELECT phone FROM person WHERE id = ?", person_id)[0][0])
