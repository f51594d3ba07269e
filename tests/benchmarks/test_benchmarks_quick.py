"""The performance suite in quick mode (small sizes, one repetition): it must run to the end and
produce a number for every measurement. Timings never fail this test; only errors do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {
    "startup",
    "search_300",
    "search_600",
    "search_1200",
    "checkin",
    "import",
    "agenda_pdf",
    "signin_pdf",
    "badges_pdf",
    "table_frames",
    "table_memory",
    "place_people",
    "place_desk",
    "place_agenda",
    "place_memoranda",
    "place_plans",
    "place_sync",
    "erase_search",
    "erase_frames",
    "session_people_search",
    "session_people_frames",
    "sync_capture",
    "sync_log_bytes",
    "sync_snapshot",
    "sync_compaction",
    "sync_send",
    "sync_send_bytes",
    "sync_receive",
    "sync_receive_ratio",
    "thai_first",
    "venue_propagation",
    "venue_propagation_p99",
    "venue_idle_cpu",
}


@pytest.mark.slow
def test_quick_suite_runs_and_measures_everything(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    # the table a person reads
    assert "measurement" in proc.stdout and "baseline (same run)" in proc.stdout

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["mode"] == "quick"
    assert data["machine"]["nproc"] >= 1 and data["machine"]["python"]
    results = {r["key"]: r for r in data["results"]}
    assert set(results) == EXPECTED
    for key, r in results.items():
        assert r["status"] != "ERROR", f"{key}: {r['note']}"
        if r["status"] == "not available yet":  # the code to measure has not landed
            assert "does not exist yet" in r["note"] or "has no" in r["note"], r
            continue
        assert r["status"] in ("pass", "FAIL"), r
        assert isinstance(r["value"], float) and r["value"] > 0, r
        if r["baseline_value"] is None:  # against a fixed limit: the change log's bytes, its
            # share left after compaction, a send or receive against the seconds
            assert r["unit"] in ("bytes", "%", "ms", "s") and r["ratio"] is None, r
        else:
            assert isinstance(r["baseline_value"], float) and r["baseline_value"] > 0, r
            assert r["ratio"] == pytest.approx(r["value"] / r["baseline_value"]), r
        assert r["samples"] and all(isinstance(s, float) for s in r["samples"]), r
        assert r["target"], r
