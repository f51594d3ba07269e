"""The first opening of each place of the main window: the longest frame from the click on it
until its first loads are done (a process per place, `probes/places.py`), once the window has
settled and built its places ahead of time while idle."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from benchmarks.app_measures import PROBES, _env
from benchmarks.dialog_measures import FRAME_LIMIT_MS
from benchmarks.results import Result, Target
from benchmarks.service_measures import guarded
from benchmarks.suite import Context

PLACES = ("people", "desk", "agenda", "memoranda", "plans", "sync")


def _run_probe(ctx: Context, place: str, data_dir: Any) -> dict[str, Any]:
    out = ctx.root / f"place-{place}-{time.monotonic_ns()}.json"
    command = [sys.executable, str(PROBES / "places.py"), str(data_dir), str(out), place]
    proc = subprocess.run(
        command, capture_output=True, text=True, env=_env(ctx), timeout=600, encoding="utf-8"
    )
    if not out.exists():
        tail = proc.stderr.strip().splitlines()[-8:]
        raise RuntimeError(f"the {place} place probe failed (exit {proc.returncode}): {tail}")
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    if data.get("error"):
        raise RuntimeError(f"the {place} place probe: {data['error']}")
    return data


def places(ctx: Context) -> list[Result]:
    people = ctx.sizes.medium
    rows = []
    for place in PLACES:
        row = Result(
            f"place_{place}",
            f"first opening of {place.capitalize()}, {people:,} people: longest frame",
            "ms",
            Target(limit=FRAME_LIMIT_MS, text=f"no frame ≥ {FRAME_LIMIT_MS:g} ms"),
            stat="max",
        )

        def measure(r: Result, place: str = place) -> None:
            run = _run_probe(ctx, place, ctx.data.people(people).data_dir)
            r.samples.extend(run["frames_ms"])
            # the GUI thread's own CPU time in its longest frame: on a machine shared with
            # other work, a frame's wall time also holds the time it waited for a core
            r.cpu_samples.append(max(run["frames_cpu_ms"]))
            r.extra = {"open_ms": run["open_ms"], "frames": len(run["frames_ms"])}

        rows.append(guarded(row, measure, ctx.log))
    return rows
