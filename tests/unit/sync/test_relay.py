"""Changes that reached a copy by a route other than a change file (a venue desk, a hub) are
passed on like the rest: the next change file to a third office carries them, signed by the
copy that made them, and that office checks the signature."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from change_files import Laptop, mutual, seeded
from sync_copies import set_phone

from organiser.core.errors import UserError
from organiser.services.sync import relay
from organiser.store.db import Store
from organiser.sync import batches, merge


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Laptop]]:
    made = [Laptop(tmp_path / name, office=f"office {name}") for name in ("a", "b", "c")]
    yield made
    for laptop in made:
        laptop.close()


def known(store: Store) -> dict[str, str]:
    with store.reader() as uow:
        return merge.known(uow)


def meet(source: Laptop, target: Laptop) -> merge.Applied:
    """`target` meets `source` (as venue desks do) and takes in what it lacks."""
    return relay.take_in(target.store, relay.offer(source.store, known(target.store)))


def copy_id(laptop: Laptop) -> str:
    return str(laptop.raw("SELECT copy_id FROM sync_copy")[0][0])


def test_changes_taken_in_by_another_route_are_relayed_with_their_authors_signature(
    laptops: list[Laptop],
) -> None:
    a, b, c = laptops
    mutual(a, b)
    mutual(b, c)
    c.trust(a)
    ids = a.write(seeded)
    got = meet(a, b)  # a → b without a file
    assert got.new_changes > 0 and b.people() == a.people()
    set_phone(b, ids["people"][0], "0899999999")  # type: ignore[arg-type]
    received = c.receive(b.send("b1.orgsync").paths[0])  # b → c by a change file
    assert received.applied and c.people() == b.people()
    # c holds a's changes as a signed them, and a's signature holds
    author = copy_id(a)
    sign_key = bytes(c.raw("SELECT sign_key FROM sync_trust WHERE copy_id = ?", author)[0][0])
    with c.store.reader() as uow:
        conn = merge.connection_of(uow)
        held = [
            str(r[0])
            for r in conn.execute("SELECT batch FROM sync_batch WHERE origin = ?", (author,))
        ]
        assert held
        for batch in held:
            assert batches.verify_batch(
                batches.read_batch(batches.batch_json(conn, batch)), sign_key
            )
    # and c, holding them, is offered nothing more of a's by b
    assert not [x for x in relay.offer(b.store, known(c.store))["batches"] if x["origin"] == author]


def test_a_change_altered_on_the_other_route_is_refused_and_nothing_is_taken_in(
    laptops: list[Laptop],
) -> None:
    a, b, _c = laptops
    mutual(a, b)
    a.write(seeded)
    offered = relay.offer(a.store, known(b.store))
    entry = offered["batches"][0]["entries"][0]
    entry[6] = "forged" if isinstance(entry[6], str) else entry[6]
    offered["batches"][0]["entries"][0][1] = entry[1][:-1] + ("0" if entry[1][-1] != "0" else "1")
    with pytest.raises(UserError, match="refused"):
        relay.take_in(b.store, offered)
    assert b.people() == set()
