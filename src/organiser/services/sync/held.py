"""Changes held back because they were stamped more than a day ahead of this laptop's clock
(a laptop whose date was wrong, usually a B.E. year typed as C.E.): listed for a person, and
taken in when they accept them (sync/future.py keeps this copy's clock where it is)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.store.db import Store
from organiser.sync import clock, future
from organiser.sync.merge import connection_of

DAY_MS = 86_400_000


@dataclass(frozen=True)
class HeldRow:
    origin: str  # the copy id
    made_by: str  # its name, when this copy knows it
    changes: int
    days_ahead: float  # of this laptop's clock, by the newest of them
    newest_at: dt.datetime  # by that copy's (wrong) clock, UTC


def held_back(store: Store) -> list[HeldRow]:
    with store.reader() as uow:
        conn = connection_of(uow)
        names = {
            str(c): str(n)
            for c, n in conn.execute(
                "SELECT copy_id, name FROM sync_trust WHERE copy_id IS NOT NULL"
            )
        }
        return [
            HeldRow(
                h.origin,
                names.get(h.origin, h.origin),
                h.changes,
                round(h.ahead_ms / DAY_MS, 1),
                dt.datetime.fromtimestamp(h.newest_ms / 1000, dt.UTC),
            )
            for h in future.held_back(uow)
        ]


def accept(store: Store, origin: str | None = None) -> int:
    """Take in the held-back changes of one copy (its id or name), or of all. A bulk change
    made by hand: a backup first. Returns how many changes were taken in."""
    rows = held_back(store)
    if origin is not None:
        rows = [r for r in rows if origin in (r.origin, r.made_by)]
        if not rows:
            raise UserError(
                _("No changes from {copy} are held back.").format(copy=origin)
            )  # fmt: skip
    if not rows:
        return 0
    from organiser.store.backup import make_backup

    make_backup(store, "sync")
    with store.writer() as uow:
        for row in rows:
            future.accept(uow, row.origin)
        uow.commit()
    return sum(r.changes for r in rows)


def made_ahead_sentence(ahead: clock.Ahead | None) -> str:
    """What a person is told of this laptop's own changes dated far ahead ("" when none)."""
    if ahead is None:
        return ""
    return _(
        "{n} changes made on this laptop are dated {days} days ahead of its clock (made while "
        "its date was wrong): other offices hold them back until a person there accepts them. "
        "New changes are dated by the clock as it is now."
    ).format(n=ahead.changes, days=round(ahead.ahead_ms / DAY_MS, 1))


def made_ahead_here(store: Store) -> str:
    """This laptop's own changes stamped far ahead, in one sentence ("" when none)."""
    with store.reader() as uow:
        return made_ahead_sentence(clock.own_ahead(connection_of(uow)))
