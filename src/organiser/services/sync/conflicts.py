"""Conflicts waiting for a person: two offices changed one field without seeing each other's
edit. Each shows both values, who made them and when; the choice (one of them, or another
value typed) is a new edit that saw both, and settles it on every copy."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.services.sync.conflict_values import value_typed
from organiser.store.db import Store, UnitOfWork
from organiser.sync import clock, identity, merge
from organiser.sync.merge import Value, connection_of


@dataclass(frozen=True)
class ConflictValue:
    id: str
    value: Value
    by: str  # the name of the copy that made it
    at: dt.datetime
    shown: bool  # the value the copy shows now


@dataclass(frozen=True)
class FieldConflict:
    id: str
    table: str
    row_id: str
    field: str
    values: list[ConflictValue]


def _short(*parts: str, n: int = 8) -> str:
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:n]


def _names(uow: UnitOfWork) -> dict[str, str]:
    conn = connection_of(uow)
    names = {
        str(c): str(n)
        for c, n in conn.execute("SELECT copy_id, name FROM sync_trust WHERE copy_id IS NOT NULL")
    }
    own = identity.copy_id(conn)
    if own:
        names[own] = _("this copy")
    return names


def list_conflicts(uow: UnitOfWork) -> list[FieldConflict]:
    names = _names(uow)
    cells: dict[tuple[str, str, str], list[ConflictValue]] = {}

    def value(stamp: str, v: Value, shown: bool) -> ConflictValue:
        by = clock.origin_of(stamp)
        at = dt.datetime.fromtimestamp(clock.ms_of(stamp) / 1000, dt.UTC)
        return ConflictValue(_short(stamp, n=6), v, names.get(by, by), at, shown)

    for c in merge.conflicts(uow):
        found = cells.setdefault(
            (c.tbl, c.row_id, c.col), [value(c.kept_stamp, c.kept_value, True)]
        )
        found.append(value(c.other_stamp, c.other_value, False))
    return [FieldConflict(_short(t, r, c), t, r, c, values) for (t, r, c), values in cells.items()]


def resolve(
    store: Store, conflict_id: str, keep: str | None = None, value: str | None = None
) -> FieldConflict:
    with store.writer() as uow:
        found = [c for c in list_conflicts(uow) if c.id.startswith(conflict_id.lower())]
        if len(found) != 1:
            raise UserError(_("No conflict has the id {id}.").format(id=conflict_id))
        conflict = found[0]
        if keep is not None:
            chosen = [v for v in conflict.values if v.id.startswith(keep.lower())]
            if len(chosen) != 1:
                raise UserError(
                    _("The conflict {id} has no value {value}.").format(id=conflict.id, value=keep)
                )
            new: Value = chosen[0].value
        elif value is not None:  # typed: stored as the field's own form would store it
            new = value_typed(conflict.table, conflict.field, value)
        else:
            raise UserError(_("Say which value to keep (--keep) or type another (--value)."))
        merge.resolve(uow, conflict.table, conflict.row_id, conflict.field, new)
        uow.commit()
    return conflict


def conflicts(store: Store) -> list[FieldConflict]:
    with store.reader() as uow:
        return list_conflicts(uow)
