"""People and organisations: search as you type, filters, detail panes, import, merge, export.

The page is built in steps so that opening it never holds the window for long: the search, the
filters and the table first (the directory is loading meanwhile), then the detail pane in two
short steps; the other tabs are built when first chosen. The main window may build the page
ahead of time (ui.main_window.PREPARED_AREAS); it reads nothing until `reload()`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.core.provinces import PROVINCE_NAMES_TH, province_label
from organiser.domain.desk import RegistrationStatus
from organiser.domain.labels import label
from organiser.domain.people import OrganisationKind
from organiser.services.events import reading as events_service
from organiser.services.people import directory as directory_service
from organiser.services.people import editing, listing
from organiser.services.people.directory import DirectoryFilter, DirectoryRow, PersonRecord
from organiser.services.people.listing import DirectoryKeys, DirectoryQuery
from organiser.services.people.rows import PersonRow
from organiser.services.safety.autobackup import BulkChange
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.people.models import PeopleModel
from organiser.ui.people.search import SearchController
from organiser.ui.people.work import StoreWork
from organiser.ui.widgets.files import FileKind, ask_open_path, ask_save_path
from organiser.ui.widgets.table import ROW_ROLE, make_table

if TYPE_CHECKING:
    from organiser.services.people.importing.writing import ImportResult
    from organiser.ui.people.deleted_tab import DeletedTab
    from organiser.ui.people.dialogs import MergeDialog
    from organiser.ui.people.editor import PersonEditor
    from organiser.ui.people.import_dialog import ImportDialog
    from organiser.ui.people.invitations import InvitationsView
    from organiser.ui.people.organisations_tab import OrganisationsTab


FIRST_STEP_MS = 60  # after the table is on screen
STEP_PAUSE_MS = 10


def _import(module: str) -> None:
    importlib.import_module(module)


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.work = StoreWork(ctx, self, self.tr("People"))
        self.total = 0  # every current person, whatever is shown
        self._search_ids: tuple[str, ...] | None = None  # the search's answer, best first
        self.events: list[Any] = []
        self.last_import: ImportResult | None = None
        self.import_dialog: ImportDialog | None = None
        self._load_generation = 0
        self._sized = False
        self.loaded = False  # reload() has run: a page built ahead of time reads nothing before

        title = QLabel(self.tr("People"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_people_tab(), self.tr("People"))
        # the other tabs are built when first chosen (see _tab_chosen)
        self._tab_slots: list[QWidget] = []
        for caption in (self.tr("Organisations"), self.tr("Invitation list"),
                        self.tr("Recently deleted")):  # fmt: skip
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._tab_slots.append(slot)
            self.tabs.addTab(slot, caption)
        self.tabs.currentChanged.connect(self._tab_chosen)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.search = SearchController(ctx, self)
        self.search_box.textChanged.connect(self.search.set_text)
        self.search.results.connect(self._show_search)
        self.search.cleared.connect(self._show_all)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.event_changed.connect(self._on_event_changed)  # a method: dropped with the page

        # the detail pane comes once the table is on screen, in two short steps (its module,
        # then its widgets), so the window answers in between
        self._steps: list[Callable[[], None]] = [
            lambda: _import("organiser.ui.people.editor"),
            self._build_editor,
        ]
        QTimer.singleShot(FIRST_STEP_MS, self._build_next)

    # ------------------------------------------------------------ building, in steps
    @property
    def built(self) -> bool:
        """The detail pane is there."""
        return not self._steps

    def _build_next(self) -> None:
        if self.build_step():
            # a short pause, not 0: the window paints and answers input between two steps
            QTimer.singleShot(STEP_PAUSE_MS, self._build_next)

    def build_step(self) -> bool:
        """Take the next step of building the page; True while steps remain (the main window
        takes them while it is idle, for a page built ahead of time)."""
        if self._steps:
            self._steps.pop(0)()
        return bool(self._steps)

    def finish_building(self) -> None:
        """Build the detail pane now, if its turn has not come yet (it is needed at once)."""
        while self._steps:
            self._steps.pop(0)()

    def _tab_chosen(self, index: int) -> None:
        builders = {1: self._build_organisations_tab, 2: self._build_invitations_tab,
                    3: self._build_deleted_tab}  # fmt: skip
        slot_layout = self._tab_slots[index - 1].layout() if index in builders else None
        if slot_layout is not None and not slot_layout.count():
            builders[index]()

    def _build_people_tab(self) -> QWidget:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search: name, nickname, phone (last digits too), organisation…")
        )
        self.search_box.setClearButtonEnabled(True)
        self.province_filter = QComboBox()
        self.province_filter.addItem(self.tr("All provinces"), "")
        for name in PROVINCE_NAMES_TH:
            self.province_filter.addItem(province_label(name, self.ctx.lang), name)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in OrganisationKind:
            self.kind_filter.addItem(label(kind), kind.value)
        self.issue_filter = QComboBox()
        self.issue_filter.addItem(self.tr("All issues"), "")
        self.event_filter = QComboBox()
        self.event_filter.addItem(self.tr("Anyone"), "")
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "")
        for status in RegistrationStatus:
            self.status_filter.addItem(label(status), status.value)
        for combo in (self.province_filter, self.kind_filter, self.issue_filter,
                      self.event_filter, self.status_filter):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i: self.reload_people())
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        for combo in (self.province_filter, self.kind_filter, self.issue_filter, self.event_filter,
                      self.status_filter):  # fmt: skip
            filters.addWidget(combo, 1)

        self.model = PeopleModel(self.ctx.lang, self)
        self.table = make_table(self.model)
        self.model.sort_requested.connect(self.reload_people)  # after the table's own set-up
        self.table.horizontalHeader().setResizeContentsPrecision(25)  # widths from a screenful
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._person_selected())

        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.clicked.connect(self.add_person)
        self.merge_button = QPushButton(self.tr("Merge two…"))
        self.merge_button.setToolTip(self.tr("Select two rows of the same person, then merge them"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.import_button = QPushButton(self.tr("Import a list…"))
        self.import_button.clicked.connect(lambda: self.start_import())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.start_export)
        self.erase_button = QPushButton(self.tr("Erase personal data…"))
        self.erase_button.setToolTip(
            self.tr("When someone asks for their data to be deleted (PDPA): erase it for good")
        )
        self.erase_button.clicked.connect(self.erase_selected)
        from organiser.ui.people.undo_import import ImportUndo

        self.import_undo = ImportUndo(self.ctx, self.work, self)
        self.undo_button = self.import_undo.undo_button
        self.redo_button = self.import_undo.redo_button
        actions = QHBoxLayout()
        for b in (self.add_button, self.merge_button, self.import_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        return tab

    def _build_editor(self) -> None:
        from organiser.ui.people.editor import PersonEditor

        self.editor: PersonEditor = PersonEditor()
        self.editor.save_requested.connect(self.save_person)
        self.editor.delete_requested.connect(self.delete_person)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        self._load_editor_choices()
        if len(self.selected_people()) == 1:
            self._person_selected()

    def _slot_layout(self, index: int) -> QLayout:
        layout = self._tab_slots[index].layout()
        assert layout is not None  # every slot is made with its layout
        return layout

    def _build_organisations_tab(self) -> None:
        from organiser.ui.people.organisations_tab import OrganisationsTab

        self.organisations: OrganisationsTab = OrganisationsTab(self.ctx)
        self._slot_layout(0).addWidget(self.organisations)
        self.organisations.reload()

    def _build_invitations_tab(self) -> None:
        from organiser.ui.people.invitations import InvitationsView

        self.invitations: InvitationsView = InvitationsView(self.ctx.lang)
        self.invitations.status_change_requested.connect(self.change_status)
        self._slot_layout(1).addWidget(self.invitations)
        self._load_invitations()

    def _build_deleted_tab(self) -> None:
        from organiser.ui.people.deleted_tab import DeletedTab

        self.deleted: DeletedTab = DeletedTab(self.ctx)
        self._slot_layout(2).addWidget(self.deleted)
        self.deleted.reload()

    # ------------------------------------------------------------ loading
    def _on_event_changed(self, _event_id: str) -> None:
        if self.loaded:
            self.reload()

    def _on_data_changed(self, area: str) -> None:
        if self.loaded and area in (Area.ALL, Area.PEOPLE, Area.DESK, Area.EVENTS):
            self.reload()

    def status_event_id(self) -> str:
        return str(self.event_filter.currentData() or "") or self.ctx.current_event_id

    def reload(self) -> None:
        """Read everything the page shows again (what is built so far)."""
        self.loaded = True
        event_id = self.ctx.current_event_id

        def work(uow: UnitOfWork) -> dict[str, Any]:
            from organiser.services.people.importing.undo import list_batches

            return {
                "events": events_service.list_events(uow),
                "tags": directory_service.issue_tags_in_use(uow),
                "batches": list_batches(uow, event_id) if event_id else [],
            }

        self.work.read(work, self._show_loaded)
        if self.search.text:
            self.search.refresh()  # its answer reloads the people shown
        else:
            self.reload_people()
        if hasattr(self, "editor"):
            self._load_editor_choices()
        if hasattr(self, "organisations"):
            self.organisations.reload()
        if hasattr(self, "invitations"):
            self._load_invitations()
        if hasattr(self, "deleted"):
            self.deleted.reload()

    def _load_editor_choices(self) -> None:
        def work(uow: UnitOfWork) -> tuple[Any, list[str]]:
            options = directory_service.organisation_options(uow)
            return options, directory_service.known_places(uow, "district")

        def show(loaded: tuple[Any, list[str]]) -> None:
            self.editor.set_organisations(loaded[0])
            self.editor.set_known_districts(loaded[1])

        self.work.read(work, show)

    def _load_invitations(self) -> None:
        from organiser.services.people.invitations import invitation_list

        event_id = self.ctx.current_event_id
        self.work.read(
            lambda uow: invitation_list(uow, event_id) if event_id else None,
            self.invitations.show_summary,
        )

    def _show_loaded(self, data: dict[str, Any]) -> None:
        self.events = data["events"]
        current = self.event_filter.currentData()
        self.event_filter.blockSignals(True)
        self.event_filter.clear()
        self.event_filter.addItem(self.tr("Anyone"), "")
        for e in self.events:
            self.event_filter.addItem(
                self.tr("Registered for {event}").format(event=e.title[:40]), e.id
            )
        self.event_filter.setCurrentIndex(max(0, self.event_filter.findData(current)))
        self.event_filter.blockSignals(False)
        tag = self.issue_filter.currentData()
        self.issue_filter.blockSignals(True)
        self.issue_filter.clear()
        self.issue_filter.addItem(self.tr("All issues"), "")
        for t in data["tags"]:
            self.issue_filter.addItem(t, t)
        self.issue_filter.setCurrentIndex(max(0, self.issue_filter.findData(tag)))
        self.issue_filter.blockSignals(False)
        self.import_undo.show_batches(data["batches"])

    def reload_people(self) -> None:
        """Ask again which people are shown, in which order (filters, search and sort in SQL)."""
        if not self.loaded:
            return  # built ahead of time and not shown yet: reload() reads it all
        self._load_generation += 1
        generation, store = self._load_generation, self.ctx.store
        status_event = self.status_event_id()
        query = DirectoryQuery(
            filter=DirectoryFilter(
                province=str(self.province_filter.currentData() or ""),
                organisation_kind=str(self.kind_filter.currentData() or ""),
                issue_tag=str(self.issue_filter.currentData() or ""),
                event_id=str(self.event_filter.currentData() or ""),
                status=str(self.status_filter.currentData() or ""),
            ),
            status_event_id=status_event,
            sort=self.model.sort_key_name,
            descending=self.model.sort_order == Qt.SortOrder.DescendingOrder,
            lang=self.ctx.lang,
            only=self._search_ids,
        )

        def fetch(ids: list[str]) -> list[DirectoryRow | None]:
            with store.reader() as uow:  # a page of ~100 rows by primary key: about 2 ms
                return listing.directory_page(uow, ids, status_event)

        page_size = self.model.PAGE

        def keys_and_first_page(uow: Any) -> tuple[DirectoryKeys, list[DirectoryRow | None]]:
            # the first page read here too, on the worker: read by the view on the GUI thread
            # it froze the first opening for 0.1-0.6 s while the file was not yet in memory
            keys = listing.directory_keys(uow, query)
            return keys, listing.directory_page(uow, keys.ids[:page_size], status_event)

        def done(answer: tuple[DirectoryKeys, list[DirectoryRow | None]]) -> None:
            if generation == self._load_generation:
                self._show_listing(answer[0], fetch, answer[1])

        self.work.read(keys_and_first_page, done)

    def _show_listing(
        self, keys: DirectoryKeys, fetch: Any, first: list[DirectoryRow | None] | None = None
    ) -> None:
        selected = [r.id for r in self.selected_people()][:200]
        self.total = keys.total
        self.model.set_listing(keys.ids, fetch, first)
        self._reselect(selected)
        self._after_rows()

    def _reselect(self, person_ids: list[str]) -> None:
        """Keep the selection across a reload without reloading the detail pane (which may hold
        unsaved typing)."""
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        selection.blockSignals(True)
        try:
            for person_id in person_ids:
                row = self.model.row_of(person_id)
                if row >= 0:
                    selection.select(self.model.index(row, 0), flags)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def _show_all(self) -> None:
        self._search_ids = None
        self.reload_people()

    def _show_search(self, _text: str, rows: list[PersonRow]) -> None:
        self._search_ids = tuple(r.id for r in rows)
        self.reload_people()

    def _after_rows(self) -> None:
        if self.model.rowCount() and not self._sized:
            self.table.resizeColumnsToContents()
            for col in range(self.model.columnCount()):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
            self._sized = True
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.total
        self.count_label.setText(
            self.tr("{n} people").format(n=total)
            if shown == total
            else self.tr("{shown} of {n} people").format(shown=shown, n=total)
        )

    # ------------------------------------------------------------ selection and editing
    def selected_people(self) -> list[DirectoryRow]:
        rows = [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]
        return [r for r in rows if isinstance(r, DirectoryRow)]

    def select_person(self, person_id: str) -> bool:
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _person_selected(self) -> None:
        rows = self.selected_people()
        if len(rows) != 1:
            return
        self.work.read(lambda uow: directory_service.get_person(uow, rows[0].id), self._show_person)

    def _show_person(self, record: PersonRecord | None) -> None:
        self.finish_building()
        if record is not None:
            self.editor.load(record)
            from organiser.ui.sync.marks import mark_conflicts  # fields another office changed

            mark_conflicts(self.ctx, self.editor, "person", record.id)

    def add_person(self) -> None:
        self.finish_building()
        self.table.clearSelection()
        self.editor.load(PersonRecord())
        self.editor.given_name.setFocus()

    def save_person(self, record: PersonRecord) -> None:
        def saved(person_id: str) -> None:
            self.ctx.changed(Area.PEOPLE)
            self.ctx.status_message.emit(self.tr("Saved."))
            self.work.read(
                lambda uow: directory_service.get_person(uow, person_id), self._show_person
            )

        self.work.write(lambda uow: editing.save_person(uow, record), saved, self.editor.show_error)

    def delete_person(self, person_id: str) -> None:
        if not person_id:
            return
        self.work.write(
            lambda uow: editing.delete_person(uow, person_id), lambda _r: self._deleted()
        )

    def _deleted(self) -> None:
        self.finish_building()
        self.editor.load(PersonRecord())
        self.ctx.changed(Area.PEOPLE)
        self.ctx.status_message.emit(
            self.tr("Deleted. It can be restored under 'Recently deleted'.")
        )

    def merge_dialog(self) -> MergeDialog | None:
        """The merge dialog for the two selected people (None unless exactly two are)."""
        from organiser.ui.people.dialogs import MergeDialog

        rows = self.selected_people()
        if len(rows) != 2:
            return None
        with self.ctx.store.reader() as uow:  # two small records: quick
            first = directory_service.get_person(uow, rows[0].id)
            second = directory_service.get_person(uow, rows[1].id)
        if first is None or second is None:
            return None
        return MergeDialog(first, second, self)

    def merge_selected(self) -> None:
        dialog = self.merge_dialog()
        if dialog is None:
            QMessageBox.information(
                self, self.tr("Merge"), self.tr("Select exactly two people to merge.")
            )
            return
        if dialog.exec():
            self.merge(*dialog.survivor_and_loser())

    def merge(self, survivor_id: str, loser_id: str) -> None:
        def merged(_result: Any) -> None:
            self.ctx.changed(Area.PEOPLE)
            self.ctx.status_message.emit(
                self.tr("Merged. The duplicate is under 'Recently deleted'.")
            )

        self.work.write(
            lambda uow: editing.merge_people(uow, survivor_id, loser_id),
            merged,
            backup_first=BulkChange.MERGE,
        )

    def erase_selected(self) -> QWidget:
        """The erase dialog (File menu too), with the selected person found and selected."""
        from organiser.ui.safety.privacy_dialogs import open_erase_dialog

        rows = self.selected_people()
        person = rows[0] if len(rows) == 1 else None
        return open_erase_dialog(
            self.ctx,
            self,
            person_id=person.id if person else "",
            search=(person.phone or f"{person.given_name} {person.family_name}") if person else "",
        )

    # ------------------------------------------------------------ invitations
    def change_status(self, registration_ids: list[str], status: str) -> None:
        from organiser.services.people.invitations import set_status

        self.work.write(
            lambda uow: set_status(uow, registration_ids, RegistrationStatus(status)),
            lambda _n: self.ctx.changed(Area.PEOPLE),
        )

    # ------------------------------------------------------------ import, export, undo
    def start_import(self, path: str | Path | None = None) -> ImportDialog | None:
        """Ask for a file (unless given) and open the import preview for the current seminar."""
        event_id = self.ctx.current_event_id
        if not event_id:
            answer = QMessageBox.question(
                self,
                self.tr("Import"),
                self.tr(
                    "An invitation list is imported into a seminar, and none is chosen. Create "
                    "a new seminar now? (To use an existing one, choose it in the toolbar.)"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                from organiser.ui.events.page import create_event_interactively

                def then(_event_id: str) -> None:
                    self.start_import(path)

                create_event_interactively(self.ctx, self, then=then)
            return None
        if path is None:
            chosen = ask_open_path(
                self.ctx,
                self,
                FileKind.INVITATION_LIST,
                self.tr("Import an invitation list"),
                self.tr("Spreadsheets (*.xlsx *.csv)"),
            )
            if chosen is None:
                return None
            path = chosen
        from organiser.ui.people.import_dialog import ImportDialog

        title = next((e.title for e in self.events if e.id == event_id), "")
        dialog = ImportDialog(self.ctx, Path(path), event_id, title, self)
        dialog.import_finished.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, result: ImportResult) -> None:
        self.last_import = result
        said = self.tr("Imported: {created} added, {merged} merged, {registered} invited.").format(
            created=result.created, merged=result.merged, registered=result.registered
        )
        self.ctx.status_message.emit(said)
        # said here too, where the import was started: the status bar is easy to miss
        details = [said]
        if result.skipped:
            details.append(self.tr("{n} rows were skipped.").format(n=result.skipped))
        if result.organisations_created:
            details.append(
                self.tr("{n} new organisations were added to the directory.").format(
                    n=result.organisations_created
                )
            )
        self.import_result_box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import"), "\n".join(details),
            QMessageBox.StandardButton.Ok, self,
        )  # fmt: skip
        self.import_result_box.open()

    def undo_last_import(self) -> None:
        """Asks first, with the counts (see ui.people.undo_import); a backup is made before."""
        self.import_undo.ask()

    def start_export(self) -> None:
        from organiser.ui.people.dialogs import ExportDialog

        dialog = ExportDialog(bool(self.ctx.current_event_id), self)
        if not dialog.exec():
            return
        path = ask_save_path(
            self.ctx, self, FileKind.SPREADSHEET, self.tr("Export people"), "people.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )  # fmt: skip
        if path is not None:
            self.export_to(path, dialog.columns(), dialog.for_event())

    def export_to(self, path: Path, columns: tuple[str, ...], for_event: bool) -> None:
        from organiser.services.people.exports import export_people

        event_id = self.ctx.current_event_id if for_event else ""
        self.work.write(
            lambda uow: export_people(uow, path, columns, event_id),
            lambda r: self.ctx.status_message.emit(
                self.tr("{n} rows written to {path}").format(n=r.rows, path=r.path)
            ),
        )

    # ------------------------------------------------------------ plumbing
    def show_error(self, exc: BaseException) -> None:
        self.work.show_error(exc)


def create_page(ctx: AppContext) -> QWidget:
    return PeoplePage(ctx)
