"""What one measurement produced, how it is judged against its target, and how it is printed."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PASS, FAIL, NOT_AVAILABLE, ERROR = "pass", "FAIL", "not available yet", "ERROR"


class NotAvailable(Exception):
    """The code to measure has not landed yet: the row says so instead of measuring a stand-in."""


@dataclass(frozen=True)
class Target:
    """`limit`: the statistic must be below it; `times`: at most this many times the baseline."""

    limit: float | None = None
    times: float | None = None
    text: str = ""

    def describe(self, unit: str) -> str:
        if self.text:
            return self.text
        parts = []
        if self.limit is not None:
            parts.append(f"< {_fmt(self.limit)} {unit}")
        if self.times is not None:
            parts.append(f"≤ {self.times:g}× baseline")
        return " and ".join(parts)


@dataclass
class Result:
    key: str
    title: str
    unit: str  # "ms", "s" or "MB"
    target: Target
    stat: str = "median"  # "median" or "max" (for "no frame over …")
    samples: list[float] = field(default_factory=list)
    baseline_title: str = ""
    baseline_samples: list[float] = field(default_factory=list)
    # CPU time of the same runs (process_time, or the child's rusage): on a machine shared
    # with other work, wall time stretches while CPU time stays close to an idle machine's
    cpu_samples: list[float] = field(default_factory=list)
    status: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def value(self) -> float | None:
        return summarise(self.samples, self.stat)

    @property
    def cpu(self) -> float | None:
        return summarise(self.cpu_samples, "median")

    @property
    def baseline(self) -> float | None:
        return summarise(self.baseline_samples, self.stat)

    @property
    def ratio(self) -> float | None:
        value, base = self.value, self.baseline
        if value is None or not base:
            return None
        return value / base

    @property
    def spread(self) -> str:
        return spread_text(self.samples, self.stat)

    def judge(self) -> None:
        if self.status in (NOT_AVAILABLE, ERROR):
            return
        value = self.value
        if value is None:
            self.status = ERROR
            self.note = self.note or "no samples"
            return
        ok = True
        if self.target.limit is not None:
            ok = ok and value < self.target.limit
        if self.target.times is not None:
            ratio = self.ratio
            ok = ok and ratio is not None and ratio <= self.target.times
        self.status = PASS if ok else FAIL

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "measurement": self.title,
            "unit": self.unit,
            "statistic": self.stat,
            "value": self.value,
            "spread": self.spread,
            "samples": self.samples,
            "cpu_median": self.cpu,
            "cpu_samples": self.cpu_samples,
            "target": self.target.describe(self.unit),
            "target_limit": self.target.limit,
            "target_times_baseline": self.target.times,
            "baseline": self.baseline_title,
            "baseline_value": self.baseline,
            "baseline_samples": self.baseline_samples,
            "ratio": self.ratio,
            "status": self.status,
            "note": self.note,
            **({"extra": self.extra} if self.extra else {}),
        }


def summarise(samples: Sequence[float], stat: str) -> float | None:
    if not samples:
        return None
    return max(samples) if stat == "max" else statistics.median(samples)


def quantile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def spread_text(samples: Sequence[float], stat: str) -> str:
    if not samples:
        return "–"
    if len(samples) == 1:
        return "1 run"
    if stat == "max":  # the worst frame is the figure; show the typical and the 99th percentile
        return f"p50 {_fmt(quantile(samples, 0.5))} · p99 {_fmt(quantile(samples, 0.99))}"
    if len(samples) < 4:
        return f"{_fmt(min(samples))}–{_fmt(max(samples))}"
    return f"IQR {_fmt(quantile(samples, 0.25))}–{_fmt(quantile(samples, 0.75))}"


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


class Stopwatch:
    """Wall and CPU time of a block: `with Stopwatch(1000) as w: …` then w.wall, w.cpu (ms)."""

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale
        self.wall = self.cpu = 0.0

    def __enter__(self) -> Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = (time.perf_counter() - self._wall) * self.scale
        self.cpu = (time.process_time() - self._cpu) * self.scale

    def into(self, result: Result) -> None:
        result.samples.append(self.wall)
        result.cpu_samples.append(self.cpu)


# ------------------------------------------------------------------ the machine and the table


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    ram_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_mb = int(line.split()[1]) // 1024
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt, pyside = qVersion(), PySide6.__version__
    except ImportError:  # pragma: no cover - the app needs it anyway
        qt = pyside = "missing"
    import sqlite3

    return {
        "load_average": load_average(),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_mb": ram_mb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": qt,
        "pyside6": pyside,
        "sqlite": sqlite3.sqlite_version,
        "commit": _git_commit(),
    }


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            cwd=Path(__file__).parent,
        )
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


HEADERS = (
    "measurement",
    "median",
    "spread",
    "cpu",
    "target",
    "baseline (same run)",
    "ratio",
    "result",
)


def table_rows(results: Sequence[Result]) -> list[list[str]]:
    rows = []
    for r in results:
        value = r.value
        shown = "–" if value is None else f"{_fmt(value)} {r.unit}"
        if r.stat == "max" and value is not None:
            shown = f"max {shown}"
        base = r.baseline
        baseline = (
            f"{r.baseline_title}: {_fmt(base)} {r.unit}" if base is not None else r.baseline_title
        )
        ratio = "–" if r.ratio is None else f"{r.ratio:.2f}×"
        cpu = "–" if r.cpu is None else _fmt(r.cpu)
        rows.append(
            [r.title, shown, r.spread, cpu, r.target.describe(r.unit), baseline, ratio, r.status]
        )
    return rows


def print_table(results: Sequence[Result], out: Any = None) -> None:
    out = out or sys.stdout
    cells = [list(HEADERS), *table_rows(results)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADERS))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip(), file=out)
        if n == 0:
            print("  ".join("-" * w for w in widths), file=out)
    from benchmarks.notes import NOTES

    for r in results:
        if r.status != FAIL or r.note:
            continue
        notes = []
        limit, cpu = r.target.limit, r.cpu
        if limit is not None and cpu is not None and cpu < limit:
            notes.append(
                f"its CPU time ({_fmt(cpu)} {r.unit}) is within the target; the rest of the "
                f"wall time is waiting for the disk and for CPUs shared with other work "
                f"(load average {' / '.join(f'{x:g}' for x in load_average())})"
            )
        if r.key in NOTES:
            notes.append("cause: " + NOTES[r.key])
        r.note = "; ".join(notes)
    notes = [r for r in results if r.note]
    if notes:
        print(file=out)
        for r in notes:
            print(f"- {r.title}: {r.note}", file=out)


def markdown_table(results: Sequence[Result]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for row in table_rows(results):
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
    return "\n".join(lines)


def write_markdown(path: Path, results: Sequence[Result], meta: dict[str, Any]) -> None:
    """The table as the README shows it, with the machine and the notes."""
    m = machine()
    load = " / ".join(f"{x:g}" for x in m["load_average"])
    text = [
        f"Run {meta['started']} ({meta['mode']}, {meta['seconds']:.0f} s, commit {m['commit']}) "
        f"on {m['nproc']} CPU cores ({m['cpu']}), {m['ram_mb'] / 1024:.1f} GB RAM, "
        f"Python {m['python']}, Qt {m['qt']} / PySide6 {m['pyside6']}, SQLite {m['sqlite']}; "
        f"load average at the end {load}.",
        "",
        markdown_table(results),
        "",
    ]
    text += [f"- **{r.title}**: {r.note}" for r in results if r.note]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")


def write_json(path: Path, results: Sequence[Result], meta: dict[str, Any]) -> None:
    data = {**meta, "machine": machine(), "results": [r.as_json() for r in results]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
