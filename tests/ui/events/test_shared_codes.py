"""A code that two seminars share after a merge is marked on the Seminars page, with a tooltip
that says why and what to do."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from organiser.services.events.reading import create_event
from organiser.ui.events.page import SeminarsPage

DAY1 = dt.date(2007, 1, 30)


def test_seminars_sharing_a_code_are_marked_and_say_why(
    qtbot: Any, empty_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with empty_ctx.store.writer() as uow:
        create_event(uow, "เวทีสงขลา", DAY1, DAY1, code="south-70")
        other = create_event(uow, "เวทีพัทลุง", DAY1, DAY1)
        create_event(uow, "เวทีตรัง", DAY1, DAY1, code="trang-70")
        # as a merge brings it: the other office typed the same code for its seminar
        uow.session.execute(
            text("UPDATE event SET code = 'south-70' WHERE id = :id"), {"id": other.id}
        )
        uow.commit()
    page = SeminarsPage(empty_ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    model = page.proxy
    code_column = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Code"
    )  # fmt: skip
    shown = {
        str(model.index(r, 1).data()): (
            str(model.index(r, code_column).data()),
            model.index(r, code_column).data(Qt.ItemDataRole.ToolTipRole),
        )
        for r in range(model.rowCount())
    }
    assert shown["เวทีสงขลา"][0] == shown["เวทีพัทลุง"][0] == "south-70 ⚠"
    assert "another office" in shown["เวทีพัทลุง"][1]
    assert shown["เวทีตรัง"] == ("trang-70", "")
