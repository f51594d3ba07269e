"""A page that shows a list loaded from a service off the GUI thread, with a filter box."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.widgets.table import ROW_ROLE, Column, RowsModel, ThaiSortProxy, make_table


class ListPage(QWidget):
    """Title, a filter field and a sortable table. `loader(uow, event_id)` returns rows."""

    loaded = Signal(int)
    activated_row = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        columns: Sequence[Column[Any]],
        loader: Callable[[UnitOfWork, str], Sequence[Any]],
        areas: Sequence[Area],
        needs_event: bool = False,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loader = loader
        self.areas = set(areas)
        self.needs_event = needs_event
        self.empty_text = empty_text
        self.model: RowsModel[Any] = RowsModel(columns, self)
        self.proxy = ThaiSortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.textChanged.connect(lambda _t: self._update_count())

        self.table = make_table(self.proxy)
        self.table.doubleClicked.connect(
            lambda index: self.activated_row.emit(index.data(ROW_ROLE))
        )
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.filter)
        self.toolbar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        # bound methods, not lambdas: Qt disconnects them when this page is deleted
        ctx.data_changed.connect(self._on_data_changed)
        ctx.event_changed.connect(self._on_event_changed)
        self._generation = 0

    def _on_event_changed(self, _event_id: str) -> None:
        self.reload()

    def _on_data_changed(self, area: str) -> None:
        if area == Area.ALL or area in self.areas:
            self.reload()

    def reload(self) -> None:
        event_id = self.ctx.current_event_id
        if self.needs_event and not event_id:
            self._show_rows([])
            return
        loader = self.loader
        store = self.ctx.store

        def work(_progress: Any) -> Sequence[Any]:
            with store.reader() as uow:
                return loader(uow, event_id)

        self._generation += 1
        generation = self._generation

        def show(rows: Sequence[Any]) -> None:
            if generation == self._generation:  # an older load finishing late is dropped
                self._show_rows(rows)

        self.ctx.tasks.run(work, show, owner=self)

    def _show_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            if self.table.columnWidth(col) > 420:
                self.table.setColumnWidth(col, 420)
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self.empty_text)
        self._update_count()
        self.loaded.emit(len(rows))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("{n} rows").format(n=total)
            if shown == total
            else self.tr("{shown} of {n} rows").format(shown=shown, n=total)
        )
        self.count_label.setText(text)
