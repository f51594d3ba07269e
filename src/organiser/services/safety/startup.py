"""Opening the data folder and closing it, as the window does it: the one-copy lock, opening
with its checks (and the answers to a damaged or missing database), the backup on quit.

The window reaches the store through here, so that store's locks, files and backups stay
behind the services like everything else."""

from __future__ import annotations

from organiser.store.backup import BackupInfo as BackupInfo
from organiser.store.backup import changed_since_backup as changed_since_backup
from organiser.store.backup import last_backup as last_backup
from organiser.store.backup import make_backup as make_backup
from organiser.store.lock import DataFolderLock as DataFolderLock
from organiser.store.lock import already_running_message as already_running_message
from organiser.store.opening import DamagedDatabaseError as DamagedDatabaseError
from organiser.store.opening import MissingDatabaseError as MissingDatabaseError
from organiser.store.opening import describe_backup as describe_backup
from organiser.store.opening import moved_to as moved_to
from organiser.store.opening import open_store as open_store
