"""Desks at the venue: propagation from a check-in's commit at one desk to the check-in on
disk at the other two, three `organiser sync serve` processes on loopback, each desk checking
one person in a second (60 s; 5 s in quick mode). Median and p99 over every check-in and
every other desk."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.results import NOT_AVAILABLE, Result, Target, quantile
from benchmarks.service_measures import guarded, need
from benchmarks.suite import Context


def _organiser(*args: str) -> list[str]:
    return [sys.executable, "-m", "organiser", *args]


def _serve(folder: Path) -> tuple[subprocess.Popen[str], dict[str, str]]:
    proc = subprocess.Popen(
        _organiser("sync", "serve", "--port", "0", "--bind", "127.0.0.1", "--no-discovery",
                   "--json", "--data-dir", str(folder)),
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
    )  # fmt: skip
    assert proc.stdout is not None
    head = json.loads(proc.stdout.readline())
    # the rest of its output is read and dropped, so that its pipe never fills
    threading.Thread(target=lambda: [None for _ in proc.stdout or []], daemon=True).start()
    return proc, head


def _stop(proc: subprocess.Popen[str]) -> None:
    if os.name == "nt":
        proc.terminate()
    else:
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


def _on_disk(folder: Path, check_in_id: str) -> bool:
    import sqlite3

    conn = sqlite3.connect((folder / "organiser.sqlite3").as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM check_in WHERE id = ?", (check_in_id,)).fetchone() \
            is not None  # fmt: skip
    finally:
        conn.close()


def venue(ctx: Context) -> list[Result]:
    median = Result("venue_propagation", "propagation, Enter at one desk to on disk at the "
                    "others (3 desks, loopback)", "ms", Target(limit=100.0))  # fmt: skip
    p99 = Result("venue_propagation_p99", "propagation p99 (3 desks, loopback)", "ms",
                 Target(limit=2000.0))  # fmt: skip
    idle = Result("venue_idle_cpu", "an idle desk serving two others, share of one core", "%",
                  Target(limit=1.0))  # fmt: skip

    def measure(r: Result) -> None:
        need("organiser.services.sync.venue.server", "DeskServer")
        from organiser.services.demo import DAY1
        from organiser.services.desk import editing, reading
        from organiser.services.events.reading import resolve_event
        from organiser.store.opening import open_store

        root = ctx.root / "venue"
        folders = [root / n for n in ("a", "b", "c")]
        subprocess.run(_organiser("demo", "--data-dir", str(folders[0])), check=True,
                       capture_output=True)  # fmt: skip
        procs = []
        try:
            first, head = _serve(folders[0])
            procs.append(first)
            for folder in folders[1:]:
                subprocess.run(_organiser("sync", "pair", head["pairing_code"], "--host",
                                          head["address"], "--data-dir", str(folder)),
                               check=True, capture_output=True)  # fmt: skip
                procs.append(_serve(folder)[0])
            seconds = 5 if ctx.quick else 60
            samples: list[float] = []
            lock = threading.Lock()

            def desk(i: int) -> None:
                store = open_store(folders[i])
                others = [f for j, f in enumerate(folders) if j != i]
                with store.reader() as uow:
                    event_id = resolve_event(uow, "south-2550").id
                    regs = [x.id for x in reading.list_registrations(uow, event_id)]
                end = time.monotonic() + seconds
                n = 0
                while time.monotonic() < end:
                    tick = time.monotonic()
                    with store.writer() as uow:
                        made = editing.check_in(uow, regs[(n * 3 + i) % len(regs)], DAY1,
                                                desk=f"bench {i}")  # fmt: skip
                        uow.commit()
                    done = time.monotonic()
                    for other in others:
                        while not _on_disk(other, made.check_in_id):
                            if time.monotonic() - done > 10:
                                break
                            time.sleep(0.002)
                        with lock:
                            samples.append((time.monotonic() - done) * 1000)
                    n += 1
                    time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))
                store.dispose()

            # the first exchange after the desks start finds every desk: not measured
            store = open_store(folders[0])
            with store.reader() as uow:
                event_id = resolve_event(uow, "south-2550").id
                first_reg = reading.list_registrations(uow, event_id)[0].id
            with store.writer() as uow:
                warm = editing.check_in(uow, first_reg, DAY1, desk="bench warm-up")
                uow.commit()
            store.dispose()
            limit = time.monotonic() + 60
            while not all(_on_disk(f, warm.check_in_id) for f in folders[1:]):
                if time.monotonic() > limit:
                    raise TimeoutError("the desks did not find each other within 60 s")
                time.sleep(0.01)
            threads = [threading.Thread(target=desk, args=(i,)) for i in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            r.samples = samples
            p99.samples = [quantile(samples, 0.99)]
            r.extra = {"check_ins": len(samples) // 2, "seconds": seconds}
            idle.samples = _idle_share(procs, 3.0 if ctx.quick else 20.0)
        finally:
            for proc in procs:
                _stop(proc)

    guarded(median, measure, ctx.log)
    if median.status:
        for row in (p99, idle):
            row.status, row.note = median.status, median.note
    elif not idle.samples:
        idle.status, idle.note = NOT_AVAILABLE, "needs /proc (Linux)"
    return [median, p99, idle]


def _cpu_ticks(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])  # utime + stime


def _idle_share(procs: list[subprocess.Popen[str]], seconds: float) -> list[float]:
    """Per desk, its CPU time over `seconds` with nothing happening, in % of one core."""
    time.sleep(2.0)  # the last answers settle
    before = [_cpu_ticks(p.pid) for p in procs]
    if any(b is None for b in before):
        return []
    time.sleep(seconds)
    after = [_cpu_ticks(p.pid) for p in procs]
    hz = os.sysconf("SC_CLK_TCK")
    return [100 * ((a or 0) - (b or 0)) / hz / seconds for a, b in zip(after, before, strict=True)]
