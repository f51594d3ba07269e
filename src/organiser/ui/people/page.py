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
from organiser.services.people.directory import DirectoryFilter, DirectoryRow, PersonRecord
from organiser.services.people.listing import DirectoryKeys
from organiser.services.people.rows import PersonRow
from organiser.ui.context import AppContext
from organiser.ui.people.controller import PeopleController
from organiser.ui.people.models import PeopleModel
from organiser.ui.people.search import SearchController
from organiser.ui.people.transfers import PeopleTransfers
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
        self.controller = PeopleController(ctx, self, self.tr("People"))
        self.work = self.controller.work
        self.controller.lists_loaded.connect(self._show_loaded)
        self.controller.listing_loaded.connect(self._show_listing)
        self.controller.person_loaded.connect(self._show_person)
        self.controller.editor_choices_loaded.connect(self._show_editor_choices)
        self.controller.invitations_loaded.connect(lambda s: self.invitations.show_summary(s))
        self.controller.person_deleted.connect(self._deleted)
        self.controller.said.connect(ctx.status_message.emit)
        self.transfers = PeopleTransfers(self)
        self.import_dialog: ImportDialog | None = None
        self.import_result_box: QMessageBox | None = None
        self._sized = False

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

    # what the controller holds, under the names the page has always had
    @property
    def loaded(self) -> bool:
        return self.controller.loaded

    @property
    def total(self) -> int:
        return self.controller.total

    @property
    def events(self) -> list[Any]:
        return self.controller.events

    @property
    def last_import(self) -> ImportResult | None:
        return self.controller.last_import

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
        self.controller.loaded = True
        self.controller.read_lists()
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
        self.controller.read_editor_choices()

    def _show_editor_choices(self, options: Any, districts: list[str]) -> None:
        self.editor.set_organisations(options)
        self.editor.set_known_districts(districts)

    def _load_invitations(self) -> None:
        self.controller.read_invitations()

    def _show_loaded(self, data: dict[str, Any]) -> None:
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
        self.controller.read_people(
            DirectoryFilter(
                province=str(self.province_filter.currentData() or ""),
                organisation_kind=str(self.kind_filter.currentData() or ""),
                issue_tag=str(self.issue_filter.currentData() or ""),
                event_id=str(self.event_filter.currentData() or ""),
                status=str(self.status_filter.currentData() or ""),
            ),
            self.status_event_id(),
            self.model.sort_key_name,
            self.model.sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _show_listing(
        self, keys: DirectoryKeys, fetch: Any, first: list[DirectoryRow | None] | None = None
    ) -> None:
        selected = [r.id for r in self.selected_people()][:200]
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
        self.controller.search_ids = None
        self.reload_people()

    def _show_search(self, _text: str, rows: list[PersonRow]) -> None:
        self.controller.search_ids = tuple(r.id for r in rows)
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
        self.controller.read_person(rows[0].id)

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
        self.controller.save_person(record, self.editor.show_error)

    def delete_person(self, person_id: str) -> None:
        if person_id:
            self.controller.delete_person(person_id)

    def _deleted(self) -> None:
        self.finish_building()
        self.editor.load(PersonRecord())

    def merge_dialog(self) -> MergeDialog | None:
        """The merge dialog for the two selected people (None unless exactly two are)."""
        from organiser.ui.people.dialogs import MergeDialog

        rows = self.selected_people()
        if len(rows) != 2:
            return None
        both = self.controller.two_people([rows[0].id, rows[1].id])
        return None if both is None else MergeDialog(*both, self)

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
        self.controller.merge(survivor_id, loser_id)

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
        self.controller.change_status(registration_ids, status)

    # ------------------------------------------------------------ import, export, undo
    def start_import(self, path: str | Path | None = None) -> ImportDialog | None:
        """Ask for a file (unless given) and open the import preview for the current seminar."""
        return self.transfers.start_import(path)

    def undo_last_import(self) -> None:
        self.transfers.undo_last_import()

    def start_export(self) -> None:
        self.transfers.start_export()

    def export_to(self, path: Path, columns: tuple[str, ...], for_event: bool) -> None:
        self.controller.export(path, columns, for_event)

    # ------------------------------------------------------------ plumbing
    def show_error(self, exc: BaseException) -> None:
        self.work.show_error(exc)


def create_page(ctx: AppContext) -> QWidget:
    return PeoplePage(ctx)
