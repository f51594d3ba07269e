"""A region on a hub, simulated: offices with two laptops each, days of work, each laptop online
at random a few times a day, every exchange through a real PostgreSQL hub.

    python -m benchmarks.hub [--offices 15] [--days 90] [--seminar 300] [--admin-url URL --ca FILE]

Without --admin-url it starts a throwaway PostgreSQL server (tests/hub/pg_server.py; Debian's
`postgresql` must be installed). Reports how long each exchange takes (median, 95th percentile,
max), the hub's size, and how long a new laptop takes to join at the end. Targets (issue 15):
a daily exchange under 2 s, a join under 30 s, the hub under 1 GB.

Each day every office edits a few people and adds one; each month one office holds a seminar
where people walk in at its desk (300 by default).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _laptop(folder: Path, office: str) -> Any:
    from organiser.services import settings
    from organiser.store.opening import open_store

    store = open_store(folder)
    with store.writer() as uow:
        settings.set_office(uow, office, "Songkhla")
        settings.put(uow, settings.DESK_NAME, folder.name)
        uow.commit()
    return store


def _trust(store: Any, other: Any, folder: Path) -> None:
    from organiser.services.sync import copies

    card = folder / f"card-{id(other)}.json"
    copies.write_card(other, card)
    copies.trust_card(store, card, None)


def _edit_people(store: Any, rng: random.Random, n: int) -> None:
    from organiser.services.people.directory import get_person
    from organiser.services.people.editing import PersonRecord, save_person

    with store.writer() as uow:
        ids = [str(r[0]) for r in uow.session.connection().exec_driver_sql(
            "SELECT id FROM person ORDER BY random() LIMIT ?", (n,))]  # fmt: skip
        for pid in ids:
            record = get_person(uow, pid)
            if record is not None:
                record.phone = f"08{rng.randrange(10**8):08d}"
                save_person(uow, record)
        save_person(uow, PersonRecord(given_name=f"คนใหม่{rng.randrange(10**6)}",
                                      family_name="ทดสอบ", phone=f"09{rng.randrange(10**8):08d}"))  # fmt: skip
        uow.commit()


def _seminar(store: Any, day: int, people: int) -> None:
    import datetime as dt

    from organiser.services.desk import editing as desk
    from organiser.services.events.reading import create_event

    when = dt.date(2027, 1, 1) + dt.timedelta(days=day)
    with store.writer() as uow:
        event = create_event(uow, f"เวทีเดือนที่ {day // 30 + 1}", when, when, venue="หาดใหญ่")
        uow.flush()
        for n in range(people):
            desk.register_walk_in(uow, event.id, desk.WalkIn("", f"ผู้เข้าร่วม{n}", f"วัน{day}"), when)
        uow.commit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hub")
    parser.add_argument("--offices", type=int, default=15)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--seminar", type=int, default=300, help="walk-ins at a monthly seminar")
    parser.add_argument("--admin-url")
    parser.add_argument("--ca", type=Path)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    from organiser.services.sync.hub import exchanging, place, server

    pg = None
    if args.admin_url:
        admin, ca = args.admin_url, args.ca
    else:
        sys.path.insert(0, str(ROOT / "tests" / "hub"))
        from pg_server import Server, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            print("PostgreSQL is not installed: give --admin-url and --ca")
            return 2
        pg = Server(bin_dir)
        pg.create_database("organiser_hub")
        admin, ca = pg.admin_url("organiser_hub"), pg.ca
    work = Path(tempfile.mkdtemp(prefix="organiser-hub-bench-"))
    try:
        server.init(admin, None if pg else ca)
        laptops: list[Any] = []
        offices: list[tuple[Any, Any]] = []
        urls: list[str] = []
        for n in range(args.offices):
            name = f"office{n:02d}"
            url = server.add_office(name, admin, None if pg else ca).url
            urls.append(url)
            hq = _laptop(work / f"{name}-hq", name)
            desk = _laptop(work / f"{name}-desk", name)
            _trust(hq, desk, work)
            _trust(desk, hq, work)
            for s in (hq, desk):
                place.set_hub(s, url, ca)
            offices.append((hq, desk))
            laptops += [hq, desk]
        for a, _ in offices:  # every office trusts every other office's card, once
            for b, _ in offices:
                if a is not b:
                    _trust(a, b, work)
        timings: list[float] = []
        started = time.perf_counter()
        for day in range(args.days):
            for hq, _desk in offices:
                _edit_people(hq, rng, 3)
            if day % 30 == min(10, args.days // 2):  # once a month (and in a short run)
                _seminar(rng.choice(offices)[1], day, args.seminar)
            for laptop in rng.sample(laptops, len(laptops)):
                for _visit in range(rng.randint(1, 3)):
                    t0 = time.perf_counter()
                    exchanging.exchange(laptop)
                    timings.append(time.perf_counter() - t0)
            print(f"day {day + 1}: {len(timings)} exchanges, median "
                  f"{statistics.median(timings) * 1000:.0f} ms", flush=True)  # fmt: skip
        simulated = time.perf_counter() - started
        newcomer = _laptop(work / "newcomer", "office00")
        hq0 = offices[0][0]
        _trust(hq0, newcomer, work)
        _trust(newcomer, hq0, work)
        for a, _ in offices[1:]:
            _trust(newcomer, a, work)
        place.set_hub(newcomer, urls[0], ca)
        t0 = time.perf_counter()
        exchanging.exchange(newcomer)  # says who it is
        exchanging.exchange(hq0)  # seals a snapshot for it
        got = exchanging.exchange(newcomer)
        join = time.perf_counter() - t0
        size = _hub_size(admin, None if pg else ca)
        timings.sort()
        print()
        print(f"{args.offices} offices x 2 laptops, {args.days} days, {len(timings)} exchanges "
              f"in {simulated:.0f} s")  # fmt: skip
        print(f"exchange: median {statistics.median(timings):.3f} s, "
              f"95th percentile {timings[int(len(timings) * 0.95)]:.3f} s, max {timings[-1]:.3f} s"
              "  (target: under 2 s)")  # fmt: skip
        print(f"hub size: {size / 1e6:.1f} MB before housekeeping (target: under 1 GB)")
        kept = server.housekeep(admin, None if pg else ca)
        print(f"housekeeping dropped {kept.batches} files, {kept.bytes / 1e6:.1f} MB; "
              f"hub now {_hub_size(admin, None if pg else ca) / 1e6:.1f} MB")  # fmt: skip
        print(f"a new laptop joins in {join:.1f} s, taking in {got.new_changes} changes "
              "(target: under 30 s)")  # fmt: skip
    finally:
        if pg is not None:
            pg.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _hub_size(admin: str, ca: Path | None) -> int:
    from organiser.services.sync.hub.server import SCHEMA, _admin

    with _admin(admin, ca) as conn:
        row = conn.execute(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s "
            "AND c.relkind = 'r'",
            (SCHEMA,),
        ).fetchone()
    return int(row[0])


if __name__ == "__main__":
    raise SystemExit(main())
