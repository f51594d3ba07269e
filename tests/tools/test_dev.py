"""tools/dev.py, the quick start: it recovers from a broken .venv and names what the system lacks."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import venv
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="hides a shared library the Linux way"
)


def load_dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "tools" / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_environment_without_pip_is_made_anew_with_pip(tmp_path: Path) -> None:
    dev = load_dev()
    folder = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(folder)  # as an interrupted first try leaves it
    assert dev.venv_problem(folder) == "it has no working pip"

    dev.prepare_venv(folder)

    assert dev.venv_problem(folder) is None
    pip = subprocess.run(
        [str(dev.venv_python(folder)), "-m", "pip", "--version"], capture_output=True, text=True
    )
    assert pip.returncode == 0, pip.stderr


def test_an_environment_of_another_python_version_is_not_used(tmp_path: Path) -> None:
    dev = load_dev()
    folder = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(folder)
    config = folder / "pyvenv.cfg"
    config.write_text(
        "\n".join(
            "version = 3.9.2" if line.startswith("version") else line
            for line in config.read_text().splitlines()
        )
    )
    assert dev.venv_problem(folder) == (
        f"it was made with Python 3.9.2, not {sys.version_info.major}.{sys.version_info.minor}"
    )


def test_an_interrupted_install_is_done_again(tmp_path: Path, monkeypatch) -> None:
    dev = load_dev()
    folder = tmp_path / "venv"
    folder.mkdir()
    (folder / ".installing").write_text("x")
    (folder / ".installed-app").write_text(dev.install_digest(""))  # stale: it never finished
    runs: list[list[str]] = []

    def fake_run(command, **_kwargs):
        runs.append(command)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(dev.subprocess, "run", fake_run)
    dev.install(folder, "")
    assert any("-e" in command for command in runs), "pip was not run again"
    assert not (folder / ".installing").exists()
    assert (folder / ".installed-app").read_text() == dev.install_digest("")


def test_the_install_uses_the_known_good_versions(tmp_path: Path, monkeypatch) -> None:
    dev = load_dev()
    runs: list[list[str]] = []
    monkeypatch.setattr(
        dev.subprocess,
        "run",
        lambda command, **_kw: runs.append(command) or subprocess.CompletedProcess(command, 0),
    )
    folder = tmp_path / "venv"
    folder.mkdir()
    dev.install(folder, "test")
    editable = next(command for command in runs if "-e" in command)
    assert ["-c", str(ROOT / "tools" / "constraints.txt")] == editable[
        editable.index("-c") : editable.index("-c") + 2
    ]
    pins = (ROOT / "tools" / "constraints.txt").read_text().splitlines()
    assert any(line.startswith("PySide6_Essentials==") for line in pins)
    assert all("://" not in line for line in pins), "no download addresses in the constraints"


@linux_only
def test_a_missing_qt_library_prints_the_command_that_installs_it(tmp_path: Path) -> None:
    # the loader finds this empty file first and fails on it, as on a system without glib
    hidden = tmp_path / "lib"
    hidden.mkdir()
    (hidden / "libglib-2.0.so.0").write_bytes(b"")
    env = dict(os.environ, LD_LIBRARY_PATH=str(hidden), ORGANISER_DEV_VENV=str(Path(sys.prefix)))
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import importlib.util, sys\n"
            f"spec = importlib.util.spec_from_file_location('dev', {str(ROOT / 'tools' / 'dev.py')!r})\n"
            "dev = importlib.util.module_from_spec(spec); spec.loader.exec_module(dev)\n"
            "try:\n"
            "    dev.check_qt(__import__('pathlib').Path(sys.executable), 'offscreen')\n"
            "except dev.Missing as m:\n"
            "    print(m); sys.exit(2)\n",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert probe.returncode == 2, probe.stdout + probe.stderr
    assert "libglib-2.0.so.0" in probe.stdout
    family = load_dev().platform_needs().system_family()
    if family == "debian":
        assert "sudo apt install libglib2.0-0" in probe.stdout
    assert "Traceback" not in probe.stdout + probe.stderr


def test_qt_that_starts_passes_the_check() -> None:
    dev = load_dev()
    dev.check_qt(Path(sys.executable), "offscreen")  # raises Missing when it cannot start


def test_no_display_is_said_plainly() -> None:
    dev = load_dev()
    env_display = {k: os.environ.pop(k) for k in ("DISPLAY", "WAYLAND_DISPLAY") if k in os.environ}
    try:
        if not sys.platform.startswith("linux"):
            pytest.skip("only X11 systems can lack a display")
        with pytest.raises(dev.Missing, match="no display"):
            dev.check_qt(Path(sys.executable), "xcb")
    finally:
        os.environ.update(env_display)
