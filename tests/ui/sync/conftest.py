"""Two offices in their own data folders that trust each other's key cards (through the
services, as `organiser sync card` and `trust` do)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from sync_offices import Office, open_office  # noqa: E402

from organiser.services.sync import copies  # noqa: E402


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Office, Office]]:
    a, b = open_office(tmp_path, "a"), open_office(tmp_path, "b")
    copies.trust_card(a.store, b.card())
    copies.trust_card(b.store, a.card())
    yield a, b
    a.store.dispose()
    b.store.dispose()
