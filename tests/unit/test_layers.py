"""The layer rule: only ui/ and app.py may import Qt, so every use case runs headless."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "organiser"


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                a.name
                for a in node.names
                if a.name.split(".")[0] in ("PySide6", "PyQt6", "PyQt5", "shiboken6")
            ]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.split(".")[0] in ("PySide6", "PyQt6", "PyQt5", "shiboken6")
        ):
            found.append(node.module)
    return found


def test_nothing_below_ui_imports_qt() -> None:
    offenders = {
        str(p.relative_to(SRC)): qt_imports(p)
        for p in SRC.rglob("*.py")
        if "ui" not in p.relative_to(SRC).parts and p.name != "app.py" and qt_imports(p)
    }
    assert offenders == {}


def test_the_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport PySide6.QtGui\n")
    assert qt_imports(sample) == ["PySide6.QtCore", "PySide6.QtGui"]


def test_cli_starts_no_qt() -> None:
    import subprocess
    import sys

    code = "import sys; from organiser.cli import build_parser; build_parser(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
