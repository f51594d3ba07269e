"""Speed for long desk documents (1,000-row sign-in sheets, 1,000 badges) on top of the shared
Thai typesetting: the same glyphs, shaped once per distinct text instead of once per cell.

A sign-in sheet repeats the same provinces, organisations and titles hundreds of times, and
HarfBuzz shaping costs about a millisecond per cell; the fonts cache what they shaped
(`fpdf_internals.CachedThaiTTFFont`).
"""

from __future__ import annotations

from typing import Any

from organiser.documents.common.fpdf_internals import cache_shaping, forget_shaping
from organiser.documents.common.typesetting import ThaiDocument


class FastThaiDocument(ThaiDocument):
    """A ThaiDocument that shapes each distinct text once."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        cache_shaping(self.fonts)

    def close(self) -> None:
        forget_shaping(self.fonts)
        super().close()
