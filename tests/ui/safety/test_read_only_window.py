"""The window over a data folder that cannot be written: it opens, shows the data, and says in
its status bar that nothing can be changed."""

from __future__ import annotations

from pathlib import Path

from organiser.store.db import Store


def test_the_window_says_the_folder_is_read_only(
    qtbot, demo_store: Store, read_only_folder
) -> None:
    from organiser.ui.context import AppContext
    from organiser.ui.main_window import MainWindow
    from organiser.ui.safety.startup import open_data_folder

    folder: Path = demo_store.data_dir
    with demo_store.raw_connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.dispose()
    with read_only_folder(folder):
        opened = open_data_folder(folder)
        assert opened is not None, "the read-only folder was refused"
        store, lock = opened
        ctx = AppContext(store)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.start()
        try:
            qtbot.waitUntil(lambda: window.event_combo.count() == 1, timeout=5000)
            label = window.read_only_label
            assert label is not None and label.isVisible()
            assert label.text() == "Read-only: nothing can be changed"
            assert str(folder) in label.toolTip()
        finally:
            window.close()
            ctx.tasks.wait_idle()
            store.dispose()
            lock.release()
