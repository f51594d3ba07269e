"""The logic of the People place, apart from its widgets (like the desk's controller): which
people are listed and in which order, the lists the filters offer, the person on show, and every
read and write of the store. Reads arrive as signals; a listing overtaken by a newer one is
dropped."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from organiser.core.notices import Area
from organiser.domain.desk import RegistrationStatus
from organiser.services.events import reading as events_service
from organiser.services.people import directory as directory_service
from organiser.services.people import editing, listing
from organiser.services.people.directory import DirectoryFilter, DirectoryRow, PersonRecord
from organiser.services.people.listing import DirectoryKeys, DirectoryQuery
from organiser.services.safety.autobackup import BulkChange
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.people.models import PeopleModel
from organiser.ui.people.work import StoreWork

if TYPE_CHECKING:
    from organiser.services.people.importing.writing import ImportResult


class PeopleController(QObject):
    lists_loaded = Signal(object)  # {"events", "tags", "batches"} for the filters and undo
    listing_loaded = Signal(object, object, object)  # DirectoryKeys, fetch(ids) -> rows, page 1
    person_loaded = Signal(object)  # PersonRecord | None
    editor_choices_loaded = Signal(object, object)  # organisation options, known districts
    invitations_loaded = Signal(object)  # InvitationSummary | None
    person_saved = Signal(str)  # its id, after commit
    person_deleted = Signal()
    said = Signal(str)  # a sentence for the status bar

    def __init__(self, ctx: AppContext, widget: QWidget, title: str) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.work = StoreWork(ctx, widget, title)
        self.loaded = False  # reload() has run: a page built ahead of time reads nothing before
        self.total = 0  # every current person, whatever is shown
        self.search_ids: tuple[str, ...] | None = None  # the search's answer, best first
        self.events: list[Any] = []
        self.last_import: ImportResult | None = None
        self._generation = 0

    # ------------------------------------------------------------ reading
    def read_lists(self) -> None:
        event_id = self.ctx.current_event_id

        def work(uow: UnitOfWork) -> dict[str, Any]:
            from organiser.services.people.importing.undo import list_batches

            return {
                "events": events_service.list_events(uow),
                "tags": directory_service.issue_tags_in_use(uow),
                "batches": list_batches(uow, event_id) if event_id else [],
            }

        def show(data: dict[str, Any]) -> None:
            self.events = data["events"]
            self.lists_loaded.emit(data)

        self.work.read(work, show)

    def read_people(
        self, filter: DirectoryFilter, status_event_id: str, sort: str, descending: bool
    ) -> None:
        """Ask which people are listed, in which order (filters, search and sort in SQL); the
        rows themselves are fetched a page at a time as the table scrolls."""
        self._generation += 1
        generation, store = self._generation, self.ctx.store
        query = DirectoryQuery(
            filter=filter,
            status_event_id=status_event_id,
            sort=sort,
            descending=descending,
            lang=self.ctx.lang,
            only=self.search_ids,
        )

        def fetch(ids: list[str]) -> list[DirectoryRow | None]:
            with store.reader() as uow:  # a page of ~100 rows by primary key: about 2 ms
                return listing.directory_page(uow, ids, status_event_id)

        page_size = PeopleModel.PAGE

        def keys_and_first_page(uow: Any) -> tuple[DirectoryKeys, list[DirectoryRow | None]]:
            # the first page read here too, on the worker: read by the view on the GUI thread
            # it froze the first opening for 0.1-0.6 s while the file was not yet in memory
            keys = listing.directory_keys(uow, query)
            return keys, listing.directory_page(uow, keys.ids[:page_size], status_event_id)

        def done(answer: tuple[DirectoryKeys, list[DirectoryRow | None]]) -> None:
            if generation == self._generation:  # else a newer listing is on its way
                self.total = answer[0].total
                self.listing_loaded.emit(answer[0], fetch, answer[1])

        self.work.read(keys_and_first_page, done)

    def read_person(self, person_id: str) -> None:
        self.work.read(
            lambda uow: directory_service.get_person(uow, person_id), self.person_loaded.emit
        )

    def read_editor_choices(self) -> None:
        def work(uow: UnitOfWork) -> tuple[Any, list[str]]:
            options = directory_service.organisation_options(uow)
            return options, directory_service.known_places(uow, "district")

        self.work.read(work, lambda loaded: self.editor_choices_loaded.emit(*loaded))

    def read_invitations(self) -> None:
        from organiser.services.people.invitations import invitation_list

        event_id = self.ctx.current_event_id
        self.work.read(
            lambda uow: invitation_list(uow, event_id) if event_id else None,
            self.invitations_loaded.emit,
        )

    def two_people(self, ids: list[str]) -> tuple[PersonRecord, PersonRecord] | None:
        """The records of two people to merge (two small records: read at once)."""
        with self.ctx.store.reader() as uow:
            first = directory_service.get_person(uow, ids[0])
            second = directory_service.get_person(uow, ids[1])
        return None if first is None or second is None else (first, second)

    # ------------------------------------------------------------ writing
    def save_person(self, record: PersonRecord, show_error: Any) -> None:
        def saved(person_id: str) -> None:
            self.ctx.changed(Area.PEOPLE)
            self.said.emit(self.tr("Saved."))
            self.person_saved.emit(person_id)
            self.read_person(person_id)

        self.work.write(lambda uow: editing.save_person(uow, record), saved, show_error)

    def delete_person(self, person_id: str) -> None:
        def deleted(_result: Any) -> None:
            self.person_deleted.emit()
            self.ctx.changed(Area.PEOPLE)
            self.said.emit(self.tr("Deleted. It can be restored under 'Recently deleted'."))

        self.work.write(lambda uow: editing.delete_person(uow, person_id), deleted)

    def merge(self, survivor_id: str, loser_id: str) -> None:
        def merged(_result: Any) -> None:
            self.ctx.changed(Area.PEOPLE)
            self.said.emit(self.tr("Merged. The duplicate is under 'Recently deleted'."))

        self.work.write(
            lambda uow: editing.merge_people(uow, survivor_id, loser_id),
            merged,
            backup_first=BulkChange.MERGE,
        )

    def change_status(self, registration_ids: list[str], status: str) -> None:
        from organiser.services.people.invitations import set_status

        self.work.write(
            lambda uow: set_status(uow, registration_ids, RegistrationStatus(status)),
            lambda _n: self.ctx.changed(Area.PEOPLE),
        )

    def export(self, path: Path, columns: tuple[str, ...], for_event: bool) -> None:
        from organiser.services.people.exports import export_people

        event_id = self.ctx.current_event_id if for_event else ""
        self.work.write(
            lambda uow: export_people(uow, path, columns, event_id),
            lambda r: self.said.emit(
                self.tr("{n} rows written to {path}").format(n=r.rows, path=r.path)
            ),
        )
