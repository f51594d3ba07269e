"""The import preview shows the kind of each new organisation, read from its name, and lets the
user change it before anything is written (issue 16 item 12)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from organiser.domain.people import Organisation
from organiser.ui.people.import_dialog import ImportDialog
from organiser.ui.people.page import PeoplePage


def _column(dialog: ImportDialog, title: str) -> int:
    model = dialog.model
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def _kinds_shown(dialog: ImportDialog) -> dict[str, str]:
    org, kind = _column(dialog, "Organisation"), _column(dialog, "Kind of organisation")
    m = dialog.model
    return {m.index(r, org).data(): m.index(r, kind).data() for r in range(m.rowCount())}


def test_the_preview_shows_and_changes_the_kind_of_new_organisations(
    qtbot, page: PeoplePage, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["ชื่อ-สกุล", "หน่วยงาน"],
                ["นางมาลี ศรีสุข", "กองทุนสวัสดิการชุมชนตำบลนาท่อม"],
                ["นายมานพ ดีใจ", "ชมรมคนรักถิ่นบ้านทุ่ง"],
                ["นายสมหมาย ใจงาม", "ธนาคารออมสิน ภาคใต้"],  # known to the demo: a state bank
            ]
        )
    dialog = page.start_import(path)
    assert isinstance(dialog, ImportDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    assert _kinds_shown(dialog) == {
        "กองทุนสวัสดิการชุมชนตำบลนาท่อม": "Community welfare fund",
        "ชมรมคนรักถิ่นบ้านทุ่ง": "Other",
        "ธนาคารออมสิน ภาคใต้": "State bank",
    }
    # the user knows the club is a network: select its row and choose the kind
    dialog.only_problems.setChecked(False)
    row = next(r for r in dialog.model.rows if r.draft.organisation == "ชมรมคนรักถิ่นบ้านทุ่ง")
    dialog.select_line(row.line)
    combo = dialog.kind_combo
    combo.activated.emit(combo.findData("network"))
    qtbot.waitUntil(lambda: _kinds_shown(dialog).get("ชมรมคนรักถิ่นบ้านทุ่ง") == "Network", timeout=5000)
    assert combo.currentIndex() == 0
    # a known organisation keeps its kind whatever is chosen for its row
    bank = next(r for r in dialog.model.rows if r.draft.organisation == "ธนาคารออมสิน ภาคใต้")
    dialog.select_line(bank.line)
    combo.activated.emit(combo.findData("ngo"))
    qtbot.waitUntil(lambda: not dialog.controller.busy, timeout=5000)
    assert _kinds_shown(dialog)["ธนาคารออมสิน ภาคใต้"] == "State bank"

    with qtbot.waitSignal(dialog.import_finished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with page.ctx.store.reader() as uow:
        stored = dict(uow.session.execute(select(Organisation.name, Organisation.kind)).all())
    assert stored["กองทุนสวัสดิการชุมชนตำบลนาท่อม"] == "welfare_fund"
    assert stored["ชมรมคนรักถิ่นบ้านทุ่ง"] == "network"
    assert stored["ธนาคารออมสิน ภาคใต้"] == "state_bank"
