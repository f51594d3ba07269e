"""The hub's commands as the checks run them (the real `organiser` as a subprocess): the
administrator sets the hub up and adds offices, each copy sets its hub, asks for its state and
exchanges; a wrong password, a wrong CA or a hub that is down is one sentence and exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
from change_files import Laptop, seeded
from hub_copies import Hub, now
from pg_server import make_certificates
from tests.conftest import run_cli

from organiser.services.sync.hub.server import SCHEMA


def _one_sentence_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_init_is_idempotent_and_add_office_prints_an_address_that_works(
    pg_server, hub_db: str
) -> None:
    admin = pg_server.admin_url(hub_db)
    first = run_cli("hub", "init", admin)
    assert first.returncode == 0, first.stderr
    again = run_cli("hub", "init", admin)  # an upgrade of a hub that is current: no change
    assert again.returncode == 0, again.stderr
    made = run_cli("hub", "add-office", "songkhla", admin, "--json")
    assert made.returncode == 0, made.stderr
    office = json.loads(made.stdout)
    assert office["office"] == "songkhla"
    assert "sslmode=verify-full" in office["url"]
    assert urlsplit(office["url"]).username == "songkhla"
    with psycopg.connect(office["url"], sslrootcert=str(pg_server.ca)) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("songkhla",)
        assert conn.execute(f"SELECT count(*) FROM {SCHEMA}.batches").fetchone() == (0,)
    listed = run_cli("hub", "init", admin)
    assert "songkhla" in listed.stdout


def test_add_office_refuses_a_role_that_is_not_an_office(hub: Hub) -> None:
    done = run_cli("hub", "add-office", "hub_admin", hub.admin_url)
    assert "not an office" in _one_sentence_error(done)


def test_a_copy_sets_its_hub_and_the_password_stays_out_of_the_database(
    hub: Hub, tmp_path: Path
) -> None:
    url = hub.office("trang")
    data = tmp_path / "copy"
    put = run_cli("sync", "hub", "set", url, "--ca", str(hub.pg.ca), data_dir=data)
    assert put.returncode == 0, put.stderr
    password = urlsplit(url).password
    assert password and password.encode() not in (data / "organiser.sqlite3").read_bytes()
    assert password not in put.stdout
    state = run_cli("sync", "hub", "status", "--json", data_dir=data)
    assert state.returncode == 0, state.stderr
    found = json.loads(state.stdout)
    assert found["configured"] and found["connected"]
    assert found["office"] == "trang" and found["last_exchange"] is None
    done = run_cli("sync", "hub", "now", "--json", data_dir=data)
    assert done.returncode == 0, done.stderr
    after = json.loads(run_cli("sync", "hub", "status", "--json", data_dir=data).stdout)
    assert after["last_exchange"] and after["waiting"] == 0
    every = run_cli("sync", "now", "--json", data_dir=data)  # the desks and the hub at once
    assert every.returncode == 0, every.stderr
    assert [d for d in json.loads(every.stdout) if d.get("hub")] == [
        {"name": "the hub", "address": "127.0.0.1", "received": 0, "answered": True, "hub": True}
    ]


def test_a_wrong_password_is_one_sentence(hub: Hub, tmp_path: Path) -> None:
    url = hub.office("trang")
    parts = urlsplit(url)
    wrong = url.replace(f":{parts.password}@", ":not-the-password@")
    data = tmp_path / "copy"
    assert (
        run_cli("sync", "hub", "set", wrong, "--ca", str(hub.pg.ca), data_dir=data).returncode == 0
    )
    line = _one_sentence_error(run_cli("sync", "hub", "now", data_dir=data))
    assert "refused the password of trang" in line
    state = json.loads(run_cli("sync", "hub", "status", "--json", data_dir=data).stdout)
    assert not state["connected"] and "password" in state["error"]


def test_a_certificate_not_signed_by_the_ca_given_is_one_sentence(hub: Hub, tmp_path: Path) -> None:
    stranger = tmp_path / "stranger"
    stranger.mkdir()
    other_ca, _cert, _key = make_certificates(stranger, "Somebody else")
    data = tmp_path / "copy"
    url = hub.office("trang")
    assert run_cli("sync", "hub", "set", url, "--ca", str(other_ca), data_dir=data).returncode == 0
    line = _one_sentence_error(run_cli("sync", "hub", "now", data_dir=data))
    assert "certificate" in line and "nothing was sent" in line
    admin = _one_sentence_error(run_cli("hub", "init", hub.admin_url.split("?")[0]))
    assert "CA certificate" in admin  # the administrator too must give the hub's CA


def test_a_hub_that_cannot_be_reached_is_one_sentence_and_the_copy_says_since_when(
    hub: Hub, tmp_path: Path
) -> None:
    url = hub.office("trang")
    data = tmp_path / "copy"
    parts = urlsplit(url)
    closed = url.replace(f":{parts.port}/", ":1/")  # nothing listens there
    run_cli("sync", "hub", "set", closed, "--ca", str(hub.pg.ca), data_dir=data)
    line = _one_sentence_error(run_cli("sync", "hub", "now", data_dir=data))
    assert "cannot be reached" in line
    state = json.loads(run_cli("sync", "hub", "status", "--json", data_dir=data).stdout)
    assert state["unreachable_since"] and not state["connected"]
    # `sync now` goes on with the desks and says the hub did not answer, in the same sentence
    every = run_cli("sync", "now", data_dir=data)
    assert every.returncode == 0, every.stderr
    assert "the hub (127.0.0.1) did not answer." in every.stdout
    assert "cannot be reached" in every.stdout


def test_housekeeping_drops_only_what_every_recipient_holds(
    hub: Hub, offices: list[Laptop]
) -> None:
    hq, desk, other = offices
    songkhla, trang = hub.office("songkhla"), hub.office("trang")
    for laptop, url in ((hq, songkhla), (desk, songkhla), (other, trang)):
        hub.join(laptop, url)
    for laptop in (hq, desk, other):
        now(laptop)
    hq.write(seeded)
    now(hq)
    now(desk)  # other has not taken hq's changes yet
    done = run_cli("hub", "housekeep", hub.admin_url, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["batches"] > 0
    got = now(other)  # what it lacks was kept for it
    assert got.people == 3 and other.people() == hq.people()
    for laptop in (hq, desk):
        now(laptop)
    run_cli("hub", "housekeep", hub.admin_url)
    with psycopg.connect(hub.admin_url) as conn:
        assert conn.execute(f"SELECT count(*) FROM {SCHEMA}.batches").fetchone() == (0,)
        assert conn.execute(f"SELECT count(*) FROM {SCHEMA}.holdings").fetchone() == (0,)


def test_without_psycopg_the_hub_says_what_it_needs_and_the_rest_works(tmp_path: Path) -> None:
    hidden = tmp_path / "no-psycopg" / "psycopg"
    hidden.mkdir(parents=True)
    (hidden / "__init__.py").write_text("raise ImportError('psycopg is not installed here')\n")
    env = {"PYTHONPATH": os.pathsep.join([str(hidden.parent), os.environ.get("PYTHONPATH", "")])}
    data = tmp_path / "copy"
    assert run_cli("sync", "id", "--json", data_dir=data, env=env).returncode == 0
    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    url = "postgresql://trang:pw@hub.example.org:5432/hub"
    assert (
        run_cli("sync", "hub", "set", url, "--ca", str(ca), data_dir=data, env=env).returncode == 0
    )
    line = _one_sentence_error(run_cli("sync", "hub", "now", data_dir=data, env=env))
    assert "psycopg" in line and "organiser[hub]" in line
