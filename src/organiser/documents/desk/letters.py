"""Invitation letters that carry each person's QR code, so that a phone screen (or the printed
letter) can be scanned at the desk like a badge.

- The PDF: A4, one page per person, in Sarabun — the office, the date in B.E., the subject, the
  person's name, the seminar's title, dates and venue, and a QR code of the registration code
  60 mm wide (a phone camera and a desk scanner read it from arm's length).
- The PNG: one picture per person, 1040 px wide as LINE shows pictures in a chat, drawn with
  Pillow (no Qt in documents); Thai text goes through `png_text` so that marks sit right on
  every platform.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from PIL import Image, ImageDraw

from organiser.core.i18n import _, use_language
from organiser.core.thaidate import format_date, format_date_range
from organiser.documents.common import png_text
from organiser.documents.common.typesetting import write_private_atomic
from organiser.documents.desk.badges import BAND, draw_qr
from organiser.documents.desk.typesetting import FastThaiDocument

I18N_AREA = "desk"  # tools/i18n.py: this module's strings belong to the desk's translations

QR_SIZE_MM = 60.0
PNG_WIDTH = 1040  # LINE's width for a picture in a chat


@dataclass(frozen=True)
class LetterEvent:
    title: str
    starts_on: dt.date
    ends_on: dt.date
    venue: str
    office: str  # the organising office, who signs


@dataclass(frozen=True)
class Letter:
    name: str  # with the title: นายสมชาย ใจดี
    organisation: str
    code: str  # the registration code, what the QR code holds


def _when(event: LetterEvent, lang: str) -> str:
    dates = format_date_range(event.starts_on, event.ends_on, lang, "formal")
    if lang == "th":
        return ("ระหว่างวันที่ " if event.starts_on != event.ends_on else "ในวันที่ ") + dates
    return dates


def _body(event: LetterEvent, lang: str) -> str:
    if event.venue:
        text = _("You are invited to take part in {title}, {when}, at {venue}.")
    else:
        text = _("You are invited to take part in {title}, {when}.")
    return text.format(title=event.title, when=_when(event, lang), venue=event.venue)


class _LetterDocument(FastThaiDocument):
    def page_header(self) -> None:
        pass

    def page_footer(self) -> None:
        pass


def _draw_letter(doc: _LetterDocument, event: LetterEvent, letter: Letter, lang: str) -> None:
    doc.add_page()
    doc.set_y(22)
    if event.office:
        doc.paragraph(event.office, 12, True, align="R", space_after=0.5)
    doc.paragraph(format_date(doc.printed_on, "formal", lang), 12, align="R", space_after=6)
    doc.paragraph(
        _("Subject: invitation to {title}").format(title=event.title), 14, True, space_after=2
    )
    doc.paragraph(_("Dear {name}").format(name=letter.name), 14, space_after=1)
    if letter.organisation:
        doc.paragraph(letter.organisation, 12, indent=10, space_after=4)
    doc.paragraph(_body(event, lang), 14, space_after=3)
    doc.paragraph(
        _("On arrival, show the QR code below at the registration desk, printed or on your phone."),
        14,
        space_after=6,
    )
    x = (doc.w - QR_SIZE_MM) / 2
    y = doc.get_y()
    draw_qr(doc, letter.code, x, y, QR_SIZE_MM)
    doc.set_y(y + QR_SIZE_MM + 1)
    doc.use_font(16, bold=True)
    doc.cell(0, 8, letter.code, align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(10)
    doc.paragraph(_("Yours sincerely"), 14, align="C", space_after=14)
    if event.office:
        doc.paragraph(event.office, 14, align="C")


def render_letters(
    event: LetterEvent, letters: Sequence[Letter], path: Path | None = None, lang: str = "th"
) -> bytes:
    """One page per letter; returns the PDF (and writes it to `path`, readable by the user
    only)."""
    with use_language(lang):
        doc = _LetterDocument(lang=lang, title=_("Invitation letters") + " " + event.title)
        doc.set_auto_page_break(True, margin=15)
        for letter in letters:
            _draw_letter(doc, event, letter, lang)
        if not letters:
            doc.add_page()
        data: bytes = doc.output()
    if path is not None:
        write_private_atomic(path, data)
    return data


# ---------------------------------------------------------------- the picture for LINE

_MARGIN = 60
_TEXT_W = PNG_WIDTH - 2 * _MARGIN


def _qr_image(code: str, size: int) -> Image.Image:
    """The QR code with whole pixels per module: sharp edges scan best from a screen."""
    matrix = [list(row) for row in segno.make(code, error="m", micro=False).matrix]
    quiet = 3
    count = len(matrix) + 2 * quiet
    module = max(1, size // count)
    image = Image.new("RGB", (module * count, module * count), "white")
    draw = ImageDraw.Draw(image)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                x, y = (c + quiet) * module, (r + quiet) * module
                draw.rectangle((x, y, x + module - 1, y + module - 1), fill="black")
    return image


def render_letter_png(event: LetterEvent, letter: Letter, lang: str = "th") -> bytes:
    """The letter as a 1040 px wide PNG for LINE: title band, name, when and where, and the
    QR code at 640 px with its code under it."""
    with use_language(lang):
        pieces: list[tuple[str, float, bool, tuple[int, int, int]]] = []  # text, size, bold, colour
        for line in png_text.wrap(letter.name, _TEXT_W, 58, bold=True):
            pieces.append((line, 58, True, (0, 0, 0)))
        for line in png_text.wrap(letter.organisation, _TEXT_W, 34) if letter.organisation else []:
            pieces.append((line, 34, False, (60, 60, 60)))
        for text in (_when(event, lang), event.venue):
            for line in png_text.wrap(text, _TEXT_W, 34):
                if line:
                    pieces.append((line, 34, False, (0, 0, 0)))
        title_lines = png_text.wrap(event.title, _TEXT_W, 40, bold=True)
        hint_lines = png_text.wrap(_("Show this QR code at the registration desk"), _TEXT_W, 32)
        qr = _qr_image(letter.code, 640)
        band = 40 + int(sum(png_text.line_height(40) for _l in title_lines))
        body = int(sum(png_text.line_height(size) for _t, size, _b, _c in pieces))
        hints = int(sum(png_text.line_height(32) for _l in hint_lines))
        height = band + 30 + body + 20 + qr.height + int(png_text.line_height(52)) + hints + 50
        image = Image.new("RGB", (PNG_WIDTH, height), "white")
        ImageDraw.Draw(image).rectangle((0, 0, PNG_WIDTH, band), fill=BAND)
        y = 20.0
        for line in title_lines:
            png_text.draw_text(image, (_MARGIN, y), line, 40, (255, 255, 255), True, "C", _TEXT_W)
            y += png_text.line_height(40)
        y = band + 30.0
        for text, size, bold, colour in pieces:
            png_text.draw_text(image, (_MARGIN, y), text, size, colour, bold, "C", _TEXT_W)
            y += png_text.line_height(size)
        y += 20
        image.paste(qr, ((PNG_WIDTH - qr.width) // 2, int(y)))
        y += qr.height
        png_text.draw_text(image, (_MARGIN, y), letter.code, 52, (0, 0, 0), True, "C", _TEXT_W)
        y += png_text.line_height(52)
        for line in hint_lines:
            png_text.draw_text(image, (_MARGIN, y), line, 32, (90, 90, 90), False, "C", _TEXT_W)
            y += png_text.line_height(32)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
