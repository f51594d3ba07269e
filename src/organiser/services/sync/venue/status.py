"""What the other desks are to this one (`sync peers`), and leaving the venue for good
(`sync leave --erase`, "Leave and forget")."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TypedDict

from organiser.core import paths
from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.services.sync.venue import answers, link, peers
from organiser.store.db import Store
from organiser.sync import merge
from organiser.sync.keys import key_path


class PeerRow(TypedDict):
    name: str
    fingerprint: str
    address: str
    last_contact: str | None
    unreachable_since: str | None  # since when it does not answer (None: it answered)
    changes_not_received: int  # changes held here that it has not received (as it last said)


def peer_list(store: Store) -> list[PeerRow]:
    found = peers.load(store.data_dir)
    rows: list[PeerRow] = []
    with store.reader() as uow:
        for p in sorted(found.values(), key=lambda p: (p.name, p.address)):
            rows.append(
                PeerRow(
                    name=p.name,
                    fingerprint=p.fingerprint,
                    address=p.address,
                    last_contact=p.last_contact,
                    unreachable_since=p.unreachable_since,
                    changes_not_received=len(merge.changes_since(uow, p.holds)),
                )
            )
    return rows


def leave_and_forget(store: Store) -> str:
    """Send this desk's last changes, wait until another desk confirms it holds all of them,
    then delete this copy's data, backups and key. Returns the name of the desk that holds
    them; nothing is deleted when none does."""
    mine = answers.holds(store)
    holder = None
    for peer in peers.load(store.data_dir).values():
        if not peer.address:
            continue
        try:
            theirs = link.push(store, peer.address)
        except (link.Unreachable, UserError):
            continue
        if not answers.lacks(mine, theirs):
            holder = peer.name or peer.address
            break
    if holder is None:
        raise UserError(
            _("No other desk confirmed that it holds this desk's changes: nothing was deleted. "
              "Connect to another desk and try again.")
        )  # fmt: skip
    store.dispose()
    erase_copy(store.data_dir)
    return holder


def erase_copy(folder: Path) -> None:
    """The database, its backups and attachments, the key and the desk list: everything of
    this copy that holds personal data or could speak for it."""
    for name in (paths.DB_NAME, f"{paths.DB_NAME}-wal", f"{paths.DB_NAME}-shm",
                 f"{paths.DB_NAME}-journal", peers.FILE):  # fmt: skip
        (folder / name).unlink(missing_ok=True)
    key_path(folder).unlink(missing_ok=True)
    for sub in ("backups", "attachments"):
        shutil.rmtree(folder / sub, ignore_errors=True)
