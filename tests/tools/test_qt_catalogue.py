"""The Thai catalogue of Qt's own strings covers every string of its contexts in this Qt."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_qt_string_of_the_chosen_contexts_has_thai() -> None:
    spec = importlib.util.spec_from_file_location(
        "qt_catalogue", ROOT / "tools" / "qt_catalogue.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)

    sources = tool.qt_sources()
    assert ("QPlatformTheme", "Cancel", "") in sources
    assert ("QFileDialog", "File &name:", "") in sources
    translated = tool.read_ts(tool.TS)
    missing = [key for key in sources if not translated.get(key)]
    assert missing == [], "run tools/qt_catalogue.py update and translate the new strings"
