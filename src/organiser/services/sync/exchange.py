"""Change files between offices: send, preview, receive (File → Send/Receive changes…, and
`organiser sync send | receive`).

Receiving is all-or-nothing in one transaction and idempotent: every check that can refuse a
file (its parts, its size, its sender, its signatures, its recipients) runs before anything is
written, and a file that brings nothing new writes nothing at all.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from organiser import __version__
from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.services import settings
from organiser.services.sync import attachments
from organiser.services.sync.copies import keys_of, this_laptop
from organiser.services.sync.relay import changes_of, outgoing
from organiser.store.db import Store
from organiser.sync import batches, clock, future, merge, policy, sealed, trust
from organiser.sync.cards import Laptop, read_laptop
from organiser.sync.keys import Keys, normalise_fingerprint
from organiser.sync.merge import Change, connection_of
from organiser.sync.set_aside import collector_set_aside

MAX_FILE_MB = "sync.max_file_mb"  # a setting: the largest change file taken in
DEFAULT_MAX_FILE_MB = 200


@dataclass(frozen=True)
class SendResult:
    paths: list[Path]
    recipients: list[str]  # names
    changes: int
    attachments: int
    awaited: int
    bytes: int


@dataclass
class ReceiveResult:
    sender: str
    sender_fingerprint: str
    new_changes: int = 0
    people: int = 0
    check_ins: int = 0
    actions: int = 0
    memoranda: int = 0
    new_conflicts: int = 0
    attachments: int = 0
    awaited: int = 0
    applied: bool = False
    notices: list[str] = field(default_factory=list)
    # changes stamped more than a day ahead of this laptop's clock: held back for a person
    held_back: int = 0
    # this laptop's clock is this many days ahead of the sender's: its date is probably wrong
    clock_ahead_days: float = 0.0
    # rows with changes only a newer version of Organiser can apply (kept until the upgrade)
    newer_version: int = 0


def schema_revision(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else ""


def _limit(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (MAX_FILE_MB,)).fetchone()
    try:
        mb = float(row[0]) if row else DEFAULT_MAX_FILE_MB
    except ValueError:
        mb = DEFAULT_MAX_FILE_MB
    return int(mb * 1_000_000)


def _recipients(conn: sqlite3.Connection, keys: Keys, to: list[str] | None) -> list[trust.Trusted]:
    laptops = trust.trusted_laptops(conn, keys)
    if not to:
        return laptops
    chosen = []
    for text in to:
        fpr = normalise_fingerprint(text)
        found = [t for t in laptops if fpr in (t.fingerprint, t.office_fpr)]
        if not found:
            raise UserError(
                _("{fpr} is not a trusted copy or office: trust its key card first.").format(
                    fpr=text
                )
            )
        chosen += [t for t in found if t not in chosen]
    return chosen


def _known_by_all(recipients: list[trust.Trusted]) -> dict[str, str]:
    """What every recipient holds (per copy, the lowest stamp any of them said it holds)."""
    origins = set().union(*(r.holds for r in recipients)) if recipients else set()
    return {o: min(r.holds.get(o, "") for r in recipients) for o in origins}


def send(store: Store, path: Path, to: list[str] | None = None) -> SendResult:
    """Write a change file for trusted copies (all of them by default) carrying the changes
    they lack, as far as this copy last heard from them."""
    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        me = this_laptop(uow, keys)
        recipients = _recipients(conn, keys, to)
        if not recipients:
            raise UserError(
                _("No copy is trusted yet: trust another office's key card first "
                  "(organiser sync trust FILE).")
            )  # fmt: skip
        payload = outgoing(conn, keys, me, _known_by_all(recipients))
        sent_batches = payload["batches"]
        carried = attachments.outgoing(uow, store, changes_of(sent_batches))
        payload.update(attachments=carried.inside, awaited=carried.awaited)
        header = {
            "format": sealed.FORMAT,
            "app": __version__,
            "sender": me.as_json(),
            "schema": schema_revision(conn),
            "holds": merge.known(uow),
            "recipients": sorted(r.fingerprint for r in recipients),
            "made_at": trust.now_text(),
        }
        paths = sealed.write_file(
            path, header, payload, keys, [r.age_recipient or "" for r in recipients]
        )
        count = sum(len(b["entries"]) for b in sent_batches)
        now = trust.now_text()
        conn.executemany(
            "UPDATE sync_trust SET last_sent_at = ? WHERE fingerprint = ?",
            [(now, r.fingerprint) for r in recipients],
        )
        # an erasure cannot reach a file already sent: its report lists the exports logged
        settings.audit(
            uow,
            "export",
            _("change file {file} for {who}").format(
                file=path, who=", ".join(r.name for r in recipients)
            ),
        )
        conn.execute(
            "INSERT INTO sync_sent (sent_at, file, recipients, changes) VALUES (?, ?, ?, ?)",
            (now, str(path), json.dumps([r.fingerprint for r in recipients]), count),
        )
        uow.commit()
    return SendResult(
        paths, [r.name for r in recipients], count, len(carried.inside), len(carried.awaited),
        sum(p.stat().st_size for p in paths),
    )  # fmt: skip


# ------------------------------------------------------------------ receiving


@dataclass
class _Checked:
    opened: sealed.Opened
    batches: list[batches.Batch]
    authors: list[Laptop]
    result: ReceiveResult
    own_only: bool


def _check(store: Store, paths: list[Path]) -> _Checked:
    """Everything that can refuse a file, without writing to the database."""
    with store.reader() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)

        def check_sender(laptop: Laptop) -> None:
            state = trust.signer_state(conn, laptop, keys, remember=False)
            who = laptop.name or laptop.fingerprint
            if state == "revoked":
                raise sealed.RefusedFile(
                    _("This file comes from {who}, whose key was revoked here; it was refused.")
                    .format(who=who)
                )  # fmt: skip
            if state != "trusted":
                raise sealed.RefusedFile(
                    _("This file comes from {who} ({fpr}), a copy not trusted here; check its "
                      "fingerprint and trust its key card first.").format(who=who, fpr=laptop.fingerprint)
                )  # fmt: skip

        opened = sealed.open_file(paths, keys, _limit(conn), check_sender)
        result = ReceiveResult(opened.sender.name, opened.sender.fingerprint)
        damaged = sealed.RefusedFile(
            _("{name} is damaged or was altered: nothing was taken in.").format(name=paths[0].name)
        )
        try:
            authors = {
                lt.copy_id: lt for lt in map(read_laptop, opened.payload.get("authors") or [])
            }
            found = [batches.read_batch(b) for b in opened.payload.get("batches") or []]
        except (ValueError, KeyError, TypeError) as exc:
            raise damaged from exc
        kept, skipped = [], 0
        for batch in found:
            author = authors.get(batch.origin)
            if batch.origin == keys.copy_id:
                author = None
                if not batches.verify_batch(batch, keys.sign_public):
                    raise sealed.RefusedFile(
                        _("{name} carries changes in this copy's name that it did not make; "
                          "it was refused.").format(name=paths[0].name)
                    )  # fmt: skip
                kept.append(batch)
                continue
            if author is None:
                raise damaged
            state = trust.signer_state(conn, author, keys, remember=False)
            if state == "revoked":
                skipped += 1
                continue
            if state != "trusted" or not batches.verify_batch(batch, author.sign_key):
                raise sealed.RefusedFile(
                    _("{name} carries changes signed by a copy not trusted here, or altered "
                      "on the way; it was refused.").format(name=paths[0].name)
                )  # fmt: skip
            kept.append(batch)
        if skipped:
            result.notices.append(
                _("{n} batches of changes made by a revoked copy were left out.").format(n=skipped)
            )
        own_only = bool(found) and all(b.origin == keys.copy_id for b in found)
        if own_only:
            result.notices.append(_("These are this copy's own changes coming back: nothing new."))
        from organiser.store.migrate import known_revisions

        theirs = str(opened.header.get("schema", ""))
        if theirs and theirs not in known_revisions():
            # changes for tables or columns this version lacks wait, and apply after updating
            result.notices.append(
                _("The file was made by a newer Organiser ({version}): update Organiser here "
                  "too; what this version cannot show yet is kept until then.").format(
                    version=opened.header.get("app", "?")
                )
            )  # fmt: skip
        return _Checked(opened, kept, list(authors.values()), result, own_only)


_COUNTED = {"person": "people", "check_in": "check_ins", "plan_action": "actions",
            "memorandum": "memoranda"}  # fmt: skip


def _count_new(conn: sqlite3.Connection, changes: list[Change], result: ReceiveResult) -> int:
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_arriving (stamp TEXT, tbl TEXT, row_id TEXT, col TEXT)"
    )
    conn.execute("DELETE FROM temp.sync_arriving")
    conn.executemany(
        "INSERT INTO temp.sync_arriving VALUES (?, ?, ?, ?)",
        ((c.stamp, c.tbl, c.row_id, c.col) for c in changes),
    )
    new = "NOT EXISTS (SELECT 1 FROM sync_change c WHERE c.tbl = a.tbl AND c.row_id = a.row_id " \
          "AND c.col = a.col AND c.stamp = a.stamp)"  # fmt: skip
    # counted as apply takes them in: not what is older than the newest held from its copy
    # (compacted or scrubbed here since), nor a personal value of a row erased here (erasure
    # is sticky: the value was scrubbed and would be scrubbed again)
    new += (
        " AND a.stamp >= coalesce((SELECT h.stamp FROM sync_held h "
        f"WHERE h.origin = substr(a.stamp, {clock.HLC_DIGITS + 1})), '')"
    )
    for tbl, cols in policy.ERASED.items():
        listed = ", ".join(f"'{c}'" for c in sorted(cols))
        new += (
            f" AND NOT (a.tbl = '{tbl}' AND a.col IN ({listed}) AND EXISTS (SELECT 1 FROM "
            "sync_change e WHERE e.tbl = a.tbl AND e.row_id = a.row_id AND e.col = 'erased_at' "
            "AND e.value IS NOT NULL))"
        )
    total = 0
    for tbl, rows, n in conn.execute(
        f"SELECT tbl, count(DISTINCT row_id), count(*) FROM temp.sync_arriving a WHERE {new} "
        "GROUP BY tbl"
    ).fetchall():
        total += int(n)
        if str(tbl) in _COUNTED:
            setattr(result, _COUNTED[str(tbl)], int(rows))
    conn.execute("DELETE FROM temp.sync_arriving")
    return total


def _conflict_keys(conn: sqlite3.Connection) -> set[tuple[str, ...]]:
    return {
        tuple(map(str, r))
        for r in conn.execute("SELECT tbl, row_id, col, other_stamp FROM sync_conflict")
    }


def _heard_from(conn: sqlite3.Connection, fpr: str, holds: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE sync_trust SET last_received_at = ?, holds = ? WHERE fingerprint = ?",
        (trust.now_text(), json.dumps(holds), fpr),
    )


def _sender_clock_ms(header: dict[str, Any]) -> int | None:
    """The sender's clock when it wrote the file (its header's `made_at`)."""
    try:
        made = dt.datetime.fromisoformat(str(header.get("made_at", "")))
    except ValueError:
        return None
    if made.tzinfo is None:
        made = made.replace(tzinfo=dt.UTC)
    return int(made.timestamp() * 1000)


def _say_what_waits(result: ReceiveResult, applied: merge.Applied) -> None:
    result.held_back = applied.held_back
    result.clock_ahead_days = round(applied.clock_ahead_ms / 86_400_000, 1)
    result.newer_version = applied.newer_version
    if applied.held_back:
        result.notices.append(
            _("{n} changes are dated more than a day ahead of this laptop's clock: they are held "
              "back until a person accepts them (the Sync place, or organiser sync held).")
            .format(n=applied.held_back)
        )  # fmt: skip
    if applied.clock_ahead_ms:
        result.notices.append(
            _("This laptop's clock is {days} days ahead of the sender's: check its date and "
              "year (a Buddhist-era year typed as a Christian-era one is the usual cause).")
            .format(days=result.clock_ahead_days)
        )  # fmt: skip
    if applied.newer_version:
        result.notices.append(
            _("Some changes were made by a newer version of Organiser: they are kept, and "
              "applied once this laptop's Organiser is updated.")
        )  # fmt: skip


def preview(store: Store, paths: list[Path]) -> ReceiveResult:
    """What receiving would change, counted in a transaction that is then rolled back."""
    return receive(store, paths, dry_run=True)


def receive(
    store: Store, paths: list[Path], dry_run: bool = False, by_hand: bool = True
) -> ReceiveResult:
    with collector_set_aside():  # a month's changes are tens of thousands of objects
        return _receive(store, paths, dry_run, by_hand)


def _receive(store: Store, paths: list[Path], dry_run: bool, by_hand: bool) -> ReceiveResult:
    checked = _check(store, paths)
    result = checked.result
    changes = [
        Change(e.stamp, e.tbl, e.row_id, e.col, e.value, e.base)
        for b in checked.batches
        for e in b.entries
    ]
    holds = checked.opened.header.get("holds")
    holds = holds if isinstance(holds, dict) else {}
    with store.reader() as uow:
        conn = connection_of(uow)
        result.new_changes = _count_new(conn, changes, result)
        have = {str(r[0]) for r in conn.execute("SELECT batch FROM sync_batch")}
        fresh_files = attachments.missing(store, checked.opened.payload)
        known = trust.find(conn, result.sender_fingerprint)
    new_batches = [b for b in checked.batches if b.batch not in have]
    if result.new_changes == 0 and not new_batches and not fresh_files:
        if not checked.own_only:
            result.notices.append(_("Nothing new: everything in this file is here already."))
        # a file with nothing new still tells a laptop whose clock runs far ahead
        sender_ms = _sender_clock_ms(checked.opened.header)
        if sender_ms is not None and future.ahead_of(sender_ms):
            _say_what_waits(
                result, merge.Applied(0, 0, 0, clock_ahead_ms=future.ahead_of(sender_ms))
            )
        if not dry_run and (known is None or known.holds != holds):
            # nothing to take in, but news of what the sender holds: the next file to it
            # carries only what it lacks (a second receive of the same file writes nothing)
            with store.writer() as uow:
                conn = connection_of(uow)
                keys = keys_of(store, conn)
                trust.signer_state(conn, checked.opened.sender, keys, remember=True)
                _heard_from(conn, result.sender_fingerprint, holds)
                uow.commit()
        return result
    if by_hand and not dry_run:
        from organiser.store.backup import make_backup

        make_backup(store, "sync")
    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        before = _conflict_keys(conn)
        # laptops vouched for by a trusted office become known here (recipients from now on)
        for author in [checked.opened.sender, *checked.authors]:
            if author.copy_id != keys.copy_id:
                trust.signer_state(conn, author, keys, remember=True)
        for batch in new_batches:
            batches.keep_batch(conn, batch)
        applied = merge.apply(uow, changes, sender_clock_ms=_sender_clock_ms(checked.opened.header))
        _say_what_waits(result, applied)
        batches.forget_erased_salts(conn)
        result.new_conflicts = len(_conflict_keys(conn) - before)
        files = attachments.take_in(store, uow, checked.opened.payload, dry_run)
        result.attachments, result.awaited = files
        _heard_from(conn, result.sender_fingerprint, holds)
        if dry_run:
            return result  # leaving the unit without commit rolls everything back
        uow.commit()
    result.applied = True
    return result
