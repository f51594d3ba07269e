"""On a 1366×768 laptop the window opens within the screen, so the status bar (where the
results of imports and backups are said) is never below its edge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from organiser.app import make_application
from organiser.store.opening import open_store
from organiser.ui.context import AppContext
from organiser.ui.main_window import MainWindow

app = make_application([])
from pathlib import Path
store = open_store(Path(sys.argv[1]))
window = MainWindow(AppContext(store))
window.show()
app.processEvents()
room = window.screen().availableGeometry()
print(json.dumps({
    "maximised": window.isMaximized(),
    "window": [window.width(), window.height()],
    "screen": [room.width(), room.height()],
    "status_bar_bottom": window.statusBar().mapTo(window, window.statusBar().rect().bottomLeft()).y(),
}))
store.dispose()
"""


def open_on_screen(tmp_path: Path, width: int, height: int) -> dict[str, object]:
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_laptop_screen_gets_a_maximised_window_within_it(tmp_path: Path) -> None:
    shown = open_on_screen(tmp_path, 1366, 768)
    assert shown["maximised"] is True
    width, height = shown["window"]  # type: ignore[misc]
    assert width <= 1366 and height <= 768
    assert shown["status_bar_bottom"] < 768


def test_a_large_screen_keeps_the_usual_size(tmp_path: Path) -> None:
    shown = open_on_screen(tmp_path, 1920, 1080)
    assert shown["maximised"] is False
    assert shown["window"] == [1280, 800]
