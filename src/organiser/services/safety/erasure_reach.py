"""An erasure reaches every copy the app owns, and says so only once it has checked.

The person is erased in the database; the write-ahead log is folded in and truncated; the same
erasure is applied to every backup and every set-aside copy (damaged, failed migration, moved);
temporary copies left by a killed backup are removed. Then the raw bytes of every file in the
data folder are searched for the person's values (those no other row of the database holds
too): success is reported only when none is found. Files that still hold them are named (the
user may delete the copies among them), and so are the copies outside the folder that the
personal data log knows of (exports, `backup -o`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import mmap
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from organiser.core.i18n import _
from organiser.domain.settings import AuditEntry
from organiser.services.safety.privacy import (
    ErasureResult,
    erase_from_backup,
    erase_person,
    find_person,
    scrub_database,
)
from organiser.store import folder_use
from organiser.store.backup_files import BLOBS_DIR, remove_temporary_copies
from organiser.store.checking import read_only_uri
from organiser.store.db import Store, UnitOfWork
from organiser.store.restore import SIDE_FILES, set_aside_files

# Person fields searched for in the raw bytes afterwards (in memory only, never stored).
SEARCHED = ("given_name", "family_name", "nickname", "phone", "email", "line_id")
MIN_LENGTH = 3  # shorter values (a nickname like "อ้อ") are inside too many other words


@dataclass(frozen=True)
class ErasureReport:
    result: ErasureResult
    complete: bool  # no file of the app holds the values any more
    still_held_in: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    copies_outside: list[str] = field(default_factory=list)  # from the personal data log
    holders: list[dict[str, object]] = field(default_factory=list)  # who keeps the log busy
    again: bool = False  # the person had been erased before: this run finished the scrubbing

    def as_json(self) -> dict[str, object]:
        return {
            "person": self.result.person_id,
            "label": self.result.label,
            "registrations_kept": self.result.registrations_kept,
            "check_ins_kept": self.result.check_ins_kept,
            "complete": self.complete,
            "still_held_in": [str(p) for p in self.still_held_in],
            "deleted": [str(p) for p in self.deleted],
            "copies_outside": self.copies_outside,
        }


def database_copies(data_dir: Path) -> list[Path]:
    """Every copy of the database the app keeps in the folder: backups and set-aside files."""
    copies = [p for p in sorted((data_dir / "backups").glob("organiser-*.sqlite3"))]
    for label in ("damaged", "failed-migration", "moved"):
        copies += set_aside_files(data_dir, label)
    return copies


def app_files(data_dir: Path) -> list[Path]:
    """Every file in the data folder that can hold database content (filed scans are the
    memoranda's own documents and are left out)."""
    skip = {data_dir / "attachments", data_dir / "backups" / BLOBS_DIR, data_dir / "in-use"}
    found: list[Path] = []
    for path in data_dir.rglob("*"):
        if any(path == s or s in path.parents for s in skip):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found)


def files_holding(files: list[Path], needles: list[bytes]) -> list[Path]:
    holding = []
    for path in files:
        try:
            with open(path, "rb") as fh:
                if fh.seek(0, 2) == 0:
                    continue
                with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
                    if any(data.find(n) >= 0 for n in needles):
                        holding.append(path)
        except (OSError, ValueError):
            continue
    return holding


def _distinctive(store: Store, values: list[str]) -> list[bytes]:
    """The values that no row of the database holds after the erasure (a family name shared
    with a relative, or a nickname inside another word, proves nothing when found)."""
    if not values:
        return []
    conn = sqlite3.connect(read_only_uri(store.path), uri=True)
    try:
        tables = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"
            )
        ]
        left = list(values)
        for table in tables:
            columns = [str(c[1]) for c in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                left = [
                    v
                    for v in left
                    if conn.execute(
                        f'SELECT 1 FROM "{table}" WHERE instr(CAST("{column}" AS TEXT), ?) > 0 '
                        "LIMIT 1",
                        (v,),
                    ).fetchone()
                    is None
                ]
                if not left:
                    return []
    finally:
        conn.close()
    return [v.encode("utf-8") for v in left]


def _copies_outside(store: Store, since: dt.datetime | None) -> list[str]:
    with store.reader() as uow:
        stmt = select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.at)
        if since is not None:
            stmt = stmt.where(AuditEntry.at >= since)
        return [f"{row.at:%Y-%m-%d %H:%M} {row.detail}" for row in uow.session.scalars(stmt)]


def _fold_in_log(store: Store) -> bool:
    """Fold the write-ahead log into the file and truncate it; False while another connection
    still reads an older snapshot (its pages, with the old values, cannot be overwritten)."""
    return scrub_database(store)


def erase_everywhere(
    store: Store,
    person_ref: str,
    actor: str = "",
    *,
    keep_backups: bool = False,
    delete_copies: bool = False,
) -> ErasureReport:
    """Erase the person in the database and every copy in the folder, then check the bytes.

    A person already erased is taken as a request to finish: the log is folded in again and
    the copies scrubbed (the values themselves are gone, so the check is that of the log)."""
    with store.reader() as uow:
        person = find_person(uow, person_ref)
        finishing = person.erased_at is not None
        values = [str(getattr(person, f) or "").strip() for f in SEARCHED]
        since = person.created_at
        person_id, label = person.id, person.given_name
    if finishing:
        with store.reader() as uow:
            result = _already_erased(uow, person_id, label)
    else:
        with store.writer() as uow:
            result = erase_person(uow, person_id, actor)
            uow.commit()
    folded = _fold_in_log(store)
    data_dir = store.data_dir
    with contextlib.suppress(folder_use.FolderInUse, OSError), folder_use.exclusive(data_dir):
        remove_temporary_copies(data_dir)
    copies = [] if keep_backups else database_copies(data_dir)
    # a copy SQLite cannot change may still hold the person, whether or not a value is found
    unscrubbable = [
        c for c in copies if erase_from_backup(c, result.person_id, result.label) is None
    ]
    needles = _distinctive(store, [v for v in values if len(v) >= MIN_LENGTH])
    files = app_files(data_dir)
    if keep_backups:
        kept = set(database_copies(data_dir))
        files = [f for f in files if f not in kept and _base(f) not in kept]
    still = files_holding(files, needles) if needles else []
    still += [c for c in unscrubbable if c not in still]
    live = {store.path, *(store.path.with_name(store.path.name + s) for s in SIDE_FILES)}
    if (
        not folded
        and not any(p in live for p in still)
        and store.path.with_name(store.path.name + "-wal").exists()
    ):
        still.append(store.path.with_name(store.path.name + "-wal"))
    deleted: list[Path] = []
    if delete_copies:
        for path in [p for p in still if p not in live]:
            for side in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
                with contextlib.suppress(FileNotFoundError):
                    side.unlink()
                    deleted.append(side)
        still = [p for p in still if p in live]
    holders = folder_use.holders(data_dir) if any(p in live for p in still) else []
    outside = _copies_outside(store, since)
    return ErasureReport(result, not still, still, deleted, outside, holders, finishing)


def _base(path: Path) -> Path:
    for suffix in SIDE_FILES:
        if path.name.endswith(suffix):
            return path.with_name(path.name[: -len(suffix)])
    return path


def _already_erased(uow: UnitOfWork, person_id: str, label: str) -> ErasureResult:
    from sqlalchemy import func

    from organiser.domain.desk import CheckIn, Registration

    session = uow.session
    registrations = list(
        session.scalars(select(Registration.id).where(Registration.person_id == person_id))
    )
    check_ins = session.scalar(
        select(func.count()).select_from(CheckIn).where(CheckIn.registration_id.in_(registrations))
    )
    return ErasureResult(person_id, label, len(registrations), int(check_ins or 0))


def unfinished_message(report: ErasureReport) -> str:
    """What the user is told when some file still holds the person."""
    files = ", ".join(str(p) for p in report.still_held_in)
    message = _(
        "The person was erased in the database, but these files still hold their data: {files}."
    ).format(files=files)
    if report.holders:
        message += " " + _(
            "The database is still being read by {who}; the old values stay in the file until "
            "it closes. Close it, then erase the person again to finish."
        ).format(who=folder_use.describe_holders(report.holders))
    return message


def deletable(report: ErasureReport, store: Store) -> list[Path]:
    """The copies among the files still holding the person (never the database itself)."""
    live = {store.path, *(store.path.with_name(store.path.name + s) for s in SIDE_FILES)}
    return [p for p in report.still_held_in if p not in live]


def outside_message(report: ErasureReport) -> str:
    """The copies outside the folder that the erasure cannot reach, from the log."""
    if not report.copies_outside:
        return ""
    return _(
        "Copies written outside the data folder since this person was added (from the "
        "personal data log) may still hold their data; delete them where they are: {copies}"
    ).format(copies="; ".join(report.copies_outside))
