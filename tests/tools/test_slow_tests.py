"""The suite in two steps: `pytest` alone leaves out the tests marked slow (soaks, kill loops,
long property runs, the packaging build), `--slow` runs only those, `--all` everything; the
README's test command (tools/dev.py test) runs both steps, so CI still runs every test."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
CONVERGENCE = "tests/unit/sync/test_convergence.py"
QUICK = "test_three_offices_converge_whatever_the_order_of_exchanges"
SLOW = "test_three_offices_converge_over_many_more_histories"


def collected(*options: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         *options, CONVERGENCE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        timeout=300,
    )  # fmt: skip
    assert done.returncode in (0, 5), done.stdout + done.stderr
    return sorted(line.split("::")[-1] for line in done.stdout.splitlines() if "::" in line)


def test_pytest_alone_leaves_the_slow_tests_out() -> None:
    assert collected() == [QUICK]


def test_slow_runs_only_the_slow_tests_and_all_runs_every_test() -> None:
    assert collected("--slow") == [SLOW]
    assert collected("--all") == sorted([QUICK, SLOW])


def load_dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_steps_under_test", ROOT / "tools" / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_test_command_runs_the_quick_then_the_slow_step() -> None:
    dev = load_dev()
    assert dev.test_steps([]) == [["-n", "auto"], ["--slow", "-n", "auto", "--dist", "loadfile"]]
    # arguments are passed on as they are, in one run
    assert dev.test_steps(["tests/unit", "-x"]) == [["tests/unit", "-x"]]
