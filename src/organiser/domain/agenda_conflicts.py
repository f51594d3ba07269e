"""Conflicts in a programme: a pure function over plain slots, so the editor, the CLI and the
tests all judge an agenda the same way. Conflicts are warnings: they never block saving.

Rules, each giving a reason on every session it concerns:
- a session that ends before (or when) it starts;
- a session on a day outside the event's dates;
- two sessions in the same room at overlapping times;
- one person in two sessions at overlapping times;
- in the main line of a day — sessions in the main room, sessions without a room (breaks,
  meals) and any session nothing else runs beside — an overlap between one session and the
  next; and a gap, a time between two sessions of a day when nothing runs at all.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from organiser.core.i18n import _
from organiser.core.thaidate import format_date, format_time_range


class ConflictKind(enum.StrEnum):
    ENDS_BEFORE_START = "ends_before_start"
    OUTSIDE_EVENT = "outside_event"
    ROOM_OVERLAP = "room_overlap"
    PERSON_TWICE = "person_twice"
    GAP = "gap"
    OVERLAP = "overlap"


@dataclass(frozen=True)
class Slot:
    """What the rules need to know about one session."""

    id: str
    day: dt.date
    starts_at: dt.time
    ends_at: dt.time
    title: str
    room_id: str | None = None
    room_name: str = ""
    people: tuple[tuple[str, str], ...] = ()  # (person id, display name)


@dataclass(frozen=True)
class Conflict:
    session_id: str
    kind: ConflictKind
    reason: str  # one sentence in the current language
    other_id: str | None = None


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _overlap(a: Slot, b: Slot) -> bool:
    return (
        a.day == b.day
        and _minutes(a.starts_at) < _minutes(b.ends_at)
        and _minutes(b.starts_at) < _minutes(a.ends_at)
    )


def _valid(slot: Slot) -> bool:
    return _minutes(slot.ends_at) > _minutes(slot.starts_at)


def _when(slot: Slot, lang: str) -> str:
    return format_time_range(slot.starts_at, slot.ends_at, lang)


def find_conflicts(
    slots: Sequence[Slot],
    event_start: dt.date,
    event_end: dt.date,
    main_room_id: str | None,
    lang: str = "en",
) -> dict[str, list[Conflict]]:
    """Every session's conflicts (sessions without any are absent), reasons in ``lang``'s
    time format and the current translation."""
    found: dict[str, list[Conflict]] = defaultdict(list)

    def add(slot: Slot, kind: ConflictKind, reason: str, other: Slot | None) -> None:
        found[slot.id].append(Conflict(slot.id, kind, reason, other.id if other else None))

    for slot in slots:
        if not _valid(slot):
            add(slot, ConflictKind.ENDS_BEFORE_START, _("Ends before it starts."), None)
        if not event_start <= slot.day <= event_end:
            add(
                slot,
                ConflictKind.OUTSIDE_EVENT,
                _("On {day}, outside the event's dates.").format(
                    day=format_date(slot.day, "short", lang)
                ),
                None,
            )

    valid = [s for s in slots if _valid(s)]
    by_day: dict[dt.date, list[Slot]] = defaultdict(list)
    for slot in valid:
        by_day[slot.day].append(slot)
    room_pairs: set[frozenset[str]] = set()
    for day_slots in by_day.values():
        day_slots.sort(key=lambda s: (_minutes(s.starts_at), _minutes(s.ends_at), s.id))
        for i, a in enumerate(day_slots):
            for b in day_slots[i + 1 :]:
                if _minutes(b.starts_at) >= _minutes(a.ends_at):
                    break
                if not _overlap(a, b):
                    continue
                if a.room_id is not None and a.room_id == b.room_id:
                    room_pairs.add(frozenset((a.id, b.id)))
                    for x, y in ((a, b), (b, a)):
                        add(
                            x, ConflictKind.ROOM_OVERLAP,
                            _("{room} is also used by “{title}” at {time}.").format(
                                room=x.room_name or _("The room"), title=y.title,
                                time=_when(y, lang),
                            ),
                            y,
                        )  # fmt: skip
                names_a = dict(a.people)
                for person_id, name in b.people:
                    if person_id in names_a:
                        for x, y in ((a, b), (b, a)):
                            add(
                                x, ConflictKind.PERSON_TWICE,
                                _("{name} is also in “{title}” at {time}.").format(
                                    name=name, title=y.title, time=_when(y, lang)
                                ),
                                y,
                            )  # fmt: skip
        _main_line(day_slots, main_room_id, room_pairs, add, lang)
    return dict(found)


def _main_line(
    day_slots: list[Slot],
    main_room_id: str | None,
    room_pairs: set[frozenset[str]],
    add: Callable[[Slot, ConflictKind, str, Slot | None], None],
    lang: str,
) -> None:
    def alone(slot: Slot) -> bool:
        return not any(other is not slot and _overlap(slot, other) for other in day_slots)

    line = [
        s
        for s in day_slots
        if s.room_id is None or (main_room_id is not None and s.room_id == main_room_id) or alone(s)
    ]
    for before, after in itertools.pairwise(line):
        if _minutes(after.starts_at) < _minutes(before.ends_at) and (
            frozenset((before.id, after.id)) not in room_pairs
        ):
            for x, y in ((before, after), (after, before)):
                add(
                    x,
                    ConflictKind.OVERLAP,
                    _("Overlaps “{title}” ({time}) in the main programme.").format(
                        title=y.title, time=_when(y, lang)
                    ),
                    y,
                )
    # a gap: a time when nothing at all runs between two sessions of the day (parallel
    # group work in several rooms fills the time as much as a plenary does)
    latest: Slot | None = None
    for slot in day_slots:
        if latest is not None:
            gap = _minutes(slot.starts_at) - _minutes(latest.ends_at)
            if gap > 0:
                add(
                    slot,
                    ConflictKind.GAP,
                    _("{minutes} min gap after “{title}”.").format(minutes=gap, title=latest.title),
                    latest,
                )
        if latest is None or _minutes(slot.ends_at) > _minutes(latest.ends_at):
            latest = slot


def reasons(conflicts: Iterable[Conflict]) -> str:
    """The reasons as one text, one per line (a tooltip, a CLI column)."""
    return "\n".join(c.reason for c in conflicts)
