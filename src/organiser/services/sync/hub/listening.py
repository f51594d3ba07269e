"""For the app's background exchange: trying a hub before it is saved, and hearing at once
when anything new is posted there, over one connection kept open (a new TLS connection every
second of listening would load the hub for nothing)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from organiser.core.i18n import _
from organiser.services.sync.hub import place
from organiser.services.sync.hub.connecting import (
    connect,
    describe,
    driver,
    host_of,
    split_password,
    user_of,
)
from organiser.services.sync.hub.server import CHANNEL, SCHEMA
from organiser.store.db import Store


def check_connection(url: str, ca: Path | None) -> str:
    """Connect as the office with the address (password included) and CA given, and read the
    hub's table of copies as that office may: the answer in one sentence, or HubError."""
    bare, password = split_password(url.strip())
    psycopg = driver()
    try:
        with connect(bare, ca, password) as conn:
            conn.execute(f"SELECT count(*) FROM {SCHEMA}.copies").fetchone()
    except psycopg.Error as exc:
        raise describe(exc, bare, ca) from exc
    return _(
        "The hub at {host} answered: the office {role} can exchange changes through it."
    ).format(host=host_of(bare), role=user_of(bare))


class NewsListener:
    """LISTEN on the hub's channel over one connection, opened on first use and again after
    a failure. The notification is empty: it only says that something was posted."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._conn: Any = None

    def wait(self, seconds: float) -> bool:
        """True as soon as something was posted on the hub within `seconds`; HubError when
        the hub cannot be heard (the connection is closed, the next wait opens a new one)."""
        psycopg = driver()
        try:
            if self._conn is None:
                hub = place.require_hub(self.store)
                self._conn = connect(hub.url, hub.ca, hub.password, autocommit=True)
                self._conn.execute(f"LISTEN {CHANNEL}")
            return any(True for _n in self._conn.notifies(timeout=seconds, stop_after=1))
        except psycopg.Error as exc:
            self.close()
            hub_now = place.hub_place(self.store)
            raise describe(exc, hub_now.url if hub_now else "", hub_now.ca if hub_now else None
                           ) from exc  # fmt: skip
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self._conn is not None:
            # closing a broken connection: nothing more to do with it
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
