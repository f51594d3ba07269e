"""Kill tests: the process is killed (SIGKILL, like a power cut for the process) at random
moments while it writes. Whatever it had reported as committed is there; an interrupted import
is wholly there or wholly absent; the database passes integrity_check every time."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from organiser.store.checking import check_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

WORKER = Path(__file__).with_name("kill_worker.py")


def start(folder: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(folder), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )


def read_until_killed(proc: subprocess.Popen[str], lines_before_kill: int) -> list[str]:
    """Read `lines_before_kill` lines after `ready`, then SIGKILL at whatever point the worker
    is; then collect the lines it had already written."""
    assert proc.stdout is not None
    seen: list[str] = []
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line
    while len(seen) < lines_before_kill:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
    proc.send_signal(signal.SIGKILL)
    rest, _err = proc.communicate(timeout=30)
    seen.extend(x.strip() for x in rest.splitlines() if x.strip())
    return seen


def test_check_ins_reported_committed_survive_a_kill(demo_store: object, data_dir: Path) -> None:
    demo_store.dispose()  # type: ignore[attr-defined]
    rng = random.Random(20070130)
    db = data_dir / "organiser.sqlite3"
    reported: list[str] = []
    for _round in range(7):
        proc = start(data_dir, "checkins")
        lines = read_until_killed(proc, rng.randint(0, 40))
        reported += [x.split()[1] for x in lines if x.startswith("committed ")]
        assert check_file(db, full=True) == []
        conn = sqlite3.connect(db)
        try:
            present = {r[0] for r in conn.execute("SELECT id FROM check_in WHERE desk='kill-test'")}
        finally:
            conn.close()
        missing = set(reported) - present
        assert not missing, f"{len(missing)} check-ins reported committed are gone"
    assert len(reported) > 20


def test_an_interrupted_import_is_wholly_present_or_wholly_absent(
    demo_store: object, data_dir: Path
) -> None:
    demo_store.dispose()  # type: ignore[attr-defined]
    rng = random.Random(30012007)
    db = data_dir / "organiser.sqlite3"
    size = 300
    outcomes = set()
    for round_ in range(5):
        proc = start(data_dir, "import", str(size))
        # progress lines: 0, 50, ... 250 (6 of them), then `committed`: kill anywhere in 0..7
        wait = 7 if round_ == 0 else (0 if round_ == 1 else rng.randint(0, 7))
        lines = read_until_killed(proc, wait)
        committed = [x.split()[1] for x in lines if x.startswith("committed ")]
        assert check_file(db, full=True) == []
        conn = sqlite3.connect(db)
        try:
            per_batch = dict(
                conn.execute(
                    "SELECT family_name, count(*) FROM person WHERE family_name LIKE 'batch-%' "
                    "GROUP BY family_name"
                ).fetchall()
            )
            orphans = conn.execute(
                "SELECT count(*) FROM registration r LEFT JOIN person p ON p.id = r.person_id "
                "WHERE p.id IS NULL"
            ).fetchone()[0]
        finally:
            conn.close()
        assert orphans == 0
        for batch, count in per_batch.items():
            assert count == size, f"{batch}: {count} of {size} people: a partial import"
        for batch in committed:
            assert per_batch.get(batch) == size
        outcomes.add(bool(committed))
    assert outcomes == {True, False}, "both a finished and an interrupted import were tried"
