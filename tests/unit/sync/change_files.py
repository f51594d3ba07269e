"""Laptops in their own data folders that exchange real change files (imported by the tests
here; conftest puts this folder on the path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sync_copies import seed

from organiser.services.sync import copies, exchange
from organiser.store.db import UnitOfWork
from organiser.store.opening import open_store


class Laptop:
    def __init__(self, folder: Path, office: str = "") -> None:
        self.folder = folder
        self.store = open_store(folder)
        if office:
            from organiser.services import settings

            with self.store.writer() as uow:
                settings.set_office(uow, office, "Phatthalung")
                settings.put(uow, settings.DESK_NAME, folder.name)
                uow.commit()

    def card(self) -> Path:
        path = self.folder.parent / f"{self.folder.name}.card"
        copies.write_card(self.store, path)
        return path

    def trust(self, other: Laptop, name: str | None = None) -> copies.TrustResult:
        return copies.trust_card(self.store, other.card(), name)

    def send(self, name: str, to: list[str] | None = None) -> exchange.SendResult:
        return exchange.send(self.store, self.folder.parent / name, to)

    def receive(self, *paths: Path, dry_run: bool = False) -> exchange.ReceiveResult:
        return exchange.receive(self.store, list(paths), dry_run=dry_run)

    def identity(self) -> copies.CopyIdentity:
        return copies.copy_identity(self.store)

    def write(self, work: Any) -> Any:
        with self.store.writer() as uow:
            result = work(uow)
            uow.commit()
            return result

    def raw(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with self.store.raw_connection() as conn:
            return [tuple(r) for r in conn.execute(sql, args).fetchall()]

    def people(self) -> set[tuple[str, str]]:
        return {(str(r[0]), str(r[1])) for r in self.raw("SELECT given_name, phone FROM person")}

    def db_bytes(self) -> bytes:
        with self.store.raw_connection() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return (self.folder / "organiser.sqlite3").read_bytes()

    def close(self) -> None:
        self.store.dispose()


def seeded(uow: UnitOfWork) -> dict[str, Any]:
    return seed(uow)


def mutual(a: Laptop, b: Laptop) -> None:
    a.trust(b)
    b.trust(a)
