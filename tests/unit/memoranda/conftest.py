"""Helpers for the memoranda tests: the demo memorandum's id and quick edits."""

from __future__ import annotations

import pytest

from organiser.services.memoranda.reading import list_memoranda
from organiser.store.db import Store


@pytest.fixture
def demo_memo_id(demo_store: Store) -> str:
    with demo_store.reader() as uow:
        return list_memoranda(uow)[0].id
