"""What happens before the main window: one copy per data folder, the cloud-folder warning, and
recovery from a damaged or missing database. Called from app.run_app; no window exists yet."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from organiser.core import paths
from organiser.core.errors import UserError
from organiser.services.safety.startup import (
    DamagedDatabaseError,
    DataFolderLock,
    MissingDatabaseError,
    already_running_message,
    moved_to,
    open_store,
)
from organiser.store.db import Store
from organiser.ui.safety.problem_dialogs import CloudFolderDialog, StartupProblemDialog


class ShownElsewhere(Exception):
    """The data folder is open in a running copy, which has brought its window forward."""


def tr(text: str) -> str:
    return QCoreApplication.translate("SafetyStartup", text)


def open_data_folder(
    folder: Path, parent: QWidget | None = None
) -> tuple[Store, DataFolderLock] | None:
    """The store and the data folder's lock, or None when the app should not start (the user
    was told why)."""
    folder = moved_to(folder) or folder
    lock = DataFolderLock(folder)
    try:
        got = lock.acquire("app")
    except OSError:
        got = True  # a folder we cannot even create a lock in: open_store will say why
    if not got:
        from organiser.ui.safety.instance import ask_running_copy_to_show

        if ask_running_copy_to_show(folder):
            raise ShownElsewhere(folder)
        QMessageBox.warning(parent, tr("Organiser"), already_running_message(folder, lock.holder()))
        return None
    store = open_with_recovery(folder, parent)
    if store is None:
        lock.release()
        return None
    from organiser.services.safety.location import folder_risk

    risk = folder_risk(folder)
    if risk is not None:
        moved = offer_move(store, risk, parent)
        if moved is not None:
            lock.release()
            lock = DataFolderLock(moved)
            lock.acquire("app")
            store = open_with_recovery(moved, parent)
            if store is None:
                lock.release()
                return None
    return store, lock


def open_with_recovery(folder: Path, parent: QWidget | None = None) -> Store | None:
    start_empty = False
    for _attempt in range(5):
        try:
            return open_store(folder, start_empty=start_empty)
        except (DamagedDatabaseError, MissingDatabaseError) as problem:
            dialog = StartupProblemDialog(problem, parent)
            dialog.exec()
            choice = dialog.choice
            if choice is StartupProblemDialog.Choice.QUIT:
                return None
            if choice is StartupProblemDialog.Choice.EMPTY:
                start_empty = True
                continue
            try:
                restore_choice(folder, problem, choice, parent)
            except UserError as exc:
                QMessageBox.warning(parent, tr("Organiser"), exc.message)
        except UserError as exc:
            QMessageBox.critical(parent, tr("Organiser"), exc.message)
            return None
    return None


def restore_choice(
    folder: Path,
    problem: DamagedDatabaseError | MissingDatabaseError,
    choice: StartupProblemDialog.Choice,
    parent: QWidget | None,
) -> None:
    from organiser.services.safety.backups import restore_database

    if choice is StartupProblemDialog.Choice.RESTORE and problem.backup is not None:
        restore_database(folder, problem.backup.path)
        return
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Choose a backup"),
        str(folder / "backups"),
        tr("Organiser databases (*.sqlite3 *.db);;All files (*)"),
    )
    if name:
        restore_database(folder, Path(name))


def offer_move(store: Store, risk: object, parent: QWidget | None) -> Path | None:
    """Warn about a cloud/network folder; move the data to the local folder on request."""
    from organiser.services.safety.location import FolderRisk, move_data_folder

    assert isinstance(risk, FolderRisk)
    target = paths.default_data_dir()
    dialog = CloudFolderDialog(risk, target, parent)
    dialog.exec()
    if not dialog.move_chosen:
        return None
    try:
        moved = move_data_folder(store, target)
    except UserError as exc:
        QMessageBox.warning(parent, tr("Organiser"), exc.message)
        return None
    store.dispose()
    QMessageBox.information(
        parent,
        tr("Organiser"),
        tr(
            "Your data is now in {folder}. The old folder keeps a copy of the database, "
            "set aside so that nothing writes to it."
        ).format(folder=moved),
    )
    return moved


def backup_on_quit(store: Store) -> None:
    """A verified backup when anything changed since the last one (errors are not fatal here:
    the data itself is safe in the database)."""
    from organiser.services.safety.startup import changed_since_backup, make_backup

    if not changed_since_backup(store):
        return
    with contextlib.suppress(UserError):
        make_backup(store, "quit")
