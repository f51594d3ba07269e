"""Two desks of one venue: this laptop (the app's store) and a second desk in a folder of its own
(imported by the tests here; conftest puts this folder on the path)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from organiser.services import settings
from organiser.services.events.reading import create_event
from organiser.services.people.editing import PersonRecord, save_person
from organiser.services.people.invitations import invite
from organiser.services.sync import copies, exchange
from organiser.store.db import Store
from organiser.store.opening import open_store
from organiser.ui.context import AppContext
from organiser.ui.database_watch import DatabaseWatch
from organiser.ui.desk.page import DeskPage
from organiser.ui.desk.view import DeskView

TODAY = dt.date.today()
PEOPLE = (("สมชาย", "ใจดี", "0812345678"), ("สมศรี", "รักถิ่น", "0823456789"))


class Venue:
    """This laptop (the app's store) and a second desk in a folder of its own, trusting each
    other; the seminar (today) and two invited people were made here and sent there."""

    def __init__(self, ctx: AppContext, tmp_path: Path) -> None:
        self.ctx, self.tmp = ctx, tmp_path
        self.here: Store = ctx.store
        self.there = open_store(tmp_path / "desk2")
        for store, name in ((self.here, "โต๊ะ 1"), (self.there, "โต๊ะ 2")):
            with store.writer() as uow:
                settings.set_office(uow, "สำนักงานภาคใต้", "Phatthalung")
                settings.put(uow, settings.DESK_NAME, name)
                uow.commit()
        copies.trust_card(self.here, self.card(self.there, "two"))
        copies.trust_card(self.there, self.card(self.here, "one"))
        with self.here.writer() as uow:
            event = create_event(uow, "เวทีองค์กรการเงินชุมชนภาคใต้", TODAY, TODAY, venue="พัทลุง")
            uow.flush()
            self.people = [
                save_person(uow, PersonRecord(given_name=g, family_name=f, phone=p))
                for g, f, p in PEOPLE
            ]
            invite(uow, event.id, self.people)
            uow.commit()
            self.event_id = event.id
        exchange.receive(self.there, [self.send(self.here, "seminar")])
        self.files = 0
        self.watches: list[DatabaseWatch] = []

    def card(self, store: Store, name: str) -> Path:
        path = self.tmp / f"{name}.card"
        copies.write_card(store, path)
        return path

    def send(self, store: Store, name: str) -> Path:
        path = self.tmp / f"{name}.orgsync"
        exchange.send(store, path)
        return path

    def from_there(self) -> Path:
        self.files += 1
        return self.send(self.there, f"desk2-{self.files}")


def open_desk(qtbot: Any, venue: Venue) -> tuple[DeskView, DatabaseWatch]:
    ctx = venue.ctx
    ctx.current_event_id = venue.event_id
    page = DeskPage(ctx)
    qtbot.addWidget(page)
    view = page.desk
    view.page_kept_alive = page  # type: ignore[attr-defined]
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(view.controller.counts_changed, timeout=10_000):
        page.reload()
    watch = DatabaseWatch(ctx, page)
    venue.watches.append(watch)  # stopped when the test ends, passed or failed
    watch.start()
    qtbot.waitUntil(lambda: watch._held is not None)
    return view, watch


def not_here(view: DeskView) -> list[str]:
    return [view.not_here_model.row_at(i).name for i in range(view.not_here_model.rowCount())]
