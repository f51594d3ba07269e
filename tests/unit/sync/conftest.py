from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from sync_copies import Copy, copy_of, seed  # noqa: E402

from organiser.store.opening import open_store  # noqa: E402


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("sync-template")
    store = open_store(folder)
    with store.writer() as uow:
        ids = seed(uow)
        uow.commit()
    with store.raw_connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    return folder, ids


@pytest.fixture
def three(
    seeded_template: tuple[Path, dict[str, Any]], tmp_path: Path
) -> Iterator[tuple[list[Copy], dict[str, Any]]]:
    template, ids = seeded_template
    copies = [copy_of(template, tmp_path / name) for name in ("a", "b", "c")]
    yield copies, ids
    for c in copies:
        c.close()
