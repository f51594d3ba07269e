"""Changes between copies by any route: what another copy lacks, and taking in what another
copy sent. A change file (`exchange`), a venue desk or a hub all carry the same thing: signed
batches, each as its author signed it, with the cards of their authors. A copy keeps every
batch it takes in, whatever the route, so that it can pass it on unchanged: its next change
file to a third office carries them, and that office checks the author's signature."""

from __future__ import annotations

import sqlite3
from typing import Any

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.store.db import Store
from organiser.sync import batches, merge, trust
from organiser.sync.cards import Laptop, read_laptop
from organiser.sync.keys import Keys
from organiser.sync.merge import Change, connection_of


def author_cards(conn: sqlite3.Connection, keys: Keys, me: Laptop, origins: set[str]) -> list[Any]:
    """The cards of the copies whose batches travel, so that the recipient can check a relayed
    batch against a laptop its office vouches for."""
    cards = [me.as_json()] if keys.copy_id in origins else []
    for name, office, copy_id, sign_key, age, self_sig, office_fpr, vouch in conn.execute(
        "SELECT name, office, copy_id, sign_key, age_recipient, self_sig, office_fpr, vouch "
        "FROM sync_trust WHERE kind = 'laptop' AND self_sig IS NOT NULL"
    ).fetchall():
        if str(copy_id) not in origins or copy_id == keys.copy_id:
            continue
        office_key = None
        if office_fpr is not None:
            row = conn.execute(
                "SELECT sign_key FROM sync_trust WHERE fingerprint = ?", (office_fpr,)
            ).fetchone()
            office_key = bytes(row[0]) if row else keys.office_public
        laptop = Laptop(str(name), str(office), str(copy_id), bytes(sign_key), str(age),
                        bytes(self_sig), office_key, bytes(vouch) if vouch else None)  # fmt: skip
        cards.append(laptop.as_json())
    return cards


def outgoing(conn: sqlite3.Connection, keys: Keys, me: Laptop, known_there: dict[str, str]) -> Any:
    """What a copy holding `known_there` lacks, as it travels by any route (a change file, a
    venue desk, a hub): every signed batch held here, this copy's own (sealed now) and those
    of other copies however they arrived, unchanged, with the cards of their authors."""
    batches.forget_erased_salts(conn)
    batches.seal_own(conn, keys)
    sent = [batches.batch_json(conn, b) for b in batches.lacking(conn, known_there)]
    origins = {str(b["origin"]) for b in sent}
    return {"batches": sent, "authors": author_cards(conn, keys, me, origins)}


def changes_of(sent: list[Any]) -> list[Change]:
    return [Change(e[1], e[2], e[3], e[4], None, e[5]) for b in sent for e in b["entries"]]


def offer(store: Store, known_there: dict[str, str]) -> Any:
    """What a copy holding `known_there` lacks (its version vector, as `merge.known` gives
    it), ready to travel by a route other than a file; this copy's own changes are signed now."""
    from organiser.services.sync.copies import keys_of, this_laptop

    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        payload = outgoing(conn, keys, this_laptop(uow, keys), known_there)
        payload["holds"] = merge.known(uow)
        uow.commit()
    return payload


def _verified(conn: sqlite3.Connection, keys: Keys, payload: Any) -> list[batches.Batch]:
    """The batches of `payload`, each signed by its author: this copy, or one trusted here.
    Batches of a revoked copy are left out; anything else wrong refuses the whole."""
    refused = UserError(
        _("Changes from another copy were refused: signed by a copy not trusted here, or "
          "altered on the way. Nothing was taken in.")
    )  # fmt: skip
    try:
        authors = {lt.copy_id: lt for lt in map(read_laptop, payload.get("authors") or [])}
        found = [batches.read_batch(b) for b in payload.get("batches") or []]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise refused from exc
    kept = []
    for batch in found:
        if batch.origin == keys.copy_id:
            if not batches.verify_batch(batch, keys.sign_public):
                raise refused
            kept.append(batch)
            continue
        author = authors.get(batch.origin)
        if author is None:
            raise refused
        state = trust.signer_state(conn, author, keys, remember=False)
        if state == "revoked":
            continue
        if state != "trusted" or not batches.verify_batch(batch, author.sign_key):
            raise refused
        kept.append(batch)
    return kept


def take_in(store: Store, payload: Any) -> merge.Applied:
    """Take in what another copy sent by a route other than a file (changes that arrive in
    the background: no backup each time). All or nothing; the batches are kept to relay."""
    from organiser.services.sync.copies import keys_of

    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        found = _verified(conn, keys, payload)
        for author in map(read_laptop, payload.get("authors") or []):
            if author.copy_id != keys.copy_id:
                trust.signer_state(conn, author, keys, remember=True)
        for batch in found:
            batches.keep_batch(conn, batch)
        applied = merge.apply(
            uow,
            [
                Change(e.stamp, e.tbl, e.row_id, e.col, e.value, e.base)
                for b in found
                for e in b.entries
            ],
        )
        batches.forget_erased_salts(conn)
        uow.commit()
    return applied
