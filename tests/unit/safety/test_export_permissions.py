"""PDPA: every file the app writes for a user (exports, a backup copy) is readable by them only,
whatever the umask, and each export of personal data is in the audit log."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from organiser.cli import main
from organiser.store.db import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_exports_and_backup_copies_are_private(
    demo_store: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = str(demo_store.data_dir)
    demo_store.dispose()
    event = json.loads(run(capsys, "events", "list", "--json", "--data-dir", folder))[0]
    plan = json.loads(run(capsys, "plans", "list", "--json", "--data-dir", folder))[0]
    out = tmp_path / "out"
    out.mkdir()
    commands = {
        # one of each kind of writer (PDF, spreadsheet, calendar, database); the areas' own tests
        # cover the rest
        "signin.pdf": ["export", "signin", event["id"], "--day", event["starts_on"]],
        "attendance.xlsx": ["export", "attendance", event["id"]],
        "agenda.ics": ["export", "agenda", event["id"], "--format", "ics"],
        "plan.xlsx": ["export", "plan", plan["id"], "--format", "xlsx"],
        "backup.sqlite3": ["backup"],
    }
    old = os.umask(0o022)
    try:
        for name, command in commands.items():
            run(capsys, *command, "-o", str(out / name), "--data-dir", folder)
    finally:
        os.umask(old)
    for name in commands:
        mode = stat.S_IMODE((out / name).stat().st_mode)
        assert mode & 0o077 == 0, f"{name} is readable by others ({oct(mode)})"
    log = json.loads(run(capsys, "audit", "--json", "--data-dir", folder))
    assert sum(1 for e in log if e["action"] == "export") >= 2
