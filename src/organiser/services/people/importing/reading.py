"""Reading an invitation list from .xlsx or .csv, whatever state the file is in.

Hostile or broken files must end in one clear sentence, never in an unexpected exception: the
file is sniffed by its first bytes, an .xlsx's uncompressed size is checked before openpyxl opens
it (zip bombs), openpyxl runs in read-only mode with cached values (formulas are not evaluated),
and rows, columns and cell sizes are capped.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from organiser.core.errors import UserError
from organiser.core.i18n import _

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ROWS = 50_000
MAX_COLUMNS = 60
MAX_CELL_CHARS = 500
# cells read, and characters kept, before a file is refused: far above any list (10,000 people
# by 15 columns is 150,000 cells), low enough that reading stays under 300 MB of memory
MAX_CELLS = 1_500_000
MAX_TEXT_CHARS = 16_000_000
# openpyxl (for workbooks the lean reader does not understand) holds much more per cell
MAX_OPENPYXL_BYTES = 24 * 1024 * 1024


class UnreadableFile(UserError):
    """The file cannot be read as a list at all (nothing is imported)."""


@dataclass
class Table:
    """The cells of the first sheet as text; `lines[i]` is the 1-based row number in the file."""

    rows: list[list[str]]
    lines: list[int]
    kind: str  # "xlsx" or "csv"
    encoding: str = ""  # for CSV: "UTF-8", "UTF-8 BOM" or "TIS-620"
    sheet: str = ""
    notes: list[str] = field(default_factory=list)  # what was cut: rows past the limit, …
    # rows that cannot be imported as they are (line -> why): shown in red and skipped
    damaged: dict[int, str] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a person would read in the cell."""
    if value is None:
        return ""
    if type(value) is str:
        return value.replace("\x00", "").replace("\u200b", "").strip()
    if type(value) is int:
        return str(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):  # NaN, infinities
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    text = str(value)
    return text.replace("\x00", "").replace("\u200b", "").strip()


def _clip(
    cells: list[str], table_notes: list[str], line: int, damaged: dict[int, str]
) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    if any("\ufffd" in c for c in cells):  # a byte that was not text in the file's encoding
        damaged[line] = _("some characters cannot be read; correct them in the file")
    if all(len(c) <= MAX_CELL_CHARS for c in cells):
        return cells
    # the value was cut, so the row would import wrong: flagged and skipped, never shortened
    damaged[line] = _("a cell is longer than {n} characters").format(n=MAX_CELL_CHARS)
    out = []
    for c in cells[:MAX_COLUMNS]:
        if len(c) > MAX_CELL_CHARS:
            table_notes.append(
                _("Row {line}: a cell longer than {n} characters was shortened.").format(
                    line=line, n=MAX_CELL_CHARS
                )
            )
            c = c[:MAX_CELL_CHARS]
        out.append(c)
    while out and not out[-1]:
        out.pop()
    return out


def read_table(path: Path) -> Table:
    """Read the list; raises UnreadableFile (a UserError) for anything that is not a list."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise UnreadableFile(
            _("The file {name} cannot be opened: {reason}").format(
                name=name, reason=exc.strerror or exc
            )
        ) from exc
    if size == 0:
        raise UnreadableFile(_("The file {name} is empty.").format(name=name))
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            _("The file {name} is too large for an invitation list (over {mb} MB).").format(
                name=name, mb=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    if head.startswith(b"PK\x03\x04"):
        table = _read_xlsx(path)
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            _(
                "{name} is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx, then import that."
            ).format(name=name)
        )
    else:
        table = _read_csv(path)
    if not any(any(c for c in row) for row in table.rows):
        raise UnreadableFile(_("The file {name} has no rows with data.").format(name=name))
    return table


def _not_a_list(name: str) -> UnreadableFile:
    return UnreadableFile(
        _("{name} is not a spreadsheet that can be read (.xlsx, or .csv text).").format(name=name)
    )


def _read_xlsx(path: Path) -> Table:
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _not_a_list(name) from exc
    if "xl/workbook.xml" not in names:
        raise _not_a_list(name)
    if total > MAX_UNCOMPRESSED_BYTES or (total / packed > MAX_COMPRESSION_RATIO and total > 2**24):
        raise UnreadableFile(
            _(
                "{name} unpacks to far more data than an invitation list has; it was not opened."
            ).format(name=name)
        )
    try:
        return _read_xlsx_fast(path)
    except UnreadableFile:
        raise
    except Exception:  # anything unusual: let openpyxl read it, if it can do so in memory
        if total > MAX_OPENPYXL_BYTES:
            raise _not_a_list(name) from None
        return _read_xlsx_openpyxl(path)


def _too_large(name: str) -> UnreadableFile:
    return UnreadableFile(
        _(
            "{name} holds far more cells or text than an invitation list; it was not imported (keep only the list's sheet and columns, then try again)."
        ).format(name=name)
    )


def _collect(
    numbered: Iterator[tuple[int, Sequence[object]]], notes: list[str], damaged: dict[int, str]
) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    lines: list[int] = []
    cells_kept = chars_kept = 0
    for line, values in numbered:
        if len(rows) >= MAX_ROWS:
            notes.append(
                _("Only the first {n} rows were read; the rest of the file was left out.").format(
                    n=MAX_ROWS
                )
            )
            break
        cells = _clip([cell_text(v) for v in values[:MAX_COLUMNS]], notes, line, damaged)
        cells_kept += len(cells)
        chars_kept += sum(len(c) for c in cells)
        if cells_kept > MAX_CELLS or chars_kept > MAX_TEXT_CHARS:
            raise TooMuch
        if cells:
            rows.append(cells)
            lines.append(line)
    return rows, lines


class TooMuch(Exception):
    """More cells or text than a list has (turned into one sentence by the reader)."""


def _read_xlsx_fast(path: Path) -> Table:
    from organiser.services.people.importing.xlsx import TooLarge, open_workbook

    try:
        # one character over the cap is kept, so that the row is flagged as too long
        zf, workbook = open_workbook(path, MAX_CELL_CHARS + 1, MAX_CELLS)
    except TooLarge as exc:
        raise _too_large(path.name) from exc
    with zf:
        notes: list[str] = []
        damaged: dict[int, str] = {}
        try:
            rows, lines = _collect(workbook.rows(MAX_COLUMNS), notes, damaged)
        except (TooLarge, TooMuch) as exc:
            raise _too_large(path.name) from exc
    return Table(rows, lines, "xlsx", sheet=workbook.sheet_name, notes=notes, damaged=damaged)


def _read_xlsx_openpyxl(path: Path) -> Table:
    name = path.name
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise _not_a_list(name) from exc
    notes: list[str] = []
    damaged: dict[int, str] = {}
    try:
        sheet = workbook.active
        if sheet is None or not hasattr(sheet, "iter_rows"):
            sheet = next((ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")), None)
        if sheet is None:
            raise _not_a_list(name)
        # the sheet's own width (from its dimension record) unless it claims more than a list has
        width = getattr(sheet, "max_column", None)
        max_col = MAX_COLUMNS if not isinstance(width, int) or width > MAX_COLUMNS else None
        rows, lines = _collect(
            enumerate(sheet.iter_rows(values_only=True, max_col=max_col), start=1),
            notes,
            damaged,
        )
        title = str(sheet.title)
    except UnreadableFile:
        raise
    except TooMuch as exc:
        raise _too_large(name) from exc
    except Exception as exc:
        raise _not_a_list(name) from exc
    finally:
        with contextlib.suppress(Exception):  # closing a damaged archive
            workbook.close()
    return Table(rows, lines, "xlsx", sheet=title, notes=notes, damaged=damaged)


def decode_text(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) or the old Thai encoding (TIS-620/cp874), found without asking."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few bad bytes (a file cut and pasted together) stays UTF-8: the rows with
    # them are flagged. TIS-620 read as UTF-8 has a bad byte for nearly every Thai letter.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if bad * 20 < non_ascii - bad:
        return text, "UTF-8"
    return data.decode("cp874", errors="replace"), "TIS-620"


def _lines(text: str) -> Iterator[str]:
    """The text line by line, each with its line break (a StringIO would copy all of it)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


DELIMITERS = (",", ";", "\t", "|")


def guess_delimiter(first_lines: str) -> str:
    """The delimiter of a CSV's first lines. Commas inside quoted Thai addresses of a `;` file
    must not count: csv.Sniffer reads quotes; where it cannot decide, the delimiter that splits
    the lines into the same number of fields (more than one) wins."""
    try:
        return csv.Sniffer().sniff(first_lines, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        pass
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        widths = [len(row) for row in csv.reader(io.StringIO(first_lines), delimiter=candidate)]
        widths = [w for w in widths if w > 0]
        if not widths or max(widths) < 2:
            continue
        most = max(set(widths), key=widths.count)
        score = (widths.count(most), most)  # rows that agree, then how many fields
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(path: Path) -> Table:
    name = path.name
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise _not_a_list(name)
    text, encoding = decode_text(data)
    del data  # the text is all that is needed from here on
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > len(sample) // 100 or sample.count("\ufffd") > len(sample) // 50:
        raise _not_a_list(name)
    delimiter = guess_delimiter("\n".join(sample.splitlines()[:20]))
    if text.count(delimiter) > MAX_CELLS:  # a line of millions of fields: refused before parsing
        raise _too_large(name)
    notes: list[str] = []
    damaged: dict[int, str] = {}
    rows: list[list[str]] = []
    lines: list[int] = []
    # a long cell is flagged on its row (below); the csv module's own limit would refuse the file
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    source = _lines(text) if "\n" in text else io.StringIO(text, newline="")
    reader = csv.reader(source, delimiter=delimiter)
    try:
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            line = reader.line_num
            if len(rows) >= MAX_ROWS:
                notes.append(
                    _(
                        "Only the first {n} rows were read; the rest of the file was left out."
                    ).format(n=MAX_ROWS)
                )
                break
            cells = _clip([cell_text(v) for v in values[:MAX_COLUMNS]], notes, line, damaged)
            if any(cells):
                rows.append(cells)
                lines.append(line)
    except csv.Error as exc:
        raise UnreadableFile(
            _("{name} cannot be read as CSV (near line {line}).").format(
                name=name, line=reader.line_num
            )
        ) from exc
    return Table(rows, lines, "csv", encoding=encoding, notes=notes, damaged=damaged)
