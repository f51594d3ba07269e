"""The people page over the demo seminar, with its first loads awaited."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def page(qtbot, app_ctx) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from organiser.services.events.reading import list_events
    from organiser.ui.people.page import PeoplePage

    with app_ctx.store.reader() as uow:
        app_ctx.current_event_id = list_events(uow)[0].id
    widget = PeoplePage(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 124, timeout=10_000)
    qtbot.waitUntil(lambda: widget.built, timeout=10_000)  # the detail pane comes in steps
    yield widget
    app_ctx.tasks.wait_idle()
