"""File dialogs that open where this kind of file was last saved or opened (the Documents folder
the first time), remembered per kind in the data folder's settings, not in the working folder
of the program. On Windows they are the system's own dialogs."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from organiser.services import settings as settings_service
from organiser.ui.context import AppContext
from organiser.ui.writing import run_write


class FileKind(StrEnum):
    INVITATION_LIST = "invitation-list"  # spreadsheets imported
    SPREADSHEET = "spreadsheet"  # spreadsheets exported
    DOCUMENT = "document"  # printed PDFs, calendars
    FILED_DOCUMENT = "filed-document"  # signed scans attached to a memorandum
    CHANGE_FILE = "change-file"  # .orgsync files sent to and received from other offices
    KEY_CARD = "key-card"  # key cards of copies and offices


def _key(kind: FileKind) -> str:
    return f"ui.last_folder.{kind.value}"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def start_folder(ctx: AppContext, kind: FileKind) -> Path:
    with ctx.store.reader() as uow:
        remembered = settings_service.get(uow, _key(kind))
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember_folder(ctx: AppContext, kind: FileKind, chosen: Path) -> None:
    folder = str(chosen.parent)

    def ignore(_refusal: str) -> None:
        """Remembering a folder is a nicety: a refusal (a full disk) is said where it matters."""

    run_write(ctx, lambda uow: settings_service.put(uow, _key(kind), folder), show=ignore)


def ask_save_path(
    ctx: AppContext, parent: QWidget, kind: FileKind, title: str, name: str, filters: str
) -> Path | None:
    """Where to save a new file; `name` is the suggested file name. None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(ctx, kind) / name), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(ctx, kind, path)
    return path


def ask_open_path(
    ctx: AppContext, parent: QWidget, kind: FileKind, title: str, filters: str
) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(ctx, kind)), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(ctx, kind, path)
    return path


def ask_open_paths(
    ctx: AppContext, parent: QWidget, kind: FileKind, title: str, filters: str
) -> list[Path]:
    """Several files chosen at once (all parts of a change file); [] when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent, title, str(start_folder(ctx, kind)), filters
    )
    paths = [Path(c) for c in chosen]
    if paths:
        remember_folder(ctx, kind, paths[0])
    return paths
