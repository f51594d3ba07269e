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
    return [capture, size]
