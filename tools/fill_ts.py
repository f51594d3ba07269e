"""Fill Thai translations into a .ts file from a Python dict file: (context or "*", source) -> text.

    python tools/fill_ts.py resources/i18n/core_th.ts translations.py

A helper for translators who prefer editing a table to editing XML; entries for sources that
are not in the .ts are ignored, entries under "*" apply to every context. The table is a
scratch file: the `.ts` files are the one catalogue (keep no table in the repository).
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, table: dict[tuple[str, str], str]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = table.get((name, source)) or table.get(("*", source))
            tr = message.find("translation")
            if text and tr is not None:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    ET.indent(tree.getroot())
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[2])["TRANSLATIONS"]
    print(fill(Path(sys.argv[1]), table), "filled")
