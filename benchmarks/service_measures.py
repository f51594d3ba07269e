"""Measurements of services as the app calls them: search per keystroke, check-in, import."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator
from typing import Any

from benchmarks.data import PeopleSet
from benchmarks.results import ERROR, NOT_AVAILABLE, NotAvailable, Result, Stopwatch, Target
from benchmarks.suite import Context


def need(module: str, *names: str) -> Any:
    """The module if it exists and has these names; otherwise the row waits (NotAvailable)."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        raise NotAvailable(f"{module} does not exist yet") from exc
    missing = [n for n in names if not hasattr(mod, n)]
    if missing:
        raise NotAvailable(f"{module} has no {', '.join(missing)} yet")
    return mod


def guarded(result: Result, body: Callable[[Result], None], log: Callable[[str], None]) -> Result:
    """Run one row's measurement; a missing piece or an error marks that row only."""
    import traceback

    try:
        body(result)
    except NotAvailable as exc:
        result.status, result.note = NOT_AVAILABLE, str(exc)
    except Exception as exc:
        log(traceback.format_exc())
        result.status, result.note = ERROR, f"{type(exc).__name__}: {exc}"
    return result


# ------------------------------------------------------------------ search per keystroke


def keystrokes(data: PeopleSet) -> Iterator[str]:
    """What a person at the desk types, one keystroke at a time: given names then the start of
    the family name, phone numbers digit by digit, an organisation word."""
    for full in data.sample_names[:6]:
        given, _space, family = full.partition(" ")
        typed = given + " " + family[:4]
        for end in range(1, len(typed) + 1):
            if typed[end - 1] != " ":
                yield typed[:end]
    for phone in data.sample_phones[:2]:
        for end in range(1, 8):
            yield phone[:end]
    for end in range(1, 7):
        yield "กองทุน"[:end]


BASELINE_SQL = (
    "SELECT id, given_name, family_name FROM person "
    "WHERE given_name >= ? AND given_name < ? ORDER BY given_name LIMIT 200"
)


def _check_finds(store: Any, data: PeopleSet, search: Callable[..., Any]) -> None:
    """It must find people who exist, or the figure would be of an empty answer."""
    with store.reader() as uow:
        for name in data.sample_names[:3]:
            found = search(uow, name)
            if not any(f"{r.given_name} {r.family_name}" == name for r in found):
                raise RuntimeError(f"search for '{name}' did not find that person")


def search(ctx: Context) -> list[Result]:
    small, medium, large = ctx.sizes.people
    rows = {
        n: Result(
            f"search_{n}",
            f"search per keystroke, {n:,} people",
            "ms",
            Target(limit=20.0),
            baseline_title="indexed name-prefix lookup",
        )
        for n in (small, medium)
    }
    rows[large] = Result(
        f"search_{large}",
        f"search per keystroke, {large:,} people",
        "ms",
        Target(times=2.0),
        baseline_title=f"same search at {small:,}",
    )

    def measure_all(_r: Result) -> None:
        from organiser.store.opening import open_store

        module = need("organiser.services.people.search", "search_people")
        sets = {n: ctx.data.people(n) for n in (small, medium, large)}
        stores = {n: open_store(d.data_dir) for n, d in sets.items()}
        typed = list(keystrokes(sets[small]))  # the same names exist at every size
        try:
            for n, store in stores.items():
                _check_finds(store, sets[n], module.search_people)
            with (
                stores[small].raw_connection() as c_small,
                stores[medium].raw_connection() as c_medium,
            ):
                conns = {small: c_small, medium: c_medium}
                # every keystroke at every size and through the baseline, in turn, so a burst
                # of load on the shared machine hits all of them alike
                for _ in range(ctx.sizes.repeat):
                    for text in typed:
                        for n, store in stores.items():
                            with Stopwatch(1000) as watch, store.reader() as uow:
                                module.search_people(uow, text)
                            watch.into(rows[n])
                            if n in conns:
                                start = time.perf_counter()
                                bounds = (text, text + "\U0010ffff")
                                conns[n].execute(BASELINE_SQL, bounds).fetchall()
                                elapsed = (time.perf_counter() - start) * 1000
                                rows[n].baseline_samples.append(elapsed)
        finally:
            for store in stores.values():
                store.dispose()
        rows[large].baseline_samples = list(rows[small].samples)
        worst = {n: max(r.samples) for n, r in rows.items()}
        rows[large].extra = {"slowest_keystroke_ms": worst, "keystrokes": len(typed)}

    probe = guarded(rows[small], measure_all, ctx.log)
    if probe.status in (NOT_AVAILABLE, ERROR):
        for r in rows.values():
            r.status, r.note = probe.status, probe.note
    return list(rows.values())


# ------------------------------------------------------------------ check-in


def checkin(ctx: Context) -> list[Result]:
    result = Result(
        "checkin",
        f"check-in, Enter to committed ({ctx.sizes.medium:,} people)",
        "ms",
        Target(limit=15.0),
        baseline_title="bare INSERT + durable COMMIT",
    )

    def body(r: Result) -> None:
        module = need("organiser.services.desk.editing", "check_in")
        from organiser.domain.desk import CheckInMethod
        from organiser.store.opening import open_store

        data = ctx.data.people(ctx.sizes.medium)
        folder = ctx.data.copy(data.data_dir)
        store = open_store(folder)
        regs = data.seminar.registration_ids
        day = data.seminar.days[0]
        per_run = min(40, len(regs))
        try:
            with store.raw_connection() as conn:
                # interleaved, one of each in turn: a burst of load on the machine hits both
                for rep in range(ctx.sizes.repeat):
                    for i in range(per_run):
                        reg_id = regs[(rep * per_run + i) % len(regs)]
                        with Stopwatch(1000) as watch, store.writer() as uow:
                            module.check_in(
                                uow, reg_id, day, method=CheckInMethod.SEARCH, desk="โต๊ะ 1"
                            )
                            uow.commit()
                        watch.into(r)
                        start = time.perf_counter()
                        conn.execute("BEGIN IMMEDIATE")
                        conn.execute(
                            "INSERT INTO check_in (id, registration_id, day, kind, desk, method,"
                            " at, created_at) VALUES (?, ?, ?, 'check_in', 'โต๊ะ 1', 'search',"
                            " datetime('now'), datetime('now'))",
                            (f"bench-{rep}-{i}", reg_id, day.isoformat()),
                        )
                        conn.execute("COMMIT")
                        r.baseline_samples.append((time.perf_counter() - start) * 1000)
            r.extra = {"check_ins": len(r.samples)}
        finally:
            store.dispose()

    return [guarded(result, body, ctx.log)]


# ------------------------------------------------------------------ import of an .xlsx list


def _openpyxl_read(path: Any) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = [list(r) for r in wb.active.iter_rows(values_only=True)]
    finally:
        wb.close()
    return len(rows)


def xlsx_import(ctx: Context) -> list[Result]:
    n = ctx.sizes.import_rows
    result = Result(
        "import",
        f"import of a {n:,}-row .xlsx list (read, check, write, commit)",
        "s",
        Target(times=1.5),
        baseline_title="openpyxl read of the file",
    )

    def body(r: Result) -> None:
        module = need("organiser.services.people.importing.writing", "prepare_import", "run_import")
        from organiser.store.opening import open_store

        path = ctx.data.xlsx(n)
        data = ctx.data.people(ctx.sizes.small)
        created = []
        for _ in range(ctx.sizes.repeat_slow):
            start = time.perf_counter()
            rows = _openpyxl_read(path)
            r.baseline_samples.append(time.perf_counter() - start)
            assert rows == n + 1
            store = open_store(ctx.data.copy(data.data_dir))
            try:
                with Stopwatch() as watch:
                    with store.reader() as uow:
                        plan = module.prepare_import(uow, path)
                    with store.writer() as uow:
                        outcome = module.run_import(uow, plan, data.seminar.event_id)
                        uow.commit()
                watch.into(r)
            finally:
                store.dispose()
            created.append(outcome.created + outcome.merged)
        if created[-1] < n * 0.9:
            raise RuntimeError(f"the import took in only {created[-1]} of {n} rows")
        r.extra = {"people_taken_in": created[-1]}

    return [guarded(result, body, ctx.log)]
