"""Offices exchanging change files from the window: File → Receive changes… shows what would
change before anything is written, the Sync place lists the other office with the last
exchange, a conflict is settled from its list, a damaged file is refused with one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from sync_offices import Office, open_office, seed_people, set_phone

from organiser.core import i18n
from organiser.services.sync import attachments, copies, exchange
from organiser.ui.context import AppContext
from organiser.ui.main_window import MainWindow
from organiser.ui.widgets import files


@pytest.fixture
def window_of(qtbot: Any, qapp: Any) -> Iterator[Any]:
    made: list[AppContext] = []

    def open_window(office: Office) -> MainWindow:
        ctx = AppContext(office.store)
        made.append(ctx)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.start()
        return window

    yield open_window
    for ctx in made:
        ctx.tasks.wait_idle()


def choose_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """The person picks these files in the file chooser (the only thing not real here)."""
    monkeypatch.setattr(files, "ask_open_paths", lambda *_a, **_k: list(paths))


def receive_from_the_menu(qtbot: Any, window: MainWindow) -> Any:
    window.findChild(QAction, "receiveChangesAction").trigger()
    change_files = window.sync_menu.change_files
    qtbot.waitUntil(
        lambda: (
            (change_files.preview_dialog is not None and change_files.preview_dialog.isVisible())
            or (change_files.message_box is not None and change_files.message_box.isVisible())
        ),
        timeout=10_000,
    )
    return change_files


def test_a_change_file_is_previewed_then_received_from_the_file_menu_and_every_place_reloads(
    qtbot: Any, window_of: Any, offices: tuple[Office, Office], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = offices
    seed_people(a)
    sent = exchange.send(a.store, a.folder.parent / "from-a.orgsync")
    window = window_of(b)
    people_page = window.show_area("people")
    qtbot.waitUntil(lambda: people_page.loaded, timeout=10_000)
    window.ctx.tasks.wait_idle()
    assert people_page.model.rowCount() == 0
    choose_files(monkeypatch, *sent.paths)

    change_files = receive_from_the_menu(qtbot, window)
    preview = change_files.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.counts["people"].text() == "3"
    assert preview.counts["check_ins"].text() == "3"
    assert preview.counts["new_conflicts"].text() == "0"
    assert b.people() == {}  # nothing written before Receive

    with qtbot.waitSignal(
        window.ctx.data_changed, timeout=10_000, check_params_cb=lambda a: a == "*"
    ):
        preview.receive_button.click()
    qtbot.waitUntil(lambda: change_files.message_box is not None, timeout=10_000)
    assert "received from desk a" in change_files.message_box.text()
    assert b.people() == a.people()
    # the People place, open meanwhile, shows them without being asked
    qtbot.waitUntil(lambda: people_page.model.rowCount() == 3, timeout=10_000)

    page = window.show_area("sync")
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    rows = {r.name: r for r in page.trusted_model.rows}
    assert rows["desk a"].last_received_at is not None
    shown = [
        page.trusted_model.data(page.trusted_model.index(i, 5))
        for i in range(page.trusted_model.rowCount())
    ]
    assert any(s and s != "—" for s in shown)  # the last exchange with desk a, as a date


def test_the_sync_place_shows_this_copy_its_fingerprint_and_what_the_others_lack(
    qtbot: Any, window_of: Any, offices: tuple[Office, Office]
) -> None:
    a, _b = offices
    seed_people(a)
    window = window_of(a)
    page = window.show_area("sync")
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    me = copies.copy_identity(a.store)
    assert page.fingerprint_label.text() == me.fingerprint
    assert page.words_label.text() == " ".join(me.words)
    assert page.office_label.text() == "office a"
    assert "desk b" in {r.name for r in page.trusted_model.rows}
    assert page.unsent_label.text().endswith(str(page.overview.not_yet_sent))
    assert page.overview.not_yet_sent > 0
    # exactly what the next change file carries
    assert exchange.send(a.store, a.folder.parent / "x.orgsync").changes == (
        page.overview.not_yet_sent
    )
    assert page.conflicts_label.text().endswith("0")

    # the size up to which signed scans travel inside the file: 5 MB unless the office sets it
    assert page.attachment_limit.value() == 5.0
    page.attachment_limit.setValue(0.5)
    page.attachment_limit.editingFinished.emit()
    qtbot.waitUntil(lambda: page.overview.attachment_limit_mb == 0.5, timeout=10_000)
    with a.store.reader() as uow:
        assert attachments.limit_bytes(uow) == 500_000


def test_a_conflict_shows_both_values_with_who_and_when_and_is_settled_from_the_list(
    qtbot: Any, window_of: Any, offices: tuple[Office, Office]
) -> None:
    a, b = offices
    ids = seed_people(a)
    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / "1.orgsync").paths)
    person = ids["สมชาย"]
    set_phone(a, person, "0811111111")
    set_phone(b, person, "0822222222")
    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / "2.orgsync").paths)
    i18n.set_language("th")  # B.E. dates, as the offices see them
    window = window_of(b)
    page = window.show_area("sync")
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1, timeout=10_000)
    model = page.conflicts_model
    assert "สมชาย ใจดี" in model.data(model.index(0, 0))
    values = model.data(model.index(0, 2))
    assert "081-111-1111" in values and "082-222-2222" in values and "desk a" in values
    assert "25" in values and "พ.ศ." not in values  # a Thai date with its B.E. year (25xx)

    page.conflicts_table.selectRow(0)
    page.resolve_selected()
    dialog = page.resolve_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert len(dialog.choices) == 2
    dialog.other_text.setText("0833333333")
    dialog.other.setChecked(True)
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 0, timeout=10_000)
    assert b.people()["สมชาย"] == "0833333333"
    assert copies.copy_identity(b.store)  # still opens
    # the settlement travels: a receives it and has no conflict either
    exchange.receive(a.store, exchange.send(b.store, b.folder.parent / "3.orgsync").paths)
    assert a.people()["สมชาย"] == "0833333333"


def test_a_file_with_a_flipped_byte_is_refused_with_one_sentence_and_changes_nothing(
    qtbot: Any, window_of: Any, offices: tuple[Office, Office], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = offices
    seed_people(a)
    path = exchange.send(a.store, a.folder.parent / "from-a.orgsync").paths[0]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    window = window_of(b)
    window.ctx.tasks.wait_idle()
    before = b.db_bytes()
    choose_files(monkeypatch, path)

    change_files = receive_from_the_menu(qtbot, window)
    assert change_files.preview_dialog is None
    text = change_files.message_box.text()
    assert "from-a.orgsync" in text and "\n" not in text and text.count(".") <= 2
    window.ctx.tasks.wait_idle()
    assert b.people() == {}
    assert b.db_bytes() == before


def test_send_from_the_menu_writes_a_file_for_the_offices_ticked_and_says_how_many_parts(
    qtbot: Any, window_of: Any, offices: tuple[Office, Office], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = offices
    seed_people(a)
    window = window_of(a)
    target = a.folder.parent / "for-b.orgsync"
    monkeypatch.setattr(files, "ask_save_path", lambda *_a, **_k: target)
    # parts of 3 kB instead of 10 MB, so that a small seminar is cut into parts as a big one is
    monkeypatch.setattr("organiser.sync.sealed.PART_BYTES", 3000)
    window.findChild(QAction, "sendChangesAction").trigger()
    change_files = window.sync_menu.change_files
    qtbot.waitUntil(
        lambda: change_files.send_dialog is not None and change_files.send_dialog.isVisible(),
        timeout=10_000,
    )
    dialog = change_files.send_dialog
    assert dialog.offices.count() >= 1  # b, ticked by default
    assert dialog.chosen() is None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: change_files.message_box is not None, timeout=10_000)
    text = change_files.message_box.text()
    parts = sorted(a.folder.parent.glob("for-b.orgsync*"))
    assert len(parts) > 1 and f"{len(parts)} parts" in text
    got = exchange.receive(b.store, parts)
    assert got.applied and got.people == 3


def test_a_key_card_is_trusted_after_its_words_are_shown_and_revoking_says_what_it_does(
    qtbot: Any, window_of: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, c = open_office(tmp_path, "a"), open_office(tmp_path, "c")
    try:
        card = c.card()
        window = window_of(a)
        page = window.show_area("sync")
        qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
        assert page.trusted_model.rowCount() == 0
        assert not page.send_button.isEnabled()  # nobody to send to yet
        monkeypatch.setattr(files, "ask_open_path", lambda *_a, **_k: card)
        page.trust_button.click()
        qtbot.waitUntil(
            lambda: (
                page.key_cards.trust_dialog is not None and page.key_cards.trust_dialog.isVisible()
            ),
            timeout=10_000,
        )
        dialog = page.key_cards.trust_dialog
        words = copies.copy_identity(c.store).office_words
        assert dialog.words.text() == " ".join(words or [])  # the words to compare aloud
        assert page.trusted_model.rowCount() == 0  # nothing trusted before the person agrees
        dialog.trust_button.click()
        qtbot.waitUntil(lambda: page.trusted_model.rowCount() > 0, timeout=10_000)
        office = next(r for r in page.trusted_model.rows if r.kind == "office")
        assert office.trusted and office.office == "office c"
        qtbot.waitUntil(page.send_button.isEnabled, timeout=10_000)

        asked: list[str] = []
        monkeypatch.setattr(page, "confirm", lambda text: asked.append(text) or True)
        page.revoke(office)
        qtbot.waitUntil(
            lambda: any(r.revoked_at for r in page.trusted_model.rows if r.kind == "office"),
            timeout=10_000,
        )
        assert "refused" in asked[0] and "stays on it" in asked[0]
        assert not page.send_button.isEnabled()
    finally:
        c.store.dispose()
        a.store.dispose()


def test_changes_from_a_clock_a_month_ahead_are_shown_held_back_and_accepted_from_the_place(
    qtbot: Any, window_of: Any, offices: tuple[Office, Office], monkeypatch: pytest.MonkeyPatch
) -> None:
    from organiser.sync import clock

    a, b = offices
    ids = seed_people(a)
    exchange.receive(b.store, exchange.send(a.store, a.folder.parent / "a1.orgsync").paths)
    right = clock.wall_ms
    monkeypatch.setattr(clock, "wall_ms", lambda: right() + 30 * 86_400_000)  # a's date wrong
    set_phone(a, ids["สมชาย"], "0891112222")
    sent = exchange.send(a.store, a.folder.parent / "a2.orgsync")
    monkeypatch.setattr(clock, "wall_ms", right)
    assert exchange.receive(b.store, sent.paths).held_back > 0
    assert b.people()["สมชาย"] == "0812345678"  # held back, not applied

    window = window_of(b)
    page = window.show_area("sync")
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    assert page.held_label.isVisible() and "desk a" in page.held_label.text()
    assert page.accept_button.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda text, title="": asked.append(text) or True)
    page.accept_button.click()
    qtbot.waitUntil(lambda: b.people()["สมชาย"] == "0891112222", timeout=10_000)
    assert "30 days ahead" in asked[0]
    qtbot.waitUntil(lambda: not page.accept_button.isVisible(), timeout=10_000)
