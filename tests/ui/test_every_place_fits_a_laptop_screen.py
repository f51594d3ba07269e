"""Every place of the main window fits a 1366×768 office laptop, maximised, in Thai and in
English, also after the language was switched: no page asks for more than the window has, and
the buttons people reach for (the memoranda list's, the organisation form's Save, the plans
status line, the Sync place's Send and Revoke) lie wholly inside the window.

Run in a subprocess on a virtual 1366×768 screen (the offscreen platform's screen file), as
in test_window_fits_the_screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, sys
from pathlib import Path

from PySide6.QtCore import QRect

from organiser.app import Session, make_application
from organiser.services.demo import build_demo
from organiser.store.opening import open_store

data, first, then = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = make_application([])
store = open_store(data)
with store.writer() as uow:
    build_demo(uow)
    uow.commit()
session = Session(app, store, first)
session.switch_language(then)  # the window is rebuilt in the other language
window, ctx = session.window, session.ctx
room = window.screen().availableGeometry()
found = {"maximised": window.isMaximized(), "screen": [room.width(), room.height()],
         "places": {}, "widgets": {}}


def settle():
    for _ in range(4):
        ctx.tasks.wait_idle(15_000)
        app.processEvents()


def place(name, page):
    settle()
    need, window_need = page.minimumSizeHint(), window.minimumSizeHint()
    found["places"][name] = {
        "needs": [need.width(), need.height()],
        "has": [page.width(), page.height()],
        "window_needs": [window_need.width(), window_need.height()],
        "window": [window.width(), window.height()],
    }


def widget(name, w):
    settle()
    shown = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
    seen = w.visibleRegion().boundingRect()
    found["widgets"][name] = {
        "inside": window.rect().contains(shown),
        "visible": w.isVisible() and seen.size() == w.size(),
        "rect": [shown.x(), shown.y(), shown.width(), shown.height()],
    }


for area in window.areas:
    page = window.show_area(area.key)
    place(area.key, page)
    if area.key == "people":
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            place(f"people/{index}", page)
        page.tabs.setCurrentIndex(1)
        settle()
        widget("organisation Save", page.organisations.org_editor.save_button)
        widget("organisation Delete", page.organisations.org_editor.delete_button)
    elif area.key == "memoranda":
        for name in ("new_button", "open_button", "print_button", "delete_button"):
            widget(f"memoranda {name}", getattr(page.list, name))
    elif area.key == "plans":
        widget("plans status line", page.message)
        widget("plans New action", page.new_action_button)
        widget("plans Delete plan", page.delete_plan_button)
        page.select(("teams", ""))
        place("plans/teams", page)
        page.select(("view", "overdue"))
        place("plans/overdue", page)
        widget("plans status line (overdue)", page.message)
    elif area.key == "sync":
        widget("sync Send changes", page.send_button)
        widget("sync Save my key card", page.save_card_button)
        page.tabs.setCurrentIndex(0)
        widget("sync Revoke", page.revoke_button)
        for index in range(1, page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            place(f"sync/{index}", page)
found["end"] = {"maximised": window.isMaximized(), "window": [window.width(), window.height()]}
print(json.dumps(found))
ctx.tasks.wait_idle(15_000)
store.dispose()
"""


def open_every_place(tmp_path: Path, first: str, then: str, height: int) -> dict[str, object]:
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": 1366, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data"), first, then],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("first", "lang", "height"),
    [
        ("en", "th", 768),
        ("th", "en", 768),
        # Windows keeps ~40 px of a 768-pixel screen for its taskbar: a maximised window
        # gets 1366×728, which the offscreen platform shows as a screen of that size
        ("en", "th", 728),
        ("th", "en", 728),
    ],
)
def test_every_place_fits_a_1366_by_768_screen(
    tmp_path: Path, first: str, lang: str, height: int
) -> None:
    found = open_every_place(tmp_path, first, lang, height)
    room_w, room_h = found["screen"]  # type: ignore[misc]
    assert found["maximised"] is True  # after switching language too
    places: dict[str, dict[str, list[int]]] = found["places"]  # type: ignore[assignment]
    assert {"home", "people/1", "memoranda", "plans", "plans/teams", "sync", "sync/1"} <= set(
        places
    )
    for name, p in places.items():
        (need_w, need_h), (has_w, has_h) = p["needs"], p["has"]
        assert need_w <= has_w and need_h <= has_h, (lang, name, p)
        window_w, window_h = p["window"]
        assert window_w <= room_w and window_h <= room_h, (lang, name, p)
        assert p["window_needs"][0] <= room_w and p["window_needs"][1] <= room_h, (lang, name, p)
    widgets: dict[str, dict[str, object]] = found["widgets"]  # type: ignore[assignment]
    assert len(widgets) == 13
    for name, w in widgets.items():
        assert w["inside"] and w["visible"], (lang, name, w)
    end = found["end"]
    assert end["maximised"] is True and end["window"][1] <= room_h  # type: ignore[index]
