"""Two desks of one venue that trust each other (see several_desks.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from several_desks import Venue  # noqa: E402

from organiser.ui.context import AppContext  # noqa: E402


@pytest.fixture
def venue(empty_ctx: AppContext, tmp_path: Path) -> Iterator[Venue]:
    v = Venue(empty_ctx, tmp_path)
    yield v
    for watch in v.watches:
        watch.stop()
    empty_ctx.tasks.wait_idle()
    v.there.dispose()
