"""Sync: what capturing changes into the change log costs a check-in, and what it adds to the
file. The baseline is the same durable check-in, through the same service, on a copy of the
same database without the capture triggers."""

from __future__ import annotations

from benchmarks.results import Result, Stopwatch, Target
from benchmarks.service_measures import guarded, need
from benchmarks.suite import Context


def sync(ctx: Context) -> list[Result]:
    capture = Result(
        "sync_capture",
        f"check-in with the change log ({ctx.sizes.medium:,} people)",
        "ms",
        Target(times=1.3),
        baseline_title="the same check-in without capture triggers",
    )
    size = Result(
        "sync_log_bytes",
        "change log per check-in (table and index pages)",
        "bytes",
        Target(limit=1024.0),
    )

    def body(r: Result) -> None:
        module = need("organiser.services.desk.editing", "check_in")
        need("organiser.sync", "install")
        from organiser.domain.desk import CheckInMethod
        from organiser.store.opening import open_store
        from organiser.sync import capture as triggers

        data = ctx.data.people(ctx.sizes.medium)
        with_log = open_store(ctx.data.copy(data.data_dir))
        without = open_store(ctx.data.copy(data.data_dir))
        with without.raw_connection() as conn:
            triggers.drop_triggers(conn)
        regs = data.seminar.registration_ids
        day = data.seminar.days[0]
        per_run = min(40, len(regs))

        def log_bytes() -> int:
            with with_log.raw_connection() as conn:
                try:
                    row = conn.execute(
                        "SELECT sum(pgsize) FROM dbstat "
                        "WHERE name IN ('sync_change', 'ix_sync_change_stamp')"
                    ).fetchone()
                except Exception:  # SQLite built without dbstat: the values' own bytes
                    row = conn.execute(
                        "SELECT sum(length(stamp) + length(tbl) + length(row_id) + length(col)"
                        " + coalesce(length(value), 0) + coalesce(length(base), 0))"
                        " FROM sync_change"
                    ).fetchone()
                return int(row[0] or 0)

        try:
            # the data set was written through plain connections: its rows wait in the
            # pending log until the first commit through the app stamps them; not a check-in's
            with with_log.writer() as uow:
                triggers.stamp_pending(uow.session.connection().connection.driver_connection)
                uow.commit()
            before, made = log_bytes(), 0
            # interleaved, one of each in turn: a burst of load on the machine hits both
            for rep in range(ctx.sizes.repeat):
                for i in range(per_run):
                    reg_id = regs[(rep * per_run + i) % len(regs)]
                    for store in (with_log, without):
                        with Stopwatch(1000) as watch, store.writer() as uow:
                            module.check_in(
                                uow, reg_id, day, method=CheckInMethod.SEARCH, desk="โต๊ะ 1"
                            )
                            uow.commit()
                        if store is with_log:
                            watch.into(r)
                        else:
                            r.baseline_samples.append(watch.wall)
                    made += 1
            size.samples = [(log_bytes() - before) / made]
            r.extra = {"check_ins": made}
        finally:
            with_log.dispose()
            without.dispose()

    guarded(capture, body, ctx.log)
    if not size.samples:
        size.status, size.note = capture.status, capture.note
    return [capture, size, snapshot(ctx), compaction(ctx)]


def snapshot(ctx: Context) -> Result:
    """Opening a database whose rows have no change yet (upgraded from before the change log):
    every row gets its creation change once, at that opening. Baseline: opening it again."""
    r = Result(
        "sync_snapshot",
        f"first opening logs every row once ({ctx.sizes.medium:,} people)",
        "ms",
        Target(limit=10_000.0),
        baseline_title="the next opening (nothing to log)",
    )

    def body(r: Result) -> None:
        import sqlite3

        need("organiser.sync.snapshot", "stamp_unlogged_rows")
        from organiser.store.opening import open_store
        from organiser.sync import capture as triggers

        data = ctx.data.people(ctx.sizes.medium)
        for _rep in range(max(1, ctx.sizes.repeat // 3)):
            folder = ctx.data.copy(data.data_dir)
            conn = sqlite3.connect(folder / "organiser.sqlite3", isolation_level=None)
            try:  # as before the change log: the rows, and no change of any of them
                triggers.drop_triggers(conn)
                for table in ("sync_change", "sync_held", "sync_pending"):
                    conn.execute(f"DELETE FROM {table}")
            finally:
                conn.close()
            with Stopwatch(1000) as watch:
                open_store(folder).dispose()
            watch.into(r)
            with Stopwatch(1000) as again:
                open_store(folder).dispose()
            r.baseline_samples.append(again.wall)

    guarded(r, body, ctx.log)
    return r


def compaction(ctx: Context) -> Result:
    """The change log after a venue day's edits, before and after compaction (every copy
    holds everything): the log must shrink."""
    r = Result(
        "sync_compaction",
        "change log after compaction, share of before (400 edits of 40 people)",
        "%",
        Target(limit=100.0),
    )

    def body(r: Result) -> None:
        need("organiser.sync.compaction", "compact")
        from organiser.store.opening import open_store
        from organiser.sync import known
        from organiser.sync.compaction import compact

        data = ctx.data.people(ctx.sizes.medium)
        store = open_store(ctx.data.copy(data.data_dir))
        try:
            with store.raw_connection() as conn:
                ids = [str(x[0]) for x in conn.execute("SELECT id FROM person LIMIT 40")]
            for n in range(400):
                with store.writer() as uow:
                    uow.session.connection().exec_driver_sql(
                        "UPDATE person SET phone = ? WHERE id = ?",
                        (f"08{n:08d}", ids[n % len(ids)]),
                    )
                    uow.commit()

            def rows() -> int:
                with store.raw_connection() as conn:
                    return int(conn.execute("SELECT count(*) FROM sync_change").fetchone()[0])

            before = rows()
            with Stopwatch(1000) as watch, store.writer() as uow:
                compact(uow, [known(uow)])  # another copy holding exactly what this one holds
                uow.commit()
            r.samples = [100.0 * rows() / before]
            r.extra = {"rows_before": before, "rows_after": rows(), "ms": round(watch.wall, 1)}
        finally:
            store.dispose()

    guarded(r, body, ctx.log)
    return r
