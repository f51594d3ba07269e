"""A change file for the hub: the same sealed and signed format as a file sent by hand
(`organiser sync send`), made in memory, one blob however large."""

from __future__ import annotations

import base64
import hashlib
import tempfile
from pathlib import Path
from typing import Any

from organiser import __version__
from organiser.services.sync import attachments
from organiser.services.sync.exchange import schema_revision
from organiser.services.sync.relay import author_cards
from organiser.store.db import Store, UnitOfWork
from organiser.sync import batches, merge, sealed, trust
from organiser.sync.cards import Laptop
from organiser.sync.keys import Keys
from organiser.sync.merge import Change, connection_of


def seal_for(
    uow: UnitOfWork,
    store: Store,
    keys: Keys,
    me: Laptop,
    recipients: list[trust.Trusted],
    changes: list[Change],
) -> tuple[bytes, int, list[dict[str, Any]]]:
    """The sealed file carrying `changes` (their signed batches, whole) to `recipients`, how
    many changes it carries, and the attachments too large to go inside (they go up on their
    own: `seal_attachment`). The caller has sealed this copy's own changes first."""
    conn = connection_of(uow)
    ids = batches.batches_for(conn, ((c.stamp, c.tbl, c.row_id, c.col) for c in changes))
    sent = [batches.batch_json(conn, b) for b in ids]
    origins = {str(b["origin"]) for b in sent}
    carried = attachments.outgoing(uow, store, changes)
    payload = {
        "batches": sent,
        "authors": author_cards(conn, keys, me, origins),
        "attachments": carried.inside,
        "awaited": carried.awaited,
    }
    blob = _seal(uow, keys, me, recipients, payload)
    return blob, sum(len(b["entries"]) for b in sent), carried.awaited


def seal_attachment(
    uow: UnitOfWork,
    store: Store,
    keys: Keys,
    me: Laptop,
    recipients: list[trust.Trusted],
    item: dict[str, Any],
) -> bytes | None:
    """A large attachment alone in a sealed file (None when the file is not here whole)."""
    try:
        data = (store.attachments_dir / str(item["stored_name"])).read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != item["sha256"]:
        return None
    inside = dict(item, data=base64.b64encode(data).decode("ascii"))
    payload = {"batches": [], "authors": [], "attachments": [inside], "awaited": []}
    return _seal(uow, keys, me, recipients, payload)


def _seal(
    uow: UnitOfWork,
    keys: Keys,
    me: Laptop,
    recipients: list[trust.Trusted],
    payload: dict[str, Any],
) -> bytes:
    header = {
        "format": sealed.FORMAT,
        "app": __version__,
        "sender": me.as_json(),
        "schema": schema_revision(connection_of(uow)),
        "holds": merge.known(uow),
        "recipients": sorted(r.fingerprint for r in recipients),
        "made_at": trust.now_text(),
    }
    with tempfile.TemporaryDirectory(prefix="organiser-hub-") as tmp:
        paths = sealed.write_file(
            Path(tmp) / "hub.orgsync", header, payload, keys,
            [r.age_recipient or "" for r in recipients],
        )  # fmt: skip
        return b"".join(p.read_bytes() for p in paths)


def opened_paths(folder: Path, blob: bytes) -> list[Path]:
    """A blob from the hub as the parts of a change file, as `receive` reads them."""
    count = max(1, -(-len(blob) // sealed.PART_BYTES))
    paths = sealed.part_paths(folder / "hub.orgsync", count)
    for n, path in enumerate(paths):
        path.write_bytes(blob[n * sealed.PART_BYTES : (n + 1) * sealed.PART_BYTES])
    return paths
