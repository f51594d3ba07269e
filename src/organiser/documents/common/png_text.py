"""Thai text drawn into a Pillow image, correct on every platform, without Qt.

Pillow places Thai marks right only with its Raqm layout, which needs the FriBiDi library at run
time: Linux desktops have it, Windows does not (Pillow's wheels do not ship it), and its basic
layout then stacks tone marks on upper vowels (``นี้``, ``ปั้น``) and lets them hit the tall
consonants. So the text is shaped here with HarfBuzz (``uharfbuzz``, which fpdf2's shaping uses
already) and each glyph's outline, read with fontTools, is filled at the place HarfBuzz gives it:
the same glyphs and positions as in the PDFs, whatever Pillow was built with.

Outlines are filled even-odd (a letter's inner loop stays open) on a 4× grid and scaled down,
which gives smooth edges.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import uharfbuzz as hb
from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw

from organiser.core.paths import font_path
from organiser.core.thaitext import ZWSP, insert_word_breaks

SUPERSAMPLE = 4
_CURVE_STEPS = 6
Point = tuple[float, float]


class _FlatPen(BasePen):  # type: ignore[misc]  # fontTools has no type hints
    """Collects a glyph's contours as polygons (curves cut into short straight pieces)."""

    def __init__(self, glyph_set: Any) -> None:
        super().__init__(glyph_set)
        self.contours: list[list[Point]] = []
        self._current: list[Point] = []

    def _moveTo(self, pt: Point) -> None:
        self._current = [pt]
        self.contours.append(self._current)

    def _lineTo(self, pt: Point) -> None:
        self._current.append(pt)

    def _curveToOne(self, p1: Point, p2: Point, p3: Point) -> None:
        (x0, y0) = self._current[-1]
        for i in range(1, _CURVE_STEPS + 1):
            t = i / _CURVE_STEPS
            u = 1 - t
            self._current.append(
                (
                    u**3 * x0 + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                    u**3 * y0 + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
                )
            )

    def _qCurveToOne(self, p1: Point, p2: Point) -> None:
        (x0, y0) = self._current[-1]
        for i in range(1, _CURVE_STEPS + 1):
            t = i / _CURVE_STEPS
            u = 1 - t
            self._current.append(
                (
                    u * u * x0 + 2 * u * t * p1[0] + t * t * p2[0],
                    u * u * y0 + 2 * u * t * p1[1] + t * t * p2[1],
                )
            )

    def _closePath(self) -> None:
        self._current = []


@dataclass(frozen=True)
class _Face:
    hb_font: Any
    glyph_set: Any
    order: list[str]
    upem: int
    ascender: int
    descender: int


@functools.cache
def _face(bold: bool) -> _Face:
    path = font_path("Sarabun-Bold.ttf" if bold else "Sarabun-Regular.ttf")
    blob = hb.Blob.from_file_path(str(path))
    face = hb.Face(blob)
    tt = TTFont(str(path), lazy=True)
    hhea = tt["hhea"]
    return _Face(
        hb.Font(face), tt.getGlyphSet(), tt.getGlyphOrder(), face.upem,
        hhea.ascent, hhea.descent,
    )  # fmt: skip


@functools.cache
def _contours(bold: bool, name: str) -> list[list[Point]]:
    face = _face(bold)
    pen = _FlatPen(face.glyph_set)
    face.glyph_set[name].draw(pen)
    return [c for c in pen.contours if len(c) > 2]


def _shape(text: str, bold: bool) -> list[tuple[str, float, float, float]]:
    """(glyph name, x offset, y offset, advance) in font units, for each glyph of `text`."""
    text = text.replace(ZWSP, "")
    if not text:
        return []
    face = _face(bold)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(face.hb_font, buf, {})
    return [
        (face.order[info.codepoint], pos.x_offset, pos.y_offset, pos.x_advance)
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    ]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in pixels of `text` set at `size` pixels (the em)."""
    face = _face(bold)
    return sum(g[3] for g in _shape(text, bold)) * size / face.upem


def line_height(size: float) -> float:
    face = _face(False)
    return (face.ascender - face.descender) * size / face.upem * 1.12


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of at most `width` pixels, broken between words (Thai words from the dictionary);
    a word wider than a line is left whole on its own line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = [w for w in insert_word_breaks(paragraph).replace(" ", " " + ZWSP).split(ZWSP)]
        line = ""
        for word in words:
            trial = line + word
            if line and text_width(trial.rstrip(), size, bold) > width:
                lines.append(line.rstrip())
                line = word.lstrip()
            else:
                line = trial
        lines.append(line.rstrip())
    return lines


def draw_text(
    image: Image.Image,
    xy: tuple[float, float],
    text: str,
    size: float,
    fill: tuple[int, int, int] = (0, 0, 0),
    bold: bool = False,
    align: str = "L",
    width: float = 0.0,
) -> None:
    """Draw one line with its top-left at `xy` (or centred/right-aligned in `width` pixels)."""
    face = _face(bold)
    glyphs = _shape(text, bold)
    scale = size / face.upem * SUPERSAMPLE
    advance = sum(g[3] for g in glyphs) * scale
    height = line_height(size) * SUPERSAMPLE
    baseline = face.ascender * scale + (height - (face.ascender - face.descender) * scale) / 2
    mask = Image.new("1", (max(1, int(advance) + 4 * SUPERSAMPLE), max(1, int(height))), 0)
    pen_x = 2.0 * SUPERSAMPLE
    for name, dx, dy, adv in glyphs:
        ox, oy = pen_x + dx * scale, baseline - dy * scale
        polygons = [[(ox + x * scale, oy - y * scale) for x, y in c] for c in _contours(bold, name)]
        if polygons:
            left = int(min(x for c in polygons for x, _y in c)) - 1
            top = int(min(y for c in polygons for _x, y in c)) - 1
            right = int(max(x for c in polygons for x, _y in c)) + 2
            bottom = int(max(y for c in polygons for _x, y in c)) + 2
            box = (right - left, bottom - top)
            glyph = Image.new("1", box, 0)
            for polygon in polygons:  # even-odd: each contour flips what it covers
                layer = Image.new("1", box, 0)
                ImageDraw.Draw(layer).polygon([(x - left, y - top) for x, y in polygon], fill=1)
                glyph = ImageChops.logical_xor(glyph, layer)
            mask.paste(1, (left, top), glyph)  # glyphs overlap (marks on their base): union
        pen_x += adv * scale
    small = mask.convert("L").resize(
        (max(1, mask.width // SUPERSAMPLE), max(1, mask.height // SUPERSAMPLE)),
        Image.Resampling.BOX,
    )
    x, y = xy
    drawn = advance / SUPERSAMPLE
    if align == "C" and width:
        x += (width - drawn) / 2
    elif align == "R" and width:
        x += width - drawn
    image.paste(Image.new("RGB", small.size, fill), (int(x - 2), int(y)), small)
