"""The desk screen while other desks work: check-ins written underneath the window (by the
command line beside it, by another desk's changes received) show within two seconds, a
repeat names the desk that was first, and pairs of walk-ins are offered for merging."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from several_desks import TODAY, Venue, not_here, open_desk

from organiser.domain.people import Person
from organiser.services.desk import editing as desk
from organiser.services.sync import exchange
from organiser.store.db import Store


def test_a_check_in_from_the_command_line_beside_the_app_shows_within_two_seconds(
    qtbot: Any, venue: Venue, cli: Any
) -> None:
    view, watch = open_desk(qtbot, venue)
    assert view.count_here.text() == "0" and len(not_here(view)) == 2
    with venue.here.reader() as uow:
        code = desk.check_in_person(uow, venue.event_id, venue.people[0], TODAY).code
        uow.session.rollback()  # only its code was wanted: a reader writes nothing
    done = cli("checkin", venue.event_id, "--code", code, data_dir=venue.ctx.data_dir)
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: view.count_here.text() == "1", timeout=2_000)
    qtbot.waitUntil(lambda: not_here(view) == ["สมศรี รักถิ่น"], timeout=2_000)
    watch.stop()


def test_the_desks_own_check_in_is_not_told_twice(qtbot: Any, venue: Venue) -> None:
    view, watch = open_desk(qtbot, venue)
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000):
        view.controller.check_in_registration(
            view.not_here_model.row_at(0).id, desk.CheckInMethod.SEARCH
        )
    with qtbot.assertNotEmitted(watch.noticed, wait=800):
        pass
    watch.stop()


def type_keys(widget: Any, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_another_desks_check_in_arrives_and_a_repeat_names_that_desk(
    qtbot: Any, venue: Venue, tmp_path: Path, cli: Any
) -> None:
    view, watch = open_desk(qtbot, venue)
    with venue.there.writer() as uow:
        first = desk.check_in_person(uow, venue.event_id, venue.people[0], TODAY)
        uow.commit()
    done = cli("sync", "receive", str(venue.from_there()), data_dir=venue.ctx.data_dir)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: view.count_here.text() == "1", timeout=2_000)

    view.search.setFocus()
    type_keys(view.search, "สมชาย")
    qtbot.waitUntil(lambda: view.matches_model.rowCount() == 1 and not view.controller.searching)
    with qtbot.waitSignal(view.controller.confirmed, timeout=10_000) as blocker:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    result = blocker.args[0]
    time = desk.local_time_text(first.at)
    assert result.warning() == f"Already checked in at desk 2 at {time}."
    assert view.confirm.warning.text() == f"⚠ Already checked in at desk 2 at {time}."
    assert view.confirm.warning.isVisible()
    assert view.count_here.text() == "1"  # counted once, both check-ins kept
    shots = Path(tmp_path / "shots")
    shots.mkdir()
    assert view.grab().save(str(shots / "desk-elsewhere.png"))
    watch.stop()


def walk_in(store: Store, event_id: str, desk_name: str) -> desk.CheckInResult:
    with store.writer() as uow:
        form = desk.WalkIn("นาง", "มาลี", "ศรีสุข", phone="0891112222", organisation_name="กลุ่มออมทรัพย์")
        result = desk.register_walk_in(uow, event_id, form, TODAY, desk=desk_name)
        uow.commit()
    return result


def test_one_new_person_walking_in_at_two_desks_is_offered_for_merging_at_the_desk(
    qtbot: Any, venue: Venue
) -> None:
    view, watch = open_desk(qtbot, venue)
    assert view.pairs_button.isHidden()
    here = walk_in(venue.here, venue.event_id, "โต๊ะ 1")
    there = walk_in(venue.there, venue.event_id, "โต๊ะ 2")
    exchange.receive(venue.there, [venue.send(venue.here, "desk1")])
    exchange.receive(venue.here, [venue.from_there()])  # arrives underneath the window

    qtbot.waitUntil(lambda: view.pairs_button.isVisible(), timeout=2_000)
    assert view.pairs_button.text() == "Possible duplicates from another desk (1)…"
    assert view.count_walk_ins.text() == "2"  # both kept until someone decides
    dialog = view.open_pairs()
    assert dialog is not None
    texts = [w.text() for w in dialog.findChildren(type(view.hint))]
    assert any("at desk 2" in t for t in texts) and any("at desk 1" in t for t in texts)
    merge = dialog.open_merge(view.pairs[0])
    assert merge is not None
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        merge.accept()
    qtbot.waitUntil(lambda: view.pairs_button.isHidden(), timeout=5_000)
    qtbot.waitUntil(lambda: view.count_walk_ins.text() == "1", timeout=5_000)
    with venue.here.reader() as uow:
        records = [uow.session.get(Person, p) for p in (here.person_id, there.person_id)]
        assert sorted(p.merged_into_id is not None for p in records if p) == [False, True]
    watch.stop()


def test_the_end_of_the_day_names_the_desks_not_received_and_offers_to_receive(
    qtbot: Any, venue: Venue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from organiser.services.sync import desks as desks_service

    view, watch = open_desk(qtbot, venue)
    with qtbot.waitSignal(view.controller.not_received_found, timeout=5_000):
        view.end_of_day_button.click()
    assert view.end_of_day_dialog is None
    assert (
        view.hint.text()
        == "Every other desk's check-ins of this day known here have been received."
    )

    with venue.there.writer() as uow:
        desk.check_in_person(uow, venue.event_id, venue.people[1], TODAY)
        uow.commit()
    exchange.receive(venue.here, [venue.from_there()])
    qtbot.waitUntil(lambda: view.count_here.text() == "1", timeout=2_000)
    # hours later: nothing received from desk 2 since
    monkeypatch.setattr(desks_service, "RECENT", dt.timedelta(0))
    opened: list[bool] = []  # File → Receive changes…'s own dialogs are tested elsewhere
    monkeypatch.setattr(view, "receive_changes", lambda: opened.append(True))
    with qtbot.waitSignal(view.controller.not_received_found, timeout=5_000):
        view.end_of_day_button.click()
    reminder = view.end_of_day_dialog
    assert reminder is not None and reminder.isVisible()
    assert "Desk 2: 1 check-ins here, the last at " in reminder.text()
    reminder.receive_button.click()
    assert opened == [True]
    watch.stop()


def test_the_watch_lets_go_of_the_file_while_it_is_replaced_and_watches_again_after(
    qtbot: Any, venue: Venue
) -> None:
    from organiser.core.notices import Area
    from organiser.store.opening import open_store

    view, watch = open_desk(qtbot, venue)
    venue.here.dispose()  # as a restore does before it puts another file in place
    assert watch._conn is None  # on Windows an open file could not be replaced
    venue.ctx.changed(Area.ALL)  # the restore is done
    qtbot.waitUntil(lambda: watch._conn is not None and watch._held is not None)
    beside = open_store(venue.ctx.data_dir)  # another process's connection, as it were
    with beside.writer() as uow:
        desk.check_in_person(uow, venue.event_id, venue.people[1], TODAY)
        uow.commit()
    beside.dispose()
    qtbot.waitUntil(lambda: view.count_here.text() == "1", timeout=2_000)
    watch.stop()
