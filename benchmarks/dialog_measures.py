"""Dialogs over the directory: the erase dialog's search at 100,000 people, the agenda's people
of a session at 50,000; per keystroke (the search the dialog runs) and the longest frame of the
real dialog while typing (a process, `probes/dialogs.py`)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.app_measures import PROBES, _env
from benchmarks.results import Result, Stopwatch, Target
from benchmarks.service_measures import BASELINE_SQL, guarded, keystrokes, need
from benchmarks.suite import Context

FRAME_LIMIT_MS = 33.0  # two frames at 60 Hz: a stall a person notices


def _run_probe(ctx: Context, mode: str, data_dir: Path, typed: list[str]) -> dict[str, Any]:
    stamp = time.monotonic_ns()
    keys = ctx.root / f"keys-{mode}-{stamp}.json"
    keys.write_text(json.dumps(typed, ensure_ascii=False), encoding="utf-8")
    out = ctx.root / f"dialog-{mode}-{stamp}.json"
    command = [sys.executable, str(PROBES / "dialogs.py"), mode, str(data_dir), str(keys), str(out)]
    proc = subprocess.run(
        command, capture_output=True, text=True, env=_env(ctx), timeout=900, encoding="utf-8"
    )
    if not out.exists():
        tail = proc.stderr.strip().splitlines()[-8:]
        raise RuntimeError(f"the {mode} dialog probe failed (exit {proc.returncode}): {tail}")
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if data.get("error"):
        raise RuntimeError(f"the {mode} dialog probe: {data['error']}")
    return data


def _keystroke_row(key: str, title: str) -> Result:
    return Result(key, title, "ms", Target(limit=20.0), baseline_title="indexed name-prefix lookup")


def _frames_row(key: str, title: str) -> Result:
    return Result(
        key,
        title,
        "ms",
        Target(limit=FRAME_LIMIT_MS, text=f"no frame ≥ {FRAME_LIMIT_MS:g} ms"),
        stat="max",
    )


def dialogs(ctx: Context) -> list[Result]:
    large, medium = ctx.sizes.large, ctx.sizes.medium
    erase_keys = _keystroke_row(
        "erase_search", f"erase dialog search per keystroke, {large:,} people"
    )
    erase_frames = _frames_row(
        "erase_frames", f"erase dialog typed into, {large:,} people: longest frame"
    )
    session_keys = _keystroke_row(
        "session_people_search", f"session people dialog per keystroke, {medium:,} people"
    )
    session_frames = _frames_row(
        "session_people_frames",
        f"session people dialog typed into, {medium:,} people: longest frame",
    )

    def measure_services(_r: Result) -> None:
        from organiser.store.opening import open_store

        privacy = need("organiser.services.safety.privacy", "people_to_erase")
        search = need("organiser.services.people.search", "search_people")
        speakers = need("organiser.services.agenda.speakers", "likely_matches")
        sets = {n: ctx.data.people(n) for n in (large, medium)}
        typed = list(keystrokes(sets[large]))
        stores = {n: open_store(d.data_dir) for n, d in sets.items()}
        try:
            with (
                stores[large].raw_connection() as c_large,
                stores[medium].raw_connection() as c_med,
            ):
                conns = {large: c_large, medium: c_med}
                for _ in range(ctx.sizes.repeat):
                    for text in typed:
                        # what the erase dialog runs for a keystroke
                        with Stopwatch(1000) as watch, stores[large].reader() as uow:
                            privacy.people_to_erase(uow, text, limit=100)
                        watch.into(erase_keys)
                        # the session dialog: its directory search, and the likely matches of
                        # a new person's name typed (each keystroke runs one of them)
                        with Stopwatch(1000) as watch, stores[medium].reader() as uow:
                            search.search_people(uow, text)
                        watch.into(session_keys)
                        with Stopwatch(1000) as watch, stores[medium].reader() as uow:
                            speakers.likely_matches(uow, text)
                        watch.into(session_keys)
                        for n, row in ((large, erase_keys), (medium, session_keys)):
                            start = time.perf_counter()
                            conns[n].execute(BASELINE_SQL, (text, text + "\U0010ffff")).fetchall()
                            row.baseline_samples.append((time.perf_counter() - start) * 1000)
        finally:
            for store in stores.values():
                store.dispose()
        for row in (erase_keys, session_keys):
            row.extra = {"slowest_keystroke_ms": max(row.samples), "keystrokes": len(typed)}

    def measure_frames(row: Result, mode: str, n: int) -> None:
        data = ctx.data.people(n)
        typed = list(keystrokes(data))
        run = _run_probe(ctx, mode, data.data_dir, typed)
        row.samples.extend(run["frames_ms"])
        # the GUI thread's own CPU time per frame: on a machine shared with other work the
        # wall time of a frame also holds the time the thread waited for a core
        row.cpu_samples.append(max(run["frames_cpu_ms"]))
        answers = sorted(run["answer_ms"])
        row.extra = {
            "answer_ms_median": answers[len(answers) // 2],
            "answer_ms_max": answers[-1],
            "gui_cpu_ms_max": max(run["frames_cpu_ms"]),
            "frames": len(run["frames_ms"]),
        }

    guarded(erase_keys, measure_services, ctx.log)
    session_keys.status, session_keys.note = erase_keys.status or "", erase_keys.note
    guarded(erase_frames, lambda r: measure_frames(r, "erase", large), ctx.log)
    guarded(session_frames, lambda r: measure_frames(r, "session", medium), ctx.log)
    return [erase_keys, erase_frames, session_keys, session_frames]
