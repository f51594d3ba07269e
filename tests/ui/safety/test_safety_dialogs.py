"""The safety dialogs on a real store: restore in two clicks, the start-up problems, the audit
log and erasing a person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from organiser.domain.people import Person
from organiser.services.home.overview import counts
from organiser.store.backup import make_backup
from organiser.store.db import Store
from organiser.store.opening import DamagedDatabaseError, MissingDatabaseError, open_store
from organiser.ui.safety.privacy_dialogs import AuditDialog, ErasePersonDialog
from organiser.ui.safety.problem_dialogs import CloudFolderDialog, StartupProblemDialog
from organiser.ui.safety.restore_dialog import RestoreDialog


def people(store: Store) -> int:
    with store.reader() as uow:
        return counts(uow).people


def test_restore_dialog_lists_backups_and_restores_in_two_clicks(
    qtbot, app_ctx, qtmodeltester
) -> None:
    store: Store = app_ctx.store
    make_backup(store, "daily", now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    with store.writer() as uow:
        uow.session.add(Person(given_name="เพิ่มทีหลัง"))
        uow.commit()
    dialog = RestoreDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(dialog.model)
    texts = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert texts[1] == "Daily" and texts[3] == "124" and texts[4] == "1"
    assert texts[2].endswith(("KB", "MB"))  # the demo with its change log is about 1 MB
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "124 people" in asked[0]
    assert people(store) == 124
    result = signal.args[0]
    assert result.previous_saved_as is not None and result.previous_saved_as.exists()


def test_a_refused_restore_file_is_explained(qtbot, app_ctx, tmp_path: Path) -> None:
    dialog = RestoreDialog(app_ctx)
    qtbot.addWidget(dialog)
    shown: list[str] = []
    dialog.show_error = shown.append  # type: ignore[method-assign]
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a database")
    dialog.start_restore(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "not an Organiser database" in shown[0]
    assert people(app_ctx.store) == 124


def test_damaged_database_message_offers_the_newest_good_backup(qtbot, demo_store: Store) -> None:
    backup = make_backup(demo_store, "daily")
    demo_store.dispose()
    demo_store.path.write_bytes(b"garbage" * 1000)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_store(demo_store.data_dir)
    dialog = StartupProblemDialog(raised.value)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button is not None and dialog.restore_button.isDefault()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is StartupProblemDialog.Choice.RESTORE
    assert raised.value.backup is not None and raised.value.backup.path == backup.path


def test_start_up_recovers_a_damaged_database_with_one_click(qtbot, demo_store: Store) -> None:
    from organiser.ui.safety import startup

    make_backup(demo_store, "daily")
    demo_store.dispose()
    demo_store.path.write_bytes(b"\x00" * 8192)

    def answer() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, StartupProblemDialog) and w.isVisible():
                assert w.restore_button is not None
                w.restore_button.click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    opened = startup.open_data_folder(demo_store.data_dir)
    assert opened is not None
    store, lock = opened
    try:
        assert people(store) == 124
        assert list(demo_store.data_dir.glob("organiser.sqlite3.damaged-*"))
    finally:
        store.dispose()
        lock.release()


def test_missing_database_can_start_empty(qtbot, demo_store: Store) -> None:
    make_backup(demo_store, "daily")
    demo_store.dispose()
    demo_store.path.unlink()
    with pytest.raises(MissingDatabaseError) as raised:
        open_store(demo_store.data_dir)
    dialog = StartupProblemDialog(raised.value)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is StartupProblemDialog.Choice.EMPTY


def test_a_second_copy_is_refused_before_any_window(qtbot, store: Store, monkeypatch) -> None:
    from organiser.store.lock import DataFolderLock
    from organiser.ui.safety import startup

    held = DataFolderLock(store.data_dir)
    assert held.acquire()
    warned: list[str] = []
    monkeypatch.setattr(startup.QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    try:
        assert startup.open_data_folder(store.data_dir) is None
    finally:
        held.release()
    assert "already open" in warned[0]


def test_cloud_folder_warning_moves_the_data_in_one_click(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from organiser.ui.safety import startup

    cloud = tmp_path / "OneDrive" / "Organiser"
    s = open_store(cloud)
    with s.writer() as uow:
        uow.session.add(Person(given_name="สมชาย", family_name="ใจดี"))
        uow.commit()
    s.dispose()
    local = tmp_path / "local" / "Organiser"
    monkeypatch.setattr(startup.paths, "default_data_dir", lambda: local)
    monkeypatch.setattr(startup.QMessageBox, "information", lambda *a: None)

    def answer() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, CloudFolderDialog) and w.isVisible():
                w.move_button.click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    opened = startup.open_data_folder(cloud)
    assert opened is not None
    store, lock = opened
    try:
        assert store.data_dir == local.resolve()
        assert people(store) == 1
    finally:
        store.dispose()
        lock.release()


def test_erasing_a_person_from_the_dialog_and_seeing_it_in_the_log(
    qtbot, app_ctx, type_thai
) -> None:
    dialog = ErasePersonDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 100, timeout=5000)  # the first page
    first = dialog.model.row_at(0)
    dialog.search.setText(first.name)
    qtbot.waitUntil(lambda: 1 <= dialog.model.rowCount() < 124, timeout=5000)
    dialog.view.selectRow(0)
    target = dialog.selected()
    assert target is not None
    dialog.confirm = lambda person: True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last is not None, timeout=10_000)
    assert dialog.last.label.startswith("Participant #")
    assert dialog.last.label in dialog.status.text()

    log = AuditDialog(app_ctx)
    qtbot.addWidget(log)
    log.load()
    qtbot.waitUntil(lambda: log.model.rowCount() >= 1, timeout=5000)
    assert log.model.index(0, 1).data() == "Erasure"
    assert target.name not in log.model.index(0, 3).data()


def test_main_window_has_the_safety_menu_entries(qtbot, app_ctx) -> None:
    from organiser.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.findChildren(type(window.backup_action))}
    assert {"restoreAction", "eraseAction", "auditAction"} <= names


def test_quitting_makes_a_backup_only_when_data_changed(qtbot, store: Store) -> None:
    from organiser.store.backup import list_backups
    from organiser.ui.safety.startup import backup_on_quit

    backup_on_quit(store)
    assert list_backups(store) == []
    with store.writer() as uow:
        uow.session.add(Person(given_name="สมใจ"))
        uow.commit()
    backup_on_quit(store)
    assert [b.reason for b in list_backups(store)] == ["quit"]


def test_a_damaged_backup_is_marked_and_cannot_be_chosen(qtbot, app_ctx) -> None:
    store: Store = app_ctx.store
    good = make_backup(store, "daily", now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    data = bytearray(good.path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 64] = b"\xff" * 64
    good.path.write_bytes(bytes(data))
    dialog = RestoreDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    dialog.view.selectRow(0)
    assert "DAMAGED" in dialog.model.index(0, 1).data()
    assert not dialog.restore_button.isEnabled()


def test_erasing_offers_to_delete_a_copy_that_could_not_be_scrubbed(qtbot, app_ctx) -> None:
    store: Store = app_ctx.store
    damaged = store.data_dir / "organiser.sqlite3.damaged-20070130-090000"
    data = bytearray(store.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    damaged.write_bytes(bytes(data))
    dialog = ErasePersonDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 100, timeout=5000)  # the first page
    dialog.view.selectRow(0)
    dialog.confirm = lambda person: True  # type: ignore[method-assign]
    offered: list[list[Path]] = []
    dialog.confirm_delete = lambda files: offered.append(files) or True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.last_report is not None and dialog.last_report.again, timeout=20_000
    )
    assert offered and damaged in offered[0]
    assert not damaged.exists() and dialog.last_report.complete
    assert "Erased" in dialog.status.text() or "already" in dialog.status.text()
