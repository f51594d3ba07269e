"""What the start page should remind the office of, gathered from every area."""

from __future__ import annotations

import datetime as dt

from organiser.domain.reminders import Reminder as Reminder
from organiser.services.memoranda import reading as memoranda
from organiser.services.plans import reading as plans
from organiser.store.db import UnitOfWork


def gather(uow: UnitOfWork, today: dt.date) -> list[Reminder]:
    """Each area makes its own reminders (a plain `Reminder`, declared below the services so
    that no area imports this module back); the overdue come first."""
    items: list[Reminder] = []
    for provider in (memoranda.reminders, plans.reminders):
        items.extend(provider(uow, today))
    return sorted(items, key=lambda r: (not r.overdue, r.due_on or dt.date.max))
