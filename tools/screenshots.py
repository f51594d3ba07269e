"""Screenshots of the real app on the demo seminar, for the README.

    python tools/screenshots.py [AREA …]     (default: home)
    python tools/screenshots.py sync --lang en --size 1366x768 --out /tmp/shots   (to review)

Runs offscreen (no display needed), builds the demo in a temporary data folder, shows the main
window in Thai at 1280×800 and saves docs/screenshots/main-<area>.png. For `sync`, a second
office that trusts the demo's exchanges change files with it first (one conflict, one file
waiting to be received), and the conflict and the receive preview are saved as well
(sync-conflicts.png, sync-conflict.png, sync-preview.png); with `--out`, also the dialogs
that send changes and trust a key card (sync-send.png, sync-trust.png), to review them.
`--lang en` shows the app in English, `--size WxH` another window size (1366x768 is the
smallest office laptop screen).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any


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


def main(argv: list[str]) -> int:
    import argparse

    from PySide6.QtCore import QTimer

    parser = argparse.ArgumentParser(description="Screenshots of the app for the README")
    parser.add_argument("areas", nargs="*")
    parser.add_argument("--lang", choices=("th", "en"), default="th")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--out", help="folder for the PNGs (default: docs/screenshots)")
    args = parser.parse_args(argv)
    areas: list[str] = args.areas
    width, height = (int(n) for n in args.size.lower().split("x"))

    from organiser.app import Session, make_application
    from organiser.services.demo import build_demo
    from organiser.store.opening import open_store

    app = make_application([])
    folder = Path(tempfile.mkdtemp(prefix="organiser-shots-"))
    store = open_store(folder)
    with store.writer() as uow:
        build_demo(uow)
        uow.commit()
    partner = _sync_partner(store, folder / "other-office") if "sync" in areas else None
    session = Session(app, store, args.lang)
    session.window.resize(width, height)
    out = Path(args.out) if args.out else ROOT / "docs" / "screenshots"
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
            if area == "sync" and partner is not None:
                _sync_dialogs(session, partner, out, review=bool(args.out))
            next_shot()

        QTimer.singleShot(1200, save)

    QTimer.singleShot(800, next_shot)
    app.exec()
    store.dispose()
    return 0


def _sync_partner(store: Any, folder: Path) -> Path:
    """A second office trusting the demo's office: they exchange change files, both edit one
    person's phone (a conflict on the demo's side), and the other office's next file waits."""
    from sqlalchemy import text

    from organiser.services import settings
    from organiser.services.people.directory import get_person
    from organiser.services.people.editing import save_person
    from organiser.services.sync import copies, exchange
    from organiser.store.opening import open_store

    other = open_store(folder)
    with other.writer() as uow:
        settings.set_office(uow, "สำนักงานจังหวัดสงขลา", "Songkhla")
        settings.put(uow, settings.DESK_NAME, "โน้ตบุ๊กงานสัมมนา สงขลา")
        uow.commit()
    with store.writer() as uow:
        settings.put(uow, settings.DESK_NAME, "โน้ตบุ๊กสำนักงานพัทลุง")
        uow.commit()
    cards = folder.parent
    copies.write_card(store, cards / "demo.card")
    copies.write_card(other, cards / "other.card")
    copies.trust_card(store, cards / "other.card")
    copies.trust_card(other, cards / "demo.card")
    exchange.receive(other, exchange.send(store, cards / "1.orgsync").paths)

    def set_phone(target: Any, phone: str) -> None:
        with target.writer() as uow:
            person_id = str(
                uow.session.execute(
                    text("SELECT id FROM person ORDER BY sort_key LIMIT 1")
                ).scalar_one()
            )
            record = get_person(uow, person_id)
            assert record is not None
            record.phone = phone
            save_person(uow, record)
            uow.commit()

    set_phone(other, "0811111111")
    set_phone(store, "0822222222")
    exchange.receive(store, exchange.send(other, cards / "2.orgsync").paths)
    set_phone(other, "0833333333")  # waits in the next file
    waiting = exchange.send(other, cards / "3.orgsync").paths
    other.dispose()
    return waiting[0]


def _sync_dialogs(session: Any, waiting: Path, out: Path, review: bool = False) -> None:
    from organiser.services.sync import exchange

    page = session.window.pages["sync"]
    page.tabs.setCurrentIndex(1)
    page.conflicts_table.selectRow(0)
    session.window.grab().save(str(out / "sync-conflicts.png"))
    print(out / "sync-conflicts.png")
    page.resolve_selected()
    page.resolve_dialog.adjustSize()
    page.resolve_dialog.grab().save(str(out / "sync-conflict.png"))
    print(out / "sync-conflict.png")
    page.resolve_dialog.reject()
    change_files = page.change_files
    change_files._show_preview([waiting], exchange.preview(session.ctx.store, [waiting]))
    assert change_files.preview_dialog is not None
    change_files.preview_dialog.adjustSize()
    change_files.preview_dialog.grab().save(str(out / "sync-preview.png"))
    print(out / "sync-preview.png")
    change_files.preview_dialog.reject()
    page.tabs.setCurrentIndex(0)
    if review:
        _review_dialogs(session, waiting, out)


def _review_dialogs(session: Any, waiting: Path, out: Path) -> None:
    """The other Sync dialogs, for a person to look at (not in the README)."""
    from organiser.services.sync.copies import copy_identity
    from organiser.services.sync.overview import read_key_card
    from organiser.ui.sync.exchange import SendDialog
    from organiser.ui.sync.trusting import TrustDialog

    page = session.window.pages["sync"]
    for name, dialog in (
        ("sync-send.png", SendDialog(copy_identity(session.ctx.store), page)),
        ("sync-trust.png", TrustDialog(read_key_card(waiting.parent / "other.card"), page)),
    ):
        dialog.show()
        dialog.adjustSize()
        dialog.grab().save(str(out / name))
        print(out / name)
        dialog.reject()
    for index in (1, 2):
        page.tabs.setCurrentIndex(index)
        session.window.grab().save(str(out / f"main-sync-tab{index}.png"))
        print(out / f"main-sync-tab{index}.png")
    page.tabs.setCurrentIndex(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
