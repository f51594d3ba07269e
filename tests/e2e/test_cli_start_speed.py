"""`organiser --version` answers without building every command's parser, which imported
SQLAlchemy and the models (0.8 s of CPU for a version number)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_version_is_printed_without_loading_the_database_layer() -> None:
    script = (
        "import sys\n"
        "from organiser.cli import main\n"
        "code = main(['--version'])\n"
        "print('loaded' if 'sqlalchemy' in sys.modules else 'light', code)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.split("\n")
    assert lines[0].startswith("organiser ")
    assert lines[1] == "light 0"
