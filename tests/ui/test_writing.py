"""Every place writes one way (`ui.writing.run_write`) and fails one way: a refusal the person
can act on is one sentence where the place shows problems; a fault goes to the error dialog."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import organiser.ui
from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.services import settings as settings_service
from organiser.ui.context import AppContext
from organiser.ui.writing import run_write


def test_a_write_is_committed_and_every_place_is_told(qtbot, store) -> None:
    ctx = AppContext(store)
    told: list[str] = []
    ctx.data_changed.connect(told.append)
    results: list[None] = []
    task = run_write(
        ctx,
        lambda uow: settings_service.put(uow, settings_service.DESK_NAME, "โต๊ะ 1"),
        results.append,
        changed=[Area.DESK],
    )
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert results == [None] and told == [str(Area.DESK)]
    with store.reader() as uow:
        assert settings_service.get(uow, settings_service.DESK_NAME) == "โต๊ะ 1"


def test_a_refused_write_says_its_sentence_and_saves_nothing(qtbot, store) -> None:
    ctx = AppContext(store)
    shown: list[str] = []
    put_back: list[BaseException] = []

    def refuse(uow: object) -> None:
        settings_service.put(uow, settings_service.DESK_NAME, "โต๊ะ 9")  # type: ignore[arg-type]
        raise UserError("ชื่อโต๊ะซ้ำกับโต๊ะอื่น")

    task = run_write(ctx, refuse, show=shown.append, failed=put_back.append)
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert shown == ["ชื่อโต๊ะซ้ำกับโต๊ะอื่น"] and len(put_back) == 1
    with store.reader() as uow:
        assert settings_service.get(uow, settings_service.DESK_NAME) != "โต๊ะ 9"


def test_a_fault_in_a_write_goes_to_the_error_dialog_not_into_a_line(
    qtbot, store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug shown as "Something went wrong: …" in a place's line was lost to support; the
    error dialog logs it and copies the details."""
    ctx = AppContext(store)
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: reported.append(error))
    shown: list[str] = []
    task = run_write(ctx, lambda _uow: 1 / 0, show=shown.append)
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert shown == [] and isinstance(reported[0], ZeroDivisionError)


def test_no_place_opens_its_own_writing_unit_of_work() -> None:
    """Five ways to write once had five ways to fail; now a place hands `run_write` what to do.
    The settings dialog's few rows are written before the window is rebuilt in the new language,
    so they stay on the GUI thread."""
    ui = Path(organiser.ui.__file__).parent
    own = [
        f"{path.relative_to(ui).as_posix()}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "writing.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"store\.writer\(\)|in_writer\(", line)
    ]
    assert [place.split(":")[0] for place in own] == ["main_window.py"]
