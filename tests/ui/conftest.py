"""Widgets over a real store; the app context's background work is awaited, never slept on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from organiser.store.db import Store


@pytest.fixture
def app_ctx(qapp: object, demo_store: Store) -> Iterator[object]:
    from organiser.ui.context import AppContext

    ctx = AppContext(demo_store)
    yield ctx
    ctx.tasks.wait_idle()


@pytest.fixture
def empty_ctx(qapp: object, store: Store) -> Iterator[object]:
    from organiser.ui.context import AppContext

    ctx = AppContext(store)
    yield ctx
    ctx.tasks.wait_idle()
