"""Every use of fpdf2's private internals, in one place, so that an fpdf2 upgrade that breaks
one fails `check_fpdf_internals()` (and its test) loudly instead of a PDF going subtly wrong.

What is used, and why:
- ``TTFFont.shape_text`` is replaced (``ThaiTTFFont``) to give each drawn glyph the text of its
  whole Thai syllable, so that copying and searching ``น้ำ`` in a PDF viewer works. It calls
  ``perform_harfbuzz_shaping``, ``subset.get_glyph``, ``subset.pick_glyph``, ``ttfont`` and
  ``scale``. fpdf2 offers no hook for this; a font becomes a ``ThaiTTFFont`` by swapping the
  class of the font ``add_font`` made (``give_thai_text_layer``), as fpdf2 builds it itself.
- ``FPDF._preload_bidirectional_text`` is overridden (``LeftToRightWithoutBidi``) to skip the
  bidirectional analysis for text with no right-to-left script (a third of a table's time),
  falling through to ``_preload_font_styles``.
- ``CachedThaiTTFFont`` (long desk documents) caches shaping results per text.

What fpdf2 does itself is used as it is: line breaks at zero-width spaces, text shaping with
HarfBuzz (``set_text_shaping``), page aliases, fonts subsetting.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Sequence
from typing import Any

import fpdf
from fpdf import FPDF
from fpdf.enums import TextDirection
from fpdf.fonts import TTFFont

from organiser.core.thaitext import ZWSP

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067]")


class _NoText(int):
    """A ToUnicode destination that formats as nothing (``<code> <>``).

    fpdf2 writes ``format(code, "04X")`` for every character a glyph stands for; a glyph that
    draws part of a syllable whose characters another glyph already carries must map to no
    text at all, or viewers show a stray character (fpdf2 leaves such glyphs unmapped, which
    extractors turn into ``\\x03`` or a space)."""

    def __format__(self, spec: str) -> str:
        return ""


_NO_TEXT = (_NoText(0),)


class ThaiTTFFont(TTFFont):
    """Sarabun with a text layer that maps each spacing glyph to its whole syllable.

    Thai marks are zero-width glyphs, sometimes shifted left by the font (``ปั้น``), and
    SARA AM is drawn as two glyphs (NIKHAHIT + SARA AA). Extractors place text by glyph
    boxes; a shifted mark or an unmapped SARA AA opens a gap that they read as a space
    (``ปั้ น``, ``ทำ น้ำ``). So the characters of each cluster go to the last spacing glyph
    drawn for them, zero-width glyphs carry no text, and zero-width spaces draw nothing."""

    __slots__ = ()

    def shape_text(
        self, text: str, font_size_pt: float, text_shaping_params: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        if not text:
            return []
        infos, positions = self.perform_harfbuzz_shaping(text, font_size_pt, text_shaping_params)
        starts = sorted({int(info.cluster) for info in infos})
        cluster_text: dict[int, str] = {}
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else len(text)
            cluster_text[start] = text[start:end]
        # which glyph carries the text of each cluster: its last glyph that advances, else the
        # nearest glyph before it that advances (a lone mark joins the syllable it sits on)
        carrier: dict[int, int] = {}
        last_spacing = 0
        for index, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            cluster = int(info.cluster)
            if pos.x_advance != 0:
                last_spacing = index
                carrier[cluster] = index
            else:
                carrier.setdefault(cluster, last_spacing)
        texts: dict[int, str] = {}
        for cluster in sorted(carrier):
            glyph_index = carrier[cluster]
            texts[glyph_index] = texts.get(glyph_index, "") + cluster_text.get(cluster, "")
        result: list[dict[str, Any]] = []
        for index, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            own = texts.get(index, "")
            if cluster_text.get(int(info.cluster), "") == ZWSP and pos.x_advance == 0:
                continue  # a layout hint, never drawn nor extracted
            own = own.replace(ZWSP, "")
            name = self.ttfont.getGlyphName(info.codepoint)
            width = round(self.scale * self.ttfont["hmtx"].metrics[name][0])
            if not own and pos.x_advance == 0 and pos.x_offset < 0:
                # a mark the font shifts left: declare it as wide as the shift, so that it
                # ends where the next glyph starts and extractors see no gap
                width = round(self.scale * -pos.x_offset)
            unicode = tuple(ord(ch) for ch in own) if own else _NO_TEXT
            glyph = self.subset.get_glyph(
                glyph=info.codepoint, unicode=unicode, glyph_name=name, glyph_width=width
            )
            if glyph is None:
                continue
            result.append(
                {
                    "mapped_char": self.subset.pick_glyph(glyph),
                    "x_advance": pos.x_advance,
                    "y_advance": pos.y_advance,
                    "x_offset": pos.x_offset,
                    "y_offset": pos.y_offset,
                    "force_positioning": (
                        width != pos.x_advance
                        or pos.x_offset != 0
                        or pos.y_offset != 0
                        or pos.y_advance != 0
                    ),
                }
            )
        return result


class CachedThaiTTFFont(ThaiTTFFont):
    """A ThaiTTFFont that shapes each distinct text once per size (a 1,000-row sign-in sheet
    repeats the same provinces and titles hundreds of times); the glyphs are already in the
    subset, so a cached result is exactly what a new shaping would return."""

    __slots__ = ()

    def shape_text(
        self, text: str, font_size_pt: float, text_shaping_params: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        cache = _SHAPED.setdefault(id(self), {})
        key = (text, font_size_pt, repr(sorted((text_shaping_params or {}).items())))
        found = cache.get(key)
        if found is None:
            found = super().shape_text(text, font_size_pt, text_shaping_params)
            cache[key] = found
        return found


_SHAPED: dict[int, dict[tuple[str, float, str], list[dict[str, Any]]]] = {}


def give_thai_text_layer(font: Any) -> None:
    """Make a font ``add_font`` just loaded draw with ``ThaiTTFFont`` (a core font or one
    already swapped is left alone)."""
    if type(font) is TTFFont:
        font.__class__ = ThaiTTFFont


def cache_shaping(fonts: dict[str, Any]) -> None:
    """Let the Thai fonts of a document shape each distinct text once (see CachedThaiTTFFont)."""
    for font in fonts.values():
        if type(font) is ThaiTTFFont:
            font.__class__ = CachedThaiTTFFont
            _SHAPED[id(font)] = {}


def forget_shaping(fonts: dict[str, Any]) -> None:
    for font in fonts.values():
        _SHAPED.pop(id(font), None)


class LeftToRightWithoutBidi(FPDF):
    """Thai and Latin run left to right: skip fpdf2's bidirectional analysis unless the text
    holds right-to-left script (or the page-count alias, which fpdf2 substitutes later)."""

    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Sequence[Any]:
        if not self.text_shaping or _RTL.search(text) or self.str_alias_nb_pages in text:
            return super()._preload_bidirectional_text(text, markdown)
        self.text_shaping["paragraph_direction"] = TextDirection.LTR
        self.text_shaping["fragment_direction"] = TextDirection.LTR
        return self._preload_font_styles(text, markdown)


def check_fpdf_internals() -> None:
    """Raise, naming the fpdf2 version, if an internal used here is gone or changed shape."""
    wanted: dict[str, tuple[Any, str, tuple[str, ...]]] = {
        "FPDF._preload_bidirectional_text": (FPDF, "_preload_bidirectional_text", ("text", "markdown")),
        "FPDF._preload_font_styles": (FPDF, "_preload_font_styles", ("text", "markdown")),
        "TTFFont.shape_text": (TTFFont, "shape_text", ("text", "font_size_pt", "text_shaping_params")),
        "TTFFont.perform_harfbuzz_shaping": (
            TTFFont, "perform_harfbuzz_shaping", ("text", "font_size_pt", "text_shaping_params"),
        ),
    }  # fmt: skip
    problems = []
    for name, (owner, attribute, parameters) in wanted.items():
        found = getattr(owner, attribute, None)
        if found is None:
            problems.append(f"{name} is gone")
            continue
        have = tuple(inspect.signature(found).parameters)[1:]
        if have[: len(parameters)] != parameters:
            problems.append(f"{name} now takes {have}, not {parameters}")
    if problems:
        raise RuntimeError(
            f"fpdf2 {fpdf.__version__} changed what organiser's Thai PDFs rely on: "
            + "; ".join(problems)
            + " (see documents/common/fpdf_internals.py)"
        )
