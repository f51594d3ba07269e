"""A copy's exchange with its hub (`organiser sync hub now | status`).

Up: this copy's changes that the hub lacks, as far as it knows, sealed to every trusted copy it
has served through the hub; and, for a copy that joined later, a snapshot — everything it lacks,
sealed to it alone — since the hub holds only what was sealed for its recipients and cannot
build one itself. Down: what is addressed to this copy and it does not hold yet, each file taken
in all-or-nothing like a file received by hand (without a backup each time: this is background
work), then marked held on the hub. A file taken in and not yet marked held comes down again
next time and changes nothing: receiving is idempotent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from organiser.core.i18n import _
from organiser.core.progress import Progress
from organiser.services import settings
from organiser.services.sync import exchange as files
from organiser.services.sync.copies import keys_of, this_laptop
from organiser.services.sync.hub import place
from organiser.services.sync.hub.connecting import (
    HubError,
    Unreachable,
    connect,
    describe,
    driver,
    host_of,
    user_of,
)
from organiser.services.sync.hub.sealing import opened_paths, seal_attachment, seal_for
from organiser.services.sync.hub.server import CHANNEL, SCHEMA
from organiser.store.db import Store
from organiser.sync import batches, merge, sealed, trust
from organiser.sync.merge import connection_of


@dataclass
class HubExchange:
    uploaded_changes: int = 0
    posted: int = 0  # sealed files posted to the hub
    snapshots_for: list[str] = field(default_factory=list)  # copies that joined later
    downloaded: int = 0  # sealed files taken from the hub
    new_changes: int = 0
    people: int = 0
    check_ins: int = 0
    actions: int = 0
    memoranda: int = 0
    new_conflicts: int = 0
    refused: int = 0
    attachments: int = 0  # large attachments taken in
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Post:
    id: str
    kind: str
    recipients: list[str]
    names: list[str]
    blob: bytes
    changes: int
    file_sha256: str = ""  # an attachment's


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _prepare(store: Store, result: HubExchange) -> tuple[list[_Post], dict[str, str]]:
    """Seal what goes up (this copy's own changes are signed and kept here first)."""
    posts: list[_Post] = []
    with store.writer() as uow:
        conn = connection_of(uow)
        keys = keys_of(store, conn)
        me = this_laptop(uow, keys)
        batches.forget_erased_salts(conn)
        batches.seal_own(conn, keys)
        holds = merge.known(uow)
        recipients = trust.trusted_laptops(conn, keys)
        served = place.served(uow)
        first = not served  # this copy's first time: one file for everyone
        regular = [r for r in recipients if first or r.fingerprint in served]
        changes = merge.changes_since(uow, place.vector(uow, place.UPLOADED))
        large: list[tuple[list[trust.Trusted], dict[str, Any]]] = []
        if regular and (changes or first):
            blob, n, too_large = seal_for(uow, store, keys, me, regular, changes)
            posts.append(_post("changes", regular, blob, n))
            large += [(regular, item) for item in too_large]
        for newcomer in [r for r in recipients if r not in regular]:
            snapshot = merge.changes_since(uow, newcomer.holds)
            blob, n, too_large = seal_for(uow, store, keys, me, [newcomer], snapshot)
            posts.append(_post("snapshot", [newcomer], blob, n))
            large += [([newcomer], item) for item in too_large]
            result.snapshots_for.append(newcomer.name or newcomer.fingerprint)
        for to, item in large:  # by SHA-256, on their own, sealed the same way
            sealed_file = seal_attachment(uow, store, keys, me, to, item)
            if sealed_file is not None:
                posts.append(_post("attachment", to, sealed_file, 0, str(item["sha256"])))
        uow.commit()
    return posts, holds


def _post(
    kind: str, to: list[trust.Trusted], blob: bytes, changes: int, file_sha256: str = ""
) -> _Post:
    return _Post(uuid.uuid4().hex, kind, sorted(r.fingerprint for r in to),
                 [r.name for r in to], blob, changes, file_sha256)  # fmt: skip


def _insert(conn: Any, me_fpr: str, p: _Post) -> int:
    """Post `p`; the hub's number of the post (0 for an attachment)."""
    if p.kind == "attachment":
        conn.execute(
            f"INSERT INTO {SCHEMA}.attachments (id, file_sha256, recipients, sealed) "
            "VALUES (%s, %s, %s, %s)",
            (p.id, p.file_sha256, p.recipients, p.blob),
        )
        return 0
    conn.execute(
        f"INSERT INTO {SCHEMA}.batches (id, kind, sender_copy, recipients, sealed, sha256) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        (p.id, p.kind, me_fpr, p.recipients, p.blob, hashlib.sha256(p.blob).digest()),
    )
    # not RETURNING: row-level security would let it return only a post addressed to us
    row = conn.execute(f"SELECT currval('{SCHEMA}.posts')").fetchone()
    return int(row[0])


def _check_not_restored(store: Store, conn: Any, result: HubExchange) -> None:
    """A hub put back from an older backup has lost what was posted after that backup: its
    post numbers are behind the number of this copy's last post. Everything this copy holds
    goes up again (as after `sync hub set`); nothing is lost on the laptops."""
    row = conn.execute(f"SELECT last_value, is_called FROM {SCHEMA}.posts").fetchone()
    conn.commit()
    reached = int(row[0]) if row[1] else 0
    with store.writer() as uow:
        mine = int(settings.get(uow, place.LAST_POST) or 0)
        if mine <= reached:
            return
        place.put_json(uow, place.UPLOADED, {})
        place.put_json(uow, place.SERVED, [])
        settings.put(uow, place.LAST_POST, "")
        uow.commit()
    result.notices.append(
        _("The hub has lost changes this copy had sent (it was put back from an older "
          "backup): they are sent again.")
    )  # fmt: skip


def _upload(store: Store, conn: Any, me_fpr: str, host: str, result: HubExchange) -> None:
    posts, holds = _prepare(store, result)
    if not posts:
        return
    last = max(_insert(conn, me_fpr, p) for p in posts)
    conn.commit()  # up: from here on, only a record of it is left to write here
    with store.writer() as uow:
        if last:
            settings.put(uow, place.LAST_POST, str(last))
        up = place.vector(uow, place.UPLOADED)
        for origin, stamp in holds.items():
            up[origin] = max(up.get(origin, ""), stamp)
        place.put_json(uow, place.UPLOADED, up)
        served = place.served(uow) | {f for p in posts for f in p.recipients}
        place.put_json(uow, place.SERVED, sorted(served))
        db = connection_of(uow)
        now = trust.now_text()
        for p in posts:
            db.execute(
                "INSERT INTO sync_sent (sent_at, file, recipients, changes) VALUES (?, ?, ?, ?)",
                (now, f"hub {host} {p.id}", json.dumps(p.recipients), p.changes),
            )
            db.executemany(
                "UPDATE sync_trust SET last_sent_at = ? WHERE fingerprint = ?",
                [(now, f) for f in p.recipients],
            )
            # an erasure cannot reach what is on the hub already: its report lists this
            settings.audit(
                uow, "export",
                _("changes sealed for {who} through the hub at {host}").format(
                    who=", ".join(p.names), host=host),
            )  # fmt: skip
        uow.commit()
    result.posted += len(posts)
    result.uploaded_changes += sum(p.changes for p in posts)


def _take_in(store: Store, blob: bytes) -> files.ReceiveResult:
    with tempfile.TemporaryDirectory(prefix="organiser-hub-") as tmp:
        return files.receive(store, opened_paths(Path(tmp), blob), by_hand=False)


def _mark_held(conn: Any, me_fpr: str, batch: str) -> None:
    conn.execute(
        f"INSERT INTO {SCHEMA}.holdings (copy, batch) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (me_fpr, batch),
    )
    conn.commit()


def _download(
    store: Store, conn: Any, me_fpr: str, result: HubExchange, progress: Progress | None = None
) -> None:
    waiting = [
        str(r[0])
        for r in conn.execute(
            f"SELECT b.id FROM {SCHEMA}.batches b WHERE %s = ANY(b.recipients) AND NOT EXISTS "
            f"(SELECT 1 FROM {SCHEMA}.holdings h WHERE h.copy = %s AND h.batch = b.id) "
            "ORDER BY b.created, b.id",
            (me_fpr, me_fpr),
        ).fetchall()
    ]
    conn.commit()
    if not waiting:
        return
    with store.reader() as uow:
        before = merge.known(uow)
    for done, batch in enumerate(waiting):
        if progress is not None:  # a first download may be hundreds of files
            progress.report(done, len(waiting), _("Taking in changes from the hub"))
        row = conn.execute(f"SELECT sealed FROM {SCHEMA}.batches WHERE id = %s", (batch,))
        found = row.fetchone()
        conn.commit()
        if found is None:  # dropped by housekeeping meanwhile
            continue
        try:
            got = _take_in(store, bytes(found[0]))
        except sealed.RefusedFile as exc:
            # it will never be taken in here: held, so that it does not come down again
            result.refused += 1
            result.notices.append(exc.message)
        else:
            result.new_changes += got.new_changes
            for name in ("people", "check_ins", "actions", "memoranda", "new_conflicts"):
                setattr(result, name, getattr(result, name) + getattr(got, name))
            if got.new_changes or got.held_back or got.newer_version:
                # "nothing new" of a file that only says who its sender is means nothing here
                result.notices += [n for n in got.notices if n not in result.notices]
        _mark_held(conn, me_fpr, batch)
        result.downloaded += 1
    with store.writer() as uow:
        # what came down is on the hub already: it does not go up again from here (copies
        # that use the hub post their own changes themselves)
        up = place.vector(uow, place.UPLOADED)
        for origin, stamp in merge.known(uow).items():
            if before.get(origin) != stamp:
                up[origin] = max(up.get(origin, ""), stamp)
        place.put_json(uow, place.UPLOADED, up)
        uow.commit()


def _download_attachments(store: Store, conn: Any, me_fpr: str, result: HubExchange) -> None:
    """The large attachments this copy awaits; those it has already (come another way) are
    only marked held, so that housekeeping can drop them."""
    with store.reader() as uow:
        awaited = {str(r[0]) for r in connection_of(uow).execute("SELECT sha256 FROM sync_awaited")}
    here = store.attachments_dir
    for batch, sha in conn.execute(
        f"SELECT a.id, a.file_sha256 FROM {SCHEMA}.attachments a WHERE %s = ANY(a.recipients) "
        f"AND NOT EXISTS (SELECT 1 FROM {SCHEMA}.holdings h WHERE h.copy = %s AND "
        "h.batch = a.id) ORDER BY a.created, a.id",
        (me_fpr, me_fpr),
    ).fetchall():
        if str(sha) in awaited:
            found = conn.execute(f"SELECT sealed FROM {SCHEMA}.attachments WHERE id = %s",
                                 (batch,)).fetchone()  # fmt: skip
            conn.commit()
            try:
                got = _take_in(store, bytes(found[0]))
            except sealed.RefusedFile as exc:
                result.refused += 1
                result.notices.append(exc.message)
            else:
                result.attachments += got.attachments
            awaited.discard(str(sha))
        elif not (here.is_dir() and any(here.glob(f"{sha}*"))):
            continue  # the change that names it has not come yet
        _mark_held(conn, me_fpr, str(batch))
    conn.commit()


def _register(store: Store, conn: Any) -> str:
    """This copy on the hub, under its office's role (so that what is sealed to it is
    readable by that role); returns its fingerprint."""
    with store.writer() as uow:  # the first use of the keys may write the copy id
        keys = keys_of(store, connection_of(uow))
        uow.commit()
    conn.execute(
        f"INSERT INTO {SCHEMA}.copies (fingerprint) VALUES (%s) ON CONFLICT DO NOTHING",
        (keys.fingerprint,),
    )
    conn.commit()
    return keys.fingerprint


def _note(store: Store, error: HubError | None) -> None:
    with store.writer() as uow:
        if error is None:
            settings.put(uow, place.LAST_EXCHANGE, _now())
            settings.put(uow, place.UNREACHABLE_SINCE, "")
            settings.put(uow, place.LAST_ERROR, "")
        else:
            if isinstance(error, Unreachable) and not settings.get(uow, place.UNREACHABLE_SINCE):
                settings.put(uow, place.UNREACHABLE_SINCE, _now())
            settings.put(uow, place.LAST_ERROR, error.message)
        uow.commit()


def exchange(store: Store, progress: Progress | None = None) -> HubExchange:
    """Down, then up (with a snapshot for each copy met that joined later). HubError (in one
    sentence) when the hub cannot be used; nothing here is half-taken in. `progress` hears of
    each file taken in (a cancel stops between files: what was taken in stays)."""
    hub = place.require_hub(store)
    psycopg = driver()
    result = HubExchange()
    host = host_of(hub.url)
    try:
        with connect(hub.url, hub.ca, hub.password) as conn:
            me = _register(store, conn)
            _check_not_restored(store, conn, result)
            # down first: a snapshot sealed for a copy met on the way down then carries all
            # this copy holds
            _download(store, conn, me, result, progress)
            _download_attachments(store, conn, me, result)
            _upload(store, conn, me, host, result)
    except HubError as exc:
        _note(store, exc)
        raise
    except psycopg.Error as exc:
        error = describe(exc, hub.url, hub.ca)
        _note(store, error)
        raise error from exc
    _note(store, None)
    return result


def exchange_if_set(store: Store) -> HubExchange | None:
    """For `organiser sync now` and the app's background exchange: the hub's part, when this
    copy has a hub (None when it has none)."""
    if place.hub_place(store) is None:
        return None
    return exchange(store)


@dataclass(frozen=True)
class HubStatus:
    configured: bool
    url: str | None = None
    office: str | None = None
    ca: str | None = None
    connected: bool = False
    last_exchange: str | None = None
    waiting: int = 0  # changes not yet up
    unreachable_since: str | None = None
    error: str | None = None


def status(store: Store, check: bool = True) -> HubStatus:
    """The hub's state for this copy; with `check`, a connection is tried (a few seconds at
    most) and its failure said in one sentence."""
    hub = place.hub_place(store)
    if hub is None:
        return HubStatus(configured=False)
    with store.reader() as uow:
        waiting = len(merge.changes_since(uow, place.vector(uow, place.UPLOADED)))
        last = settings.get(uow, place.LAST_EXCHANGE) or None
        since = settings.get(uow, place.UNREACHABLE_SINCE) or None
        error = settings.get(uow, place.LAST_ERROR) or None
    connected = False
    if check:
        try:
            with connect(hub.url, hub.ca, hub.password) as conn:
                conn.execute("SELECT 1")
            connected = True
            error = None
        except HubError as exc:
            error = exc.message
    return HubStatus(True, hub.url, user_of(hub.url), str(hub.ca) if hub.ca else None,
                     connected, last, waiting, since, error)  # fmt: skip


def wait_for_news(store: Store, seconds: float) -> bool:
    """Listen on the hub for up to `seconds`: True as soon as anything new was posted there
    (the notification says nothing more: it would bypass row-level security)."""
    hub = place.require_hub(store)
    psycopg = driver()
    try:
        with connect(hub.url, hub.ca, hub.password, autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            return any(True for _n in conn.notifies(timeout=seconds, stop_after=1))
    except psycopg.Error as exc:
        raise describe(exc, hub.url, hub.ca) from exc
