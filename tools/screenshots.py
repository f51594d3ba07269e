"""Screenshots of the real app on the demo seminar, for the README.

    python tools/screenshots.py [AREA …]     (default: home)

Runs offscreen (no display needed), builds the demo in a temporary data folder, shows the main
window in Thai at 1280×800 and saves docs/screenshots/main-<area>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _offscreen_screen() -> str:
    """A virtual 1920×1080 screen: on Qt's default offscreen screen (800×800) the window would
    open maximised to fit it (see MainWindow.fit_to_screen)."""
    import json

    config = Path(tempfile.gettempdir()) / "organiser-shots-screen.json"
    screen = {"name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


os.environ.setdefault("QT_QPA_PLATFORM", _offscreen_screen())

ROOT = Path(__file__).resolve().parents[1]


def main(areas: list[str]) -> int:
    from PySide6.QtCore import QTimer

    from organiser.app import Session, make_application
    from organiser.services.demo import build_demo
    from organiser.store.opening import open_store

    app = make_application([])
    folder = Path(tempfile.mkdtemp(prefix="organiser-shots-"))
    store = open_store(folder)
    with store.writer() as uow:
        build_demo(uow)
        uow.commit()
    session = Session(app, store, "th")
    session.window.resize(1280, 800)
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    queue = list(areas or ["home"])

    def next_shot() -> None:
        if not queue:
            session.ctx.tasks.wait_idle()
            app.quit()
            return
        area = queue.pop(0)
        session.window.show_area(area)

        def save() -> None:
            path = out / f"main-{area}.png"
            session.window.grab().save(str(path))
            print(path)
            next_shot()

        QTimer.singleShot(1200, save)

    QTimer.singleShot(800, next_shot)
    app.exec()
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
