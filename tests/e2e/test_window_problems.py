"""The app that cannot open its window says why in one sentence, not with Qt's abort."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="displays and shared libraries the Linux way"
)


@linux_only
def test_no_display_is_one_sentence_and_exit_code_2(tmp_path: Path, cli) -> None:
    result = cli(
        data_dir=tmp_path / "data",
        env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "WAYLAND_DISPLAY": ""},
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [
        "Organiser cannot open its window: there is no display to show it on. Start it from "
        "the desktop (over SSH, with X forwarding)."
    ]


@linux_only
def test_a_missing_system_library_is_named_with_its_package(tmp_path: Path, cli) -> None:
    hidden = tmp_path / "lib"
    hidden.mkdir()
    (hidden / "libglib-2.0.so.0").write_bytes(b"")  # found first by the loader, and unusable
    result = cli("--lang", "th", data_dir=tmp_path / "data", env={"LD_LIBRARY_PATH": str(hidden)})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "libglib-2.0.so.0" in result.stderr
    assert "Organiser" in result.stderr and "Qt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
