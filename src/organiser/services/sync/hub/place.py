"""Where this copy finds its hub, and what it knows of it: `organiser sync hub set`.

The address (without its password) and the CA certificate's path are local settings of this
laptop; the office's password lives in its own private file beside the database, like the keys,
never in the database, a backup or an export.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.services import settings
from organiser.services.sync.hub.connecting import split_password
from organiser.store.db import Store, UnitOfWork

URL = "sync.hub.url"
CA = "sync.hub.ca"
LAST_EXCHANGE = "sync.hub.last_exchange"
UNREACHABLE_SINCE = "sync.hub.unreachable_since"
LAST_ERROR = "sync.hub.last_error"
# per copy, the newest change this copy knows the hub holds (a version vector)
UPLOADED = "sync.hub.uploaded"
# the copies a full set of changes was sealed for through the hub
SERVED = "sync.hub.served"
# the number of this copy's last post on the hub (its sequence only goes up)
LAST_POST = "sync.hub.last_post"
PASSWORD_FILE = "organiser-hub-password"


@dataclass(frozen=True)
class HubPlace:
    url: str  # without the password
    ca: Path | None
    password: str | None


def password_path(data_dir: Path) -> Path:
    return data_dir / PASSWORD_FILE


def _write_private(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def set_hub(store: Store, url: str, ca: Path | None) -> HubPlace:
    """Keep the hub's address and CA certificate; the password goes to its private file.
    Everything this copy holds goes up again at the next exchange."""
    bare, password = split_password(url.strip())
    if ca is None:
        found = parse_qs(urlsplit(bare).query).get("sslrootcert")
        ca = Path(found[0]) if found else None
    if ca is None:
        raise UserError(
            _("Give the hub's CA certificate too (--ca FILE): without it the hub's identity "
              "cannot be checked.")
        )  # fmt: skip
    ca = ca.expanduser().absolute()
    if not ca.is_file():
        raise UserError(_("{path} cannot be found.").format(path=ca))
    with store.writer() as uow:
        settings.put(uow, URL, bare)
        settings.put(uow, CA, str(ca))
        settings.put(uow, UNREACHABLE_SINCE, "")
        settings.put(uow, LAST_ERROR, "")
        # a new hub, or one restored from an old backup, may lack anything: the next exchange
        # sends everything this copy holds again (receiving it twice changes nothing)
        put_json(uow, UPLOADED, {})
        put_json(uow, SERVED, [])
        settings.put(uow, LAST_POST, "")
        uow.commit()
    if password is not None:
        _write_private(password_path(store.data_dir), password)
    return HubPlace(bare, ca, password)


def remove_hub(store: Store) -> None:
    """This copy stops using its hub: the address, certificate and state are forgotten and the
    password file is deleted. What this copy holds stays; what the hub holds stays there."""
    with store.writer() as uow:
        for key in (URL, CA, LAST_EXCHANGE, UNREACHABLE_SINCE, LAST_ERROR):
            settings.put(uow, key, "")
        put_json(uow, UPLOADED, {})
        put_json(uow, SERVED, [])
        settings.put(uow, LAST_POST, "")
        uow.commit()
    with contextlib.suppress(FileNotFoundError):
        password_path(store.data_dir).unlink()


def hub_place(store: Store) -> HubPlace | None:
    """The hub this copy uses, or None when none is set."""
    with store.reader() as uow:
        url = settings.get(uow, URL)
        ca = settings.get(uow, CA)
    if not url:
        return None
    try:
        password: str | None = password_path(store.data_dir).read_text(encoding="utf-8")
    except OSError:
        password = None
    return HubPlace(url, Path(ca) if ca else None, password)


def require_hub(store: Store) -> HubPlace:
    found = hub_place(store)
    if found is None:
        raise UserError(
            _("No hub is set for this copy: organiser sync hub set URL --ca FILE, with the "
              "address the hub's administrator gave.")
        )  # fmt: skip
    return found


def vector(uow: UnitOfWork, key: str) -> dict[str, str]:
    try:
        found = json.loads(settings.get(uow, key) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def served(uow: UnitOfWork) -> set[str]:
    try:
        found = json.loads(settings.get(uow, SERVED) or "[]")
    except ValueError:
        return set()
    return {str(f) for f in found} if isinstance(found, list) else set()


def put_json(uow: UnitOfWork, key: str, value: object) -> None:
    settings.put(uow, key, json.dumps(value, sort_keys=True))
