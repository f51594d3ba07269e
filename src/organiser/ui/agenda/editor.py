"""What the agenda page does, without any widget: load an event's programme, apply edits
(showing their conflicts at once, saving them in the background), add, duplicate, delete,
move, rooms, people, copying from another event, and exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.core.progress import Progress
from organiser.domain.agenda import SessionKind, SessionRole
from organiser.services.agenda import editing as editing
from organiser.services.agenda.reading import Agenda, SessionRow, judge, load_agenda
from organiser.services.agenda.reports import build_report, write_agenda
from organiser.services.agenda.speakers import NewPerson, set_session_people
from organiser.services.events.reading import list_events
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.writing import run_write


class AgendaEditor(QObject):
    loaded = Signal()  # a fresh programme from the database
    conflicts_changed = Signal()  # rows were edited here; conflicts judged again
    failed = Signal(str)  # a sentence for the user
    message = Signal(str)  # a passing status
    exported = Signal(str, str)  # format, path

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agenda: Agenda | None = None
        self.event_id = ""
        self.ripple = False
        self.focus_id: str | None = None  # the session to select after the next load
        self.last_deleted: str | None = None
        self._generation = 0
        self._writes = 0
        self._reloading = False  # the programme a write changed is still being read back

    # ------------------------------------------------------------ loading

    @property
    def busy(self) -> bool:
        """A write is saving, or the programme it changed is not shown yet (keys typed now
        would reach the row selected before the write)."""
        return self._writes > 0 or self._reloading

    def load(self, event_id: str | None = None) -> None:
        if event_id is not None:
            if event_id != self.event_id:
                self.last_deleted = None
            self.event_id = event_id
        if not self.event_id:
            self.agenda = None
            self._reloading = False
            self.loaded.emit()
            return
        self._generation += 1
        generation, event_id, lang = self._generation, self.event_id, self.ctx.lang

        def work(_p: Progress) -> Agenda:
            with self.ctx.store.reader() as uow:
                return load_agenda(uow, event_id, lang)

        def done(agenda: Agenda) -> None:
            if generation == self._generation and event_id == self.event_id:
                self.agenda = agenda
                self._reloading = False
                self.loaded.emit()

        self.ctx.tasks.run(work, done, self._error, owner=self)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.failed.emit(exc.message)
        else:
            self.failed.emit(self.tr("Something went wrong: {error}").format(error=exc))
        self.load()  # show what is really saved

    def _write(
        self,
        fn: Callable[[UnitOfWork], Any],
        after: Callable[[Any], None] | None = None,
        message: str = "",
    ) -> None:
        self._writes += 1

        def done(result: Any) -> None:
            self._writes -= 1
            if after is not None:
                after(result)
            if message:
                self.message.emit(message)
            self.ctx.changed(Area.AGENDA)
            self._reloading = True
            self.load()

        def failed(_exc: BaseException) -> None:
            self._writes -= 1
            self._reloading = True
            self.load()  # show what is really saved

        run_write(self.ctx, fn, done, show=self.failed.emit, failed=failed, owner=self)

    # ------------------------------------------------------------ sessions

    def edit(
        self,
        session_id: str,
        changes: dict[str, Any],
        apply: Callable[[SessionRow, dict[str, Any]], SessionRow] | None = None,
    ) -> None:
        """Show the change and its conflicts now; save it (with ripple if chosen) behind."""
        if self.agenda is not None:
            sessions = tuple(
                (apply(s, changes) if apply else dataclasses.replace(s, **changes))
                if s.id == session_id
                else s
                for s in self.agenda.sessions
            )
            conflicts = judge(self.agenda.event, self.agenda.rooms, sessions, self.ctx.lang)
            self.agenda = dataclasses.replace(self.agenda, sessions=sessions, conflicts=conflicts)
            self.conflicts_changed.emit()
        ripple = self.ripple
        saved = {k: (SessionKind(v) if k == "kind" else v) for k, v in changes.items()}
        self.focus_id = session_id

        def after(result: editing.EditResult) -> None:
            if result.shifted:
                self.message.emit(
                    self.tr("{n} later sessions moved with it.").format(n=len(result.shifted))
                )

        self._write(
            lambda uow: editing.update_session(uow, session_id, saved, ripple=ripple), after
        )

    def add(self, day: dt.date, title: str) -> None:
        event_id = self.event_id
        main = self.agenda.main_room_id if self.agenda else None

        def create(uow: UnitOfWork) -> str:
            start = editing.next_free_slot(uow, event_id, day)
            minutes = start.hour * 60 + start.minute + 60
            end = dt.time(min(minutes, 23 * 60 + 59) // 60, min(minutes, 23 * 60 + 59) % 60)
            draft = editing.SessionDraft(day, start, end, title, SessionKind.TALK, room_id=main)
            return editing.create_session(uow, event_id, draft)

        self._write(create, self._focus)

    def _focus(self, session_id: str) -> None:
        self.focus_id = session_id

    def duplicate(self, session_id: str) -> None:
        self._write(lambda uow: editing.duplicate_session(uow, session_id), self._focus)

    def delete(self, session_id: str) -> None:
        def after(_r: Any) -> None:
            self.last_deleted = session_id

        self._write(
            lambda uow: editing.delete_session(uow, session_id), after,
            self.tr("Session deleted. Use Undo delete to bring it back."),
        )  # fmt: skip

    def undo_delete(self) -> None:
        session_id = self.last_deleted
        if session_id is None:
            return
        self.last_deleted = None
        self.focus_id = session_id
        self._write(lambda uow: editing.restore_session(uow, session_id))

    def move(self, session_id: str, step: int) -> None:
        self.focus_id = session_id
        self._write(lambda uow: editing.move_session(uow, session_id, step))

    def move_to_day(self, session_id: str, day: dt.date) -> None:
        self.focus_id = session_id
        self._write(lambda uow: editing.move_to_day(uow, session_id, day))

    def set_people(
        self, session_id: str, people: list[tuple[str | NewPerson, SessionRole]]
    ) -> None:
        """People chosen from the directory (ids) and new ones (created in the same write)."""
        self.focus_id = session_id

        def after(created: list[str]) -> None:
            if created:
                self.message.emit(
                    self.tr("{n} new people added to the directory.").format(n=len(created))
                )
                self.ctx.changed(Area.PEOPLE)

        self._write(lambda uow: set_session_people(uow, session_id, people), after)

    def save_details(self, session_id: str, description: str, expected_output: str) -> None:
        changes = {"description": description, "expected_output": expected_output}
        self.focus_id = session_id
        self._write(
            lambda uow: editing.update_session(uow, session_id, changes),
            message=self.tr("Details saved."),
        )

    # ------------------------------------------------------------ rooms and copying

    def save_room(
        self, room_id: str | None, name: str, capacity: int | None, is_main: bool
    ) -> None:
        event_id = self.event_id
        if room_id is None:
            self._write(lambda uow: editing.add_room(uow, event_id, name, capacity, is_main))
        else:
            self._write(lambda uow: editing.update_room(uow, room_id, name, capacity, is_main))

    def delete_room(self, room_id: str) -> None:
        self._write(lambda uow: editing.delete_room(uow, room_id))

    def copy_from(self, source_event_id: str, replace: bool) -> None:
        target = self.event_id
        self._write(
            lambda uow: editing.copy_agenda(uow, source_event_id, target, replace=replace),
            lambda n: self.message.emit(self.tr("Copied {n} sessions.").format(n=n)),
        )

    def other_events(self, then: Callable[[list[Any]], None]) -> None:
        """The events a programme can be copied from, then `then(events)`."""

        def work(_p: Progress) -> list[Any]:
            with self.ctx.store.reader() as uow:
                return list_events(uow)

        self.ctx.tasks.run(work, then, lambda e: self.failed.emit(str(e)), owner=self)

    # ------------------------------------------------------------ documents

    def export_booklet(self, path: Path, lang: str) -> None:
        """The programme booklet (cover, objectives, programme, speakers, participants)."""
        from organiser.services.agenda.booklet import export_booklet

        store, event_id = self.ctx.store, self.event_id
        self.ctx.tasks.run(
            lambda _p: export_booklet(store, event_id, path, lang),
            lambda _b: self.message.emit(self.tr("Saved {path}").format(path=path)),
            lambda e: self.failed.emit(str(getattr(e, "message", e))),
            write=True,
            owner=self,
        )

    def export(self, fmt: str, target: Path, lang: str) -> None:
        """Write a PDF, .ics or .xlsx off the GUI thread; ``exported`` tells when it is there."""
        event_id = self.event_id

        def work(_p: Progress) -> str:
            with self.ctx.store.reader() as uow:
                report = build_report(uow, event_id, lang)
            return str(write_agenda(report, fmt, target))

        def error(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, UserError) else str(exc)
            self.failed.emit(
                self.tr("The file could not be written: {error}").format(error=message)
            )

        self.ctx.tasks.run(work, lambda path: self.exported.emit(fmt, path), error, owner=self)
