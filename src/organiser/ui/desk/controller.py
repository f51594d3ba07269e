"""The desk's logic, apart from its widgets: search, check-in, undo, walk-ins, counts.

Reads run on the reader pool, every write on the single writer thread; a confirmation is
emitted only after the write committed (synchronous=FULL), so what the screen confirms is on
disk. Results of searches that were overtaken by newer typing are dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.domain.desk import CheckInMethod
from organiser.services import settings as settings_service
from organiser.services.desk import editing as desk_checkin
from organiser.services.desk import reading as desk_service
from organiser.services.desk.editing import (
    CheckInResult,
    Duplicate,
    OrganisationChoice,
    UndoResult,
    WalkIn,
)
from organiser.services.desk.reading import (
    DeskCounts,
    DeskEvent,
    DeskMatch,
    RegistrationRow,
    SessionChoice,
)
from organiser.services.sync.desks import (
    DeskNotReceived,
    desks_not_received,
    where_first_checked_in,
)
from organiser.services.sync.walk_in_pairs import WalkInPair, walk_ins_from_two_desks
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.writing import run_write

Refreshed = tuple[DeskCounts, list[RegistrationRow], list[SessionChoice], list[WalkInPair]]


@dataclass(frozen=True)
class DeskState:
    event: DeskEvent | None
    desk_name: str
    organisations: tuple[OrganisationChoice, ...]  # for the walk-in form's type-ahead


class DeskController(QObject):
    event_loaded = Signal(object)  # DeskEvent | None
    matches_changed = Signal(list)  # list[DeskMatch]
    confirmed = Signal(object)  # CheckInResult, after commit
    undone = Signal(object)  # UndoResult, after commit
    failed = Signal(str)  # one sentence for the person at the desk
    counts_changed = Signal(object)  # DeskCounts
    not_here_changed = Signal(list)  # list[RegistrationRow]
    sessions_changed = Signal(list)  # list[SessionChoice]
    duplicates_found = Signal(list)  # list[Duplicate] for the walk-in form
    pending_changed = Signal(int)  # check-ins written but not yet confirmed
    entry_taken = Signal()  # Enter was acted on: the search field is cleared for the next person
    choose_in_list = Signal(int)  # Enter found this many equally good matches: choose one
    not_received_found = Signal(list)  # list[DeskNotReceived]: the end of the day's reminder
    pairs_changed = Signal(list)  # list[WalkInPair]: one new person walked in at two desks

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seminar: DeskEvent | None = None
        self.day: dt.date | None = None
        self.session_id: str | None = None
        self.desk_name = ""
        self.matches: list[DeskMatch] = []
        self.organisations: list[OrganisationChoice] = []
        self.current = 0  # highlighted match
        self.chosen_by_hand = False  # the highlight was moved (arrows, a click): Enter takes it
        # Ctrl+Z reaches only the newest check-in of this desk, once: a second Ctrl+Z must not
        # cancel someone correct (any other check-in is cancelled by choosing it, with a reason)
        self.last_check_in: CheckInResult | None = None
        self.event_switched = False  # the last load opened another event
        self.counts: DeskCounts | None = None
        self._search_seq = 0
        self._shown_seq = 0
        self._search_text = ""
        self._pending_seq: int | None = None  # a search whose first match Enter already chose
        self.pending = 0
        self.today: Callable[[], dt.date] = dt.date.today
        self.telling = False  # this desk is telling the others of its own check-in

    def tell_others(self) -> None:
        """The other places reload; this desk has refreshed itself already."""
        self.telling = True
        try:
            self.ctx.changed(Area.DESK)
        finally:
            self.telling = False

    def end_of_day(self) -> None:
        """Which other desks' check-ins of the day this copy may not hold yet."""
        event, day, store = self.seminar, self.day, self.ctx.store
        if event is None or day is None:
            return

        def work(_p: Any) -> list[DeskNotReceived]:
            with store.reader() as uow:
                return desks_not_received(uow, event.id, day)

        self.ctx.tasks.run(work, self.not_received_found.emit, self._error)

    def changed_elsewhere(self) -> None:
        """Check-ins written underneath (another desk, a command-line check-in): counts, who is
        not here yet, and the matches on screen (their "today" column) are read again."""
        self.refresh()
        if self._search_text.strip():
            self.search(self._search_text)

    # ------------------------------------------------------------ loading
    def load(self) -> None:
        event_id = self.ctx.current_event_id
        store = self.ctx.store

        def work(_p: Any) -> DeskState:
            with store.reader() as uow:
                event = desk_service.desk_event(uow, event_id) if event_id else None
                # the name set here; unset, check-ins carry the computer's name
                name = settings_service.get(uow, settings_service.DESK_NAME).strip()
                return DeskState(event, name, tuple(desk_checkin.organisation_choices(uow)))

        self.ctx.tasks.run(work, self._loaded, self._error)

    def _loaded(self, state: DeskState) -> None:
        before = self.seminar.id if self.seminar else None
        self.seminar = state.event
        self.event_switched = before != (state.event.id if state.event else None)
        self.desk_name = state.desk_name
        self.organisations = list(state.organisations)
        if self.event_switched:  # a reload of the same event keeps the desk as it is
            self.last_check_in = None
        if self.seminar is not None:
            if self.day not in self.seminar.days:
                self.day = self.seminar.default_day(self.today())
        else:
            self.day = None
        self.event_loaded.emit(self.seminar)
        self.search(self._search_text)
        self.refresh()

    def set_day(self, day: dt.date) -> None:
        if day != self.day:
            self.day = day
            self.session_id = None
            self.refresh()
            self.search(self._search_text)

    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id or None

    def set_desk_name(self, name: str) -> None:
        name = name.strip()
        self.desk_name = name
        run_write(
            self.ctx,
            lambda uow: settings_service.put(uow, settings_service.DESK_NAME, name),
            show=self.failed.emit,
        )

    def refresh(self) -> None:
        """Counts, the expected-but-not-here list and the day's sessions."""
        event, day = self.seminar, self.day
        if event is None or day is None:
            return
        store = self.ctx.store

        def work(_p: Any) -> Refreshed:
            with store.reader() as uow:
                return (
                    desk_service.desk_counts(uow, event.id, day),
                    desk_service.expected_not_here(uow, event.id, day),
                    desk_service.sessions_of_day(uow, event.id, day),
                    walk_ins_from_two_desks(uow, event.id),
                )

        def done(result: Refreshed) -> None:
            counts, not_here, sessions, pairs = result
            if counts.day != self.day:
                return
            self.counts = counts
            self.counts_changed.emit(counts)
            self.not_here_changed.emit(not_here)
            self.sessions_changed.emit(sessions)
            self.pairs_changed.emit(pairs)

        self.ctx.tasks.run(work, done, self._error)

    # ------------------------------------------------------------ search
    def search(self, text: str) -> None:
        self._search_text = text
        self._search_seq += 1
        seq = self._search_seq
        event, day = self.seminar, self.day
        if event is None or day is None or not text.strip():
            self.set_matches(seq, [])
            return
        store = self.ctx.store

        def work(_p: Any) -> list[DeskMatch]:
            with store.reader() as uow:
                return desk_service.search_registrations(uow, event.id, text, day)

        self.ctx.tasks.run(work, lambda rows: self.set_matches(seq, rows), self._error)

    def set_matches(self, seq: int, rows: list[DeskMatch]) -> None:
        pending = seq == self._pending_seq  # Enter came before these results
        if pending:
            self._pending_seq = None
        if seq >= self._shown_seq and seq == self._search_seq:  # not overtaken by newer typing
            self._shown_seq = seq
            self.matches = rows
            self.current = 0
            self.chosen_by_hand = False
            self.matches_changed.emit(rows)
        elif pending and not desk_service.clearly_best_match(rows):
            return  # typed on meanwhile, and no one stood out: nothing to act on
        if pending:
            self._enter_on(rows)

    @property
    def searching(self) -> bool:
        return self._shown_seq != self._search_seq

    def move(self, delta: int) -> int:
        if self.matches:
            self.current = max(0, min(len(self.matches) - 1, self.current + delta))
            self.chosen_by_hand = True
        return self.current

    def select(self, row: int) -> None:
        """The person at the desk chose this match (a click, the arrows in the list)."""
        if 0 <= row < len(self.matches):
            self.current = row
            self.chosen_by_hand = True

    # ------------------------------------------------------------ check-in
    def submit(self, text: str) -> None:
        """Enter in the search field: a scanned code checks in directly; else the match that is
        clearly best, or the one chosen by hand (waiting for the search of what was just typed,
        if it is still running). Several equally good matches: the list is offered instead."""
        text = text.strip()
        if not text or self.seminar is None:
            return
        if desk_service.looks_like_code(text):
            self.check_in_code(text)
            self.entry_taken.emit()
            return
        if text != self._search_text.strip():
            self.search(text)
        if self.searching:
            self._pending_seq = self._search_seq
        else:
            self._enter_on(self.matches)

    def _enter_on(self, rows: list[DeskMatch]) -> None:
        if not rows:
            self.failed.emit(self.tr("No one found. Press F2 to register a walk-in."))
        elif rows is self.matches and self.chosen_by_hand:
            self.check_in_match(self.current)
        elif desk_service.clearly_best_match(rows):
            self.check_in_registration(rows[0].registration_id, CheckInMethod.SEARCH)
            self.entry_taken.emit()
        else:
            self.choose_in_list.emit(sum(1 for m in rows if m.rank == rows[0].rank))

    def check_in_match(self, row: int) -> None:
        if 0 <= row < len(self.matches):
            self.check_in_registration(self.matches[row].registration_id, CheckInMethod.SEARCH)
            self.entry_taken.emit()

    def check_in_registration(self, registration_id: str, method: CheckInMethod) -> None:
        day, session, desk = self._checked_day(), self.session_id, self.desk_name or None
        if day is None:
            return

        def write(uow: Any) -> CheckInResult:
            return desk_checkin.check_in(
                uow, registration_id, day, method=method, desk=desk, session_id=session
            )

        self._write(write)

    def check_in_code(self, code: str) -> None:
        day, session, desk, event = (
            self._checked_day(),
            self.session_id,
            self.desk_name or None,  # not named yet: the computer's name
            self.seminar,
        )
        if day is None or event is None:
            return

        def write(uow: Any) -> CheckInResult:
            return desk_checkin.check_in_by_code(
                uow, event.id, code, day, desk=desk, session_id=session
            )

        self._write(write)

    def walk_in(self, form: WalkIn, existing_person_id: str | None = None) -> None:
        day, desk, event = self._checked_day(), self.desk_name or None, self.seminar
        if day is None or event is None:
            return

        def write(uow: Any) -> CheckInResult:
            return desk_checkin.register_walk_in(
                uow, event.id, form, day, desk=desk, existing_person_id=existing_person_id
            )

        self._write(write)

    def find_duplicates(self, form: WalkIn) -> None:
        event = self.seminar
        if event is None:
            return
        store = self.ctx.store

        def work(_p: Any) -> list[Duplicate]:
            with store.reader() as uow:
                return desk_checkin.likely_duplicates(uow, event.id, form)

        self.ctx.tasks.run(work, self.duplicates_found.emit, self._error)

    def _checked_day(self) -> dt.date | None:
        if self.seminar is None or self.day is None:
            self.failed.emit(self.tr("Choose an event first."))
            return None
        return self.day

    def _write(self, fn: Callable[[Any], CheckInResult]) -> None:
        def checked_in(uow: Any) -> CheckInResult:
            # a repeat says at which desk (which laptop) the person was checked in first
            return where_first_checked_in(uow, fn(uow))

        self.pending += 1
        self.pending_changed.emit(self.pending)
        # synchronous=FULL: on disk when the commit returns
        run_write(
            self.ctx, checked_in, self._committed, show=self.failed.emit, failed=self._write_failed
        )

    def _committed(self, result: CheckInResult) -> None:
        self.pending -= 1
        self.pending_changed.emit(self.pending)
        self.last_check_in = result
        self.confirmed.emit(result)
        self.tell_others()
        self.refresh()
        if result.method == CheckInMethod.WALK_IN:
            self._reload_organisations()

    def _reload_organisations(self) -> None:
        store = self.ctx.store

        def work(_p: Any) -> list[OrganisationChoice]:
            with store.reader() as uow:
                return desk_checkin.organisation_choices(uow)

        def done(rows: list[OrganisationChoice]) -> None:
            self.organisations = rows

        self.ctx.tasks.run(work, done, self._error)

    def _write_failed(self, _exc: BaseException) -> None:
        self.pending -= 1
        self.pending_changed.emit(self.pending)

    # ------------------------------------------------------------ undo
    def undo_last(self) -> None:
        """Ctrl+Z: the newest check-in of this desk, once."""
        last, self.last_check_in = self.last_check_in, None
        if last is None:
            self.failed.emit(
                self.tr(
                    "There is no check-in to undo. To cancel an earlier one, open Check-ins…"
                    " and choose it."
                )
            )
            return
        self.cancel_check_in(last.check_in_id, "")

    def cancel_check_in(self, check_in_id: str, reason: str) -> None:
        """Cancel any check-in of this event with a new undo row that says why."""
        desk, event = self.desk_name or None, self.seminar
        if self.last_check_in is not None and self.last_check_in.check_in_id == check_in_id:
            self.last_check_in = None

        def work(uow: UnitOfWork) -> UndoResult:
            return desk_checkin.undo_check_in(
                uow, check_in_id, desk=desk, reason=reason, event_id=event.id if event else None
            )

        def done(result: UndoResult) -> None:
            self.undone.emit(result)
            self.tell_others()
            self.refresh()
            if self._search_text.strip():
                self.search(self._search_text)

        run_write(self.ctx, work, done, show=self.failed.emit)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.failed.emit(exc.message)
        else:
            self.failed.emit(self.tr("Something went wrong: {error}").format(error=exc))
