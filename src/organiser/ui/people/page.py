"""People and organisations: search as you type, filters, detail panes, import, merge, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organiser.core.areas import PROVINCE_NAMES_TH, province_label
from organiser.core.errors import UserError
from organiser.domain.desk import RegistrationStatus
from organiser.domain.labels import label
from organiser.domain.people import OrganisationKind
from organiser.services import events as events_service
from organiser.services.people import OrganisationRow, PersonRow, editing, list_organisations
from organiser.services.people import directory as directory_service
from organiser.services.people.directory import DirectoryFilter, DirectoryRow, PersonRecord
from organiser.services.people.editing import DeletedRow, OrganisationRecord
from organiser.services.people.importing import ImportResult, list_batches, undo_import
from organiser.services.people.invitations import invitation_list, set_status
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.people.dialogs import ExportDialog, MergeDialog
from organiser.ui.people.editor import PersonEditor
from organiser.ui.people.import_dialog import ImportDialog
from organiser.ui.people.invitations import InvitationsView
from organiser.ui.people.models import OrganisationsModel, PeopleModel
from organiser.ui.people.org_editor import OrganisationEditor
from organiser.ui.people.search import SearchController
from organiser.ui.widgets.table import ROW_ROLE, Column, RowsModel, ThaiSortProxy


def _table(model: Any, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setResizeContentsPrecision(60)  # widths from the first rows only
    return view


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.all_rows: list[DirectoryRow] = []
        self._by_id: dict[str, DirectoryRow] = {}
        self.events: list[Any] = []
        self.last_import: ImportResult | None = None
        self.import_dialog: ImportDialog | None = None
        self._load_generation = 0
        self._source_rows: list[DirectoryRow] = []

        title = QLabel(self.tr("People"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_people_tab(), self.tr("People"))
        self.tabs.addTab(self._build_organisations_tab(), self.tr("Organisations"))
        self.invitations = InvitationsView(ctx.lang)
        self.invitations.status_change_requested.connect(self.change_status)
        self.tabs.addTab(self.invitations, self.tr("Invitation list"))
        self.tabs.addTab(self._build_deleted_tab(), self.tr("Recently deleted"))
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
        ctx.event_changed.connect(lambda _id: self.reload())

    # ------------------------------------------------------------ people tab
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
        for combo in (
            self.province_filter,
            self.kind_filter,
            self.issue_filter,
            self.status_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.event_filter.currentIndexChanged.connect(lambda _i: self.reload_people())
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        for combo in (self.province_filter, self.kind_filter, self.issue_filter, self.event_filter,
                      self.status_filter):  # fmt: skip
            filters.addWidget(combo, 1)

        self.model = PeopleModel(self.ctx.lang, self)
        self.table = _table(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._person_selected())
        self.editor = PersonEditor()
        self.editor.save_requested.connect(self.save_person)
        self.editor.delete_requested.connect(self.delete_person)

        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.clicked.connect(self.add_person)
        self.merge_button = QPushButton(self.tr("Merge two…"))
        self.merge_button.setToolTip(self.tr("Select two rows of the same person, then merge them"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.import_button = QPushButton(self.tr("Import a list…"))
        self.import_button.clicked.connect(self.start_import)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.start_export)
        self.undo_button = QPushButton(self.tr("Undo the last import"))
        self.undo_button.clicked.connect(self.undo_last_import)
        self.undo_button.setEnabled(False)
        actions = QHBoxLayout()
        for b in (self.add_button, self.merge_button, self.import_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        return tab

    # ------------------------------------------------------------ organisations tab
    def _build_organisations_tab(self) -> QWidget:
        self.org_filter = QLineEdit()
        self.org_filter.setPlaceholderText(self.tr("Filter organisations…"))
        self.org_filter.setClearButtonEnabled(True)
        self.org_model = OrganisationsModel(self.ctx.lang, self)
        self.org_proxy = ThaiSortProxy(self)
        self.org_proxy.setSourceModel(self.org_model)
        self.org_filter.textChanged.connect(self.org_proxy.setFilterFixedString)
        self.org_table = _table(self.org_proxy)
        self.org_table.selectionModel().selectionChanged.connect(lambda *_: self._org_selected())
        self.org_editor = OrganisationEditor()
        self.org_editor.save_requested.connect(self.save_organisation)
        self.org_editor.delete_requested.connect(self.delete_organisation)
        add = QPushButton(self.tr("Add organisation"))
        add.clicked.connect(lambda: self.org_editor.load(OrganisationRecord()))
        merge = QPushButton(self.tr("Merge two…"))
        merge.clicked.connect(self.merge_selected_organisations)
        bar = QHBoxLayout()
        bar.addWidget(self.org_filter, 1)
        bar.addWidget(add)
        bar.addWidget(merge)
        splitter = QSplitter()
        splitter.addWidget(self.org_table)
        splitter.addWidget(self.org_editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        return tab

    # ------------------------------------------------------------ recently deleted tab
    def _build_deleted_tab(self) -> QWidget:
        self.deleted_model: RowsModel[DeletedRow] = RowsModel(
            [
                Column(self.tr("Name"), lambda r: r.label),
                Column(self.tr("Kind"), lambda r: self.tr("Person") if r.kind == "person" else self.tr("Organisation")),
                Column(self.tr("Deleted (UTC)"), lambda r: r.deleted_at[:16].replace("T", " ")),
            ],
            self,
        )  # fmt: skip
        self.deleted_table = _table(self.deleted_model, sortable=False)
        restore = QPushButton(self.tr("Restore"))
        restore.clicked.connect(self.restore_selected)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Deleted people and organisations can be brought back.")), 1)
        bar.addWidget(restore)
        layout.addLayout(bar)
        layout.addWidget(self.deleted_table, 1)
        return tab

    # ------------------------------------------------------------ loading
    def _on_data_changed(self, area: str) -> None:
        if area in ("*", "people", "desk", "events"):
            self.reload()

    def status_event_id(self) -> str:
        return str(self.event_filter.currentData() or "") or self.ctx.current_event_id

    def reload(self) -> None:
        store, event_id = self.ctx.store, self.ctx.current_event_id

        def work(_p: Any) -> dict[str, Any]:
            with store.reader() as uow:
                return {
                    "events": events_service.list_events(uow),
                    "orgs": list_organisations(uow),
                    "options": directory_service.organisation_options(uow),
                    "tags": directory_service.issue_tags_in_use(uow),
                    "deleted": editing.recently_deleted(uow),
                    "invitations": invitation_list(uow, event_id) if event_id else None,
                    "batches": list_batches(uow, event_id) if event_id else [],
                    "districts": directory_service.known_places(uow, "district"),
                }

        self.ctx.tasks.run(work, self._show_loaded, self.show_error)
        self.reload_people()

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
        self.org_model.set_rows(data["orgs"])
        self.org_table.resizeColumnsToContents()
        self.editor.set_organisations(data["options"])
        self.editor.set_known_districts(data["districts"])
        self.deleted_model.set_rows(data["deleted"])
        self.invitations.show_summary(data["invitations"])
        undoable = [b for b in data["batches"] if not b.undone]
        self.undo_button.setEnabled(bool(undoable))
        self._undo_batch = undoable[0].id if undoable else ""

    def reload_people(self) -> None:
        self._load_generation += 1
        generation, store, event_id = self._load_generation, self.ctx.store, self.status_event_id()

        def work(_p: Any) -> list[DirectoryRow]:
            with store.reader() as uow:
                return directory_service.load_directory(uow, event_id)

        def done(rows: list[DirectoryRow]) -> None:
            if generation == self._load_generation:
                self._set_directory(rows)

        self.ctx.tasks.run(work, done, self.show_error)

    def _set_directory(self, rows: list[DirectoryRow]) -> None:
        self.all_rows = rows
        self._by_id = {r.id: r for r in rows}
        if self.search.text:
            self.search.refresh()
        else:
            self._show_all()

    def _show_all(self) -> None:
        self._source_rows = self.all_rows
        self.apply_filters()

    def _show_search(self, _text: str, rows: list[PersonRow]) -> None:
        self._source_rows = [self._by_id[r.id] for r in rows if r.id in self._by_id]
        self.apply_filters()

    def _after_rows(self) -> None:
        if self.model.rowCount() and not getattr(self, "_sized", False):
            self.table.resizeColumnsToContents()
            for col in range(self.model.columnCount()):
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
            self._sized = True
        self._update_count()

    def apply_filters(self) -> None:
        """The rows shown: everyone (or the search's answer), through the chosen filters."""
        criteria = DirectoryFilter(
            province=str(self.province_filter.currentData() or ""),
            organisation_kind=str(self.kind_filter.currentData() or ""),
            issue_tag=str(self.issue_filter.currentData() or ""),
            event_id=str(self.event_filter.currentData() or ""),
            status=str(self.status_filter.currentData() or ""),
        )
        rows = self._source_rows
        if criteria != DirectoryFilter():
            rows = [r for r in rows if criteria.accepts(r)]
        self.model.set_rows(rows)
        self._after_rows()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.all_rows)
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
        for r in range(self.model.rowCount()):
            index = self.model.index(r, 0)
            if getattr(index.data(ROW_ROLE), "id", None) == person_id:
                self.table.selectionModel().select(
                    index,
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows,
                )
                return True
        return False

    def _person_selected(self) -> None:
        rows = self.selected_people()
        if len(rows) != 1:
            return
        self._read(lambda uow: directory_service.get_person(uow, rows[0].id), self._show_person)

    def _show_person(self, record: PersonRecord | None) -> None:
        if record is not None:
            self.editor.load(record)

    def add_person(self) -> None:
        self.table.clearSelection()
        self.editor.load(PersonRecord())
        self.editor.given_name.setFocus()

    def save_person(self, record: PersonRecord) -> None:
        def saved(person_id: str) -> None:
            self.ctx.changed("people")
            self.ctx.status_message.emit(self.tr("Saved."))
            self._read(lambda uow: directory_service.get_person(uow, person_id), self._show_person)

        self._write(lambda uow: editing.save_person(uow, record), saved, self.editor.show_error)

    def delete_person(self, person_id: str) -> None:
        if not person_id:
            return
        self._write(lambda uow: editing.delete_person(uow, person_id), lambda _r: self._deleted())

    def _deleted(self) -> None:
        self.editor.load(PersonRecord())
        self.ctx.changed("people")
        self.ctx.status_message.emit(
            self.tr("Deleted. It can be restored under 'Recently deleted'.")
        )

    def merge_dialog(self) -> MergeDialog | None:
        """The merge dialog for the two selected people (None unless exactly two are)."""
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
            self.ctx.changed("people")
            self.ctx.status_message.emit(
                self.tr("Merged. The duplicate is under 'Recently deleted'.")
            )

        self._write(lambda uow: editing.merge_people(uow, survivor_id, loser_id), merged)

    # ------------------------------------------------------------ organisations
    def selected_organisations(self) -> list[OrganisationRow]:
        rows = [i.data(ROW_ROLE) for i in self.org_table.selectionModel().selectedRows()]
        return [r for r in rows if isinstance(r, OrganisationRow)]

    def _org_selected(self) -> None:
        rows = self.selected_organisations()
        if len(rows) == 1:
            self._read(
                lambda uow: editing.get_organisation(uow, rows[0].id),
                lambda rec: self.org_editor.load(rec) if rec else None,
            )

    def save_organisation(self, record: OrganisationRecord) -> None:
        def saved(_id: str) -> None:
            self.ctx.changed("people")
            self.ctx.status_message.emit(self.tr("Saved."))

        self._write(
            lambda uow: editing.save_organisation(uow, record), saved, self.org_editor.show_error
        )

    def delete_organisation(self, organisation_id: str) -> None:
        if organisation_id:
            self._write(
                lambda uow: editing.delete_organisation(uow, organisation_id),
                lambda _r: (self.org_editor.load(OrganisationRecord()), self.ctx.changed("people")),
            )

    def merge_selected_organisations(self) -> None:
        rows = self.selected_organisations()
        if len(rows) != 2:
            QMessageBox.information(
                self, self.tr("Merge"), self.tr("Select exactly two organisations to merge.")
            )
            return
        keep, other = sorted(rows, key=lambda r: -r.members)
        answer = QMessageBox.question(
            self,
            self.tr("Merge"),
            self.tr(
                "Merge '{other}' into '{keep}'? Its members, memoranda and actions move over."
            ).format(other=other.name, keep=keep.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(
                lambda uow: editing.merge_organisations(uow, keep.id, other.id),
                lambda _r: self.ctx.changed("people"),
            )

    # ------------------------------------------------------------ deleted, invitations
    def restore_selected(self) -> None:
        rows = [i.data(ROW_ROLE) for i in self.deleted_table.selectionModel().selectedRows()]
        chosen = [r for r in rows if isinstance(r, DeletedRow)]

        def work(uow: UnitOfWork) -> None:
            for r in chosen:
                if r.kind == "person":
                    editing.restore_person(uow, r.id)
                else:
                    editing.restore_organisation(uow, r.id)

        if chosen:
            self._write(work, lambda _r: self.ctx.changed("people"))

    def change_status(self, registration_ids: list[str], status: str) -> None:
        self._write(
            lambda uow: set_status(uow, registration_ids, RegistrationStatus(status)),
            lambda _n: self.ctx.changed("people"),
        )

    # ------------------------------------------------------------ import, export, undo
    def start_import(self, path: str | Path | None = None) -> ImportDialog | None:
        """Ask for a file (unless given) and open the import preview for the current seminar."""
        event_id = self.ctx.current_event_id
        if not event_id:
            QMessageBox.information(
                self,
                self.tr("Import"),
                self.tr("Choose or create a seminar first: the list is imported into it."),
            )
            return None
        if path is None:
            chosen, _f = QFileDialog.getOpenFileName(
                self,
                self.tr("Import an invitation list"),
                "",
                self.tr("Spreadsheets (*.xlsx *.csv)"),
            )
            if not chosen:
                return None
            path = chosen
        title = next((e.title for e in self.events if e.id == event_id), "")
        dialog = ImportDialog(self.ctx, Path(path), event_id, title, self)
        dialog.import_finished.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, result: ImportResult) -> None:
        self.last_import = result
        self.ctx.status_message.emit(
            self.tr("Imported: {created} added, {merged} merged, {registered} invited.").format(
                created=result.created, merged=result.merged, registered=result.registered
            )
        )

    def undo_last_import(self) -> None:
        batch = getattr(self, "_undo_batch", "")
        if not batch:
            return

        def undone(n: int) -> None:
            self.ctx.changed("people")
            self.ctx.status_message.emit(
                self.tr("Import undone: {n} invitations taken back.").format(n=n)
            )

        self._write(lambda uow: undo_import(uow, batch), undone)

    def start_export(self) -> None:
        dialog = ExportDialog(bool(self.ctx.current_event_id), self)
        if not dialog.exec():
            return
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export people"), "people.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path), dialog.columns(), dialog.for_event())

    def export_to(self, path: Path, columns: tuple[str, ...], for_event: bool) -> None:
        from organiser.services.people.export import export_people

        event_id = self.ctx.current_event_id if for_event else ""
        self._write(
            lambda uow: export_people(uow, path, columns, event_id),
            lambda r: self.ctx.status_message.emit(
                self.tr("{n} rows written to {path}").format(n=r.rows, path=r.path)
            ),
        )

    # ------------------------------------------------------------ plumbing
    def _read(self, fn: Callable[[UnitOfWork], Any], done: Callable[[Any], Any]) -> None:
        store = self.ctx.store

        def work(_p: Any) -> Any:
            with store.reader() as uow:
                return fn(uow)

        self.ctx.tasks.run(work, done, self.show_error)

    def _write(
        self,
        fn: Callable[[UnitOfWork], Any],
        done: Callable[[Any], Any],
        on_user_error: Callable[[str], None] | None = None,
    ) -> None:
        store = self.ctx.store

        def work(_p: Any) -> Any:
            with store.writer() as uow:
                result = fn(uow)
                uow.commit()
                return result

        def error(exc: BaseException) -> None:
            if isinstance(exc, UserError) and on_user_error is not None:
                on_user_error(exc.message)
            else:
                self.show_error(exc)

        self.ctx.tasks.run(work, done, error, write=True)

    def show_error(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self.ctx.status_message.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("People"), message, parent=self)
        box.open()  # not exec(): the window stays usable
        self.error_box = box


def create_page(ctx: AppContext) -> QWidget:
    return PeoplePage(ctx)
