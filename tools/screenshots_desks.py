"""Screenshots of the venue desk working beside a second desk, for the README.

    python tools/screenshots_desks.py

Runs offscreen, builds the demo in a temporary data folder (the office laptop, "โต๊ะ 1") and a
second desk ("โต๊ะ 2") that trusts it; desk 2 checks a person in and registers a walk-in that
desk 1 registers too; desk 1 receives desk 2's change file while its desk is open. Saves, in
Thai: desk-other-desk.png (the repeat check-in naming desk 2, and the pair offered for
merging), desk-end-of-day.png (the reminder) and sync-desks.png (the Sync place's desk box).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import _offscreen_screen

ROOT = Path(__file__).resolve().parents[1]
del _offscreen_screen


def wait_until(app: object, ready: Callable[[], bool], seconds: float = 10) -> None:
    end = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def main() -> int:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from organiser.app import Session, make_application
    from organiser.services import settings
    from organiser.services.demo import DAY2, build_demo
    from organiser.services.desk import editing as desk
    from organiser.services.desk import reading as desk_reading
    from organiser.services.events.reading import resolve_event
    from organiser.services.sync import copies, exchange
    from organiser.store.opening import open_store

    app = make_application([])
    folder = Path(tempfile.mkdtemp(prefix="organiser-desks-"))
    one = open_store(folder / "desk1")
    with one.writer() as uow:
        build_demo(uow)
        settings.put(uow, settings.DESK_NAME, "1")
        uow.commit()
    two = open_store(folder / "desk2")
    with two.writer() as uow:
        settings.set_office(uow, "สถาบันพัฒนาองค์กรชุมชน สำนักงานภาคใต้", "Phatthalung")
        settings.put(uow, settings.DESK_NAME, "2")
        uow.commit()
    copies.write_card(one, folder / "one.card")
    copies.write_card(two, folder / "two.card")
    copies.trust_card(one, folder / "two.card")
    copies.trust_card(two, folder / "one.card")
    exchange.receive(two, exchange.send(one, folder / "seminar.orgsync").paths)
    with two.writer() as uow:
        event_id = resolve_event(uow, "south-2550").id
        person = desk_reading.expected_not_here(uow, event_id, DAY2)[0]
        desk.check_in(uow, person.id, DAY2)
        walk_in = desk.WalkIn(
            "นาง", "มาลี", "ศรีสุข", "0891112222", organisation_name="กลุ่มออมทรัพย์บ้านนา"
        )
        desk.register_walk_in(uow, event_id, walk_in, DAY2)
        uow.commit()
    with one.writer() as uow:
        desk.register_walk_in(uow, event_id, walk_in, DAY2)
        uow.commit()

    session = Session(app, one, "th")
    window = session.window
    window.resize(1280, 800)
    session.ctx.set_current_event(event_id)
    view = window.show_area("desk").desk
    view.controller.today = lambda: DAY2
    wait_until(app, lambda: view.controller.seminar is not None)
    view.controller.set_day(DAY2)
    wait_until(app, lambda: view.count_here.text() not in ("", "–"))
    exchange.receive(one, exchange.send(two, folder / "desk2.orgsync").paths)
    wait_until(app, lambda: view.pairs_button.isVisible())  # noticed underneath the window
    view.search.setFocus()
    for ch in person.name.split()[-1]:  # the family name
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                view.search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            )
    wait_until(app, lambda: view.matches_model.rowCount() > 0 and not view.controller.searching)
    shown = view.confirm.warning
    view.controller.check_in_match(0)
    wait_until(app, lambda: shown.isVisible() and "2" in shown.text())
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "desk-other-desk.png"))
    print(out / "desk-other-desk.png", shown.text())

    # as it looks when desk 2's last file came in before its last check-ins
    with one.raw_connection() as conn:
        conn.execute("UPDATE sync_trust SET last_received_at = ? WHERE name = '2'",
                     (dt.datetime.now(dt.UTC).replace(hour=3, minute=5).isoformat(),))  # fmt: skip
    view.end_of_day_button.click()
    wait_until(app, lambda: view.end_of_day_dialog is not None)
    reminder = view.end_of_day_dialog
    assert reminder is not None
    app.processEvents()
    reminder.grab().save(str(out / "desk-end-of-day.png"))
    print(out / "desk-end-of-day.png")
    reminder.reject()

    window.show_area("sync")
    page = window.pages["sync"]
    page.desks_box.today = lambda: DAY2  # the demo seminar's second day
    page.desks_box.reload()
    wait_until(app, lambda: "2" in page.desks_box.not_received.text())
    app.processEvents()
    window.grab().save(str(out / "sync-desks.png"))
    print(out / "sync-desks.png")
    session.ctx.tasks.wait_idle()
    window.database_watch.stop()
    two.dispose()
    one.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
