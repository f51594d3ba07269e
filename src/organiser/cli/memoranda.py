"""Commands of the memoranda area (added as the area is built)."""

from __future__ import annotations

from typing import Any


def register(sub: Any, export_sub: Any) -> None:
    """Add this area's commands to the parser."""
