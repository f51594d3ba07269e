"""Undo the last import from the people page: it asks with the counts, keeps whoever checked
in, backs up first, and Redo brings the import back."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from organiser.domain.desk import Registration
from organiser.services.desk.editing import check_in
from organiser.services.people.importing.writing import prepare_import, run_import
from organiser.ui.people.page import PeoplePage


def _import(page: PeoplePage, tmp_path: Path, n: int = 3) -> str:
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ชื่อ-สกุล", "เบอร์โทร"])
        writer.writerows([f"นายย้อน{i} กลับ", f"08{i + 70:08d}"] for i in range(n))
    store = page.ctx.store
    with store.reader() as uow:
        plan = prepare_import(uow, path)
    with store.writer() as uow:
        batch = run_import(uow, plan, page.ctx.current_event_id).batch_id
        uow.commit()
    return batch


def _check_in_first(page: PeoplePage, batch: str, n: int = 1) -> None:
    from organiser.domain.events import Event

    with page.ctx.store.writer() as uow:
        regs = uow.session.scalars(
            select(Registration)
            .where(Registration.import_batch_id == batch)
            .order_by(Registration.id)
        ).all()
        event = uow.session.get(Event, page.ctx.current_event_id)
        assert event is not None
        for reg in regs[:n]:
            check_in(uow, reg.id, event.starts_on, desk="desk 1")
        uow.commit()


def _question(qtbot, page: PeoplePage) -> QMessageBox:  # type: ignore[no-untyped-def]
    page.reload()
    qtbot.waitUntil(lambda: page.total > 124 and page.undo_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_undo.question is not None, timeout=5000)
    box = page.import_undo.question
    assert box is not None and box.isVisible()
    return box


def _click(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _backups(page: PeoplePage, reason: str) -> list[Path]:
    return list((page.ctx.data_dir / "backups").glob(f"*-{reason}.sqlite3"))


def test_undo_asks_with_the_counts_and_keeps_who_checked_in(
    qtbot, page: PeoplePage, tmp_path: Path
) -> None:
    batch = _import(page, tmp_path)
    _check_in_first(page, batch)
    box = _question(qtbot, page)
    assert "3 people" in box.text() and "1 of them have checked in" in box.text()
    assert page.total == 127  # asking changed nothing
    _click(qtbot, box, "Undo the other 2")
    qtbot.waitUntil(lambda: page.total == 125, timeout=5000)
    assert _backups(page, "pre-undo-import")
    qtbot.waitUntil(lambda: page.redo_button.isVisible(), timeout=5000)
    assert not page.undo_button.isEnabled()  # a second click cannot take back an older import


def test_cancel_leaves_the_import_as_it_is(qtbot, page: PeoplePage, tmp_path: Path) -> None:
    _import(page, tmp_path)
    box = _question(qtbot, page)
    assert box.text() == "Take back the import of list.csv: 3 people and 3 invitations?"
    _click(qtbot, box, "Cancel")
    qtbot.waitUntil(lambda: page.import_undo.question is None, timeout=5000)
    page.ctx.tasks.wait_idle()
    assert page.total == 127 and not _backups(page, "pre-undo-import")


def test_when_everyone_checked_in_it_only_explains(qtbot, page: PeoplePage, tmp_path: Path) -> None:
    batch = _import(page, tmp_path, n=2)
    _check_in_first(page, batch, n=2)
    box = _question(qtbot, page)
    assert "Nothing of the import" in box.text()
    assert [b.text() for b in box.buttons()] == ["Close"]


def test_redo_brings_the_import_back(qtbot, page: PeoplePage, tmp_path: Path) -> None:
    _import(page, tmp_path)
    box = _question(qtbot, page)
    _click(qtbot, box, "Undo the import")
    qtbot.waitUntil(lambda: page.total == 124 and page.redo_button.isVisible(), timeout=5000)
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.total == 127, timeout=5000)
    qtbot.waitUntil(lambda: page.undo_button.isEnabled(), timeout=5000)
    assert not page.redo_button.isVisible()
    assert _backups(page, "pre-redo-import")
