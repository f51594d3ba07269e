"""The window backs up by itself while there are changes since the last backup; the timer is
driven here by its own signal, not by waiting fifteen minutes."""

from __future__ import annotations

from pathlib import Path

from organiser.services import settings as settings_service
from organiser.services.safety.autobackup import AUTO_BACKUP_EVERY
from organiser.ui.main_window import MainWindow


def _backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("organiser-*.sqlite3"))


def _window(qtbot, app_ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def test_the_timer_runs_every_quarter_hour(qtbot, app_ctx) -> None:
    window = _window(qtbot, app_ctx)
    assert window.auto_backup_timer.isActive()
    assert (
        window.auto_backup_timer.interval() == AUTO_BACKUP_EVERY.total_seconds() * 1000 == 900_000
    )


def test_a_change_is_backed_up_when_the_timer_fires(qtbot, app_ctx) -> None:
    window = _window(qtbot, app_ctx)
    assert window.backup_label.text() == "No backup yet"
    with app_ctx.store.writer() as uow:  # an hour of work, in short
        settings_service.put(uow, settings_service.DESK_NAME, "โต๊ะ 1")
        uow.commit()
    window.auto_backup_timer.timeout.emit()
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup"), timeout=10_000)
    made = _backups(app_ctx.data_dir)
    assert [p.name.endswith("-auto.sqlite3") for p in made] == [True]


def test_without_changes_the_timer_makes_no_backup(qtbot, app_ctx) -> None:
    window = _window(qtbot, app_ctx)
    window.auto_backup_timer.timeout.emit()
    app_ctx.tasks.wait_idle()
    assert _backups(app_ctx.data_dir) == []
    with app_ctx.store.writer() as uow:
        settings_service.put(uow, settings_service.DESK_NAME, "โต๊ะ 2")
        uow.commit()
    window.auto_backup_timer.timeout.emit()
    qtbot.waitUntil(lambda: len(_backups(app_ctx.data_dir)) == 1, timeout=10_000)
    window.auto_backup_timer.timeout.emit()  # nothing changed since that one
    app_ctx.tasks.wait_idle()
    assert len(_backups(app_ctx.data_dir)) == 1
