"""The hub's security is PostgreSQL's own: each office's role may insert only as itself, read only
what is addressed to one of its copies, and never update or delete; PostgreSQL refuses the rest.
Each attempt here goes to the real server with the office's own login."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hub_copies import Hub

from organiser.services.sync.hub.server import SCHEMA

BATCHES = f"{SCHEMA}.batches"


def _login(hub: Hub, url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(url, sslrootcert=str(hub.pg.ca), autocommit=True)


@pytest.fixture
def two(hub: Hub) -> Iterator[tuple[psycopg.Connection[Any], psycopg.Connection[Any]]]:
    a = _login(hub, hub.office("songkhla"))
    b = _login(hub, hub.office("trang"))
    a.execute(f"INSERT INTO {SCHEMA}.copies (fingerprint) VALUES ('copy-a')")
    b.execute(f"INSERT INTO {SCHEMA}.copies (fingerprint) VALUES ('copy-b')")
    yield a, b
    a.close()
    b.close()


def _post(conn: psycopg.Connection[Any], sender: str, to: list[str], **extra: str) -> str:
    sealed = uuid.uuid4().bytes * 8  # what a sealed file looks like to the hub: bytes
    batch = str(uuid.uuid4())
    cols = {"id": batch, "sender_copy": sender, "recipients": to, "sealed": sealed,
            "sha256": hashlib.sha256(sealed).digest(), **extra}  # fmt: skip
    names = ", ".join(cols)
    marks = ", ".join("%s" for _ in cols)
    conn.execute(f"INSERT INTO {BATCHES} ({names}) VALUES ({marks})", list(cols.values()))
    return batch


def test_an_office_cannot_insert_as_another_office_or_for_another_offices_copy(two) -> None:
    a, _b = two
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        _post(a, "copy-b", ["copy-a"], sender_office="trang")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        _post(a, "copy-b", ["copy-a"])  # its own office, another office's copy
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        a.execute(f"INSERT INTO {SCHEMA}.holdings (copy, batch) VALUES ('copy-b', %s)",
                  (str(uuid.uuid4()),))  # fmt: skip
    with pytest.raises(psycopg.errors.UniqueViolation):
        # taking over another office's copy, to read what is sealed to it
        a.execute(f"INSERT INTO {SCHEMA}.copies (fingerprint) VALUES ('copy-b')")
    _post(a, "copy-a", ["copy-b"])  # as itself: accepted


def test_an_office_reads_only_what_is_addressed_to_its_copies(two) -> None:
    a, b = two
    only_b = _post(b, "copy-b", ["copy-b2", "copy-b"])
    for_a = _post(b, "copy-b", ["copy-a", "copy-b"])
    seen = {str(r[0]) for r in a.execute(f"SELECT id FROM {BATCHES}")}
    assert seen == {for_a}
    assert only_b not in seen
    assert a.execute(f"SELECT count(*) FROM {BATCHES} WHERE id = %s", (only_b,)).fetchone() == (0,)
    # nor another office's copies or what they hold
    assert [r[0] for r in a.execute(f"SELECT fingerprint FROM {SCHEMA}.copies")] == ["copy-a"]
    b.execute(f"INSERT INTO {SCHEMA}.holdings (copy, batch) VALUES ('copy-b', %s)", (for_a,))
    assert a.execute(f"SELECT count(*) FROM {SCHEMA}.holdings").fetchone() == (0,)


@pytest.mark.parametrize("table", ["batches", "copies", "holdings", "attachments"])
def test_an_office_can_neither_update_nor_delete_anything(two, table: str) -> None:
    a, _b = two
    mine = _post(a, "copy-a", ["copy-a"])
    a.execute(f"INSERT INTO {SCHEMA}.holdings (copy, batch) VALUES ('copy-a', %s)", (mine,))
    column = {"batches": "sender_copy", "copies": "fingerprint", "holdings": "copy",
              "attachments": "file_sha256"}[table]  # fmt: skip
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        a.execute(f"UPDATE {SCHEMA}.{table} SET {column} = 'x'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        a.execute(f"DELETE FROM {SCHEMA}.{table}")
    assert a.execute(f"SELECT count(*) FROM {BATCHES} WHERE id = %s", (mine,)).fetchone() == (1,)


def test_listeners_hear_of_a_new_file_at_once_and_the_notice_says_nothing_more(two) -> None:
    a, b = two
    a.execute("LISTEN organiser_hub")
    _post(b, "copy-b", ["copy-b"])  # not even addressed to a
    heard = list(a.notifies(timeout=5, stop_after=1))
    assert len(heard) == 1 and heard[0].payload == ""
