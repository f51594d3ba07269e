"""Thai and English ship complete: every source string has a finished Thai translation, and the
compiled .qm files are the ones the .ts sources produce."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


def test_every_string_has_a_thai_translation() -> None:
    tool = load_tool()
    assert tool.missing() == []


def test_extraction_finds_all_kinds_of_calls() -> None:
    tool = load_tool()
    found = tool.extract()
    assert "Main hall" in found["core"]["organiser"]
    assert any("Seminars" in texts for texts in found["core"].values())


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    tool = load_tool()
    compiled = tool.release(tmp_path)
    assert compiled, "no .ts files"
    for qm in compiled:
        shipped = ROOT / "resources" / "i18n" / qm.name
        assert shipped.exists(), f"{qm.name} is not shipped"
        assert shipped.read_bytes() == qm.read_bytes(), (
            f"{qm.name} is stale: run tools/i18n.py release"
        )


def test_no_string_is_translated_two_ways() -> None:
    """All .ts files load together: a (context, source) pair translated differently in two
    areas' files would show whichever loaded last."""
    tool = load_tool()
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    clashes = []
    for ts in sorted((ROOT / "resources" / "i18n").glob("*_th.ts")):
        for key, (text, _kind) in tool.read_ts(ts).items():
            if not text:
                continue
            if key in seen and seen[key][0] != text:
                clashes.append(f"{key}: {seen[key][1]}={seen[key][0]!r} vs {ts.name}={text!r}")
            seen.setdefault(key, (text, ts.name))
    assert clashes == []
