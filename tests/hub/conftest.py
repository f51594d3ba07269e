"""The hub's tests run against a real PostgreSQL that this session starts (with TLS, on
127.0.0.1 only); each test gets a database of its own. Skipped, with the reason, only where no
PostgreSQL is installed (`.ci/run` installs Debian's `postgresql`, so CI runs them)."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "unit" / "sync"):  # the laptops of the change-file tests
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from change_files import Laptop  # noqa: E402
from hub_copies import Hub, two_offices  # noqa: E402
from pg_server import Server, find_bin_dir  # noqa: E402

from organiser.services.sync.hub import server  # noqa: E402

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed here (initdb not found): the hub is not tested")
    pytest.importorskip("psycopg", reason="the hub's driver psycopg is not installed")
    server = Server(bin_dir)
    yield server
    server.close()


@pytest.fixture
def hub_db(pg_server: Server) -> str:
    """A fresh database on the server, not yet made a hub; returns its name."""
    name = f"hub_{next(_databases)}"
    pg_server.create_database(name)
    return name


@pytest.fixture
def hub(pg_server: Server, hub_db: str) -> Hub:
    """A hub made by `organiser hub init`, with no office yet."""
    server.init(pg_server.admin_url(hub_db), None)
    return Hub(pg_server, hub_db)


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[list[Laptop]]:
    yield from two_offices(tmp_path)
