"""Qt's own strings in Thai: buttons, file dialogs, context menus.

PySide6 ships no Thai catalogue for Qt itself, so Cancel/Yes/No, the file dialog Qt draws on
Linux and the right-click menu of every text field stayed English in Thai mode. This keeps
`resources/i18n/qt_th.ts`, in Qt's own contexts, beside the app's catalogues (the app loads
every `*_th.qm`):

    python tools/qt_catalogue.py update   # add the source strings of CONTEXTS from the
                                          # installed PySide6 (read from a shipped .qm),
                                          # keeping the Thai already written
    python tools/i18n.py release qt       # compile it

The source strings are read from a catalogue that PySide6 does ship (German), whose .qm file
carries each message's context and English source text; only the English is used.
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "qt_th.ts"
CONTEXTS = (
    "QPlatformTheme",  # the standard buttons of every dialog and message box
    "QDialogButtonBox",
    "QMessageBox",
    "QFileDialog",  # the file dialog Qt draws where the system has none (Linux without a portal)
    "QFileSystemModel",
    "QLineEdit",  # right-click menus of text fields
    "QWidgetTextControl",
    "QAbstractSpinBox",
    "QUnicodeControlCharacterMenu",
    "QProgressDialog",
    "QInputDialog",
    "QScrollBar",
    "QTabBar",
)
SKIP_PREFIXES = ("<h3>About Qt", "<p>Qt is a C++")  # Qt's own About box: never shown here

# .qm record tags (Qt's qtranslator.cpp)
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_MESSAGES = 0x69


def read_qm_sources(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, comment) of every message in a compiled catalogue."""
    data = path.read_bytes()
    found: list[tuple[str, str, str]] = []
    pos = 16  # after the magic number
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        body, pos = data[pos + 5 : pos + 5 + length], pos + 5 + length
        if tag != _MESSAGES:
            continue
        at, message = 0, {}
        while at < len(body):
            kind = body[at]
            at += 1
            if kind == _END:
                found.append(
                    (message.get(_CONTEXT, ""), message.get(_SOURCE, ""), message.get(_COMMENT, ""))
                )
                message = {}
            elif kind == _OBSOLETE1:
                at += 4
            elif kind in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                size = struct.unpack(">I", body[at : at + 4])[0]
                at += 4
                if size == 0xFFFFFFFF:
                    continue
                if kind != _TRANSLATION:
                    message[kind] = body[at : at + size].decode("utf-8")
                at += size
            else:
                raise ValueError(f"{path.name}: unknown record {kind} at {at}")
    return found


def qt_sources() -> list[tuple[str, str, str]]:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    wanted = []
    for context, source, comment in read_qm_sources(folder / "qtbase_de.qm"):
        if context in CONTEXTS and source and not source.startswith(SKIP_PREFIXES):
            wanted.append((context, source, comment))
    return sorted(set(wanted))


def read_ts(path: Path) -> dict[tuple[str, str, str], str]:
    if not path.exists():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                known[key] = translation.text or ""
    return known


def update() -> int:
    known = read_ts(TS)
    root = ET.Element("TS", version="2.1", language="th_TH", sourcelanguage="en")
    untranslated = 0
    by_context: dict[str, list[tuple[str, str]]] = {}
    for context, source, comment in qt_sources():
        by_context.setdefault(context, []).append((source, comment))
    for context, messages in by_context.items():
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source, comment in messages:
            message = ET.SubElement(node, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            translation = ET.SubElement(message, "translation")
            text = known.get((context, source, comment))
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
                untranslated += 1
    ET.indent(root)
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    print(f"{TS.name}: {sum(map(len, by_context.values()))} strings, {untranslated} untranslated")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        print(__doc__)
        sys.exit(2)
    sys.exit(update())
