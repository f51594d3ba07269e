"""A lean reader of cell values from .xlsx files (streamed, nothing evaluated).

openpyxl builds a Python object per cell even in read-only mode; for a 10,000-row list that is
most of the import's time. This reader streams the first sheet's XML with ElementTree and keeps
only the values: shared and inline strings, numbers, booleans, dates (by the cell's number
format) and the cached result of formulas. Anything it does not understand raises
`UnsupportedWorkbook`, and the caller falls back to openpyxl. The archive's size has been
checked before either runs; expat refuses entity expansion attacks.

Memory stays small whatever the file holds: each cell is dropped from the parsed tree as soon
as it is read (a row of millions of cells once took 4 GB), shared strings are kept packed in one
UTF-8 buffer and cut to the caller's cap, and counts past what any list has raise `TooLarge`
early instead of reading on.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from array import array
from collections.abc import Iterator
from pathlib import Path

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DATE_BUILTIN = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57}
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_COLUMN = re.compile(r"[A-Z]+")


EXCEL_MAX_COLUMNS = 16_384  # column XFD: no spreadsheet program makes a wider row
EXCEL_MAX_ROWS = 1_048_576


class UnsupportedWorkbook(Exception):
    """Something this reader does not handle; openpyxl is used instead."""


class TooLarge(Exception):
    """More cells or strings than a list can have: refused without reading on."""


class SharedStrings:
    """The workbook's shared strings, packed: a 58 MB table once took 1.25 GB as Python str."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("Q")

    def append(self, text: str) -> None:
        self._data += text.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._data))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> str:
        if index < 0:
            raise IndexError(index)
        start = self._ends[index - 1] if index else 0
        return self._data[start : self._ends[index]].decode("utf-8", "surrogatepass")


def _is_date_format(code: str) -> bool:
    bare = _QUOTED.sub("", code).lower()
    return any(ch in bare for ch in "ymdhs") and "general" not in bare


def _column_index(ref: str) -> int:
    match = _COLUMN.match(ref)
    if not match:
        raise UnsupportedWorkbook(ref)
    n = 0
    for ch in match.group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


def _text(element: ET.Element) -> str:
    """The text of a string item: its <t> runs, without phonetic guides."""
    parts = []
    for child in element.iter():
        if child.tag == NS + "t" and child.text:
            parts.append(child.text)
        elif child.tag == NS + "rPh":
            break
    return "".join(parts)


class Workbook:
    def __init__(
        self, zf: zipfile.ZipFile, max_text: int = 1_000_000, max_cells: int = 10_000_000
    ) -> None:
        self.zf = zf
        self.max_text = max_text  # characters kept of one string (the caller flags longer)
        self.max_cells = max_cells  # cells (and shared strings) read before giving up
        workbook = ET.fromstring(zf.read("xl/workbook.xml"))
        pr = workbook.find(NS + "workbookPr")
        self.epoch = (
            dt.datetime(1904, 1, 1)
            if pr is not None and pr.get("date1904") in ("1", "true")
            else dt.datetime(1899, 12, 30)
        )
        sheets = workbook.findall(f"{NS}sheets/{NS}sheet")
        view = workbook.find(f"{NS}bookViews/{NS}workbookView")
        active = int(view.get("activeTab", "0")) if view is not None else 0
        if not sheets:
            raise UnsupportedWorkbook("no sheets")
        sheet = sheets[active] if 0 <= active < len(sheets) else sheets[0]
        self.sheet_name = sheet.get("name", "")
        rel_id = sheet.get(REL_NS + "id")
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        target = next((r.get("Target", "") for r in rels if r.get("Id") == rel_id), "")
        if not target or "worksheet" not in target:
            raise UnsupportedWorkbook("the active sheet is not a worksheet")
        self.sheet_path = (
            target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
        )
        names = set(zf.namelist())
        self.shared = self._shared_strings() if "xl/sharedStrings.xml" in names else SharedStrings()
        self.date_styles = self._date_styles() if "xl/styles.xml" in names else set()

    def _shared_strings(self) -> SharedStrings:
        out = SharedStrings()
        with self.zf.open("xl/sharedStrings.xml") as fh:
            root: ET.Element | None = None
            for event, element in ET.iterparse(fh, events=("start", "end")):
                if root is None:
                    root = element
                if event == "end" and element.tag == NS + "si":
                    out.append(_text(element)[: self.max_text])
                    del root[:]  # read strings leave the tree, or it grows with the file
                    if len(out) > self.max_cells:
                        raise TooLarge("shared strings")
        return out

    def _date_styles(self) -> set[int]:
        styles = ET.fromstring(self.zf.read("xl/styles.xml"))
        custom = {
            int(f.get("numFmtId", "-1")): f.get("formatCode", "")
            for f in styles.iter(NS + "numFmt")
        }
        dates = set()
        xfs = styles.find(NS + "cellXfs")
        for n, xf in enumerate(xfs if xfs is not None else []):
            fmt = int(xf.get("numFmtId", "0"))
            if fmt in _DATE_BUILTIN or (fmt in custom and _is_date_format(custom[fmt])):
                dates.add(n)
        return dates

    def _value(self, cell: ET.Element) -> object:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(NS + "is")
            return _text(inline)[: self.max_text] if inline is not None else ""
        v = cell.find(NS + "v")
        raw = v.text if v is not None else None
        if raw is None:
            return None
        if kind == "s":
            return self.shared[int(raw)]
        if kind in ("str", "d"):
            return raw[: self.max_text]
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "e":
            return None
        number = float(raw)
        style = int(cell.get("s", "0"))
        if style in self.date_styles and 0 <= number < 2958466:
            moment = self.epoch + dt.timedelta(days=number)
            return moment.time() if number < 1 else moment
        return int(number) if number.is_integer() and "E" not in raw.upper() else number

    def rows(self, max_columns: int) -> Iterator[tuple[int, list[object]]]:
        """(row number, values) for each row that has cells, in order."""
        c_tag, row_tag = NS + "c", NS + "row"
        cells_read = rows_read = in_row = expected = 0
        values: list[object] = []
        with self.zf.open(self.sheet_path) as fh:
            # "end" events only (half the work of also asking for "start"): a row's cells stay
            # in the tree until the row ends, at most a row's worth before TooLarge stops it
            for _event, element in ET.iterparse(fh):
                tag = element.tag
                if tag == c_tag:
                    in_row += 1
                    cells_read += 1
                    if in_row > EXCEL_MAX_COLUMNS or cells_read > self.max_cells:
                        raise TooLarge("cells")
                    ref = element.get("r")
                    col = _column_index(ref) if ref else in_row - 1
                    if col >= EXCEL_MAX_COLUMNS:
                        raise TooLarge("cells")
                    if col < max_columns:
                        if col >= len(values):
                            values.extend([None] * (col - len(values) + 1))
                        values[col] = self._value(element)
                elif tag == row_tag:
                    number = int(element.get("r") or expected + 1)
                    expected = number
                    element.clear()  # an emptied row stays in the tree: their number is capped
                    rows_read += 1
                    if rows_read > EXCEL_MAX_ROWS:
                        raise TooLarge("rows")
                    row_values, values, in_row = values, [], 0
                    yield number, row_values


def open_workbook(
    path: Path, max_text: int = 1_000_000, max_cells: int = 10_000_000
) -> tuple[zipfile.ZipFile, Workbook]:
    zf = zipfile.ZipFile(path)
    try:
        return zf, Workbook(zf, max_text, max_cells)
    except Exception:
        zf.close()
        raise
