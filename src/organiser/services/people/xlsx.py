"""A lean reader of cell values from .xlsx files (streamed, nothing evaluated).

openpyxl builds a Python object per cell even in read-only mode; for a 10,000-row list that is
most of the import's time. This reader streams the first sheet's XML with ElementTree and keeps
only the values: shared and inline strings, numbers, booleans, dates (by the cell's number
format) and the cached result of formulas. Anything it does not understand raises
`UnsupportedWorkbook`, and the caller falls back to openpyxl. The archive's size has been
checked before either runs; expat refuses entity expansion attacks.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DATE_BUILTIN = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57}
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_COLUMN = re.compile(r"[A-Z]+")


class UnsupportedWorkbook(Exception):
    """Something this reader does not handle; openpyxl is used instead."""


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
    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
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
        self.shared = self._shared_strings() if "xl/sharedStrings.xml" in names else []
        self.date_styles = self._date_styles() if "xl/styles.xml" in names else set()

    def _shared_strings(self) -> list[str]:
        out = []
        with self.zf.open("xl/sharedStrings.xml") as fh:
            for _event, element in ET.iterparse(fh):
                if element.tag == NS + "si":
                    out.append(_text(element))
                    element.clear()
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
            return _text(inline) if inline is not None else ""
        v = cell.find(NS + "v")
        raw = v.text if v is not None else None
        if raw is None:
            return None
        if kind == "s":
            return self.shared[int(raw)]
        if kind in ("str", "d"):
            return raw
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
        with self.zf.open(self.sheet_path) as fh:
            expected = 0
            for _event, element in ET.iterparse(fh):
                if element.tag != NS + "row":
                    continue
                number = int(element.get("r") or expected + 1)
                expected = number
                values: list[object] = []
                for n, cell in enumerate(element.iter(NS + "c")):
                    ref = cell.get("r")
                    col = _column_index(ref) if ref else n
                    if col >= max_columns:
                        break
                    if col >= len(values):
                        values.extend([None] * (col - len(values) + 1))
                    values[col] = self._value(cell)
                element.clear()
                yield number, values


def open_workbook(path: Path) -> tuple[zipfile.ZipFile, Workbook]:
    zf = zipfile.ZipFile(path)
    try:
        return zf, Workbook(zf)
    except Exception:
        zf.close()
        raise
