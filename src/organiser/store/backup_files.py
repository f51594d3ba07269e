"""The files beside the database copies in a backup: filed attachments, and temporary copies.

Attachments (signed scans) are kept in `backups/attachments/<sha256>`, once each however many
backups refer to them, copied when a backup is made and put back when a backup is restored: a
scan deleted from `attachments/` comes back with the database that lists it. A file whose
checksum no longer matches what was filed is not taken into a backup.

Temporary copies (a backup or restore killed halfway) hold the whole database; they are removed
when the folder is next opened by a process that has it to itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from pathlib import Path

from organiser.core import paths
from organiser.store.checking import looks_like_sqlite, read_only_uri

BLOBS_DIR = "attachments"  # inside backups/
_SHA = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


def blobs_dir(data_dir: Path) -> Path:
    return data_dir / "backups" / BLOBS_DIR


def attachments_listed_in(db: Path) -> list[tuple[str, str]]:
    """(stored name, sha256) of every attachment a database file lists (deleted ones too: a
    restore may bring their memorandum back)."""
    if not looks_like_sqlite(db):
        return []
    try:
        conn = sqlite3.connect(read_only_uri(db), uri=True)
    except sqlite3.Error:
        return []
    try:
        rows = conn.execute("SELECT stored_name, sha256 FROM memorandum_attachment").fetchall()
    except sqlite3.Error:  # an older schema, or a damaged file
        return []
    finally:
        conn.close()
    found = []
    for name, sha in rows:
        name, sha = str(name or ""), str(sha or "").lower()
        # a name from a file is never trusted as a path
        if _SHA.match(sha) and name and Path(name).name == name and not name.startswith("."):
            found.append((name, sha))
    return found


def _copy_checked(source: Path, target: Path, sha: str) -> bool:
    """Copy `source` to `target` through a private temporary file if its content has the
    checksum `sha`; False (and nothing written) when it has not."""
    temp = target.with_name(f".{target.name}.part")
    digest = hashlib.sha256()
    try:
        fd = os.open(
            temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600
        )
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            temp.unlink()
            return False
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return True


def keep_attachments(data_dir: Path, backup_db: Path) -> int:
    """Copy into the backups' attachment store every file `backup_db` lists that is not there
    yet. Returns how many were copied; raises OSError (disk full) like the backup itself."""
    rows = attachments_listed_in(backup_db)
    if not rows:
        return 0
    folder = paths.ensure_private_dir(blobs_dir(data_dir))
    copied = 0
    for name, sha in rows:
        blob = folder / sha
        source = data_dir / "attachments" / name
        if blob.exists() or not source.is_file():
            continue
        if _copy_checked(source, blob, sha):
            copied += 1
    return copied


def forget_unused_attachments(data_dir: Path, backups: list[Path]) -> list[Path]:
    """Remove stored attachments that no remaining backup lists (after rotation)."""
    folder = blobs_dir(data_dir)
    if not folder.is_dir():
        return []
    wanted = {sha for db in backups for _name, sha in attachments_listed_in(db)}
    removed = []
    for blob in folder.iterdir():
        if _SHA.match(blob.name) and blob.name not in wanted:
            with contextlib.suppress(OSError):
                blob.unlink()
                removed.append(blob)
    return removed


def bring_back_attachments(data_dir: Path, db: Path) -> list[str]:
    """After a restore: put back every attachment `db` lists that is missing from
    `attachments/` or changed, from the backups' store. Returns the stored names put back."""
    rows = attachments_listed_in(db)
    if not rows:
        return []
    folder = paths.ensure_private_dir(data_dir / "attachments")
    store = blobs_dir(data_dir)
    back = []
    for name, sha in rows:
        target = folder / name
        if target.is_file() and _sha256(target) == sha:
            continue
        blob = store / sha
        if blob.is_file() and _copy_checked(blob, target, sha):
            back.append(name)
    return back


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def temporary_copies(data_dir: Path) -> list[Path]:
    """Copies of the database (or of a filed scan) left by a backup, restore or filing that
    was killed halfway."""
    found: list[Path] = []
    patterns = (
        (data_dir / "backups", "*.tmp*"),
        (blobs_dir(data_dir), ".*.part"),
        (data_dir / "attachments", ".*.part"),
        (data_dir, f"{paths.DB_NAME}.restoring*"),
    )
    for folder, pattern in patterns:
        with contextlib.suppress(OSError):
            found.extend(p for p in folder.glob(pattern) if p.is_file())
    return sorted(found)


def remove_temporary_copies(data_dir: Path) -> list[Path]:
    """Remove the temporary copies; the caller has the folder to itself (store.folder_use), so
    none of them belongs to work still running."""
    removed = []
    for path in temporary_copies(data_dir):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed
