"""Speed for long desk documents (1,000-row sign-in sheets, 1,000 badges) on top of the shared
Thai typesetting: the same glyphs, shaped once per distinct text instead of once per cell.

A sign-in sheet repeats the same provinces, organisations and titles hundreds of times, and
HarfBuzz shaping costs about a millisecond per cell; the fonts cache what they shaped
(`fpdf_internals.CachedThaiTTFFont`).
"""

from __future__ import annotations

from typing import Any

from organiser.documents.common.fpdf_internals import cache_shaping, forget_shaping
from organiser.documents.common.typesetting import DEFAULT_SIZE, ThaiDocument


class FastThaiDocument(ThaiDocument):
    """A ThaiDocument that shapes each distinct text once."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        cache_shaping(self.fonts)
        # the lines of each distinct text in each column: a sheet wraps the same organisation
        # and province hundreds of times, a badge sheet the event's title on every badge
        self._wrapped: dict[tuple[str, float, float, bool, bool], list[str]] = {}

    def wrap(
        self,
        text: str,
        width: float,
        size: float = DEFAULT_SIZE,
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

    def close(self) -> None:
        forget_shaping(self.fonts)
        super().close()
