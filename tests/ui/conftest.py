"""Widgets over a real store; the app context's background work is awaited, never slept on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from organiser.store.db import Store


@pytest.fixture(autouse=True)
def _qt_back_in_english(qapp: object) -> Iterator[None]:
    """A test that shows the app in Thai leaves Qt's translators installed on the one shared
    application; the next test, in whatever order, starts in English again."""
    yield
    from organiser import app

    if app._translators:
        app.install_translations(qapp, "en")  # type: ignore[arg-type]


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


def type_text(widget: object, text: str) -> None:
    """Type any text, Thai included, as key events (QTest.keyClicks only handles ASCII and
    aborts the process on Thai characters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def type_thai() -> object:
    """`type_thai(widget, "สมชาย")`: type Thai (or any) text into a widget."""
    return type_text
