"""Data safety: backups and restore, personal data (erasure, audit log), where the data lives.

Everything here runs headless (CLI, tests); the app's dialogs in `organiser.ui.safety` call it.
"""

from __future__ import annotations

from organiser.services.safety.backups import (
    BackupRow,
    RestoreResult,
    list_backup_rows,
    restore_database,
    restore_latest,
)
from organiser.services.safety.location import FolderRisk, folder_risk, move_data_folder
from organiser.services.safety.privacy import (
    AuditRow,
    ErasureResult,
    erase_person,
    list_audit,
    record,
)

__all__ = [
    "AuditRow",
    "BackupRow",
    "ErasureResult",
    "FolderRisk",
    "RestoreResult",
    "erase_person",
    "folder_risk",
    "list_audit",
    "list_backup_rows",
    "move_data_folder",
    "record",
    "restore_database",
    "restore_latest",
]
