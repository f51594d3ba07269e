"""Where the data folder lives: cloud-synced and network folders corrupt SQLite databases.

A sync client (OneDrive, Dropbox, Google Drive, iCloud) copies the database file while SQLite
is writing it, or brings back an older copy; a network share does not honour SQLite's locks. The
app warns at start-up and offers a one-click move to the local per-user folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from organiser.core import paths
from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.store import folder_use
from organiser.store.backup import verify_database
from organiser.store.checking import read_only_uri
from organiser.store.db import Store
from organiser.store.opening import MOVED_MARKER
from organiser.store.restore import SIDE_FILES, close_connections, fsync_dir, set_aside

# Folder names that sync clients use (compared case-insensitively, by prefix).
CLOUD_FOLDERS = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("box sync", "Box"),
    ("pcloud", "pCloud"),
    ("mega", "MEGA"),
)
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "ncpfs", "9p", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.s3fs", "fuse.gcsfuse",
    "fuse.onedriver", "fuse.dropbox", "ceph", "glusterfs", "fuse.glusterfs", "lustre",
}  # fmt: skip


@dataclass(frozen=True)
class FolderRisk:
    kind: str  # "cloud" or "network"
    service: str  # e.g. "OneDrive", or the file system ("cifs")
    reason: str  # one translated sentence

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "service": self.service, "reason": self.reason}


def cloud_service(folder: Path | str) -> str | None:
    """The sync service whose folder contains `folder`, judged by the folder names."""
    text = str(folder)
    parts = PureWindowsPath(text).parts if "\\" in text else Path(text).parts
    for part in parts:
        low = part.lower()
        if low == "cloudstorage":  # macOS: ~/Library/CloudStorage/<service>-<account>
            return "cloud storage"
        for prefix, service in CLOUD_FOLDERS:
            if low == prefix or low.startswith(prefix + " ") or low.startswith(prefix + "-"):
                return service
    return None


def network_filesystem(folder: Path, mounts: str | None = None) -> str | None:
    """The network file system type holding `folder` (Linux: /proc/mounts), or None."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best, best_type = "", ""
    target = str(folder)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(
            best
        ):
            best, best_type = point, fields[2]
    return best_type if best_type.lower() in NETWORK_FILESYSTEMS else None


def windows_network_drive(folder: Path | str) -> bool:
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return True  # a UNC path: \\server\share
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows
        import ctypes

        drive = PureWindowsPath(text).drive
        if drive:
            drive_remote = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
    return False


def folder_risk(folder: Path, mounts: str | None = None) -> FolderRisk | None:
    """Why this data folder is unsafe for a database, or None when it is a local folder."""
    with contextlib.suppress(OSError):
        folder = folder.resolve()
    service = cloud_service(folder)
    if service is not None:
        return FolderRisk(
            "cloud",
            service,
            _(
                "The data folder {folder} is inside a folder synced by {service}. Sync programs "
                "copy the database while Organiser writes to it and can bring back older copies, "
                "which damages it and loses registrations."
            ).format(folder=folder, service=service),
        )
    if windows_network_drive(folder) or (
        sys.platform.startswith("linux") and network_filesystem(folder, mounts)
    ):
        fs = network_filesystem(folder, mounts) or "network"
        return FolderRisk(
            "network",
            fs,
            _(
                "The data folder {folder} is on a network drive. A network drive can drop the "
                "connection in the middle of saving and does not keep two computers from writing "
                "at once, which damages the database."
            ).format(folder=folder),
        )
    return None


def move_data_folder(store: Store, target: Path | None = None) -> Path:
    """Move the data to `target` (default: the local per-user folder) and return it.

    The database is copied through SQLite and checked; backups and attachments are copied; the
    old database is set aside (`.moved-<timestamp>`), with a note that points to the new folder so
    a shortcut that still names the old folder opens the new one. The store is closed.
    """
    source = store.data_dir
    target = (target or paths.default_data_dir()).expanduser()
    with contextlib.suppress(OSError):
        target = target.resolve()
    if target == source.resolve():
        raise UserError(_("The data is already in {folder}.").format(folder=target))
    new_db = target / paths.DB_NAME
    if new_db.exists() and new_db.stat().st_size > 0:
        raise UserError(
            _(
                "The folder {folder} already holds an Organiser database. Choose another folder; "
                "nothing was moved."
            ).format(folder=target)
        )
    paths.ensure_private_dir(target)
    # the old database is set aside at the end: no other process may still be writing to it
    with store.exclusive(), folder_use.exclusive(store.data_dir):
        tmp = target / f"{paths.DB_NAME}.moving"
        paths.make_private_file(tmp)
        try:
            src = sqlite3.connect(read_only_uri(store.path), uri=True)
            try:
                dst = sqlite3.connect(tmp)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
            if verify_database(tmp):
                raise UserError(
                    _("The copy in {folder} could not be verified; nothing was moved.").format(
                        folder=target
                    )
                )
            os.replace(tmp, new_db)
            fsync_dir(target)
            for name in ("backups", "attachments"):
                _copy_tree(source / name, target / name)
        except BaseException:
            for leftover in (tmp, new_db):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        close_connections(store)
        for suffix in SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                store.path.with_name(store.path.name + suffix).unlink()
        set_aside(store.path, "moved", dt.datetime.now(dt.UTC))
        (source / MOVED_MARKER).write_text(str(target) + "\n", encoding="utf-8")
    _log_move(source, target)
    return target


def _log_move(source: Path, target: Path) -> None:
    from organiser.services.safety.privacy import record

    moved = Store(target)
    try:
        with moved.writer() as uow:
            record(
                uow,
                "move",
                _("Moved the data from {source} to {target}.").format(source=source, target=target),
            )
            uow.commit()
    finally:
        moved.dispose()


def _copy_tree(src: Path, dst: Path) -> None:
    if not src.is_dir():
        return
    paths.ensure_private_dir(dst)
    for item in src.rglob("*"):
        rel = item.relative_to(src)
        if item.is_dir():
            paths.ensure_private_dir(dst / rel)
        elif item.is_file() and not (dst / rel).exists():
            shutil.copyfile(item, dst / rel)
            paths.make_private_file(dst / rel)
