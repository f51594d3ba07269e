"""The hub in the window, against the real PostgreSQL of this folder's conftest: the hub is set
and tried from its dialog, a change another copy posts (with the real `organiser sync hub now`)
appears in the open app without a click, and an unreachable hub is said with since when while
the app stays usable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from change_files import Laptop, seeded
from hub_copies import Hub, now
from tests.conftest import run_cli

from organiser.services.sync.hub import place
from organiser.ui.context import AppContext
from organiser.ui.sync.hub_dialog import HubDialog
from organiser.ui.sync.hub_exchanger import HubExchanger


@pytest.fixture
def contexts(qapp: Any) -> Iterator[Any]:
    made: list[tuple[AppContext, HubExchanger]] = []

    def open_ctx(laptop: Laptop, exchange_in_background: bool = True) -> AppContext:
        ctx = AppContext(laptop.store)
        exchanger = HubExchanger(ctx)
        exchanger.retry_first_s = 0.5  # the test need not wait 30 s for a second try
        made.append((ctx, exchanger))
        if exchange_in_background:
            exchanger.start()
        return ctx

    yield open_ctx
    for ctx, exchanger in made:
        exchanger.stop()
        assert not exchanger.running  # stopped cleanly, within a second of listening
        ctx.tasks.wait_idle()


def test_the_hub_is_set_from_its_dialog_after_testing_the_connection(
    qtbot: Any, hub: Hub, offices: list[Laptop], contexts: Any
) -> None:
    hq = offices[0]
    url = hub.office("songkhla")
    password = urlsplit(url).password
    assert password
    ctx = contexts(hq, exchange_in_background=False)
    dialog = HubDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remove_button.isEnabled()  # no hub yet
    dialog.address.setText(url)  # the whole address the administrator gave, pasted
    dialog.address.editingFinished.emit()
    assert dialog.role.text() == "songkhla" and dialog.password.text() == password
    assert password not in dialog.address.text()
    dialog.ca.setText(str(hub.pg.ca))

    dialog.password.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "refused the password of songkhla" in dialog.answer.text()

    dialog.password.setText(password)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "answered" in dialog.answer.text() and "songkhla" in dialog.answer.text()
    assert place.hub_place(hq.store) is None  # tried, not saved

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    found = place.hub_place(hq.store)
    assert found is not None and found.password == password
    assert found.ca == Path(hub.pg.ca).absolute()
    assert password.encode() not in hq.db_bytes()  # in its private file only
    assert now(hq).posted >= 0  # the saved hub works

    again = HubDialog(ctx)  # opened again: the password kept, not shown
    qtbot.addWidget(again)
    assert again.role.text() == "songkhla" and again.password.text() == ""
    again.test_button.click()
    qtbot.waitUntil(lambda: again.test_button.isEnabled(), timeout=20_000)
    assert "answered" in again.answer.text()
    again.confirm_remove = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.remove_button.click()
    assert place.hub_place(hq.store) is None
    assert not place.password_path(hq.store.data_dir).exists()


def test_a_change_posted_by_another_copy_appears_in_the_open_app_without_a_click(
    qtbot: Any, hub: Hub, offices: list[Laptop], contexts: Any
) -> None:
    from organiser.ui.main_window import MainWindow

    hq, _desk, other = offices
    hub.join(hq, hub.office("songkhla"))
    hub.join(other, hub.office("trang"))
    ctx = contexts(other)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    people_page = window.show_area("people")
    qtbot.waitUntil(lambda: people_page.loaded, timeout=10_000)
    sync_page = window.show_area("sync")
    section = sync_page.hub_section
    # the first exchange at start: connected, nothing waiting
    qtbot.waitUntil(lambda: "Connected" in section.state_label.text(), timeout=20_000)
    assert section.waiting_label.text().endswith(" 0")
    assert section.last_label.text() != "Last exchange: —"

    exchanger = ctx.findChild(HubExchanger)
    bar_shown: list[bool] = []
    exchanger.progressed.connect(lambda *_a: bar_shown.append(not section.progress.isHidden()))
    hq.write(seeded)  # at another office, which posts with the command line
    done = run_cli("sync", "hub", "now", data_dir=hq.folder)
    assert done.returncode == 0, done.stderr

    window.show_area("people")
    # heard over LISTEN, taken in, and the People place reloads: nobody clicked anything
    qtbot.waitUntil(lambda: people_page.model.rowCount() == 3, timeout=30_000)
    assert other.people() == hq.people()
    assert bar_shown and all(bar_shown)  # the download showed its progress bar
    qtbot.waitUntil(lambda: section.progress.isHidden(), timeout=10_000)


def test_local_changes_go_up_by_themselves_once_they_settle(
    qtbot: Any, hub: Hub, offices: list[Laptop], contexts: Any
) -> None:
    from organiser.ui.sync.page import SyncPage

    hq, _desk, other = offices
    hub.join(hq, hub.office("songkhla"))
    hub.join(other, hub.office("trang"))
    ctx = contexts(other)
    exchanger = ctx.findChild(HubExchanger)
    exchanger.writes_timer.setInterval(200)  # 30 s in the app
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    section = page.hub_section
    qtbot.waitUntil(lambda: "Connected" in section.state_label.text(), timeout=20_000)

    with qtbot.waitSignal(exchanger.exchanged, timeout=20_000):
        other.write(seeded)  # as the People place saves: a write, then its change notice
        ctx.changed()
    qtbot.waitUntil(lambda: section.waiting_label.text().endswith(" 0"), timeout=10_000)
    assert now(hq).people == 3  # the other office finds them on the hub


def test_an_unreachable_hub_says_since_when_and_the_app_stays_usable(
    qtbot: Any, hub: Hub, offices: list[Laptop], contexts: Any
) -> None:
    from organiser.ui.main_window import MainWindow

    other = offices[2]
    good = hub.office("trang")
    parts = urlsplit(good)
    # a port where nothing listens: the hub's server is "down"
    down = parts._replace(netloc=parts.netloc.replace(f":{parts.port}", ":1")).geturl()
    place.set_hub(other.store, down, hub.pg.ca)
    ctx = contexts(other)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    section = window.show_area("sync").hub_section
    qtbot.waitUntil(lambda: "Not reachable since" in section.state_label.text(), timeout=20_000)
    assert section.now_button.isEnabled()

    # the window still works meanwhile: a person is added and shown, nothing waits on the hub
    other.write(seeded)
    ctx.changed()
    people_page = window.show_area("people")
    qtbot.waitUntil(lambda: people_page.model.rowCount() == 3, timeout=10_000)
    # the hub comes back (its address corrected): the next try exchanges and it says so
    place.set_hub(other.store, good, hub.pg.ca)
    section = window.show_area("sync").hub_section
    section.now_button.click()
    qtbot.waitUntil(lambda: "Connected" in section.state_label.text(), timeout=20_000)
    assert section.waiting_label.text().endswith(" 0")
