"""The desk's print dialog: the list of who has not come yet, and letters with QR codes
(issue 16 items 17 and 18)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from organiser.services.demo import DAY2
from organiser.ui.desk.view import DeskView

from .test_desk_mode import open_desk, type_and_wait


@pytest.fixture
def view(qtbot: Any, app_ctx: Any) -> Iterator[DeskView]:
    yield open_desk(qtbot, app_ctx)
    app_ctx.tasks.wait_idle()


def test_the_not_here_list_is_printed_for_the_chosen_day(
    qtbot: Any, view: DeskView, tmp_path: Path
) -> None:
    assert "not_here" in view.export_buttons
    dialog = view.open_export("not_here")
    assert dialog is not None and dialog.day.currentData() == DAY2
    assert dialog.path.text().endswith(f"not-here-{DAY2.isoformat()}.pdf")
    dialog.document_lang.setCurrentIndex(dialog.document_lang.findData("th"))
    target = tmp_path / "not-here.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    shown = view.not_here_model.rowCount()  # the desk's own list of who is not here
    assert blocker.args[1] == shown > 0
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "รายชื่อผู้ที่ยังไม่มา" in text and "31 มกราคม พ.ศ. 2550" in text
    assert view.not_here_model.row_at(0).name in text


def test_a_line_picture_for_the_highlighted_person(
    qtbot: Any, view: DeskView, tmp_path: Path
) -> None:
    import zxingcpp
    from PIL import Image

    type_and_wait(qtbot, view, "สม")
    chosen = view.matches_model.row_at(0)
    dialog = view.open_export("letters")
    assert dialog is not None and chosen.name in dialog.one_person.text()
    dialog.letter_form.setCurrentIndex(dialog.letter_form.findData("png"))
    assert not dialog.path.text().endswith(".pdf")  # pictures go into a folder
    dialog.one_person.setChecked(True)
    folder = tmp_path / "line"
    dialog.path.setText(str(folder))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert blocker.args[1] == 1
    (picture,) = folder.glob("*.png")
    assert {r.text for r in zxingcpp.read_barcodes(Image.open(picture))} == {chosen.code}
