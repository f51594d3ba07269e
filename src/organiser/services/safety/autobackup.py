"""When backups happen by themselves: before every bulk change a person makes (import, undo or
redo of an import, merging people, the demo over existing data; a restore makes its own), and
while there are changes since the last one (the window's timer, the end of a command).

Never before an erasure: erasing must reach the backups, not add another copy of the data.
How a backup is made and kept is `store.backup`'s business; this module only decides when.
"""

from __future__ import annotations

import datetime as dt
import enum

from organiser.store.backup import BackupInfo, changed_since_backup, last_backup, make_backup
from organiser.store.db import Store

# The window checks this often; the command line backs up at its end when the newest backup
# is older than this.
AUTO_BACKUP_EVERY = dt.timedelta(minutes=15)


class BulkChange(enum.StrEnum):
    """A change of many rows at once; the value is the backup's reason (its file name)."""

    IMPORT = "pre-import"
    UNDO_IMPORT = "pre-undo-import"
    REDO_IMPORT = "pre-redo-import"
    MERGE = "pre-merge"
    DEMO = "pre-demo"


AUTO = "auto"


def backup_before(store: Store, change: BulkChange) -> BackupInfo | None:
    """A verified backup of the database as it is before `change`. When it cannot be made this
    raises BackupError (one sentence for the user), and the caller makes no change. A database
    that holds nothing yet is not backed up: there is nothing to lose."""
    if not store.path.exists() or _holds_nothing(store):
        return None
    return make_backup(store, change.value)


def _holds_nothing(store: Store) -> bool:
    from organiser.services.home.overview import counts

    with store.reader() as uow:
        return counts(uow).is_empty


def backup_if_changed(
    store: Store, now: dt.datetime | None = None, every: dt.timedelta = AUTO_BACKUP_EVERY
) -> BackupInfo | None:
    """A backup when this store has committed anything since its last backup, unless the
    newest backup in the folder is younger than `every` (a backup before a bulk change a
    minute ago is recent enough)."""
    if not changed_since_backup(store) or not store.path.exists():
        return None
    now = now or dt.datetime.now(dt.UTC)
    last = last_backup(store)
    if last is not None and now - last.made_at < every:
        return None
    return make_backup(store, AUTO, now)
