"""Files filed with a memorandum (the signed scan, letters, annexes).

A file is copied into the data folder's `attachments/` (private to the user) before the row that
lists it is written, so the copy never holds the write lock: written under a temporary name,
flushed to disk, then renamed to its SHA-256 (the same content is stored once), so a crash never
leaves half a scan under a real name. Its size and SHA-256 are recorded; before it is opened again both are checked, and a
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
from organiser.services.memoranda.reading import AttachmentData
from organiser.store.db import Store, UnitOfWork

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


@dataclass(frozen=True)
class IncomingFile:
    """A file copied into `attachments/` and checked, before any transaction: the row that
    lists it is written afterwards in a short one (`add_attachment`)."""

    filename: str  # the name the user knows it by
    stored_name: str  # inside attachments/, shared by every row with the same content
    size: int
    sha256: str
    fresh: bool  # copied now (not already filed): removed again if no row comes to list it


def _copy_to_temp(source: Path, folder: Path) -> tuple[Path, int, str]:
    """Copy `source` durably to a private temporary file in `folder`; (temp, size, sha256)."""
    ensure_private_dir(folder)
    temp = folder / f".incoming-{uuid7()}.part"
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
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp, size, digest.hexdigest()


def _intact(path: Path, size: int, sha: str) -> bool:
    try:
        return path.stat().st_size == size and sha256_of(path) == sha
    except OSError:
        return False


def _already_filed(store: Store, size: int, sha: str, named: str) -> str | None:
    """The stored name of an intact copy of the same content, if one is filed already."""
    folder = store.attachments_dir
    candidates = [named]
    with store.reader() as uow:  # a read: it never waits for, nor blocks, a writer
        candidates += list(
            uow.session.scalars(
                select(Attachment.stored_name).where(Attachment.sha256 == sha).distinct()
            )
        )
    for name in dict.fromkeys(candidates):
        if Path(name).name == name and _intact(folder / name, size, sha):
            return name
    return None


def take_in(store: Store, source: Path) -> IncomingFile:
    """Copy `source` into the data folder and compute its checksum, outside any transaction:
    a large scan on a slow disk takes seconds, and holding the write lock meanwhile would make
    check-ins at the desks fail with "busy". The same content is stored once, under its
    checksum, however often and under whatever names it is filed."""
    source = Path(source)
    if not source.is_file():
        raise UserError(_("The file {path} does not exist.").format(path=source))
    suffix = source.suffix.lower()[:12] if source.suffix.isascii() else ""
    folder = store.attachments_dir
    try:
        temp, size, digest = _copy_to_temp(source, folder)
    except PermissionError as exc:
        raise UserError(
            _("The file {path} cannot be read: {reason}.").format(path=source, reason=exc.strerror)
        ) from exc
    try:
        existing = _already_filed(store, size, digest, digest + suffix)
        if existing is not None:
            return IncomingFile(source.name, existing, size, digest, fresh=False)
        stored_name = digest + suffix
        os.replace(temp, folder / stored_name)
        _fsync_dir(folder)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return IncomingFile(source.name, stored_name, size, digest, fresh=True)


def add_attachment(
    uow: UnitOfWork, memorandum_id: str, source: IncomingFile | Path, description: str = ""
) -> AttachmentData:
    """File a document with the memorandum. Pass what `take_in` returned, called before the
    writing unit of work began; a path is taken in here (fine only while `uow` has not yet
    written or read anything: the write lock is taken at the first statement)."""
    incoming = source if isinstance(source, IncomingFile) else take_in(uow.store, source)
    folder = uow.store.attachments_dir
    try:
        m = uow.session.get(Memorandum, memorandum_id)
        if m is None or m.deleted_at is not None:
            raise NotFound(_("No memorandum has the id {id}.").format(id=memorandum_id))
        content_type = mimetypes.guess_type(incoming.filename)[0] or "application/octet-stream"
        row = Attachment(
            memorandum_id=m.id,
            filename=incoming.filename[:300],
            stored_name=incoming.stored_name,
            content_type=content_type,
            size=incoming.size,
            sha256=incoming.sha256,
            description=description.strip(),
        )
        uow.session.add(row)
        uow.session.flush()
    except BaseException:
        if incoming.fresh:  # copied for this row only: nothing else lists it yet
            with contextlib.suppress(OSError):
                (folder / incoming.stored_name).unlink()
        raise
    return AttachmentData(
        row.id, row.filename, row.size, row.sha256, content_type, row.description, row.created_at
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
