"""Desks at the venue over the room's network, as three real `organiser sync serve`
processes on 127.0.0.1 paired by code: check-ins travel within two seconds, wrong codes and
unpaired desks are refused, a desk killed mid-exchange catches up, and split desks heal."""

from __future__ import annotations

import json
import os
import random
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import run_cli
from tests.e2e.venue import CheckingIn, ServedDesk, has_check_in, read, wait_for

from organiser.services.people.directory import PersonRecord
from organiser.services.people.editing import save_person
from organiser.services.sync.venue import answers, link, pairing
from organiser.services.sync.venue.link import _signed
from organiser.store.db import Store


class Venue:
    def __init__(self, root: Path) -> None:
        self.folders = {"a": root / "a", "b": root / "b", "c": root / "c"}
        # built by the command (the demo template of the unit tests holds no change log)
        assert run_cli("demo", data_dir=self.folders["a"]).returncode == 0
        self.desks = {"a": ServedDesk(self.folders["a"])}
        for name in ("b", "c"):
            done = run_cli("sync", "pair", self.desks["a"].code, "--host",
                           self.desks["a"].address, data_dir=self.folders[name])  # fmt: skip
            assert done.returncode == 0, done.stderr
            assert "Paired with" in done.stdout
            self.desks[name] = ServedDesk(self.folders[name])
        # the desks have found each other once a first check-in reached both
        at_a = CheckingIn(self.folders["a"], "desk A")
        try:
            first = at_a.one(0)
        finally:
            at_a.close()
        assert everywhere(self, first, 60.0) < 60.0

    def close(self) -> None:
        for desk in self.desks.values():
            desk.stop()


@pytest.fixture(scope="module")
def venue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Venue]:
    v = Venue(tmp_path_factory.mktemp("venue"))
    yield v
    v.close()


def everywhere(venue: Venue, check_in_id: str, limit_s: float = 2.0) -> float:
    return max(wait_for(venue.folders[d], check_in_id, limit_s) for d in ("a", "b", "c"))


def test_paired_desks_hold_the_whole_seminar(venue: Venue) -> None:
    people = "SELECT count(*) FROM person"
    assert read(venue.folders["b"], people) == read(venue.folders["a"], people)
    assert read(venue.folders["c"], people)[0][0] == 124


def test_fifty_check_ins_at_one_desk_are_on_disk_at_the_others_within_two_seconds(
    venue: Venue,
) -> None:
    at_a = CheckingIn(venue.folders["a"], "desk A")
    try:
        seconds = []
        for n in range(50):
            check_in_id = at_a.one(n % 100)
            seconds.append(everywhere(venue, check_in_id))
    finally:
        at_a.close()
    assert max(seconds) < 2.0, seconds
    print(f"propagation: median {statistics.median(seconds) * 1000:.0f} ms, "
          f"max {max(seconds) * 1000:.0f} ms")  # fmt: skip


def test_a_check_in_typed_at_the_command_line_beside_a_desk_goes_out_too(venue: Venue) -> None:
    regs = read(venue.folders["c"], "SELECT id FROM registration ORDER BY id LIMIT 1")
    done = run_cli("checkin", "south-2550", "--person", _person_of(venue, regs[0][0]),
                   "--day", "2007-01-31", "--json", data_dir=venue.folders["c"])  # fmt: skip
    assert done.returncode == 0, done.stderr
    check_in_id = json.loads(done.stdout)["check_in_id"]
    assert everywhere(venue, check_in_id) < 2.0


def _person_of(venue: Venue, registration_id: str) -> str:
    rows = read(venue.folders["c"], "SELECT person_id FROM registration WHERE id = ?",
                (registration_id,))  # fmt: skip
    return str(rows[0][0])


def test_a_wrong_code_is_refused_and_five_close_pairing(
    venue: Venue, tmp_path: Path, store: Store
) -> None:
    # a fresh desk of its own, so that closing pairing does not close it for the others
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    desk = ServedDesk(fresh)
    try:
        wrong = f"{(int(desk.code) + 1) % 1_000_000:06d}"
        done = run_cli("sync", "pair", wrong, "--host", desk.address, data_dir=tmp_path / "j")
        assert done.returncode == 2 and "code is wrong" in done.stderr
        for _ in range(4):
            with pytest.raises(Exception, match="code is wrong"):
                link.join(store, desk.address, wrong)
        # the right code now finds pairing closed, until a person opens it again
        with pytest.raises(Exception, match="not open"):
            link.join(store, desk.address, desk.code)
        assert desk.saw("refused")
        assert not desk.saw("paired", 0.1)
    finally:
        desk.stop()


def test_an_unpaired_desk_is_refused_and_nothing_it_sends_is_applied(
    venue: Venue, store: Store
) -> None:
    a = venue.desks["a"]
    with pytest.raises(Exception, match="refused this desk"):
        link.pull(store, a.address)
    # it seals a change for desk A (it can read A's public card) and pushes it, signed
    with store.writer() as uow:
        save_person(uow, PersonRecord(given_name="ผู้บุกรุก", family_name="นอกระบบ"))
        uow.commit()
    card = pairing.read_laptop(link.hello(a.address)["card"])
    sealed = answers.changes_for(store, card, {})
    assert sealed is not None
    status, _h, _body = _signed(store, a.address, "/push", sealed[0], 10)
    assert status == 403
    assert read(venue.folders["a"], "SELECT count(*) FROM person WHERE given_name = 'ผู้บุกรุก'") \
        == [(0,)]  # fmt: skip
    assert a.saw("refused")


@pytest.mark.skipif(os.name == "nt", reason="kill -9 (SIGKILL) is POSIX-only")
def test_a_desk_killed_mid_exchange_loses_nothing_confirmed_and_catches_up(venue: Venue) -> None:
    at_a = CheckingIn(venue.folders["a"], "desk A")
    at_a.loop()
    confirmed: list[str] = []
    try:
        for _ in range(3):
            time.sleep(random.uniform(0.2, 1.0))  # a random moment in the stream of answers
            venue.desks["b"].kill()
            venue.desks["b"] = ServedDesk(venue.folders["b"], venue.desks["b"].port)
    finally:
        at_a.close()
    while not at_a.confirmed.empty():
        confirmed.append(at_a.confirmed.get())
    assert confirmed
    last = confirmed[-1]
    assert wait_for(venue.folders["b"], last, 10.0) < 10.0
    for check_in_id in confirmed:
        assert has_check_in(venue.folders["a"], check_in_id)
        assert has_check_in(venue.folders["b"], check_in_id)
    assert read(venue.folders["b"], "PRAGMA integrity_check") == [("ok",)]


def test_split_desks_heal_each_person_counts_once_and_both_records_are_kept(
    venue: Venue,
) -> None:
    venue.desks["b"].stop()  # the network between A and B is cut
    five = range(100, 105)
    at_a, at_b = CheckingIn(venue.folders["a"], "desk A"), CheckingIn(venue.folders["b"], "desk B")
    try:
        made = [at_a.one(n, 2) for n in five] + [at_b.one(n, 2) for n in five]
    finally:
        at_a.close()
        at_b.close()
    # desk A tells that it cannot see B, and since when
    limit = time.monotonic() + 10
    while not any(p["unreachable_since"] for p in _peers(venue, "a")
                  if p["address"] == venue.desks["b"].address):  # fmt: skip
        assert time.monotonic() < limit
        time.sleep(0.1)
    venue.desks["b"] = ServedDesk(venue.folders["b"], venue.desks["b"].port)  # joined again
    for check_in_id in made:
        assert everywhere(venue, check_in_id, 10.0) < 10.0
    placeholders = ",".join("?" * len(made))
    for folder in venue.folders.values():
        rows = read(folder, "SELECT c.registration_id, count(*) FROM check_in c WHERE c.id IN "
                    f"({placeholders}) GROUP BY c.registration_id", tuple(made))  # fmt: skip
        assert len(rows) == 5 and all(n == 2 for _reg, n in rows)  # once each, both kept


def _peers(venue: Venue, desk: str) -> list[dict[str, object]]:
    from organiser.services.sync.venue import peers

    return [vars(p) for p in peers.load(venue.folders[desk]).values()]


def test_peers_lists_the_other_desks_with_address_and_last_contact(venue: Venue) -> None:
    done = run_cli("sync", "peers", "--json", data_dir=venue.folders["b"])
    assert done.returncode == 0, done.stderr
    listed = {p["address"]: p for p in json.loads(done.stdout)}
    assert venue.desks["a"].address in listed and venue.desks["c"].address in listed
    for peer in listed.values():
        assert peer["name"] and peer["last_contact"] and peer["unreachable_since"] is None
        assert isinstance(peer["changes_not_received"], int)


def test_a_desk_that_does_not_serve_exchanges_once_then_leaves_and_forgets(
    venue: Venue, tmp_path: Path
) -> None:
    a, lent = venue.desks["a"], tmp_path / "lent"
    assert run_cli("sync", "pair", a.code, "--host", a.address, data_dir=lent).returncode == 0
    at_a = CheckingIn(venue.folders["a"], "desk A")
    try:
        made_at_a = at_a.one(7)
    finally:
        at_a.close()
    done = run_cli("sync", "now", "--json", data_dir=lent)
    assert done.returncode == 0, done.stderr
    assert [d for d in json.loads(done.stdout) if d["answered"]]
    assert has_check_in(lent, made_at_a)
    at_lent = CheckingIn(lent, "borrowed laptop")
    try:
        made_here = at_lent.one(8)
    finally:
        at_lent.close()
    done = run_cli("sync", "leave", "--erase", data_dir=lent)
    assert done.returncode == 0, done.stderr
    # a desk confirmed it holds the check-in before anything was deleted; the others follow
    assert any(has_check_in(venue.folders[d], made_here) for d in "abc")
    assert everywhere(venue, made_here, 5.0) < 5.0
    assert not (lent / "organiser.sqlite3").exists()
    assert not (lent / "organiser-keys.json").exists()
    assert not (lent / "backups").exists()


def test_leaving_with_no_desk_to_confirm_deletes_nothing(tmp_path: Path) -> None:
    alone = tmp_path / "alone"
    assert run_cli("sync", "id", data_dir=alone).returncode == 0
    done = run_cli("sync", "leave", "--erase", data_dir=alone)
    assert done.returncode == 2 and "nothing was deleted" in done.stderr
    assert (alone / "organiser.sqlite3").exists() and (alone / "organiser-keys.json").exists()


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="kill -9 (SIGKILL) is POSIX-only")
def test_soak_desks_checking_in_and_killed_at_random_end_with_the_same_check_ins(
    venue: Venue,
) -> None:
    names = ("a", "b", "c")
    helpers = {n: CheckingIn(venue.folders[n], f"desk {n}") for n in names}
    for helper in helpers.values():
        helper.loop()
    confirmed: set[str] = set()

    def collect(helper: CheckingIn) -> None:
        while not helper.confirmed.empty():
            confirmed.add(helper.confirmed.get())

    rng = random.Random(14)
    end = time.monotonic() + 60
    try:
        while time.monotonic() < end:
            time.sleep(rng.uniform(1.0, 4.0))
            victim = rng.choice(names)
            venue.desks[victim].kill()  # the desk's endpoint and its check-ins, mid-work
            helpers[victim].close()
            collect(helpers[victim])
            venue.desks[victim] = ServedDesk(venue.folders[victim], venue.desks[victim].port)
            helpers[victim] = CheckingIn(venue.folders[victim], f"desk {victim}")
            helpers[victim].loop()
    finally:
        for helper in helpers.values():
            helper.close()
            collect(helper)
    assert confirmed
    limit = time.monotonic() + 60
    held = {}
    while time.monotonic() < limit:
        held = {n: {r[0] for r in read(venue.folders[n], "SELECT id FROM check_in")}
                for n in names}  # fmt: skip
        if held["a"] == held["b"] == held["c"] and confirmed <= held["a"]:
            break
        time.sleep(0.5)
    assert held["a"] == held["b"] == held["c"]
    assert confirmed <= held["a"]
    for n in names:
        assert read(venue.folders[n], "PRAGMA integrity_check") == [("ok",)]
