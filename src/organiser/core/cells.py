"""Text in exported spreadsheets stays text: the one rule every CSV and xlsx writer follows.

A name such as `=1+cmd|' /C calc'!A0` or `-2+3+cmd|…` typed into the app, or brought in by an
import, must not run when someone opens an export in Excel or LibreOffice (CSV/formula
injection). So:

- CSV: a text value that starts with `= + - @`, a tab, a line break (or their full-width
  forms, which some spreadsheet programs read the same) gets a leading `'`, the OWASP way; the
  spreadsheet then shows it as text. Real numbers are not text and stay as they are.
- xlsx: every text value is written as a string cell, never a formula or an error cell, with
  characters that the file format cannot hold left out; text that looks like a formula also
  gets Excel's "quote prefix" style so that editing the cell later does not turn it into one.

The writers use openpyxl, which this module does not import: it works on any cell that has
`value` and `data_type`, and any worksheet that can `append` a row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol, TypeVar

# what starts a formula in Excel, LibreOffice or Google Sheets (and the full-width forms)
FORMULA_STARTS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
# XML 1.0 has no place for these control characters; openpyxl refuses them outright
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_XLSX_TEXT = 32_767  # Excel's limit for one cell


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet program could read `text` as a formula (or start of one)."""
    return text.lstrip(" ")[:1] in FORMULA_STARTS if text else False


def csv_value(value: object) -> object:
    """The value to give csv.writer: text that could run as a formula gets a leading `'`."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def csv_row(values: Iterable[object]) -> list[object]:
    return [csv_value(v) for v in values]


def sheet_text(text: str) -> str:
    """Text without the characters an xlsx file cannot hold (cells, sheet names, properties)."""
    return _NOT_IN_XML.sub("", text)[:MAX_XLSX_TEXT]


def sheet_value(value: object) -> object:
    """The value to give an xlsx cell: text without characters the format cannot hold."""
    return sheet_text(value) if isinstance(value, str) else value


class SheetCell(Protocol):
    value: Any
    data_type: str
    quotePrefix: Any


class Sheet(Protocol):
    max_row: int

    def append(self, iterable: Any) -> None: ...

    def __getitem__(self, key: int) -> Any: ...


CellT = TypeVar("CellT", bound=SheetCell)


def keep_as_text(cell: CellT) -> CellT:
    """Make a cell holding text a string cell (openpyxl makes `=…` a formula, `#N/A` an error)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if looks_like_formula(cell.value):
            cell.quotePrefix = True
    return cell


def append_row(ws: Sheet, values: Sequence[object]) -> None:
    """Append a row to an ordinary (not write-only) worksheet, its text kept as text."""
    ws.append([sheet_value(v) for v in values])
    if values:
        for cell in ws[ws.max_row]:
            keep_as_text(cell)


def set_text(cell: CellT, value: object) -> CellT:
    """Put a value into one cell, its text kept as text."""
    cell.value = sheet_value(value)
    return keep_as_text(cell)
