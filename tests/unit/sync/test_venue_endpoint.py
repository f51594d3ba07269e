"""The venue endpoint in this process, over a real socket on 127.0.0.1: pairing by code,
what it refuses (replays, altered requests, revoked desks, unpaired desks), that answers are
sealed to the asking desk, and that a waiting request wakes on a write."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from organiser.core.errors import UserError
from organiser.services.people.directory import PersonRecord
from organiser.services.people.editing import save_person
from organiser.services.sync.copies import untrust
from organiser.services.sync.venue import answers, link, pairing, signing
from organiser.services.sync.venue.link import Link
from organiser.services.sync.venue.server import DeskServer
from organiser.store.db import Store
from organiser.store.opening import open_store
from organiser.sync import sealed


def add_person(store: Store, given: str) -> None:
    with store.writer() as uow:
        save_person(uow, PersonRecord(given_name=given, family_name="ทดสอบ", phone="0812345678"))
        uow.commit()


def people(store: Store) -> set[str]:
    with store.raw_connection() as conn:
        return {str(r[0]) for r in conn.execute("SELECT given_name FROM person")}


@pytest.fixture
def desk_a(tmp_path: Path) -> Iterator[tuple[Store, DeskServer]]:
    store = open_store(tmp_path / "a")
    add_person(store, "สมชาย")
    server = DeskServer(store, "127.0.0.1", 0).start()
    server.door = pairing.Door(admit=lambda card: pairing.welcome(store, card, []))
    yield store, server
    server.stop()
    store.dispose()


@pytest.fixture
def desk_b(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "b")
    yield store
    store.dispose()


def paired(desk_a: tuple[Store, DeskServer], desk_b: Store) -> DeskServer:
    server = desk_a[1]
    link.join(desk_b, server.address, server.door.code)
    return server


def post(address: str, path: str, body: bytes, headers: dict[str, str]) -> int:
    host, port = link.split_address(address)
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("POST", path, body=body, headers=headers)
        return conn.getresponse().status
    finally:
        conn.close()


def signed(store: Store, path: str, body: bytes) -> dict[str, str]:
    keys, card = link._keys_and_card(store)
    return signing.sign_headers(keys, card, "POST", path, body)


def test_pairing_by_code_gives_the_new_desk_a_full_copy_and_its_office(
    desk_a: tuple[Store, DeskServer], desk_b: Store
) -> None:
    store_a, server = desk_a
    joined, received = link.join(desk_b, server.address, server.door.code)
    assert joined.fingerprint == pairing.my_card(store_a).fingerprint
    assert received > 0
    assert "สมชาย" in people(desk_b)
    # the new desk now belongs to the first desk's office, which vouches for it
    with store_a.reader() as uow:
        from organiser.services.sync.copies import keys_of
        from organiser.sync.merge import connection_of

        office_a = keys_of(store_a, connection_of(uow)).office_public
    with desk_b.reader() as uow:
        from organiser.services.sync.copies import keys_of
        from organiser.sync.merge import connection_of

        keys_b = keys_of(desk_b, connection_of(uow))
    assert keys_b.office_key == office_a and keys_b.vouch and keys_b.office is None


def test_a_wrong_code_is_refused_and_the_fifth_closes_pairing(
    desk_a: tuple[Store, DeskServer], desk_b: Store
) -> None:
    server = desk_a[1]
    wrong = f"{(int(server.door.code) + 1) % 1_000_000:06d}"
    for _ in range(5):
        with pytest.raises(UserError, match="code is wrong"):
            link.join(desk_b, server.address, wrong)
    with pytest.raises(UserError, match="not open"):
        link.join(desk_b, server.address, server.door.code)
    assert "สมชาย" not in people(desk_b)


def test_pairing_closes_after_ten_minutes(desk_a: tuple[Store, DeskServer], desk_b: Store) -> None:
    server = desk_a[1]
    server.door.opened -= pairing.OPEN_FOR_S + 1
    with pytest.raises(UserError, match="not open"):
        link.join(desk_b, server.address, server.door.code)


def test_an_unpaired_desk_is_refused(desk_a: tuple[Store, DeskServer], desk_b: Store) -> None:
    with pytest.raises(UserError, match="refused this desk"):
        link.pull(desk_b, desk_a[1].address)
    assert "สมชาย" not in people(desk_b)


def test_a_replayed_or_altered_request_is_refused(
    desk_a: tuple[Store, DeskServer], desk_b: Store
) -> None:
    server = paired(desk_a, desk_b)
    body = json.dumps({"holds": answers.holds(desk_b), "wait": 0}).encode()
    headers = signed(desk_b, "/changes", body)
    assert post(server.address, "/changes", body, headers) == 204
    assert post(server.address, "/changes", body, headers) == 403  # the same request again
    fresh = signed(desk_b, "/changes", body)
    altered = json.dumps({"holds": {}, "wait": 0}).encode()
    assert post(server.address, "/changes", altered, fresh) == 403


def test_a_revoked_desk_is_refused(desk_a: tuple[Store, DeskServer], desk_b: Store) -> None:
    store_a, server = desk_a
    paired(desk_a, desk_b)
    untrust(store_a, pairing.my_card(desk_b).fingerprint)
    add_person(store_a, "มานะ")
    with pytest.raises(UserError, match="refused this desk"):
        link.pull(desk_b, server.address)
    assert "มานะ" not in people(desk_b)


def test_an_answer_is_sealed_to_the_asking_desk_alone(
    desk_a: tuple[Store, DeskServer], desk_b: Store
) -> None:
    store_a, _server = desk_a
    card_b = pairing.my_card(desk_b)
    found = answers.changes_for(store_a, card_b, {})
    assert found is not None
    data = found[0]
    assert data.startswith(sealed.MAGIC)
    assert "สมชาย".encode() not in data and b"0812345678" not in data
    head_len = int.from_bytes(data[len(sealed.MAGIC) : len(sealed.MAGIC) + 4], "big")
    header = json.loads(data[len(sealed.MAGIC) + 4 : len(sealed.MAGIC) + 4 + head_len])
    assert header["recipients"] == [card_b.fingerprint]


def test_a_waiting_request_wakes_when_the_desk_writes(
    desk_a: tuple[Store, DeskServer], desk_b: Store
) -> None:
    store_a, server = desk_a
    paired(desk_a, desk_b)
    got: list[float] = []

    def ask() -> None:
        start = time.monotonic()
        link.pull(desk_b, server.address, wait=20)
        got.append(time.monotonic() - start)

    asking = threading.Thread(target=ask)
    asking.start()
    limit = time.monotonic() + 10
    while server.waiting == 0:  # until the request waits at desk A
        assert time.monotonic() < limit
        time.sleep(0.01)
    written = time.monotonic()
    add_person(store_a, "มานี")
    asking.join(timeout=20)
    assert got and got[0] < 20
    assert "มานี" in people(desk_b)
    assert time.monotonic() - written < 2.0


def test_a_desk_the_other_cannot_reach_pushes_its_news(
    desk_a: tuple[Store, DeskServer], desk_b: Store
) -> None:
    """Desk A never asks B (as when a firewall on B keeps A out); B still brings its
    check-ins and walk-ins to A."""
    store_a, _server_a = desk_a
    paired(desk_a, desk_b)
    server_b = DeskServer(desk_b, "127.0.0.1", 0).start()
    following = Link(desk_b, server_b.address, server_b.watcher).start()
    try:
        add_person(desk_b, "มานพ")
        limit = time.monotonic() + 15
        while "มานพ" not in people(store_a):
            assert time.monotonic() < limit, "B's news never reached A"
            time.sleep(0.05)
    finally:
        following.stop()
        server_b.stop()
