"""The list of memoranda with filters by status and by organisation ("which memoranda has this
bank signed?"), and the ways into the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.domain.labels import label
from organiser.domain.memoranda import MemorandumStatus
from organiser.services.memoranda.reading import (
    MemorandumRow,
    OrganisationChoice,
    list_memoranda,
    organisation_choices,
)
from organiser.ui.context import AppContext
from organiser.ui.memoranda.models import ListModel, memoranda_columns
from organiser.ui.widgets.table import ThaiSortProxy, make_table


class MemorandaList(QWidget):
    open_requested = Signal(str)  # a memorandum id
    new_requested = Signal()
    print_requested = Signal(str)
    delete_requested = Signal(str)
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.organisations: list[OrganisationChoice] = []

        title = QLabel(self.tr("Memoranda of cooperation"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        self.new_button = QPushButton(self.tr("New memorandum"))
        self.new_button.clicked.connect(self.new_requested.emit)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), "")
        for status in MemorandumStatus:
            self.status_filter.addItem(label(status), status.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.org_filter = QComboBox()
        self.org_filter.setEditable(True)
        self.org_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.org_filter.setMinimumWidth(320)
        line, completer = self.org_filter.lineEdit(), self.org_filter.completer()
        assert line is not None and completer is not None  # the combo box is editable
        line.setPlaceholderText(self.tr("Any organisation"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.org_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.signed_only = QCheckBox(self.tr("only where it has signed"))
        self.signed_only.toggled.connect(lambda _on: self.reload())
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter…"))
        self.text_filter.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("Party:")))
        filters.addWidget(self.org_filter, 1)
        filters.addWidget(self.signed_only)
        filters.addWidget(self.text_filter)

        self.model = ListModel(memoranda_columns(ctx.lang), self)
        self.proxy = ThaiSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.text_filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.text_filter.textChanged.connect(lambda _t: self._update_count())
        self.table = make_table(self.proxy, single=True)
        self.table.doubleClicked.connect(lambda _i: self._emit_selected(self.open_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_requested))
        self.print_button = QPushButton(self.tr("Print to PDF…"))
        self.print_button.clicked.connect(lambda: self._emit_selected(self.print_requested))
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_requested))
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        # the buttons for the chosen memorandum sit above the list, not under it: below,
        # a 1366×768 laptop's screen cut them off as soon as the page ran taller than it
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self._update_buttons()

    # ------------------------------------------------------------ loading

    def load_organisations(self) -> None:
        store = self.ctx.store

        def work(_p: Any) -> list[OrganisationChoice]:
            with store.reader() as uow:
                return organisation_choices(uow)

        self.ctx.tasks.run(work, self._show_organisations)

    def _show_organisations(self, choices: list[OrganisationChoice]) -> None:
        current = self.org_filter.currentData()
        self.organisations = choices
        self.org_filter.blockSignals(True)
        self.org_filter.clear()
        self.org_filter.addItem(self.tr("Any organisation"), "")
        for org in choices:
            self.org_filter.addItem(org.label, org.id)
        index = self.org_filter.findData(current) if current else 0
        self.org_filter.setCurrentIndex(max(index, 0))
        self.org_filter.blockSignals(False)

    def set_organisation(self, organisation_id: str) -> None:
        """Show only memoranda this organisation is a party to ("" for all)."""
        index = self.org_filter.findData(organisation_id)
        self.org_filter.setCurrentIndex(max(index, 0))

    def set_status(self, status: str) -> None:
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        store = self.ctx.store
        status = self.status_filter.currentData() or None
        org_id = self.org_filter.currentData() or None
        signed = self.signed_only.isChecked()

        def work(_p: Any) -> list[MemorandumRow]:
            with store.reader() as uow:
                return list_memoranda(uow, status, org_id, signed and bool(org_id))

        self.ctx.tasks.run(work, lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[MemorandumRow]) -> None:
        if generation != self._generation:
            return  # a newer filter is already loading
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            if self.table.columnWidth(col) > 420:
                self.table.setColumnWidth(col, 420)
        filtered = bool(self.status_filter.currentData() or self.org_filter.currentData())
        self.empty.setText(
            self.tr("No memorandum matches these filters.")
            if filtered
            else self.tr("No memoranda yet. Start one with “New memorandum”.")
        )
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_count()
        self._update_buttons()
        self.loaded.emit(len(rows))

    # ------------------------------------------------------------ selection

    def selected(self) -> MemorandumRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        row: MemorandumRow = self.model.row_at(source.row())
        return row

    def select_id(self, memorandum_id: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == memorandum_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())

    def _emit_selected(self, signal: Any) -> None:
        row = self.selected()
        if row is not None:
            signal.emit(row.id)

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.open_button, self.print_button):
            button.setEnabled(row is not None)
        self.delete_button.setEnabled(
            row is not None and row.status in (MemorandumStatus.DRAFT, MemorandumStatus.IN_REVIEW)
        )

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{n} memoranda").format(n=total)
            if shown == total
            else self.tr("{shown} of {n} memoranda").format(shown=shown, n=total)
        )
