"""Thai PDF typesetting shared by every PDF the app writes (agenda, sign-in sheets, badges,
memoranda, plan reports).

Why this module exists
    Thai has no spaces between words, so a layout engine needs a dictionary to know where a line
    may break. Qt and most PDF engines ask the system library libthai, which Windows does not
    have. Here every text is split into words with PyThaiNLP (``insert_word_breaks``) and the
    lines are filled word by word by this module, so lines break only between Thai words on
    every platform. Glyphs are shaped with HarfBuzz (fpdf2 ``set_text_shaping``) so tone marks
    sit where they should, and the text layer maps each drawn glyph back to the characters of
    its syllable, so copying or searching ``น้ำ``, ``ต่ำ`` or ``หนี้`` in a PDF viewer works.

How to use it (A4 portrait, sizes in points, lengths in millimetres)::

    from organiser.documents.common.typesetting import ThaiDocument, TableColumn, TableRow

    doc = ThaiDocument(lang="th", title="กำหนดการ", running_title="กำหนดการสัมมนา")
    doc.add_page()
    doc.heading("กำหนดการสัมมนาเชิงปฏิบัติการ", size=18)
    doc.paragraph("ระหว่างวันที่ 30–31 มกราคม พ.ศ. 2550", align="C")
    doc.data_table(
        [TableColumn("เวลา", 30), TableColumn("รายการ", 0), TableColumn("ห้อง", 30)],
        [TableRow(["09.00–10.30 น.", "พิธีเปิด", "ห้องใหญ่"]),
         TableRow(["10.30–10.45 น.", "พักรับประทานอาหารว่าง", ""], shaded=True, span=True)],
    )
    doc.output(path)   # atomic write, file readable by the user only; closes the fonts

  A document only used to measure (``wrap``) should be closed: ``with ThaiDocument() as doc:``.

- ``ThaiDocument`` is an ``fpdf.FPDF`` subclass: every fpdf2 drawing call still works, with the
  family ``Sarabun`` (styles ``""``, ``"B"``, ``"I"``; ``"BI"`` uses the bold face), each face
  loaded and embedded only when first used.
- Hooks: override ``page_header()`` (drawn at the top of every page; by default the
  ``running_title`` on pages after the first) and ``page_footer()`` (by default the printing
  date on the left — B.E. in Thai — and ``หน้า 1/3`` / ``Page 1 of 3`` on the right; pass
  ``footer_note`` for a line in the middle).
- ``keep_together(name)`` marks a name (or a room) that must not be broken inside: Thai
  dictionaries split family names (``แสง|อรุณ``) like any compound.
- ``wrap(text, width, size, bold)`` returns the lines a text takes in a column; ``paragraph``,
  ``heading`` and ``data_table`` use it. A word wider than the column is cut between characters,
  never between a consonant and its marks.
- ``data_table`` repeats the header row on every page, never splits a row across pages unless the
  row alone is taller than a page, and draws ``TableRow(shaded=True, span=True)`` rows (breaks,
  day headings) across all columns.
- Set text that may wrap with ``paragraph``/``wrap``, not fpdf2's ``multi_cell`` on raw Thai
  (it would break mid-word); ``cell`` is fine for a short line that fits.
- Never store text returned by ``wrap``: the zero-width spaces it works with are for layout only.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fpdf import FPDF

from organiser.core.paths import font_path, make_private_file
from organiser.core.thaidate import format_date
from organiser.core.thaitext import ZWSP, insert_word_breaks, on_new_words, sub_words
from organiser.documents.common.fpdf_internals import (
    LeftToRightWithoutBidi,
    give_thai_text_layer,
)

FAMILY = "Sarabun"
_FONT_FILES = {"": "Sarabun-Regular.ttf", "B": "Sarabun-Bold.ttf", "I": "Sarabun-Italic.ttf"}
PT_TO_MM = 25.4 / 72
DEFAULT_SIZE = 12.0
LINE_FACTOR = 1.45  # line height / font size: Thai needs room above and below for marks

# ------------------------------------------------------------------ tables


@dataclass(frozen=True)
class TableColumn:
    """A column: its heading, width in mm (0 = share what is left) and alignment L/C/R."""

    title: str
    width: float = 0.0
    align: str = "L"


@dataclass(frozen=True)
class TableRow:
    """One row. ``span`` draws the first cell across all columns (a day heading);
    ``span_from=1`` keeps the first cell and runs the second to the end (a break: its time,
    then its name across the table); ``shaded`` fills it light grey; ``bold`` sets the whole
    row in bold; ``notes[i]`` adds a smaller italic line under cell ``i`` (an expected output)."""

    cells: Sequence[str]
    bold: bool = False
    shaded: bool = False
    span: bool = False
    italic: bool = False
    bold_cells: frozenset[int] = field(default_factory=frozenset)
    span_from: int | None = None  # this cell runs to the last column (``span`` is span_from=0)
    notes: Sequence[str] = ()  # per cell: a smaller italic line under the cell's text


@dataclass(frozen=True)
class _CellLines:
    main: list[str]
    notes: list[str]


_WORD_SPLIT = re.compile(f"({ZWSP}|[ \t]+)")
NBSP = "\u00a0"
_KEEP = "\u2060"  # WORD JOINER: brackets text that must not be split into words
_KEPT = re.compile(f"{_KEEP}([^{_KEEP}]*){_KEEP}")


def keep_together(text: str) -> str:
    """Mark text (a person's name, a room) to stay on one line when it fits: the dictionary
    would otherwise break ``แสงอรุณ`` into ``แสง|อรุณ`` and a line could end inside a name."""
    return f"{_KEEP}{text.strip().replace(' ', NBSP)}{_KEEP}"


@functools.lru_cache(maxsize=16384)  # benchmarks: long documents repeat the same cell texts
def _word_breaks(paragraph: str) -> str:
    """Zero-width spaces between Thai words, except inside text kept together."""
    out: list[str] = []
    last = 0
    for match in _KEPT.finditer(paragraph):
        out.append(insert_word_breaks(paragraph[last : match.start()]))
        out.append(match.group(1))
        last = match.end()
    out.append(insert_word_breaks(paragraph[last:].replace(_KEEP, "")))
    return "".join(out)


on_new_words(_word_breaks.cache_clear)  # a learnt name may break text differently


class ThaiDocument(LeftToRightWithoutBidi, FPDF):
    """An A4 document set in Sarabun with Thai shaping and word-boundary line breaks."""

    def __init__(
        self,
        *,
        lang: str = "th",
        title: str = "",
        running_title: str = "",
        footer_note: str = "",
        printed_on: dt.date | None = None,
        orientation: str = "P",
        margins: tuple[float, float, float, float] = (20.0, 15.0, 15.0, 18.0),
    ) -> None:
        """``margins`` are left, top, right, bottom in mm. ``printed_on`` defaults to today."""
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.doc_lang = lang
        self.running_title = running_title
        self.footer_note = footer_note
        self.printed_on = printed_on or dt.date.today()
        left, top, right, bottom = margins
        self.set_margins(left, top, right)
        self.set_auto_page_break(True, margin=bottom)
        self.set_text_shaping(True)
        self.set_font(FAMILY, "", DEFAULT_SIZE)
        self.set_title(title)
        self.set_creator("Organiser")
        self.set_lang("th-TH" if lang == "th" else "en-GB")
        self.alias_nb_pages()
        self._width_cache: dict[tuple[str, str, float], float] = {}

    # -------------------------------------------------------------- fonts and measures

    def set_font(self, family: str | None = None, style: Any = "", size: float = 0) -> None:
        """Sarabun faces are loaded on first use (each costs a font parse and an embedded
        subset); ``BI`` uses the bold face, Sarabun's bold italic not being shipped."""
        name = (family or self.font_family or FAMILY).lower()
        if name == FAMILY.lower():
            letters = "".join(c for c in "BI" if c in str(style).upper())
            if f"{FAMILY.lower()}{letters}" not in self.fonts:
                file_name = _FONT_FILES.get(letters, _FONT_FILES["B"])
                self.add_font(FAMILY, letters, str(font_path(file_name)))
                give_thai_text_layer(self.fonts[f"{FAMILY.lower()}{letters}"])
        super().set_font(family, style, size)

    def use_font(
        self, size: float = DEFAULT_SIZE, bold: bool = False, italic: bool = False
    ) -> None:
        style = ("B" if bold else "") + ("I" if italic else "")
        self.set_font(FAMILY, style, size)

    @staticmethod
    def line_height(size: float) -> float:
        """Height in mm of one line of text at ``size`` points."""
        return size * PT_TO_MM * LINE_FACTOR

    def _measure(self, text: str) -> float:
        key = (text, self.font_style, self.font_size_pt)
        width = self._width_cache.get(key)
        if width is None:
            width = self.get_string_width(text)
            self._width_cache[key] = width
        return width

    def text_width(self, text: str, size: float = DEFAULT_SIZE, bold: bool = False) -> float:
        self.use_font(size, bold)
        return self._measure(text.replace(ZWSP, ""))

    # -------------------------------------------------------------- wrapping

    def wrap(
        self,
        text: str,
        width: float,
        size: float = DEFAULT_SIZE,
        bold: bool = False,
        italic: bool = False,
    ) -> list[str]:
        """The lines ``text`` takes in a column ``width`` mm wide, breaking between words
        (Thai words from the dictionary) and at newlines. Lines carry no zero-width spaces."""
        self.use_font(size, bold, italic)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            lines.extend(self._wrap_paragraph(_word_breaks(paragraph), width))
        return [line.replace(NBSP, " ") for line in lines] or [""]

    def _wrap_paragraph(self, text: str, width: float) -> list[str]:
        parts = _WORD_SPLIT.split(text)
        # pairs of (separator before the word, word); ZWSP separators draw nothing
        words: list[tuple[str, str]] = []
        sep = ""
        for i, part in enumerate(parts):
            if i % 2:
                sep = "" if part == ZWSP else " "
            elif part:
                words.append((sep if words else "", part))
                sep = ""
        lines: list[str] = []
        current = ""
        current_width = 0.0
        for sep, word in words:
            word_width = self._measure(word)
            sep_width = self._measure(sep) if sep and current else 0.0
            if current and current_width + sep_width + word_width <= width + 1e-6:
                current += (sep if current else "") + word
                current_width += sep_width + word_width
                continue
            if current:
                lines.append(current)
            if word_width <= width + 1e-6:
                current, current_width = word, word_width
                continue
            if NBSP in word:  # a name kept together that cannot fit: break at its spaces
                pieces = self._wrap_paragraph(insert_word_breaks(word.replace(NBSP, " ")), width)
            elif len(parts := sub_words(word)) > 1:  # a long name: between its own words
                pieces = self._wrap_paragraph(ZWSP.join(parts), width)
            else:
                pieces = self._cut_word(word, width)
            lines.extend(pieces[:-1])
            current = pieces[-1]
            current_width = self._measure(current)
        if current or not lines:
            lines.append(current)
        return lines

    def _cut_word(self, word: str, width: float) -> list[str]:
        """Cut a word wider than the column between characters, keeping marks on their base."""
        clusters: list[str] = []
        for ch in word:
            if clusters and (unicodedata.category(ch) == "Mn" or ch == "\u0e33"):
                clusters[-1] += ch
            else:
                clusters.append(ch)
        pieces: list[str] = []
        current = ""
        for cluster in clusters:
            if current and self._measure(current + cluster) > width + 1e-6:
                pieces.append(current)
                current = cluster
            else:
                current += cluster
        pieces.append(current)
        return pieces

    # -------------------------------------------------------------- blocks of text

    def ensure_space(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fit on this one."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def paragraph(
        self,
        text: str,
        size: float = DEFAULT_SIZE,
        bold: bool = False,
        *,
        italic: bool = False,
        align: str = "L",
        width: float | None = None,
        indent: float = 0.0,
        space_after: float = 1.5,
    ) -> float:
        """Set ``text`` as a wrapped paragraph from the current position; returns its height.
        ``align`` is L, C or R. (Not J: fpdf2 justifies only in multi_cell, and Thai lines have
        few spaces to stretch.)"""
        usable = (width if width is not None else self.epw) - indent
        lines = self.wrap(text, usable, size, bold, italic)
        line_h = self.line_height(size)
        left = self.l_margin + indent if width is None else self.get_x() + indent
        for line in lines:
            if self.get_y() + line_h > self.page_break_trigger:
                self.add_page()
            self.use_font(size, bold, italic)
            self.set_x(left)
            self.cell(usable, line_h, line, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(space_after)
        return len(lines) * line_h + space_after

    def heading(
        self, text: str, size: float = 16.0, *, align: str = "C", space_after: float = 2
    ) -> float:
        return self.paragraph(text, size, True, align=align, space_after=space_after)

    def rule(self, width: float = 0.3, space: float = 2.0) -> None:
        """A horizontal line across the text block."""
        self.ln(space / 2)
        self.set_line_width(width)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(space / 2)

    # -------------------------------------------------------------- tables

    def column_widths(
        self, columns: Sequence[TableColumn], total: float | None = None
    ) -> list[float]:
        total = self.epw if total is None else total
        fixed = sum(c.width for c in columns if c.width > 0)
        flexible = [c for c in columns if c.width <= 0]
        share = max(total - fixed, 0.0) / len(flexible) if flexible else 0.0
        return [c.width if c.width > 0 else share for c in columns]

    def data_table(
        self,
        columns: Sequence[TableColumn],
        rows: Sequence[TableRow | Sequence[str]],
        *,
        size: float = 11.0,
        header: bool = True,
        padding: float = 1.5,
        header_fill: tuple[int, int, int] = (225, 225, 225),
        shade_fill: tuple[int, int, int] = (242, 242, 242),
        line_width: float = 0.2,
        keep_last: int = 0,
    ) -> None:
        """Lay out ``rows`` under a header of ``columns``, wrapping every cell between words.
        The header row is repeated at the top of every page the table runs onto. With
        ``keep_last=n`` the last n rows go onto a page together, so a table never ends with
        one row alone on a new page."""
        widths = self.column_widths(columns)
        line_h = self.line_height(size)
        note_size = max(size - 1.5, 6.0)
        note_h = self.line_height(note_size)
        pad_y = padding * 0.6
        self.set_line_width(line_width)
        self.set_draw_color(90, 90, 90)
        head = TableRow([c.title for c in columns], bold=True)

        def boxes(row: TableRow) -> list[tuple[float, str]]:
            """(width, alignment) of each cell the row draws."""
            start = 0 if row.span else row.span_from
            if start is None or start >= len(columns):
                aligns = ["C"] * len(columns) if row is head else [c.align for c in columns]
                return list(zip(widths, aligns, strict=True))
            before = [(widths[i], columns[i].align) for i in range(start)]
            return [*before, (sum(widths[start:]), "L")]

        def layout(row: TableRow) -> tuple[list[_CellLines], float]:
            cells: list[_CellLines] = []
            for i, (width, _align) in enumerate(boxes(row)):
                text = row.cells[i] if i < len(row.cells) else ""
                bold = row.bold or i in row.bold_cells
                main = self.wrap(text, width - 2 * padding, size, bold, row.italic) if text else []
                note = row.notes[i] if i < len(row.notes) else ""
                notes = self.wrap(note, width - 2 * padding, note_size, False, True) if note else []
                cells.append(_CellLines(main, notes))
            height = max(len(c.main) * line_h + len(c.notes) * note_h for c in cells)
            return cells, max(height, line_h) + 2 * pad_y

        def draw(
            row: TableRow, cells: list[_CellLines], height: float, fill: tuple[int, int, int] | None
        ) -> None:
            x0, y0 = self.l_margin, self.get_y()
            x = x0
            for i, (width, align) in enumerate(boxes(row)):
                if fill is not None:
                    self.set_fill_color(*fill)
                    self.rect(x, y0, width, height, style="DF")
                else:
                    self.rect(x, y0, width, height)
                y = y0 + pad_y
                # fpdf2's cell insets its text by c_margin on each side; the lines were wrapped
                # to width - 2 * padding, so the cell is widened by that inset to keep a long
                # name inside its column instead of running into the next one.
                text_x, text_w = (
                    x + padding - self.c_margin,
                    width - 2 * padding + 2 * self.c_margin,
                )
                self.use_font(size, row.bold or i in row.bold_cells, row.italic)
                for line in cells[i].main:
                    self.set_xy(text_x, y)
                    self.cell(text_w, line_h, line, align=align)
                    y += line_h
                if cells[i].notes:
                    self.use_font(note_size, italic=True)
                    self.set_text_color(70, 70, 70)
                    for line in cells[i].notes:
                        self.set_xy(text_x, y)
                        self.cell(text_w, note_h, line, align=align)
                        y += note_h
                    self.set_text_color(0, 0, 0)
                x += width
            self.set_xy(x0, y0 + height)

        head_cells, head_height = layout(head)

        def draw_header() -> None:
            if header:
                draw(head, head_cells, head_height, header_fill)

        if self.get_y() + head_height + line_h * 2 > self.page_break_trigger:
            self.add_page()
        draw_header()
        auto = self.auto_page_break
        self.set_auto_page_break(False, margin=self.b_margin)
        try:
            laid = [
                (row, *layout(row))
                for row in (r if isinstance(r, TableRow) else TableRow(list(r)) for r in rows)
            ]
            tail = len(laid) - min(keep_last, len(laid))
            tail_height = sum(height for _r, _c, height in laid[tail:])
            # a page after a break: its running title and the repeated header come first
            page_room = self.page_break_trigger - self.t_margin - head_height - 12
            for index, (row, cells, height) in enumerate(laid):
                if (
                    index == tail
                    and index > 0
                    and tail_height <= page_room
                    and self.get_y() + tail_height > self.page_break_trigger
                ):
                    self.add_page()
                    draw_header()
                elif self.get_y() + height > self.page_break_trigger:
                    self.add_page()
                    draw_header()
                    if self.get_y() + height > self.page_break_trigger:
                        cells, height = self._clip(cells, line_h, note_h, pad_y)
                draw(row, cells, height, shade_fill if row.shaded else None)
        finally:
            self.set_auto_page_break(auto, margin=self.b_margin)

    def _clip(
        self, cells: list[_CellLines], line_h: float, note_h: float, pad_y: float
    ) -> tuple[list[_CellLines], float]:
        """A row taller than a whole page keeps the lines that fit (a pathological cell)."""
        room = self.page_break_trigger - self.get_y() - 2 * pad_y
        keep = max(int(room // line_h), 1)
        clipped = [_CellLines(c.main[:keep], c.notes[: max(keep - len(c.main), 0)]) for c in cells]
        height = max(len(c.main) * line_h + len(c.notes) * note_h for c in clipped)
        return clipped, height + 2 * pad_y

    # -------------------------------------------------------------- page furniture

    def header(self) -> None:
        self.page_header()

    def footer(self) -> None:
        self.page_footer()

    def page_header(self) -> None:
        """Drawn at the top of every page: the running title from page 2 on."""
        if self.running_title and self.page_no() > 1:
            self.use_font(9, italic=False)
            self.set_text_color(90, 90, 90)
            self.set_y(8)
            self.cell(0, 5, self.running_title, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)

    def page_number_text(self) -> str:
        if self.doc_lang == "th":
            return f"หน้า {self.page_no()}/{{nb}}"
        return f"Page {self.page_no()} of {{nb}}"

    def printed_text(self) -> str:
        if self.doc_lang == "th":
            return "พิมพ์เมื่อ " + format_date(self.printed_on, "formal", "th")
        return "Printed " + format_date(self.printed_on, "long", "en")

    def page_footer(self) -> None:
        """Printing date on the left, an optional note in the middle, page numbers right."""
        self.set_y(-12)
        self.use_font(9)
        self.set_text_color(90, 90, 90)
        third = self.epw / 3
        self.cell(third, 5, self.printed_text(), align="L")
        self.cell(third, 5, self.footer_note, align="C")
        self.cell(third, 5, self.page_number_text(), align="R")
        self.set_text_color(0, 0, 0)

    # -------------------------------------------------------------- writing

    def output(self, name: Any = "", *args: Any, **kwargs: Any) -> Any:
        """With a path: write the PDF atomically (a temporary file in the same folder, then
        renamed over the target), readable by the user only. Without one: return the bytes."""
        try:
            data = bytes(super().output(*args, **kwargs))
        finally:
            self.close()
        if not name:
            return data
        write_private_atomic(Path(name), data)
        return None

    def close(self) -> None:
        """Release the font files (fontTools reads them lazily and keeps them open).
        ``output`` calls it; call it yourself for a document you only measure with."""
        for font in self.fonts.values():
            ttfont = getattr(font, "ttfont", None)
            if ttfont is not None:
                ttfont.close()

    def __enter__(self) -> ThaiDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_private_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, and
    only the owner can read it (personal data: names, phone numbers)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        make_private_file(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    make_private_file(path)
