"""Attachments (signed scans) travel by SHA-256: inside the change file when they fit under
the size the user sets (default 5 MB), otherwise listed, and shown as awaited until a file
that carries them arrives (or the scan is filed here by hand)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from organiser.services import settings
from organiser.store.db import Store, UnitOfWork
from organiser.sync.merge import Change, connection_of

MAX_ATTACHMENT_MB = "sync.attachment_max_mb"
DEFAULT_MAX_ATTACHMENT_MB = 5.0


@dataclass
class Carried:
    inside: list[dict[str, Any]] = field(default_factory=list)
    awaited: list[dict[str, Any]] = field(default_factory=list)


def limit_bytes(uow: UnitOfWork) -> int:
    try:
        mb = float(settings.get(uow, MAX_ATTACHMENT_MB) or DEFAULT_MAX_ATTACHMENT_MB)
    except ValueError:
        mb = DEFAULT_MAX_ATTACHMENT_MB
    return int(mb * 1_000_000)


def _plain_name(name: str, sha: str) -> bool:
    return Path(name).name == name and name.startswith(sha) and len(sha) == 64


def outgoing(uow: UnitOfWork, store: Store, changes: Iterable[Change]) -> Carried:
    ids = sorted({c.row_id for c in changes if c.tbl == "memorandum_attachment"})
    carried, seen = Carried(), set()
    if not ids:
        return carried
    conn = connection_of(uow)
    limit = limit_bytes(uow)
    marks = ", ".join("?" for _ in ids)
    for stored, sha, size, filename in conn.execute(
        "SELECT stored_name, sha256, size, filename FROM memorandum_attachment "
        f"WHERE id IN ({marks})",
        ids,
    ).fetchall():
        if sha in seen or not _plain_name(str(stored), str(sha)):
            continue
        seen.add(sha)
        item = {"sha256": sha, "stored_name": stored, "size": size, "name": filename}
        path = store.attachments_dir / str(stored)
        data = None
        if int(size) <= limit:
            with contextlib.suppress(OSError):
                data = path.read_bytes()
        if data is not None and hashlib.sha256(data).hexdigest() == sha:
            carried.inside.append(dict(item, data=base64.b64encode(data).decode("ascii")))
        else:
            carried.awaited.append(item)
    return carried


def _wanted(store: Store, item: Any) -> tuple[str, str] | None:
    if not isinstance(item, dict):
        return None
    sha, stored = str(item.get("sha256", "")), str(item.get("stored_name", ""))
    if not _plain_name(stored, sha) or (store.attachments_dir / stored).exists():
        return None
    return sha, stored


def missing(store: Store, payload: dict[str, Any]) -> list[str]:
    """The attachments the file carries that this copy does not have yet."""
    return [w[0] for item in payload.get("attachments") or [] if (w := _wanted(store, item))]


def take_in(
    store: Store, uow: UnitOfWork, payload: dict[str, Any], dry_run: bool
) -> tuple[int, int]:
    """File the attachments carried (each checked against its SHA-256) and list the awaited
    ones; returns (filed, awaited)."""
    conn = connection_of(uow)
    filed = 0
    for item in payload.get("attachments") or []:
        wanted = _wanted(store, item)
        if wanted is None:
            continue
        sha, stored = wanted
        try:
            data = base64.b64decode(str(item.get("data", "")), validate=True)
        except ValueError:
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            continue
        filed += 1
        if dry_run:
            continue
        folder = store.attachments_dir
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{stored}.sync"
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, folder / stored)
        conn.execute("DELETE FROM sync_awaited WHERE sha256 = ?", (sha,))
    awaited = 0
    for item in payload.get("awaited") or []:
        wanted = _wanted(store, item)
        if wanted is None:
            continue
        awaited += 1
        conn.execute(
            "INSERT OR IGNORE INTO sync_awaited (sha256, name, size, since) VALUES (?, ?, ?, "
            "datetime('now'))",
            (wanted[0], str(item.get("name", "")), int(item.get("size", 0) or 0)),
        )
    return filed, awaited


def awaited(uow: UnitOfWork) -> list[tuple[str, str, int]]:
    return [
        (str(s), str(n), int(z))
        for s, n, z in connection_of(uow).execute(
            "SELECT sha256, name, size FROM sync_awaited ORDER BY since"
        )
    ]
