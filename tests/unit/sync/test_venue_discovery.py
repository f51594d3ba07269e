"""Discovery at the venue: a desk is announced on the network (zeroconf, `_organiser._tcp`)
only while pairing is open, and a joining desk finds it without typing an address."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from organiser.services.sync.venue import discovery, link, pairing
from organiser.services.sync.venue.server import DeskServer
from organiser.store.db import Store
from organiser.store.opening import open_store


def _multicast_works() -> bool:
    try:
        from zeroconf import IPVersion, Zeroconf

        Zeroconf(ip_version=IPVersion.V4Only).close()
    except (ImportError, OSError):
        return False
    return True


pytestmark = pytest.mark.skipif(
    not _multicast_works(), reason="no multicast network here (zeroconf cannot start)"
)


@pytest.fixture
def announced(tmp_path: Path) -> Iterator[tuple[Store, DeskServer, discovery.Announcer]]:
    store = open_store(tmp_path / "a")
    server = DeskServer(store, "127.0.0.1", 0).start()
    server.door = pairing.Door(admit=lambda card: pairing.welcome(store, card, []))
    me = server.hello()
    announcer = discovery.Announcer(server.address, me["name"], me["fingerprint"],
                                    server.door.is_open).start()  # fmt: skip
    yield store, server, announcer
    announcer.stop()
    server.stop()
    store.dispose()


def test_a_desk_with_pairing_open_is_found_and_not_once_pairing_closes(
    announced: tuple[Store, DeskServer, discovery.Announcer],
) -> None:
    _store, server, announcer = announced
    assert server.address in discovery.find(10.0)
    assert link.hello(server.address)["pairing"] is True
    server.door.close()
    announcer.stop()  # it stops within a second of pairing closing; here at once
    limit = time.monotonic() + 10
    while server.address in discovery.find(1.0):
        assert time.monotonic() < limit


def test_pair_without_an_address_finds_the_desk_showing_the_code(tmp_path: Path) -> None:
    from tests.conftest import run_cli
    from tests.e2e.venue import ServedDesk

    desk = ServedDesk(tmp_path / "open", discovery=True)
    try:
        done = run_cli("sync", "pair", desk.code, data_dir=tmp_path / "joining")
        assert done.returncode == 0, done.stderr
        assert "Paired with" in done.stdout
        assert desk.saw("paired")
    finally:
        desk.stop()
