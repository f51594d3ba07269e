"""What desks send each other: the changes a desk lacks, sealed to that desk alone in the
format of a change file; and taking such an answer in, all-or-nothing, like a received file
but without a backup (changes from other desks are not bulk changes: the timer and the
end-of-day backup cover them)."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
import zlib
from pathlib import Path
from typing import Any

import pyrage

from organiser import __version__
from organiser.services.sync import attachments
from organiser.services.sync.copies import keys_of, this_laptop
from organiser.services.sync.exchange import ReceiveResult, receive, schema_revision
from organiser.services.sync.relay import author_cards
from organiser.store.db import Store
from organiser.sync import batches, merge, sealed, trust
from organiser.sync.cards import Laptop
from organiser.sync.keys import Keys
from organiser.sync.merge import connection_of


def holds(store: Store) -> dict[str, str]:
    """What this desk holds: per copy, the newest change (a version vector)."""
    with store.reader() as uow:
        return merge.known(uow)


def lacks(mine: dict[str, str], theirs: dict[str, str]) -> bool:
    """Whether a desk holding `theirs` lacks anything held here."""
    return any(theirs.get(origin, "") < stamp for origin, stamp in mine.items())


def seal_bytes(header: dict[str, Any], payload: dict[str, Any], keys: Keys,
               recipients: list[str]) -> bytes:  # fmt: skip
    """One part of a change file, in memory (the layout of `sealed.write_file`)."""
    plain = zlib.compress(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6
    )
    ciphertext: bytes = pyrage.encrypt(
        plain, [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    )
    head = dict(header, ciphertext_bytes=len(ciphertext), parts=1,
                ciphertext_sha256=hashlib.sha256(ciphertext).hexdigest())  # fmt: skip
    head_bytes = json.dumps(head, ensure_ascii=False, sort_keys=True).encode("utf-8")
    signed = sealed.MAGIC + struct.pack(">I", len(head_bytes)) + head_bytes
    signature: bytes = keys.sign.sign(signed + ciphertext)
    return signed + signature + ciphertext


def changes_for(store: Store, desk: Laptop, theirs: dict[str, str]) -> tuple[bytes, int] | None:
    """The changes a desk holding `theirs` lacks, sealed to it; None when it lacks nothing."""
    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        batches.seal_own(conn, keys)  # this desk's newest changes, signed in batches
        changes = merge.changes_since(uow, theirs)
        if not changes:
            uow.commit()
            return None
        me = this_laptop(uow, keys)
        ids = batches.batches_for(conn, ((c.stamp, c.tbl, c.row_id, c.col) for c in changes))
        sent = [batches.batch_json(conn, b) for b in ids]
        carried = attachments.outgoing(uow, store, changes)
        payload = {
            "batches": sent,
            "authors": author_cards(conn, keys, me, {str(b["origin"]) for b in sent}),
            "attachments": carried.inside,
            "awaited": carried.awaited,
        }
        header = {
            "format": sealed.FORMAT,
            "app": __version__,
            "sender": me.as_json(),
            "schema": schema_revision(conn),
            "holds": merge.known(uow),
            "recipients": [desk.fingerprint],
            "made_at": trust.now_text(),
        }
        uow.commit()
    return seal_bytes(header, payload, keys, [desk.age]), len(changes)


def take_in(store: Store, data: bytes) -> ReceiveResult:
    """Apply an answer or a push: every check of a received file, then one transaction.
    Refused answers raise `sealed.RefusedFile` and write nothing."""
    fd, name = tempfile.mkstemp(prefix=".venue-", suffix=".orgsync", dir=store.data_dir)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        return receive(store, [path], by_hand=False)
    finally:
        path.unlink(missing_ok=True)
