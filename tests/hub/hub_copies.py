"""Laptops in two offices that meet only through a hub on the test server (imported by the
tests here; conftest puts this folder and tests/unit/sync on the path)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from change_files import Laptop
from pg_server import Server

from organiser.services.sync.hub import exchanging, place, server
from organiser.sync import policy
from organiser.sync.schema import captured_tables, q


@dataclass
class Hub:
    pg: Server
    db: str

    @property
    def admin_url(self) -> str:
        return self.pg.admin_url(self.db)

    def office(self, name: str) -> str:
        return server.add_office(name, self.admin_url, None).url

    def join(self, laptop: Laptop, office_url: str) -> None:
        place.set_hub(laptop.store, office_url, self.pg.ca)


def set_phone_on(laptop: Laptop, person_id: str, phone: str) -> None:
    from organiser.services.people.directory import get_person
    from organiser.services.people.editing import save_person

    def edit(uow: Any) -> None:
        record = get_person(uow, person_id)
        assert record is not None
        record.phone = phone
        save_person(uow, record)

    laptop.write(edit)


def now(laptop: Laptop) -> exchanging.HubExchange:
    return exchanging.exchange(laptop.store)


def replicated(laptop: Laptop) -> dict[str, list[tuple[Any, ...]]]:
    """Every captured table as sorted rows (local columns left out): what must agree."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with laptop.store.raw_connection() as conn:
        for name, table in captured_tables(conn).items():
            cols = [c for c in table.columns if c not in policy.NOT_SENT.get(name, ())]
            rows = conn.execute(f"SELECT {', '.join(q(c) for c in cols)} FROM {q(name)}")
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def two_offices(folder: Path) -> Iterator[list[Laptop]]:
    """Songkhla's office laptop and its desk, and Trang's laptop, trusting each other by their
    cards (read aloud once); no data has moved between them."""
    hq = Laptop(folder / "hq", office="Songkhla")
    desk = Laptop(folder / "desk", office="Songkhla")
    other = Laptop(folder / "other", office="Trang")
    hq.trust(desk)
    desk.trust(hq)
    other.trust(hq)  # Songkhla's office card: both its laptops
    hq.trust(other)
    desk.trust(other)
    try:
        yield [hq, desk, other]
    finally:
        for laptop in (hq, desk, other):
            laptop.close()
