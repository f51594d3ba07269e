"""A programme read into rows of cell texts: an Excel or CSV file (the people import's hardened
reader), a Word document's tables, or rows pasted from Excel (tab-separated text).

A Word programme is often a heading paragraph per day ("วันอังคารที่ 30 มกราคม 2550") above a
table of times and sessions: such paragraphs become one-cell rows, which the planner reads as
day headings. Merged cells repeat their text down (a day spanning rows) and are left empty
across (a title spanning columns), as Excel's merged cells read.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from organiser.core.i18n import _
from organiser.services.people.importing.reading import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    Table,
    UnreadableFile,
    cell_text,
    read_table,
)

MAX_COLUMNS = 20
MAX_CELL_CHARS = 2000  # a session's description may be a paragraph


def read_programme(path: Path) -> Table:
    """Read a programme file; raises UnreadableFile (a UserError) with one clear sentence."""
    if _is_word(path):
        return _read_docx(path)
    if path.suffix.lower() == ".doc":
        raise UnreadableFile(
            _(
                "{name} is an old Word file (.doc). Open it in Word or LibreOffice and save it as .docx, then import that."
            ).format(name=path.name)
        )
    return read_table(path)


def read_pasted(text: str) -> Table:
    """Rows copied from Excel or a table: tab-separated, cells with line breaks in quotes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFile(_("The clipboard holds no rows to paste."))
    rows: list[list[str]] = []
    lines: list[int] = []
    delimiter = "\t" if "\t" in text else ","
    if delimiter == "," and text.count(",") < text.count("\n"):
        delimiter = "\t"  # one column: a list of lines
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for n, values in enumerate(reader, start=1):
            if n > MAX_ROWS:
                break
            cells = _cells(values)
            if cells:
                rows.append(cells)
                lines.append(n)
    except csv.Error as exc:
        raise UnreadableFile(_("The pasted text cannot be read as rows.")) from exc
    if not rows:
        raise UnreadableFile(_("The clipboard holds no rows to paste."))
    return Table(rows, lines, "paste")


def _cells(values: list[Any]) -> list[str]:
    cells = [cell_text(v)[:MAX_CELL_CHARS] for v in values[:MAX_COLUMNS]]
    while cells and not cells[-1]:
        cells.pop()
    return cells if any(cells) else []


def _is_word(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            if fh.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as zf:
            return "word/document.xml" in zf.namelist()
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False


def _read_docx(path: Path) -> Table:
    name = path.name
    with zipfile.ZipFile(path) as zf:
        total = sum(i.file_size for i in zf.infolist())
    if path.stat().st_size > MAX_FILE_BYTES or total > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableFile(
            _("{name} is far larger than a programme; it was not opened.").format(name=name)
        )
    try:
        import docx  # python-docx: loaded only when a Word file is imported
        from docx.table import Table as WordTable
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        rows: list[list[str]] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                text = cell_text(block.text)
                if text:
                    rows.append([text[:MAX_CELL_CHARS]])
            elif isinstance(block, WordTable):
                rows.extend(_table_rows(block))
            if len(rows) >= MAX_ROWS:
                break
    except UnreadableFile:
        raise
    except Exception as exc:  # python-docx raises many kinds on damaged files
        raise UnreadableFile(
            _("{name} cannot be read as a Word document (.docx).").format(name=name)
        ) from exc
    if not any(len(r) > 1 for r in rows):
        raise UnreadableFile(
            _("{name} has no table; the programme must be a table in the document.").format(
                name=name
            )
        )
    return Table(rows, list(range(1, len(rows) + 1)), "docx")


def _table_rows(table: Any) -> list[list[str]]:
    out: list[list[str]] = []
    above: list[Any] = []
    for row in table.rows:
        values: list[str] = []
        tcs: list[Any] = []
        for n, cell in enumerate(row.cells):
            tc = cell._tc
            # merged across, a cell comes back once per column: keep its text once; merged
            # down, it comes back in every row: keep it in the first, as Excel does
            merged = (tcs and tc is tcs[-1]) or (n < len(above) and tc is above[n])
            values.append("" if merged else cell_text(cell.text))
            tcs.append(tc)
        above = tcs
        cells = _cells(values)
        if cells:
            out.append(cells)
    return out
