"""Speed for long desk documents (1,000-row sign-in sheets, 1,000 badges) on top of the shared
Thai typesetting: the same glyphs, shaped once per distinct text instead of once per cell.

A sign-in sheet repeats the same provinces, organisations and titles hundreds of times, and
HarfBuzz shaping plus fpdf2's bidirectional analysis cost about a millisecond per cell. Shaping
results are cached per font, size and text (the glyphs are already in the font subset, so a
cached result is exactly what a new shaping would return), and text without right-to-left
characters skips the bidirectional analysis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from fpdf.enums import TextDirection
from fpdf.fonts import TTFFont

from organiser.documents.common import typesetting
from organiser.documents.common.typesetting import ThaiDocument

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]")


class _CachedThaiFont(typesetting._ThaiTTFFont):
    __slots__ = ()

    def shape_text(
        self, text: str, font_size_pt: float, text_shaping_params: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        cache: dict[tuple[str, float, str], list[dict[str, Any]]] = _CACHES.setdefault(id(self), {})
        key = (text, font_size_pt, repr(sorted((text_shaping_params or {}).items())))
        found = cache.get(key)
        if found is None:
            found = super().shape_text(text, font_size_pt, text_shaping_params)
            cache[key] = found
        return found


_CACHES: dict[int, dict[tuple[str, float, str], list[dict[str, Any]]]] = {}


class FastThaiDocument(ThaiDocument):
    """A ThaiDocument that shapes each distinct text once."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # the lines of each distinct text in each column: a sheet wraps the same organisation
        # and province hundreds of times, a badge sheet the event's title on every badge
        self._wrapped: dict[tuple[str, float, float, bool, bool], list[str]] = {}
        for font in self.fonts.values():
            if type(font) is typesetting._ThaiTTFFont:
                font.__class__ = _CachedThaiFont
                _CACHES[id(font)] = {}

    def wrap(
        self,
        text: str,
        width: float,
        size: float = typesetting.DEFAULT_SIZE,
        bold: bool = False,
        italic: bool = False,
    ) -> list[str]:
        key = (text, width, size, bold, italic)
        found = self._wrapped.get(key)
        if found is None:
            found = super().wrap(text, width, size, bold, italic)
            self._wrapped[key] = found
        else:
            self.use_font(size, bold, italic)  # as a wrap leaves the font set
        return list(found)

    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Sequence[Any]:
        if not self.text_shaping or _RTL.search(text) or self.str_alias_nb_pages in text:
            return super()._preload_bidirectional_text(text, markdown)
        self.text_shaping["paragraph_direction"] = TextDirection.LTR
        self.text_shaping["fragment_direction"] = TextDirection.LTR
        return self._preload_font_styles(text, markdown)

    def close(self) -> None:
        for font in self.fonts.values():
            if isinstance(font, TTFFont):
                _CACHES.pop(id(font), None)
        super().close()
