"""What a change notice names: the part of the app whose data changed.

The window's places reload when their part changes (`AppContext.changed(Area.PLANS)`); a
misspelt part is a type error, not a place that silently stays stale."""

from __future__ import annotations

from enum import StrEnum


class Area(StrEnum):
    PEOPLE = "people"
    DESK = "desk"
    AGENDA = "agenda"
    MEMORANDA = "memoranda"
    PLANS = "plans"
    EVENTS = "events"
    SETTINGS = "settings"
    SYNC = "sync"  # sent a change file: what the others may lack
    ALL = "*"  # everything: a restore, a moved data folder
