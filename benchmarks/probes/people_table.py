"""Open the people table and scroll it top to bottom, page by page, timing every frame.

    python benchmarks/probes/people_table.py app   DATA_DIR OUT.json
    python benchmarks/probes/people_table.py plain DATA_DIR OUT.json

`app`: the real main window (as `organiser` builds it, Thai, its style sheet); once it has
settled (first loads done, the People page built ahead of time as the window does while idle),
the People place is opened as a click on it would, and its table is scrolled by pages.
`plain` (the baseline): a bare QTableView over a minimal in-memory model of the same rows, the
same font and window size, no style sheet.

A frame is the time between two turns of the event loop while this script drives it: whatever
the app does on the GUI thread in between (building the page, receiving rows, scrolling,
repainting) lands in one frame. The peak memory of the whole process (VmHWM) is read at the end.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

TIME_LIMIT_S = 600.0


def memory_mb() -> dict[str, float]:
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmHWM:", "VmRSS:")):
            key, amount, _unit = line.split()
            values[key.rstrip(":")] = int(amount) / 1024
    return values


class PlainModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def plain_window(data_dir: Path) -> tuple[QWidget, Any]:
    from organiser.app import load_fonts

    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(10.5)
        QApplication.setFont(font)
    conn = sqlite3.connect(data_dir / "organiser.sqlite3")
    rows = [
        tuple(str(v or "") for v in r)
        for r in conn.execute(
            "SELECT p.title || p.given_name || ' ' || p.family_name, p.nickname, o.name, "
            "p.position, p.province, p.phone FROM person p "
            "LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.sort_key"
        )
    ]
    conn.close()
    window = QMainWindow()
    window.resize(1280, 800)
    view = QTableView()
    window.setCentralWidget(view)
    model = PlainModel(rows)
    window.show()

    def open_page() -> None:
        view.setModel(model)

    return window, (open_page, lambda: view, lambda: False)


def app_window(data_dir: Path) -> tuple[QWidget, Any]:
    from organiser.app import install_translations, make_application
    from organiser.store.opening import open_store
    from organiser.ui.context import AppContext
    from organiser.ui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    store = open_store(data_dir)
    install_translations(app, "th")
    ctx = AppContext(store)
    window = MainWindow(ctx)
    window.show()
    window.start()

    def open_page() -> None:
        window.show_area("people")

    def view() -> QTableView | None:
        page = window.pages.get("people")
        # the page's own table (searching the page's widgets for it took 5-10 ms of the frame)
        table = getattr(page, "table", None)
        return table if isinstance(table, QTableView) else None

    # settled: the first loads are done and the pages the window builds ahead of time, while
    # idle after start-up (the People page among them), are built
    return window, (open_page, view, lambda: ctx.tasks.busy or window.preparing)


def main(argv: list[str]) -> int:
    mode, data_dir, out = argv[0], Path(argv[1]), Path(argv[2])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window, (open_page, find_view, busy) = (
        app_window(data_dir) if mode == "app" else plain_window(data_dir)
    )
    frames: list[float] = []
    state: dict[str, Any] = {"phase": "settle", "last": 0.0, "pages": 0, "opened_at": 0.0}
    started = time.perf_counter()

    def finish(error: str = "") -> None:
        view = find_view()
        result = {
            "mode": mode,
            "frames_ms": [f * 1000 for f in frames],
            "open_ms": state.get("open_ms"),
            "pages": state["pages"],
            "rows": view.model().rowCount() if view is not None else 0,
            "error": error,
            **memory_mb(),
        }
        out.write_text(json.dumps(result))
        sys.stdout.flush()
        # Leave without tearing Qt and the models down: only the figures above matter, and
        # interpreter shutdown with live Qt objects can abort the process.
        os._exit(0)

    def tick() -> None:
        now = time.perf_counter()
        if now - started > TIME_LIMIT_S:
            finish("time limit reached")
            return
        phase = state["phase"]
        if phase == "settle":  # the window is up and its first loads are done: not measured
            if window.isVisible() and not busy():
                state["phase"] = "open"
                state["opened_at"] = now
                state["last"] = time.perf_counter()
                open_page()
                view = find_view()
                if view is not None:
                    view.viewport().repaint()
            QTimer.singleShot(1, tick)
            return
        frames.append(now - state["last"])
        view = find_view()
        if phase == "open":
            if view is not None and view.model().rowCount() > 0 and not busy():
                state["phase"] = "scroll"
                state["open_ms"] = (now - state["opened_at"]) * 1000
        elif phase == "scroll":
            assert view is not None
            bar = view.verticalScrollBar()
            at_end = bar.value() >= bar.maximum()
            if at_end and not busy() and not view.model().canFetchMore(QModelIndex()):
                finish()
                return
            if not at_end:
                bar.setValue(bar.value() + bar.pageStep())
                state["pages"] += 1
            elif view.model().canFetchMore(QModelIndex()):
                view.model().fetchMore(QModelIndex())
            view.viewport().repaint()
        state["last"] = now
        QTimer.singleShot(0 if phase == "scroll" else 1, tick)

    QTimer.singleShot(0, tick)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
