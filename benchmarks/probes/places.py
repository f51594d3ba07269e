"""Open one place of the real main window for the first time, timing every frame.

    python benchmarks/probes/places.py DATA_DIR OUT.json PLACE [settled|early]

`settled`: once the window is up, its first loads done and the places built ahead of time while
idle (as a person who opens a place a few seconds after start-up). `early`: at the first turn
of the event loop after the window is shown (a place opened at once). The frames from the
click on the place until its first loads are done and the event loop has been idle for a
while are kept; the GUI thread's own CPU time per frame beside them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

TIME_LIMIT_S = 300.0
QUIET_AFTER_S = 0.5  # the page is done once nothing ran for this long after its loads


def main(argv: list[str]) -> int:
    data_dir, out, place = Path(argv[0]), Path(argv[1]), argv[2]
    when = argv[3] if len(argv) > 3 else "settled"
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

    frames: list[float] = []
    frames_cpu: list[float] = []
    state: dict[str, Any] = {"phase": "settle", "last": 0.0, "last_cpu": 0.0, "quiet_since": 0.0}
    started = time.perf_counter()

    def finish(error: str = "") -> None:
        result = {
            "place": place,
            "when": when,
            "frames_ms": frames,
            "frames_cpu_ms": frames_cpu,
            "open_ms": state.get("open_ms"),
            "error": error,
        }
        out.write_text(json.dumps(result))
        os._exit(0)  # the figures are written; tearing Qt down is not measured

    def busy() -> bool:
        return bool(ctx.tasks.busy or window.preparing)

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - started > TIME_LIMIT_S:
            finish("time limit reached")
            return
        if state["phase"] == "settle":
            if window.isVisible() and (when == "early" or not busy()):
                state["phase"] = "open"
                state["opened_at"] = now
                state["last"], state["last_cpu"] = time.perf_counter(), time.thread_time()
                window.show_area(place)  # as a click on it in the sidebar
            QTimer.singleShot(1, tick)
            return
        frames.append((now - state["last"]) * 1000)
        frames_cpu.append((cpu - state["last_cpu"]) * 1000)
        if ctx.tasks.busy:
            state["quiet_since"] = 0.0
        elif not state["quiet_since"]:
            state["quiet_since"] = now
            state.setdefault("open_ms", (now - state["opened_at"]) * 1000)
        elif now - state["quiet_since"] > QUIET_AFTER_S and not window.preparing:
            finish()
            return
        state["last"], state["last_cpu"] = time.perf_counter(), time.thread_time()
        QTimer.singleShot(1, tick)

    QTimer.singleShot(0, tick)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
