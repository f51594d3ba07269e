"""Measurements of the whole app as a process: start-up, and the people table at 100,000."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.results import Result, Target
from benchmarks.suite import Context

PROBES = Path(__file__).parent / "probes"
MARKER = "ORGANISER_SHOWN_AND_IDLE"  # printed by organiser.app when ORGANISER_EXIT_WHEN_IDLE=1
START_TIMEOUT_S = 120


def _env(ctx: Context) -> dict[str, str]:
    home = ctx.root / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ)
    # as on a laptop where the app is installed: compiled modules are cached (an installer
    # compiles them; here the unmeasured first start writes them), so a start does not include
    # compiling hundreds of modules because this shell sets PYTHONDONTWRITEBYTECODE
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return dict(
        env,
        QT_QPA_PLATFORM="offscreen",
        ORGANISER_EXIT_WHEN_IDLE="1",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHONIOENCODING="utf-8",
    )


def time_to_marker(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting the process to the marker on its standard output, and the CPU
    seconds the whole process used (all its threads, until it exited)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None
    elapsed = None
    try:
        for line in proc.stdout:
            if line.strip() == MARKER:
                elapsed = time.perf_counter() - start
                break
        _out, err = proc.communicate(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise RuntimeError("the process did not quit after showing its window") from None
    if elapsed is None:
        tail = (err or "").strip().splitlines()[-5:]
        raise RuntimeError(f"no '{MARKER}' from {command[2:4]} (exit {proc.returncode}): {tail}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def startup(ctx: Context) -> list[Result]:
    people = ctx.sizes.medium
    result = Result(
        "startup",
        f"start-up to window shown and idle, {people:,} people",
        "s",
        Target(limit=1.0, times=2.5),
        baseline_title="minimal PySide6 window",
    )
    data = ctx.data.people(people)
    env = _env(ctx)
    app = [sys.executable, "-m", "organiser", "--data-dir", str(data.data_dir), "--lang", "th"]
    base = [sys.executable, str(PROBES / "minimal_window.py")]
    if not ctx.quick:  # one unmeasured start each: file caches warm, as on a laptop in use
        time_to_marker(base, env)
        time_to_marker(app, env)
    for _ in range(ctx.sizes.repeat):
        # interleaved, so a burst of load on the machine hits both alike
        result.baseline_samples.append(time_to_marker(base, env)[0])
        wall, cpu = time_to_marker(app, env)
        result.samples.append(wall)
        result.cpu_samples.append(cpu)
    return [result]


def _run_table_probe(ctx: Context, mode: str, data_dir: Path) -> dict[str, Any]:
    out = ctx.root / f"table-{mode}-{time.monotonic_ns()}.json"
    command = [sys.executable, str(PROBES / "people_table.py"), mode, str(data_dir), str(out)]
    proc = subprocess.run(
        command, capture_output=True, text=True, env=_env(ctx), timeout=900, encoding="utf-8"
    )
    if not out.exists():
        tail = proc.stderr.strip().splitlines()[-8:]
        raise RuntimeError(f"the {mode} table probe failed (exit {proc.returncode}): {tail}")
    data: dict[str, Any] = json.loads(out.read_text())
    if data.get("error"):
        raise RuntimeError(f"the {mode} table probe: {data['error']}")
    return data


def people_table(ctx: Context) -> list[Result]:
    people = ctx.sizes.large
    frames = Result(
        "table_frames",
        f"people table opened and scrolled by pages, {people:,} people: longest frame",
        "ms",
        Target(limit=50.0, text="no frame ≥ 50 ms"),
        stat="max",
        baseline_title="bare QTableView, same rows",
    )
    memory = Result(
        "table_memory",
        f"people table, {people:,} people: peak memory of the process (VmHWM)",
        "MB",
        Target(limit=300.0),
        baseline_title="bare QTableView process",
    )
    data = ctx.data.people(people)
    runs = 1  # thousands of frames per run; one run of each keeps the suite within minutes
    opened, rows, pages = [], [], []
    for _ in range(runs):
        base = _run_table_probe(ctx, "plain", data.data_dir)
        run = _run_table_probe(ctx, "app", data.data_dir)
        frames.samples.extend(run["frames_ms"])
        frames.baseline_samples.extend(base["frames_ms"])
        memory.samples.append(run["VmHWM"])
        memory.baseline_samples.append(base["VmHWM"])
        opened.append(run["open_ms"])
        rows.append(run["rows"])
        pages.append(run["pages"])
    frames.extra = {"open_ms": opened, "rows_shown": rows, "pages_scrolled": pages}
    if rows and rows[-1] < people:
        frames.note = f"the table showed {rows[-1]:,} of {people:,} rows when scrolled to the end"
    return [frames, memory]
