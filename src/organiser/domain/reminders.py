"""A reminder for the start page: plain data that each area makes of its own due dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from organiser.core.notices import Area


@dataclass(frozen=True)
class Reminder:
    area: Area
    text: str  # already translated
    due_on: dt.date | None = None
    overdue: bool = False
    ref_id: str = ""
