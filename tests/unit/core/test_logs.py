"""The log keeps what support needs and none of the personal data an error message can quote."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from organiser import cli
from organiser.core import logs


def test_scrub_removes_names_numbers_and_addresses() -> None:
    text = "no person 'นายสมชาย ใจดี' with phone 0812345678 or +66 81 234 5678, a@b.co"
    scrubbed = logs.scrub(text)
    for personal in ("สมชาย", "0812345678", "234 5678", "a@b.co"):
        assert personal not in scrubbed
    assert scrubbed.startswith("no person")


def test_an_unexpected_command_error_is_one_sentence_and_a_private_log_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise KeyError("สมชาย ใจดี 0812345678")

    monkeypatch.setattr("organiser.services.events.reading.list_events", broken)
    data = tmp_path / "data"
    try:
        code = cli.main(["--data-dir", str(data), "events", "list"])
    finally:
        logs.stop_logging()
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILURE
    assert "Traceback" not in err
    assert "KeyError" in err and str(logs.log_path(data)) in err
    logged = logs.log_path(data).read_text(encoding="utf-8")
    assert "KeyError" in logged and "organiser/cli/" in logged
    assert "สมชาย" not in logged and "0812345678" not in logged
    if os.name == "posix" and sys.platform != "cygwin":
        assert stat.S_IMODE(logs.log_path(data).stat().st_mode) == 0o600
