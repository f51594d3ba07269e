"""What the start page should remind the office of, gathered from every area."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class Reminder:
    area: str  # "memoranda", "plans", …
    text: str  # already translated
    due_on: dt.date | None = None
    overdue: bool = False
    ref_id: str = ""


def gather(uow: UnitOfWork, today: dt.date) -> list[Reminder]:
    from organiser.services.memoranda import reading as memoranda
    from organiser.services.plans import reading as plans

    items: list[Reminder] = []
    for provider in (memoranda.reminders, plans.reminders):
        items.extend(provider(uow, today))
    return sorted(items, key=lambda r: (not r.overdue, r.due_on or dt.date.max))
