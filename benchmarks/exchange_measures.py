"""Sync between offices: sending a venue day as a change file, and receiving a busy office's
month of changes. The receive is compared with the floor of storing the same changes: one
`executemany` of the same rows into the change log, in one durable transaction.

Each is measured once per run: a laptop's first send seals its changes (that is part of what is
measured), and a copy of a data folder is another copy with other keys, so the same file cannot
be received again by a fresh copy of the same laptop."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from benchmarks.results import Result, Stopwatch, Target
from benchmarks.service_measures import guarded, need
from benchmarks.suite import Context


def _stamped_template(ctx: Context, n: int) -> Path:
    """The people data set with its rows stamped into the change log (as one copy made them),
    so that two copies taken from it hold the same changes."""
    from organiser.store.opening import open_store
    from organiser.sync import capture

    source = ctx.data.people(n)
    folder = ctx.data.copy(source.data_dir)
    store = open_store(folder)
    try:
        with store.writer() as uow:
            capture.stamp_pending(uow.session.connection().connection.driver_connection)
            uow.commit()
        with store.raw_connection() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.dispose()
    return folder


def _pair(ctx: Context, template: Path) -> tuple[object, object]:
    from organiser.services.sync import copies, exchange
    from organiser.store.opening import open_store

    a = open_store(ctx.data.copy(template))
    b = open_store(ctx.data.copy(template))
    for me, other in ((a, b), (b, a)):
        card = other.data_dir / "card.json"
        copies.write_card(other, card)
        copies.trust_card(me, card)
    # b tells a what it holds, so that a's file carries only what b lacks
    first = exchange.send(b, b.data_dir / "hello.orgsync")
    exchange.receive(a, first.paths, by_hand=False)
    return a, b


def exchange_rows(ctx: Context) -> list[Result]:
    send_time = Result(
        "sync_send",
        "send of a venue day (1,000 check-ins, 50 walk-ins)",
        "ms",
        Target(limit=500.0),
    )
    send_size = Result(
        "sync_send_bytes", "the venue day's change file", "bytes", Target(limit=200_000)
    )
    receive_time = Result(
        "sync_receive",
        "receive of 10,000 changes (no backup: as in the background)",
        "ms",
        Target(limit=2000.0),
    )
    receive_ratio = Result(
        "sync_receive_ratio",
        "receive of 10,000 changes, to storing them",
        "ms",
        Target(times=3.0),
        baseline_title="executemany of the same rows into the change log",
    )

    def venue_day(r: Result) -> None:
        need("organiser.services.sync.exchange", "send", "receive")
        from organiser.domain.desk import CheckInMethod
        from organiser.services.desk import editing as desk_checkin
        from organiser.services.sync import exchange

        data = ctx.data.people(ctx.sizes.small)
        a, b = _pair(ctx, _stamped_template(ctx, ctx.sizes.small))
        try:
            regs = data.seminar.registration_ids[:1000]
            day = data.seminar.days[0]
            for reg_id in regs:
                with a.writer() as uow:  # type: ignore[attr-defined]
                    desk_checkin.check_in(uow, reg_id, day, method=CheckInMethod.SEARCH)
                    uow.commit()
            for i in range(50):
                with a.writer() as uow:  # type: ignore[attr-defined]
                    desk_checkin.register_walk_in(
                        uow, data.seminar.event_id,
                        desk_checkin.WalkIn("นาย", f"เดินเข้า{i}", "ทดสอบ", f"08{i:08d}"), day,
                    )  # fmt: skip
                    uow.commit()
            target = Path(a.data_dir) / "venue-day.orgsync"  # type: ignore[attr-defined]
            with Stopwatch(1000) as watch:
                sent = exchange.send(a, target)  # type: ignore[arg-type]
            watch.into(r)
            send_size.samples = [float(sent.bytes)]
            r.extra = {"changes": sent.changes, "check_ins": len(regs), "walk_ins": 50}
        finally:
            a.dispose()  # type: ignore[attr-defined]
            b.dispose()  # type: ignore[attr-defined]

    def month(r: Result) -> None:
        need("organiser.services.sync.exchange", "send", "receive")
        from organiser.services.sync import exchange
        from organiser.store.opening import open_store

        n = 10_000 if ctx.sizes.small >= 10_000 else 1_000
        template = _stamped_template(ctx, ctx.sizes.small)
        a, b = _pair(ctx, template)
        floor = ctx.data.copy(template)
        try:
            with a.writer() as uow:  # type: ignore[attr-defined]
                conn = uow.session.connection().connection.driver_connection
                ids = [x for (x,) in conn.execute("SELECT id FROM person LIMIT ?", (n,))]
                conn.executemany(
                    "UPDATE person SET notes = ? WHERE id = ?",
                    ((f"ติดตามแล้ว {dt.date.today()} #{i}", pid) for i, pid in enumerate(ids)),
                )
                uow.commit()
            sent = exchange.send(a, Path(a.data_dir) / "month.orgsync")  # type: ignore[arg-type,attr-defined]
            with Stopwatch(1000) as watch:
                got = exchange.receive(b, sent.paths, by_hand=False)  # type: ignore[arg-type]
            watch.into(r)
            receive_ratio.samples = list(r.samples)
            r.extra = {"changes": got.new_changes}
            with a.raw_connection() as conn:  # type: ignore[attr-defined]
                rows = conn.execute(
                    "SELECT stamp, tbl, row_id, col, value, base FROM sync_change "
                    "WHERE col = 'notes'"
                ).fetchall()
            store = open_store(floor)
            try:
                with store.raw_connection() as conn, Stopwatch(1000) as base:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.executemany(
                        "INSERT OR IGNORE INTO sync_change VALUES (?, ?, ?, ?, ?, ?)", rows
                    )
                    conn.execute("COMMIT")
                receive_ratio.baseline_samples = [base.wall]
            finally:
                store.dispose()
        finally:
            a.dispose()  # type: ignore[attr-defined]
            b.dispose()  # type: ignore[attr-defined]
            shutil.rmtree(floor, ignore_errors=True)

    guarded(send_time, venue_day, ctx.log)
    if not send_size.samples:
        send_size.status, send_size.note = send_time.status, send_time.note
    guarded(receive_time, month, ctx.log)
    if not receive_ratio.samples:
        receive_ratio.status, receive_ratio.note = receive_time.status, receive_time.note
    return [send_time, send_size, receive_time, receive_ratio]
