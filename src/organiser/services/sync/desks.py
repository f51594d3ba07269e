"""The other desks of a venue as this copy knows them from the change log: which desk (which
copy) made a check-in, and which desks may have checked people in since this copy last
received their changes (the end-of-day reminder).

A desk is a copy of the data (a laptop); its name is its own local setting, stored with every
check-in it makes. Two processes on one data folder (the window and a command-line check-in
beside it) are one copy, so one desk."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from organiser.domain.desk import CheckIn, Registration
from organiser.services.desk.editing import CheckInResult
from organiser.store.db import UnitOfWork
from organiser.sync import clock, identity, trust
from organiser.sync.merge import connection_of

# Heard from this recently, a desk's work is taken as received: a live exchange keeps this
# fresh, and so does a change file received by hand at the end of the day. Nothing else can
# tell that a desk stopped checking people in after its last file.
RECENT = dt.timedelta(minutes=30)


def _origin_of_check_in(uow: UnitOfWork, check_in_id: str) -> str | None:
    conn = connection_of(uow)
    row = conn.execute(
        "SELECT stamp FROM sync_change WHERE tbl = 'check_in' AND row_id = ? "
        "ORDER BY stamp LIMIT 1",
        (check_in_id,),
    ).fetchone()
    return clock.origin_of(str(row[0])) if row else None


def _names_of_copies(uow: UnitOfWork) -> dict[str, str]:
    return {t.copy_id: t.name for t in trust.everyone(connection_of(uow)) if t.copy_id}


def where_first_checked_in(uow: UnitOfWork, result: CheckInResult) -> CheckInResult:
    """A repeat check-in says at which desk the person was checked in first when another copy
    made that check-in (even one whose desk has the same name as this one); a warning, never a
    refusal: both check-ins are kept."""
    if result.already_id is None:
        return result
    origin = _origin_of_check_in(uow, result.already_id)
    here = identity.copy_id(connection_of(uow))
    if origin is None or here is None or origin == here:
        return result
    desk = result.already_desk or _names_of_copies(uow).get(origin, "") or origin[:6]
    return dataclasses.replace(result, already_desk=desk, already_elsewhere=True)


@dataclass(frozen=True)
class DeskNotReceived:
    """Another desk that checked people in on the day, whose later work may not be here."""

    copy_id: str
    name: str
    last_check_in_at: dt.datetime  # its newest check-in of the day this copy holds
    check_ins: int  # how many of the day's check-ins this copy holds from it
    last_received_at: dt.datetime | None  # the last change file or exchange from it


def _parse(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        found = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=dt.UTC)


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def desks_not_received(
    uow: UnitOfWork, event_id: str, day: dt.date, now: dt.datetime | None = None
) -> list[DeskNotReceived]:
    """The other desks that checked people in for the event on the day (as far as this copy
    knows), unless this copy received their changes after their last check-in known here,
    either in the last half hour or after the day: their later check-ins may be missing
    here. Newest first."""
    conn = connection_of(uow)
    here = identity.copy_id(conn)
    now = now or dt.datetime.now(dt.UTC)
    rows = uow.session.execute(
        select(CheckIn.id, CheckIn.at, CheckIn.desk)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .where(Registration.event_id == event_id, CheckIn.day == day)
    ).all()
    if not rows:
        return []
    by_id = {str(r[0]): (r[1], str(r[2] or "")) for r in rows}
    origins: dict[str, str] = {}
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row_id, stamp in conn.execute(
            f"SELECT row_id, min(stamp) FROM sync_change WHERE tbl = 'check_in' "
            f"AND row_id IN ({marks}) GROUP BY row_id",
            chunk,
        ):
            origins[str(row_id)] = clock.origin_of(str(stamp))
    seen: dict[str, tuple[dt.datetime, str, int]] = {}
    for check_in_id, origin in origins.items():
        if origin == here:
            continue
        at, desk = by_id[check_in_id]
        at = _aware(at)
        last = seen.get(origin)
        if last is None:
            seen[origin] = (at, desk, 1)
        elif at >= last[0]:
            seen[origin] = (at, desk or last[1], last[2] + 1)
        else:
            seen[origin] = (last[0], last[1], last[2] + 1)
    copies = {t.copy_id: t for t in trust.everyone(conn) if t.copy_id}
    out: list[DeskNotReceived] = []
    for origin, (at, desk, count) in seen.items():
        known = copies.get(origin)
        received = _parse(known.last_received_at) if known else None
        # the time of receipt is kept to the second
        if (
            received is not None
            and received >= at.replace(microsecond=0)
            and (now - received <= RECENT or received.astimezone().date() > day)
        ):
            continue
        name = desk or (known.name if known else "") or origin[:6]
        out.append(DeskNotReceived(origin, name, at, count, received))
    out.sort(key=lambda d: d.last_check_in_at, reverse=True)
    return out
