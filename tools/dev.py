"""One command to run the app or the tests from a fresh checkout, on Windows, macOS and Linux.

    python3 tools/dev.py app [organiser arguments…]   install into .venv, open the app
    python3 tools/dev.py test [pytest arguments…]     install into .venv with test extras and
                                                      PyInstaller, run the whole suite: pytest
                                                      (the quick tests), then pytest --slow;
                                                      with arguments, one pytest run with them
    python3 tools/dev.py constraints                  rewrite tools/constraints.txt from .venv

Needs only Python 3.11+; everything else is installed into the project's .venv from PyPI, at
the known-good versions of tools/constraints.txt. What the system itself must provide (Python's
venv module, the libraries Qt loads) is checked first: when something is missing this prints
the one command that installs it and exits with code 2.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("ORGANISER_DEV_VENV") or ROOT / ".venv")
CONSTRAINTS = ROOT / "tools" / "constraints.txt"
EXIT_MISSING = 2

# Creates QApplication as the app will, with Qt naming every library it fails to load
QT_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
print("qt-ok", app.platformName())
"""


class Missing(Exception):
    """Something the system must provide; the message says what and how to install it."""


def platform_needs() -> ModuleType:
    """organiser/core/platform_needs.py, loaded by its path: the package is not installed yet."""
    path = ROOT / "src" / "organiser" / "core" / "platform_needs.py"
    spec = importlib.util.spec_from_file_location("organiser_platform_needs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def venv_python(folder: Path | None = None) -> Path:
    folder = folder or VENV
    if os.name == "nt":
        return folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


def venv_problem(folder: Path) -> str | None:
    """Why the environment in `folder` cannot be used as it is, or None when it can."""
    if not folder.exists():
        return None
    python = venv_python(folder)
    if not python.exists():
        return "it has no Python"
    config = folder / "pyvenv.cfg"
    wanted = f"{sys.version_info.major}.{sys.version_info.minor}"
    try:
        lines = config.read_text(encoding="utf-8").splitlines()
    except OSError:
        return "it has no pyvenv.cfg"
    made_with = next(
        (
            value.strip()
            for key, _sep, value in (line.partition("=") for line in lines)
            if key.strip() in ("version", "version_info")
        ),
        "",
    )
    if not made_with.startswith(wanted + "."):
        return f"it was made with Python {made_with or 'unknown'}, not {wanted}"
    probe = subprocess.run(
        [str(python), "-m", "pip", "--version"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        return "it has no working pip"
    return None


def make_venv(folder: Path) -> None:
    """A new environment with pip; a system Python without ensurepip is told what to install."""
    needs = platform_needs()
    if importlib.util.find_spec("ensurepip") is None:
        raise Missing(
            "Python's venv module cannot make an environment here (ensurepip is missing).\n"
            f"Install it with:  {needs.install_venv_command()}\nthen run this command again."
        )
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)  # never leave a half-made environment behind
        raise Missing(
            f"Python could not make the environment in {folder} ({exc}).\n"
            f"Install what it needs with:  {needs.install_venv_command()}\n"
            "then run this command again."
        ) from None


def prepare_venv(folder: Path) -> None:
    """Make the environment, or make it anew when a previous one is unusable."""
    problem = venv_problem(folder)
    if problem:
        print(f"The environment in {folder} cannot be used: {problem}. Making it anew …")
        shutil.rmtree(folder, ignore_errors=True)
    if not folder.exists():
        print(f"Creating the virtual environment in {folder} …", flush=True)
        make_venv(folder)


def install_digest(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    if CONSTRAINTS.exists():
        digest.update(CONSTRAINTS.read_bytes())
    digest.update(extras.encode())
    return digest.hexdigest()


def install(folder: Path, extras: str) -> None:
    """Install Organiser (editable) with `extras`, unless the same install is already done.

    A marker file stands while pip runs: an install that was interrupted is done again."""
    python = venv_python(folder)
    stamp = folder / f".installed-{extras.replace(',', '-') or 'app'}"
    running = folder / ".installing"
    digest = install_digest(extras)
    if not running.exists() and stamp.exists() and stamp.read_text() == digest:
        return
    if running.exists():
        print("The last install did not finish; installing again …", flush=True)
    else:
        print("Installing Organiser and what it needs …", flush=True)
    running.write_text(digest)
    for stale in folder.glob(".installed-*"):
        stale.unlink()
    constraints = ["-c", str(CONSTRAINTS)] if CONSTRAINTS.exists() else []
    target = f".[{extras}]" if extras else "."
    steps = (
        [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [str(python), "-m", "pip", "install", "--quiet", *constraints, "-e", target],
    )
    for step in steps:
        if subprocess.run(step, cwd=ROOT, check=False).returncode != 0:
            raise SystemExit(
                "Installing into .venv failed (pip's message is above). Once the cause is "
                "fixed (usually the network), run the same command again: it starts over."
            )
    stamp.write_text(digest)
    running.unlink()


def check_qt(python: Path, platform: str | None) -> None:
    """Start Qt in a child process as the app (or the tests) will; name what is missing."""
    env = dict(os.environ, QT_DEBUG_PLUGINS="1")
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    probe = subprocess.run(
        [str(python), "-c", QT_PROBE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        check=False,
        timeout=120,
    )
    if probe.returncode == 0 and "qt-ok" in probe.stdout:
        return
    needs = platform_needs()
    said = probe.stdout + probe.stderr
    if needs.says_no_display(said):
        raise Missing(
            "Qt cannot open a window: there is no display. Run this from a desktop session "
            "(over SSH, with X forwarding), or run the tests, which need no display."
        )
    missing = needs.missing_libraries(said)
    if missing:
        raise Missing(
            f"Qt cannot start: the system library {', '.join(missing)} is missing.\n"
            f"Install it with:  {needs.install_libraries_command(missing)}\n"
            "then run this command again."
        )
    last = [line for line in said.splitlines() if line.strip()][-3:]
    raise Missing("Qt cannot start here:\n  " + "\n  ".join(last))


def ensure_ready(extras: str, qt_platform: str | None) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must explain itself on old Pythons
        sys.exit("Organiser needs Python 3.11 or newer; this is " + sys.version.split()[0])
    prepare_venv(VENV)
    install(VENV, extras)
    python = venv_python()
    check_qt(python, qt_platform)
    return python


def write_constraints(python: Path) -> None:
    frozen = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pins = sorted(
        (line for line in frozen.splitlines() if "==" in line and not line.startswith("-")),
        key=str.lower,
    )
    CONSTRAINTS.write_text(
        "# Known-good versions: tools/dev.py and CI install exactly these (pip -c).\n"
        "# Refreshed on purpose with `python3 tools/dev.py constraints` after an upgrade\n"
        "# has passed the whole test suite. Names and versions only.\n" + "\n".join(pins) + "\n",
        encoding="utf-8",
    )
    print(f"Wrote {len(pins)} versions to {CONSTRAINTS.relative_to(ROOT)}")


def test_steps(args: list[str]) -> list[list[str]]:
    """pytest's arguments for each step: with none given, the whole suite in two steps, the
    quick tests (what `pytest` alone runs) and then the slow ones (`--slow`: soaks, kill
    loops, long property runs, the packaging build); given arguments are passed on as they are."""
    if args:
        return [args]
    # both steps on every core (pytest-xdist): the quick step took 9.7 min on one of two cores
    # and 5.6 min on both; the slow step keeps each file on one worker (the packaging build is
    # made once for its module, and the long tests are one file each)
    return [["-n", "auto"], ["--slow", "-n", "auto", "--dist", "loadfile"]]


def run_tests(python: Path, args: list[str]) -> int:
    """Every step runs even when one fails (CI shows all failures at once); the worst exit
    code wins. A step that finds no test to run is not a failure."""
    worst = 0
    for step in test_steps(args):
        if not args:
            print(f"\n== pytest {' '.join(step) or '(the quick tests)'}", flush=True)
        code = subprocess.call([str(python), "-m", "pytest", *step], cwd=ROOT)
        if code == 5 and not args:  # pytest's "no tests collected"
            code = 0
        worst = max(worst, code)
    return worst


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("app", [])
    try:
        if command == "app":
            python = ensure_ready("", None)
            return subprocess.call([str(python), "-m", "organiser", *rest], cwd=ROOT)
        if command == "test":
            # the whole suite includes building the installable app, hence PyInstaller; the
            # tests themselves run offscreen
            python = ensure_ready("test,package", "offscreen")
            return run_tests(python, rest)
        if command == "constraints":
            write_constraints(venv_python())
            return 0
    except Missing as missing:
        print(missing, file=sys.stderr)
        return EXIT_MISSING
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
