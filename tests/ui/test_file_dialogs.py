"""File dialogs open in Documents the first time, then where that kind of file was last put;
never in the program's working folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from organiser.ui.widgets.files import FileKind, ask_save_path, documents_folder, start_folder


def answer_file_dialog(seen: list[str], file_name: Path) -> None:
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    )
    seen.append(dialog.directory().absolutePath())
    dialog.selectFile(str(file_name))
    dialog.accept()


def test_save_starts_in_documents_then_where_that_kind_was_last_saved(
    qtbot, empty_ctx, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert start_folder(empty_ctx, FileKind.DOCUMENT) == documents_folder()
    documents_folder().mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "to-print"
    elsewhere.mkdir()
    seen: list[str] = []

    QTimer.singleShot(0, lambda: answer_file_dialog(seen, elsewhere / "agenda.pdf"))
    chosen = ask_save_path(
        empty_ctx, parent, FileKind.DOCUMENT, "Save", "agenda.pdf", "PDF (*.pdf)"
    )
    assert chosen == elsewhere / "agenda.pdf"
    assert Path(seen[0]) == documents_folder()
    empty_ctx.tasks.wait_idle()

    assert start_folder(empty_ctx, FileKind.DOCUMENT) == elsewhere  # remembered, per kind
    assert start_folder(empty_ctx, FileKind.SPREADSHEET) == documents_folder()
    QTimer.singleShot(0, lambda: answer_file_dialog(seen, elsewhere / "badges.pdf"))
    ask_save_path(empty_ctx, parent, FileKind.DOCUMENT, "Save", "badges.pdf", "PDF (*.pdf)")
    assert Path(seen[1]) == elsewhere


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(
    qtbot, empty_ctx, tmp_path: Path
) -> None:
    from organiser.services import settings as settings_service

    with empty_ctx.store.writer() as uow:
        settings_service.put(uow, "ui.last_folder.spreadsheet", str(tmp_path / "unplugged-usb"))
        uow.commit()
    assert start_folder(empty_ctx, FileKind.SPREADSHEET) == documents_folder()
