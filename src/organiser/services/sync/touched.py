"""Which parts of the app changed underneath: changes another process wrote into the same data
folder (a command-line check-in beside the app) or received from another copy (a desk, a
file). The change log says what came since a moment: per copy, the newest stamp held then
(`sync_held`, a version vector) against the newest now, and the tables of what lies between.

The window asks this only after SQLite says the file changed (`PRAGMA data_version`), so an
idle desk reads nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

from organiser.core.notices import Area
from organiser.store.db import UnitOfWork
from organiser.sync import clock, identity
from organiser.sync.merge import connection_of

# What each captured table shows up in. A table missing here changes everything that shows
# data (a table added later and forgotten here is reloaded too much, never too little).
AREAS_OF_TABLE: dict[str, tuple[Area, ...]] = {
    "organisation": (Area.PEOPLE,),
    "person": (Area.PEOPLE, Area.DESK),
    "event": (Area.EVENTS,),
    "room": (Area.EVENTS, Area.AGENDA),
    "agenda_session": (Area.AGENDA,),
    "session_person": (Area.AGENDA,),
    "registration": (Area.DESK, Area.PEOPLE),
    "check_in": (Area.DESK,),
    "memorandum": (Area.MEMORANDA,),
    "memorandum_party": (Area.MEMORANDA,),
    "memorandum_commitment": (Area.MEMORANDA,),
    "memorandum_clause": (Area.MEMORANDA,),
    "memorandum_attachment": (Area.MEMORANDA,),
    "memorandum_status_change": (Area.MEMORANDA,),
    "plan": (Area.PLANS,),
    "plan_action": (Area.PLANS,),
    "plan_action_update": (Area.PLANS,),
    "plan_memorandum": (Area.PLANS, Area.MEMORANDA),
    "team": (Area.PLANS,),
    "team_member": (Area.PLANS,),
}


@dataclass(frozen=True)
class Touched:
    held: dict[str, str]  # the version vector now: the next look starts from it
    areas: frozenset[Area]

    @property
    def anything(self) -> bool:
        return bool(self.areas)


def held_now(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return {str(o): str(s) for o, s in conn.execute("SELECT origin, stamp FROM sync_held")}
    except sqlite3.OperationalError:  # a schema before the change log
        return {}


def areas_of(tables: Collection[str]) -> frozenset[Area]:
    out: set[Area] = set()
    for table in tables:
        out.update(AREAS_OF_TABLE.get(table, (Area.ALL,)))
    return frozenset(out)


def touched_since(
    conn: sqlite3.Connection,
    before: dict[str, str],
    this_copy: str | None = None,
    own_stamps: Collection[str] = (),
) -> Touched:
    """The parts of the app the changes held now but not at `before` touch. `own_stamps`: the
    stamps of this process's own commits (the window already told its places about those).
    Changes from other copies also change what the Sync place shows."""
    now = held_now(conn)
    tables: set[str] = set()
    received = False
    for origin, top in now.items():
        after = before.get(origin, "")
        if after >= top:
            continue
        rows = conn.execute(
            "SELECT DISTINCT stamp, tbl FROM sync_change WHERE stamp > ? AND substr(stamp, ?) = ?",
            (after, clock.HLC_DIGITS + 1, origin),
        ).fetchall()
        found = {str(t) for s, t in rows if str(s) not in own_stamps}
        if origin != this_copy and (found or not rows):
            received = True
        if not rows and origin != this_copy:
            # held but no longer in the log (compacted or scrubbed meanwhile): say everything
            found = {"*"}
        tables |= found
    areas = set(areas_of(tables))
    if received:
        areas.add(Area.SYNC)
    return Touched(now, frozenset(areas))


def look(
    uow: UnitOfWork, before: dict[str, str] | None, own_stamps: Collection[str] = ()
) -> Touched:
    """What changed since `before` (None: the first look, which only notes where things are)."""
    conn = connection_of(uow)
    if before is None:
        return Touched(held_now(conn), frozenset())
    return touched_since(conn, before, identity.copy_id(conn), own_stamps)


def clock_now(conn: sqlite3.Connection) -> int | None:
    """This copy's clock, inside a writing transaction (which holds the write lock)."""
    try:
        row = conn.execute("SELECT hlc FROM sync_copy WHERE one = 1").fetchone()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else None


def stamp_since(conn: sqlite3.Connection, began: int) -> str | None:
    """At the commit of a writing transaction that began with the clock at `began`: the
    stamp the capture gave its changes, None when it captured nothing (the clock stood still;
    no other process can have moved it while this one held the write lock)."""
    try:
        row = conn.execute("SELECT copy_id, hlc FROM sync_copy WHERE one = 1").fetchone()
    except sqlite3.Error:
        return None
    if row is None or int(row[1]) == began:
        return None
    return clock.make_stamp(int(row[1]), str(row[0]))


def is_held(held: dict[str, str], stamp: str) -> bool:
    return held.get(clock.origin_of(stamp), "") >= stamp
