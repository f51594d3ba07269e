"""Changes signed by the copy that made them, so that no copy relaying them can forge another
office's edits or erasures — and still erasable (PDPA) after they were signed.

A redactable signature: for each value the author draws a random salt and hashes salt + value;
a change's leaf hash covers where it belongs (stamp, table, row, column, base) and those value
hashes; the author signs the list of leaves of a batch. Values and salts travel beside the
leaves. An erasure drops a value and its salt: the leaf and the signature still hold, and the
value cannot be found again from a hash without its salt. A new row's creation carries every
value as one JSON object: each key has its own salt, so an erasure can take out one field.

Own changes are sealed into batches when they first leave (`seal_own`); batches received are
kept as they came (`sync_batch`, `sync_seal`) and passed on unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from organiser.sync import clock, policy
from organiser.sync.keys import Keys

BATCH_SIZE = 1000
Value = str | int | float | bytes | None
_SCALAR = ""  # the one key of a value that is not a JSON object
# made once: json.dumps with options makes an encoder per call (10,000 per month's receive)
_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def _encode(value: object) -> bytes:
    if value is None:
        return b"n"
    if isinstance(value, bool):
        return b"i" + str(int(value)).encode()
    if isinstance(value, int):
        return b"i" + str(value).encode()
    if isinstance(value, float):
        return b"f" + repr(value).encode()
    if isinstance(value, bytes):
        return b"b" + value
    if isinstance(value, str):
        return b"s" + value.encode("utf-8")
    return b"j" + json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8")


def parts_of(tbl: str, col: str, value: Value) -> dict[str, object]:
    """The separately erasable parts of a value: a new row of a table with personal data
    (a person) by personal column, the rest of the row as one part; any other value whole."""
    erasable = policy.ERASED.get(tbl)
    if erasable and col == policy.ROW and isinstance(value, str) and value.startswith("{"):
        try:
            found = json.loads(value)
        except ValueError:
            found = None
        if isinstance(found, dict):
            parts: dict[str, object] = {k: v for k, v in found.items() if k in erasable}
            parts[_SCALAR] = {k: v for k, v in found.items() if k not in erasable}
            return parts
    return {_SCALAR: value}


def value_hash(salt: bytes, part: object) -> bytes:
    return hashlib.sha256(salt + _encode(part)).digest()


def leaf(
    stamp: str, tbl: str, row_id: str, col: str, base: str | None, hashes: dict[str, str]
) -> bytes:
    where = _COMPACT.encode([stamp, tbl, row_id, col, base])
    body = "".join(f"{k}\0{hashes[k]}\0" for k in sorted(hashes))
    return hashlib.sha256(b"organiser-change/1\0" + where.encode() + b"\0" + body.encode()).digest()


def batch_message(batch: str, origin: str, leaves: bytes) -> bytes:
    return b"organiser-batch/1\0" + batch.encode() + b"\0" + origin.encode() + b"\0" + leaves


@dataclass(frozen=True)
class Entry:
    """One change of a batch as it travels: its place, the change, the salts of the values it
    still carries and the hashes of those an erasure took out."""

    idx: int
    stamp: str
    tbl: str
    row_id: str
    col: str
    base: str | None
    value: Value
    salts: dict[str, str]
    gone: dict[str, str]

    @cached_property
    def hashes(self) -> dict[str, str]:
        # computed once: checking the signature and keeping the batch both need them
        parts = parts_of(self.tbl, self.col, self.value)
        found = {k: value_hash(bytes.fromhex(self.salts[k]), v).hex() for k, v in parts.items()}
        return {**self.gone, **found}

    def leaf(self) -> bytes:
        return leaf(self.stamp, self.tbl, self.row_id, self.col, self.base, self.hashes)


# ------------------------------------------------------------------ sealing own changes


def seal_own(conn: sqlite3.Connection, keys: Keys) -> int:
    """Sign this copy's changes that have not left it yet, in batches; returns how many."""
    rows = conn.execute(
        "SELECT stamp, tbl, row_id, col, value, base FROM sync_change c "
        "WHERE substr(stamp, ?) = ? AND NOT EXISTS (SELECT 1 FROM sync_seal s "
        "WHERE s.tbl = c.tbl AND s.row_id = c.row_id AND s.col = c.col AND s.stamp = c.stamp) "
        "ORDER BY stamp, tbl, row_id, col",
        (clock.HLC_DIGITS + 1, keys.copy_id),
    ).fetchall()
    for start in range(0, len(rows), BATCH_SIZE):
        batch = uuid.uuid4().hex
        seals, leaves = [], []
        for idx, (stamp, tbl, row_id, col, value, base) in enumerate(
            rows[start : start + BATCH_SIZE]
        ):
            parts = parts_of(str(tbl), str(col), value)
            salts = {k: os.urandom(16) for k in parts}
            hashes = {k: value_hash(salts[k], v).hex() for k, v in parts.items()}
            leaves.append(leaf(str(stamp), str(tbl), str(row_id), str(col), base, hashes))
            seals.append(
                (tbl, row_id, col, stamp, batch, idx, json.dumps(hashes),
                 json.dumps({k: s.hex() for k, s in salts.items()}))
            )  # fmt: skip
        blob = b"".join(leaves)
        signature = keys.sign.sign(batch_message(batch, keys.copy_id, blob))
        conn.execute(
            "INSERT INTO sync_batch (batch, origin, leaves, signature) VALUES (?, ?, ?, ?)",
            (batch, keys.copy_id, blob, signature),
        )
        conn.executemany("INSERT INTO sync_seal VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seals)
    return len(rows)


def forget_erased_salts(conn: sqlite3.Connection) -> None:
    """An erasure took values out of the change log: their salts go too (with a salt, a
    phone number could be found again from its hash by trying every number)."""
    conn.execute(
        "DELETE FROM sync_seal WHERE NOT EXISTS (SELECT 1 FROM sync_change c WHERE "
        "c.tbl = sync_seal.tbl AND c.row_id = sync_seal.row_id AND c.col = sync_seal.col "
        "AND c.stamp = sync_seal.stamp)"
    )
    erasable = tuple(policy.ERASED)
    marks = ", ".join("?" for _ in erasable)
    for tbl, row_id, col, stamp, salts, value in conn.execute(
        "SELECT s.tbl, s.row_id, s.col, s.stamp, s.salts, c.value FROM sync_seal s "
        "JOIN sync_change c USING (tbl, row_id, col, stamp) "
        f"WHERE s.tbl IN ({marks}) AND s.col = ?",
        (*erasable, policy.ROW),
    ).fetchall():
        kept = json.loads(str(salts))
        present = parts_of(str(tbl), str(col), value)
        if set(kept) - set(present):
            conn.execute(
                "UPDATE sync_seal SET salts = ? WHERE tbl = ? AND row_id = ? AND col = ? "
                "AND stamp = ?",
                (
                    json.dumps({k: v for k, v in kept.items() if k in present}),
                    tbl,
                    row_id,
                    col,
                    stamp,
                ),
            )


# ------------------------------------------------------------------ batches as they travel


def batches_for(
    conn: sqlite3.Connection, changes: Iterable[tuple[str, str, str, str]]
) -> list[str]:
    """The batches holding these changes (stamp, tbl, row_id, col), in the order first met."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_wanted (stamp TEXT, tbl TEXT, row_id TEXT, col TEXT)"
    )
    conn.execute("DELETE FROM temp.sync_wanted")
    conn.executemany("INSERT INTO temp.sync_wanted VALUES (?, ?, ?, ?)", changes)
    found = [
        str(r[0])
        for r in conn.execute(
            "SELECT s.batch, min(s.stamp) AS first FROM temp.sync_wanted w JOIN sync_seal s "
            "ON s.tbl = w.tbl AND s.row_id = w.row_id AND s.col = w.col AND s.stamp = w.stamp "
            "GROUP BY s.batch ORDER BY first"
        )
    ]
    conn.execute("DELETE FROM temp.sync_wanted")
    return found


def lacking(conn: sqlite3.Connection, known_there: dict[str, str]) -> list[str]:
    """Every signed batch held here that a copy holding `known_there` (per author copy, the
    newest stamp it holds) lacks a change of, in the order the changes were made: this copy's
    own, and every other copy's however they reached this one (a change file, a venue desk, a
    hub), each passed on as its author signed it."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_known_there (origin TEXT PRIMARY KEY, stamp TEXT)"
    )
    conn.execute("DELETE FROM temp.sync_known_there")
    conn.executemany("INSERT INTO temp.sync_known_there VALUES (?, ?)", known_there.items())
    found = [
        str(r[0])
        for r in conn.execute(
            "SELECT s.batch, min(s.stamp) AS first FROM sync_seal s "
            "JOIN sync_batch b ON b.batch = s.batch "
            "LEFT JOIN temp.sync_known_there k ON k.origin = b.origin "
            "WHERE s.stamp > coalesce(k.stamp, '') AND EXISTS (SELECT 1 FROM sync_change c "
            "WHERE c.tbl = s.tbl AND c.row_id = s.row_id AND c.col = s.col AND c.stamp = s.stamp) "
            "GROUP BY s.batch ORDER BY first"
        )
    ]
    conn.execute("DELETE FROM temp.sync_known_there")
    return found


def _value_json(value: Value) -> Any:
    return {"b": value.hex()} if isinstance(value, bytes) else value


def _value_of(data: Any) -> Value:
    if isinstance(data, dict):
        return bytes.fromhex(str(data["b"]))
    if data is None or isinstance(data, str | int | float):
        return data
    raise ValueError("not a value")


def batch_json(conn: sqlite3.Connection, batch: str) -> dict[str, Any]:
    origin, leaves, signature = conn.execute(
        "SELECT origin, leaves, signature FROM sync_batch WHERE batch = ?", (batch,)
    ).fetchone()
    entries = []
    for idx, stamp, tbl, row_id, col, base, value, hashes, salts in conn.execute(
        "SELECT s.idx, s.stamp, s.tbl, s.row_id, s.col, c.base, c.value, s.hashes, s.salts "
        "FROM sync_seal s JOIN sync_change c USING (tbl, row_id, col, stamp) "
        "WHERE s.batch = ? ORDER BY s.idx",
        (batch,),
    ):
        all_hashes, kept = json.loads(hashes), json.loads(salts)
        present = parts_of(str(tbl), str(col), value)
        gone = {k: h for k, h in all_hashes.items() if k not in present}
        entries.append(
            [idx, stamp, tbl, row_id, col, base, _value_json(value),
             {k: s for k, s in kept.items() if k in present}, gone]
        )  # fmt: skip
    return {
        "batch": batch,
        "origin": origin,
        "leaves": bytes(leaves).hex(),
        "sig": bytes(signature).hex(),
        "entries": entries,
    }


@dataclass(frozen=True)
class Batch:
    batch: str
    origin: str
    leaves: bytes
    signature: bytes
    entries: list[Entry]


def read_batch(data: Any) -> Batch:
    """A batch from a file (ValueError when its shape is wrong; signatures are checked by
    `verify_batch`)."""
    if not isinstance(data, dict):
        raise ValueError("not a batch")
    entries = []
    for e in data["entries"]:
        idx, stamp, tbl, row_id, col, base, value, salts, gone = e
        entries.append(
            Entry(int(idx), str(stamp), str(tbl), str(row_id), str(col),
                  None if base is None else str(base), _value_of(value),
                  {str(k): str(v) for k, v in dict(salts).items()},
                  {str(k): str(v) for k, v in dict(gone).items()})
        )  # fmt: skip
    return Batch(
        str(data["batch"]), str(data["origin"]), bytes.fromhex(str(data["leaves"])),
        bytes.fromhex(str(data["sig"])), entries,
    )  # fmt: skip


def verify_batch(batch: Batch, sign_key: bytes) -> bool:
    """The author's signature holds over the leaves, and every change carried is one of them,
    made by the author."""
    from organiser.sync.cards import verify

    if len(batch.leaves) % 32 or not verify(
        sign_key, batch.signature, batch_message(batch.batch, batch.origin, batch.leaves)
    ):
        return False
    count = len(batch.leaves) // 32
    for e in batch.entries:
        if not 0 <= e.idx < count or clock.origin_of(e.stamp) != batch.origin:
            return False
        try:
            if e.leaf() != batch.leaves[32 * e.idx : 32 * e.idx + 32]:
                return False
        except (KeyError, ValueError):
            return False
    return True


def keep_batch(conn: sqlite3.Connection, batch: Batch) -> None:
    """Keep a received batch as it came, to pass it on unchanged."""
    conn.execute(
        "INSERT OR IGNORE INTO sync_batch (batch, origin, leaves, signature) VALUES (?, ?, ?, ?)",
        (batch.batch, batch.origin, batch.leaves, batch.signature),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO sync_seal VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (e.tbl, e.row_id, e.col, e.stamp, batch.batch, e.idx, json.dumps(e.hashes),
             json.dumps(e.salts))
            for e in batch.entries
        ),
    )  # fmt: skip
