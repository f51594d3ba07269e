"""Name badges on A4 label sheets (2×4 or 2×5): title and name large, organisation, province,
role, and a QR code of the registration code that the desk's scanner reads."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno

from organiser.core.i18n import _, use_language
from organiser.documents.common.typesetting import write_private_atomic
from organiser.documents.desk.typesetting import FastThaiDocument

I18N_AREA = "desk"  # tools/i18n.py: this module's strings belong to the desk's translations


@dataclass(frozen=True)
class Badge:
    name: str
    organisation: str
    province: str
    role: str  # already in words ("ผู้เข้าร่วม", "วิทยากร", …)
    code: str
    highlight: bool = False  # speakers and staff get a coloured band


@dataclass(frozen=True)
class SheetLayout:
    columns: int
    rows: int
    width: float  # one badge, mm
    height: float
    left: float  # sheet margins, mm
    top: float


LAYOUTS = {
    # common A4 label sheets: 2×4 of 99.1×67.7 mm, 2×5 of 99.1×57 mm
    "2x4": SheetLayout(2, 4, 99.1, 67.7, 5.9, 13.1),
    "2x5": SheetLayout(2, 5, 99.1, 57.0, 5.9, 6.0),
}

BAND = (31, 95, 139)  # the desk's blue
HIGHLIGHT = (176, 92, 0)
PADDING = 4.0


class _BadgeSheet(FastThaiDocument):
    def page_header(self) -> None:  # badges fill the page edge to edge
        pass

    def page_footer(self) -> None:
        pass


def qr_png(code: str) -> bytes:
    """The QR code of a registration code as a PNG, in memory (for screens; no file)."""
    buffer = io.BytesIO()
    segno.make(code, error="m", micro=False).save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def draw_qr(doc: FastThaiDocument, code: str, x: float, y: float, size: float) -> None:
    """The QR code drawn as vector squares: sharp at any printer resolution, and several
    times faster than embedding a picture per badge. Each row's dark modules are merged into
    runs, with a hair of overlap so that no white seam shows between them."""
    qr = segno.make(code, error="m", micro=False, mask=4)  # a fixed mask: choosing costs 2 ms
    matrix = [list(row) for row in qr.matrix]
    count = len(matrix)
    quiet = 2
    module = size / (count + 2 * quiet)
    doc.set_fill_color(255, 255, 255)
    doc.rect(x, y, size, size, style="F")
    doc.set_fill_color(0, 0, 0)
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                doc.rect(
                    x + (quiet + start) * module, y + (quiet + r) * module,
                    (c - start) * module + 0.02, module + 0.02, style="F",
                )  # fmt: skip
            else:
                c += 1


def _fit_name(doc: _BadgeSheet, name: str, width: float) -> tuple[float, list[str]]:
    """The name on one line if it fits at 19 pt or more, else title+given name over the family
    name (a name never breaks inside a part), as large as fits, from 24 pt down to 12 pt."""
    size = 24.0
    while size > 19:
        if doc.text_width(name, size, bold=True) <= width:
            return size, [name]
        size -= 1.0
    given, _sep, family = name.partition(" ")
    lines = [given, family] if family else [name]
    size = 24.0
    while size > 12 and max(doc.text_width(line, size, bold=True) for line in lines) > width:
        size -= 1.0
    return size, lines


def _draw_badge(
    doc: _BadgeSheet, badge: Badge, x: float, y: float, layout: SheetLayout, event_title: str
) -> None:
    w, h = layout.width, layout.height
    doc.set_draw_color(190, 190, 190)
    doc.set_line_width(0.2)
    doc.set_dash_pattern(dash=1.5, gap=1.5)
    doc.rect(x, y, w, h)
    doc.set_dash_pattern()
    # band with the event's title
    band_h = 8.0
    doc.set_fill_color(*BAND)
    doc.rect(x, y, w, band_h, style="F")
    doc.set_text_color(255, 255, 255)
    title = doc.wrap(event_title, w - 2 * PADDING, 8.5, bold=True)
    doc.use_font(8.5, bold=True)
    doc.set_xy(x + PADDING, y + 1.2)
    doc.cell(w - 2 * PADDING, 5.6, title[0] + ("…" if len(title) > 1 else ""), align="C")
    doc.set_text_color(0, 0, 0)
    # QR code on the right, its code under it
    qr_size = min(28.0, h - band_h - 16.0)
    qr_x = x + w - PADDING - qr_size
    qr_y = y + band_h + 3.0
    draw_qr(doc, badge.code, qr_x, qr_y, qr_size)
    doc.use_font(8)
    doc.set_xy(qr_x, qr_y + qr_size)
    doc.cell(qr_size, 4, badge.code, align="C")
    # name, organisation, province
    text_w = w - 3 * PADDING - qr_size
    cursor = y + band_h + 3.0
    size, lines = _fit_name(doc, badge.name, text_w)
    doc.use_font(size, bold=True)
    line_h = doc.line_height(size) * 0.92
    for line in lines:
        doc.set_xy(x + PADDING, cursor)
        doc.cell(text_w, line_h, line)
        cursor += line_h
    cursor += 1.0
    doc.set_text_color(40, 40, 40)
    for text, limit in ((badge.organisation, 2), (badge.province, 1)):
        if not text:
            continue
        small = doc.wrap(text, text_w, 11.5)
        doc.use_font(11.5)
        for line in small[:limit]:
            doc.set_xy(x + PADDING, cursor)
            doc.cell(text_w, doc.line_height(11.5) * 0.9, line)
            cursor += doc.line_height(11.5) * 0.9
    doc.set_text_color(0, 0, 0)
    # role band at the bottom
    role_h = 7.0
    doc.set_fill_color(*(HIGHLIGHT if badge.highlight else (236, 241, 246)))
    doc.rect(x, y + h - role_h, w, role_h, style="F")
    doc.use_font(11, bold=True)
    if badge.highlight:
        doc.set_text_color(255, 255, 255)
    else:
        doc.set_text_color(*BAND)
    doc.set_xy(x + PADDING, y + h - role_h + 0.6)
    doc.cell(w - 2 * PADDING, role_h - 1.2, badge.role, align="C")
    doc.set_text_color(0, 0, 0)


def render_badges(
    badges: Sequence[Badge],
    event_title: str,
    path: Path | None = None,
    layout: str = "2x4",
    lang: str = "th",
) -> bytes:
    """Badges in reading order, one per label; returns the PDF (and writes it to `path`)."""
    sheet = LAYOUTS[layout]
    per_page = sheet.columns * sheet.rows
    with use_language(lang):
        doc = _BadgeSheet(lang=lang, title=_("Name badges") + " " + event_title)
        doc.set_auto_page_break(False)
        for index, badge in enumerate(badges):
            slot = index % per_page
            if slot == 0:
                doc.add_page()
            col, row = slot % sheet.columns, slot // sheet.columns
            _draw_badge(
                doc, badge, sheet.left + col * sheet.width, sheet.top + row * sheet.height,
                sheet, event_title,
            )  # fmt: skip
        if not badges:
            doc.add_page()
        data: bytes = doc.output()
    if path is not None:
        write_private_atomic(path, data)
    return data
