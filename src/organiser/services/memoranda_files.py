"""Files filed with a memorandum (the signed scan, letters, annexes).

A file is copied into the data folder's `attachments/` (private to the user): written under a
temporary name, flushed to disk, then renamed, so a crash never leaves half a scan under a real
name. Its size and SHA-256 are recorded; before it is opened again both are checked, and a
missing or altered file is reported instead of being shown as if it were the signed original.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.core.ids import uuid7
from organiser.core.paths import ensure_private_dir
from organiser.domain.memoranda import Attachment, Memorandum
from organiser.services.memoranda import AttachmentData
from organiser.store.db import UnitOfWork

MAX_SIZE = 512 * 1024 * 1024  # a scanned memorandum is a few MB; this stops a mistaken disk image
CHUNK = 1024 * 1024


class AttachmentProblem(UserError):
    """The filed copy is missing or no longer the file that was filed."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind  # "missing" | "changed"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_in(source: Path, folder: Path, stored_name: str) -> tuple[int, str]:
    """Copy `source` to folder/stored_name durably; returns (size, sha256)."""
    ensure_private_dir(folder)
    temp = folder / f".{stored_name}.part"
    digest = hashlib.sha256()
    size = 0
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as f:
            while chunk := f.read(CHUNK):
                size += len(chunk)
                if size > MAX_SIZE:
                    raise UserError(
                        _("The file is larger than {mb} MB; file a smaller scan.").format(
                            mb=MAX_SIZE // (1024 * 1024)
                        )
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise UserError(_("The file {name} is empty.").format(name=source.name))
        os.replace(temp, folder / stored_name)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return size, digest.hexdigest()


def add_attachment(
    uow: UnitOfWork, memorandum_id: str, source: Path, description: str = ""
) -> AttachmentData:
    """File a copy of `source` with the memorandum."""
    m = uow.session.get(Memorandum, memorandum_id)
    if m is None or m.deleted_at is not None:
        raise NotFound(_("No memorandum has the id {id}.").format(id=memorandum_id))
    source = Path(source)
    if not source.is_file():
        raise UserError(_("The file {path} does not exist.").format(path=source))
    suffix = source.suffix.lower()[:12] if source.suffix.isascii() else ""
    stored_name = uuid7() + suffix
    folder = uow.store.attachments_dir
    try:
        size, digest = _copy_in(source, folder, stored_name)
    except PermissionError as exc:
        raise UserError(
            _("The file {path} cannot be read: {reason}.").format(path=source, reason=exc.strerror)
        ) from exc
    content_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    row = Attachment(
        memorandum_id=m.id,
        filename=source.name[:300],
        stored_name=stored_name,
        content_type=content_type,
        size=size,
        sha256=digest,
        description=description.strip(),
    )
    try:
        uow.session.add(row)
        uow.session.flush()
    except BaseException:
        with contextlib.suppress(OSError):
            (folder / stored_name).unlink()
        raise
    return AttachmentData(
        row.id, row.filename, size, digest, content_type, row.description, row.created_at
    )


def _row(uow: UnitOfWork, attachment_id: str) -> Attachment:
    row = uow.session.scalar(
        select(Attachment).where(Attachment.id == attachment_id, Attachment.deleted_at.is_(None))
    )
    if row is None:
        raise NotFound(_("This attachment no longer exists."))
    return row


@dataclass(frozen=True)
class VerifiedFile:
    path: Path
    filename: str
    size: int


def verified_path(uow: UnitOfWork, attachment_id: str) -> VerifiedFile:
    """The filed copy's path, after checking that it is still the file that was filed."""
    row = _row(uow, attachment_id)
    path = uow.store.attachments_dir / row.stored_name
    if not path.is_file():
        raise AttachmentProblem(
            _(
                "The filed copy of {name} is missing from the data folder. Restore it from a "
                "backup, or file the document again."
            ).format(name=row.filename),
            "missing",
        )
    if path.stat().st_size != row.size or sha256_of(path) != row.sha256:
        raise AttachmentProblem(
            _(
                "The filed copy of {name} has changed since it was filed (its checksum no longer "
                "matches), so it is not opened. Restore it from a backup, or file the original "
                "again."
            ).format(name=row.filename),
            "changed",
        )
    return VerifiedFile(path, row.filename, row.size)


def remove_attachment(uow: UnitOfWork, attachment_id: str) -> None:
    """Take a file off the memorandum; the copy stays in the data folder with its backups."""
    _row(uow, attachment_id).soft_delete()
    uow.session.flush()


def save_copy(uow: UnitOfWork, attachment_id: str, target: Path) -> Path:
    """Write a verified copy of a filed document elsewhere (to send it on)."""
    found = verified_path(uow, attachment_id)
    data = found.path.read_bytes()
    temp = target.with_name(f".{target.name}.part")
    temp.write_bytes(data)
    os.replace(temp, target)
    return target
