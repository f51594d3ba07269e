"""One command to run the app or the tests from a fresh checkout, on Windows, macOS and Linux.

    python3 tools/dev.py app [organiser arguments…]   install into .venv, open the app
    python3 tools/dev.py test [pytest arguments…]     install into .venv with test extras and
                                                      PyInstaller, run pytest (the whole suite)

Needs only Python 3.11+; everything else is installed into the project's .venv from PyPI.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_installed(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must explain itself on old Pythons
        sys.exit("Organiser needs Python 3.11 or newer; this is " + sys.version.split()[0])
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras.replace(',', '-') or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        print("Installing Organiser and what it needs …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT
        )
        stamp.write_text(digest)
    return python


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("app", [])
    if command == "app":
        python = ensure_installed("")
        return subprocess.call([str(python), "-m", "organiser", *rest], cwd=ROOT)
    if command == "test":
        # the whole suite includes building the installable app, hence PyInstaller
        python = ensure_installed("test,package")
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
