"""Desks at the venue in the window, with the real endpoint and real `organiser` processes:
Add a desk shows a code that `organiser sync pair` pairs with, a check-in at the other desk
shows in this desk's counts within seconds, the peers panel lists the other desk (and since
when it cannot see it), Join a desk receives the seminar, and Leave and forget erases."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import run_cli
from tests.e2e.venue import ServedDesk

from organiser.core.errors import UserError
from organiser.services import settings as settings_service
from organiser.services.demo import DAY2
from organiser.services.desk import reading as desk
from organiser.services.events.reading import resolve_event
from organiser.services.sync.venue import link
from organiser.services.sync.venue.pairing import WRONG_CODES
from organiser.store.db import Store
from organiser.store.opening import open_store


def serving_on_loopback(ctx: Any) -> Any:
    from organiser.ui.sync.venue_serving import serving_for

    serving = serving_for(ctx)
    serving.host, serving.port, serving.discovery = "127.0.0.1", 0, False
    return serving


@pytest.fixture
def office_desk(qapp: object, tmp_path: Path) -> Iterator[Any]:
    """The office laptop holding the seminar, open in the window (its change log made by the
    command, as at an office)."""
    from organiser.ui.context import AppContext

    folder = tmp_path / "a"
    assert run_cli("demo", data_dir=folder).returncode == 0
    store = open_store(folder)
    ctx = AppContext(store)
    serving = serving_on_loopback(ctx)
    yield ctx
    serving.stop()
    ctx.tasks.wait_idle()
    store.dispose()


def open_desk_view(qtbot: Any, ctx: Any) -> Any:
    from organiser.ui.desk.page import DeskPage

    with ctx.store.writer() as uow:
        settings_service.put(uow, settings_service.DESK_NAME, "โต๊ะ 1")
        uow.commit()
    with ctx.store.reader() as uow:
        ctx.current_event_id = resolve_event(uow, "south-2550").id
    page = DeskPage(ctx)
    qtbot.addWidget(page)
    view = page.desk
    view.page_kept_alive = page  # the test holds the view only; in the app the window holds it
    view.controller.today = lambda: DAY2
    page.show()
    with qtbot.waitSignal(view.controller.counts_changed, timeout=10_000):
        page.reload()
    return view


def peer_names(panel: Any) -> dict[str, str]:
    model = panel.peers_model
    return {model.row_at(r)["name"]: model.index(r, 1).data() for r in range(model.rowCount())}


def test_a_desk_added_in_the_window_pairs_by_code_and_its_check_ins_show_here(
    qtbot: Any, office_desk: Any, tmp_path: Path
) -> None:
    from organiser.ui.sync.venue_panel import VenuePanel

    ctx = office_desk
    serving = serving_on_loopback(ctx)
    panel = VenuePanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert not serving.serving  # nothing listens before a person turns it on
    assert "does not listen" in panel.state_label.text()

    from organiser.ui.sync.page import SyncPage

    sync_page = SyncPage(ctx)
    qtbot.addWidget(sync_page)
    sync_page.show()
    sync_page.reload()
    qtbot.waitUntil(lambda: "No copy is trusted yet" in sync_page.unsent_label.text())
    assert not sync_page.send_button.isEnabled()

    panel.add_desk()
    dialog = panel.add_dialog
    code = dialog.code_label.text().replace(" ", "")
    address = dialog.address_label.text()
    assert len(code) == 6 and code.isdigit() and address.startswith("127.0.0.1:")
    assert not dialog.qr.pixmap().isNull()
    assert "more" in dialog.countdown.text()  # "The code works for 9:59 more."
    assert address in panel.state_label.text()

    other = tmp_path / "b"
    paired = run_cli("sync", "pair", code, "--host", address, data_dir=other)
    assert paired.returncode == 0, paired.stderr
    qtbot.waitUntil(lambda: "Joined" in dialog.joined.text(), timeout=10_000)
    dialog.reject()  # pairing closes with the dialog; serving goes on
    assert not serving.pairing_open() and serving.serving
    assert link.hello(address)["pairing"] is False
    # the Sync place open beside shows the new desk trusted, without a click: changes can be
    # sent to it by file too
    qtbot.waitUntil(lambda: sync_page.send_button.isEnabled(), timeout=10_000)
    assert "No copy is trusted yet" not in sync_page.unsent_label.text()

    view = open_desk_view(qtbot, ctx)
    here_before = int(view.count_here.text())
    with ctx.store.reader() as uow:
        event_id = resolve_event(uow, "south-2550").id
        person = desk.expected_not_here(uow, event_id, DAY2)[0]
    desk_b = ServedDesk(other)
    try:
        done = run_cli("checkin", "south-2550", "--code", person.code, "--day", DAY2.isoformat(),
                       "--desk", "โต๊ะ 2", data_dir=other)  # fmt: skip
        assert done.returncode == 0, done.stderr
        start = time.monotonic()
        qtbot.waitUntil(lambda: view.count_here.text() == str(here_before + 1), timeout=10_000)
        assert time.monotonic() - start < 10

        b_name = link.hello(desk_b.address)["name"]
        qtbot.waitUntil(lambda: b_name in peer_names(panel), timeout=10_000)
        qtbot.waitUntil(lambda: "seen at" in peer_names(panel)[b_name], timeout=10_000)
    finally:
        desk_b.stop()
    # the other desk closed: this desk says since when it cannot see it
    qtbot.waitUntil(lambda: "not seen since" in peer_names(panel)[b_name], timeout=15_000)


def test_five_wrong_codes_close_pairing_and_the_dialog_says_so(
    qtbot: Any, office_desk: Any, store: Store
) -> None:
    from organiser.ui.sync.venue_dialogs import AddDeskDialog

    serving = serving_on_loopback(office_desk)
    dialog = AddDeskDialog(serving)
    qtbot.addWidget(dialog)
    right = dialog.door.code
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    for _ in range(WRONG_CODES):
        with pytest.raises(UserError):
            link.join(store, serving.address, wrong)
    dialog.tick()
    assert "closed after 5 wrong codes" in dialog.countdown.text()
    with pytest.raises(UserError):  # the right code no longer helps
        link.join(store, serving.address, right)
    dialog.reject()


def test_join_a_desk_receives_the_seminar_then_leave_and_forget_erases_it(
    qtbot: Any, empty_ctx: Any, tmp_path: Path
) -> None:
    from organiser.ui.sync.venue_dialogs import JoinDeskDialog
    from organiser.ui.sync.venue_panel import VenuePanel

    office = tmp_path / "office"
    assert run_cli("demo", data_dir=office).returncode == 0
    desk_a = ServedDesk(office)
    ctx = empty_ctx
    serving = serving_on_loopback(ctx)
    try:
        dialog = JoinDeskDialog(ctx, serving)
        qtbot.addWidget(dialog)
        dialog.address.setText(desk_a.address)
        dialog.code.setText("000000" if desk_a.code != "000000" else "111111")
        dialog.join_button.click()
        qtbot.waitUntil(lambda: not dialog.joining, timeout=20_000)
        assert "wrong" in dialog.status.text()  # a wrong code is said, nothing received
        dialog.code.setText(f"{desk_a.code[:3]} {desk_a.code[3:]}")
        dialog.join_button.click()
        assert not dialog.progress.isHidden() or not dialog.joining
        qtbot.waitUntil(lambda: not dialog.joining, timeout=60_000)
        assert "received" in dialog.status.text(), dialog.status.text()
        assert serving.serving  # a joined desk serves the others at once
        with ctx.store.reader() as uow:
            assert resolve_event(uow, "south-2550").id

        panel = VenuePanel(ctx)
        qtbot.addWidget(panel)
        panel.confirm_leave = lambda: True
        said: list[str] = []
        panel.tell_left = said.append
        panel.quit_app = lambda: None
        panel.leave()
        qtbot.waitUntil(lambda: bool(said) or panel.leave_button.isEnabled(), timeout=30_000)
        assert said, panel.message.text()
        assert not (ctx.data_dir / "organiser.sqlite3").exists()
        assert not serving.serving
    finally:
        serving.stop()
        desk_a.stop()


def test_file_menu_opens_the_desks_at_the_venue_without_listening(qtbot: Any, app_ctx: Any) -> None:
    from organiser.ui.main_window import MainWindow
    from organiser.ui.sync.venue_serving import serving_for

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.sync_menu.venue_action.trigger()
    page = window.pages["sync"]
    assert page.tabs.currentWidget() is page.desks_tab
    assert not serving_for(app_ctx).serving  # showing the desks turns nothing on
