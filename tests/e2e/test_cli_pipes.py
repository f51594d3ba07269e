"""`organiser … --json | head`: when the reader stops early, the command ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from organiser.store.db import Store


@pytest.mark.skipif(sys.platform == "win32", reason="a closed pipe is a different error there")
def test_a_closed_pipe_ends_the_listing_quietly(demo_store: Store, data_dir: Path) -> None:
    command = [sys.executable, "-m", "organiser", "--data-dir", str(data_dir)]
    env = dict(os.environ, PYTHONIOENCODING="utf-8", LANG="C.UTF-8")
    proc = subprocess.Popen(
        [*command, "people", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `head` that has read its lines, before the listing is printed
    with proc.stderr:
        err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 0
    assert err == ""  # no "Error: Broken pipe", no traceback
