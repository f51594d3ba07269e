"""Screenshots of desks at the venue for the README: "Add a desk" with its code and QR, and the
Sync place's "Desks at the venue" listing one desk that answers and one not seen for a while.

    python tools/venue_screenshots.py [--lang th|en] [--out FOLDER]

Runs offscreen with the real endpoint on 127.0.0.1: the demo seminar is built by the command
(`organiser demo`), desks "โต๊ะ 2" and "โต๊ะ 3" pair with `organiser sync pair` and serve with
`organiser sync serve`; desk 3 is stopped so that the panel says since when it is not seen.
Saves venue-add-desk.png and venue-peers.png (default: docs/screenshots).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import _offscreen_screen

os.environ.setdefault("QT_QPA_PLATFORM", _offscreen_screen())
ROOT = Path(__file__).resolve().parents[1]


def organiser(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "organiser", *args, "--data-dir", str(folder)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done


def serve(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "organiser", "sync", "serve", "--port", "0", "--bind",
         "127.0.0.1", "--no-discovery", "--json", "--data-dir", str(folder)],
        stdout=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    assert proc.stdout is not None
    json.loads(proc.stdout.readline())
    return proc


def named_desk(folder: Path, name: str) -> None:
    from organiser.services import settings
    from organiser.store.opening import open_store

    store = open_store(folder)
    with store.writer() as uow:
        settings.put(uow, settings.DESK_NAME, name)
        uow.commit()
    store.dispose()


def main(argv: list[str]) -> int:
    import argparse

    from PySide6.QtCore import QEventLoop, QTimer

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("th", "en"), default="th")
    parser.add_argument("--out", help="folder for the PNGs (default: docs/screenshots)")
    args = parser.parse_args(argv)
    out = Path(args.out) if args.out else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from organiser.app import Session, make_application
    from organiser.store.opening import open_store
    from organiser.ui.sync.venue_serving import serving_for

    app = make_application([])
    root = Path(tempfile.mkdtemp(prefix="organiser-venue-shots-"))
    office = root / "desk-1"
    organiser("demo", folder=office)
    named_desk(office, "โต๊ะ 1" if args.lang == "th" else "Desk 1")
    store = open_store(office)
    session = Session(app, store, args.lang)
    session.window.resize(1280, 800)
    serving = serving_for(session.ctx)
    serving.host, serving.port, serving.discovery = "127.0.0.1", 0, False

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    page = session.window.show_area("sync")
    page.tabs.setCurrentWidget(page.desks_tab)
    wait(500)
    page.venue.add_desk()
    dialog = page.venue.add_dialog
    code, address = dialog.door.code, serving.address
    served = []
    for n in (2, 3):
        folder = root / f"desk-{n}"
        named_desk(folder, f"โต๊ะ {n}" if args.lang == "th" else f"Desk {n}")
        organiser("sync", "pair", code, "--host", address, folder=folder)
        served.append(serve(folder))
    wait(1500)
    dialog.grab().save(str(out / "venue-add-desk.png"))
    print(out / "venue-add-desk.png")
    dialog.reject()
    served[1].terminate()  # desk 3 closes: desk 1 says since when it cannot see it
    served[1].wait()
    wait(6000)
    session.window.grab().save(str(out / "venue-peers.png"))
    print(out / "venue-peers.png")
    serving.stop()
    served[0].terminate()
    served[0].wait()
    session.ctx.tasks.wait_idle()
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
