"""The "recently deleted" tab of the people area: people and organisations to bring back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from organiser.core.notices import Area
from organiser.core.thaidate import format_moment
from organiser.services.people import editing
from organiser.services.people.editing import DeletedRow
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.people.work import StoreWork
from organiser.ui.widgets.table import ROW_ROLE, Column, RowsModel, make_table


class DeletedTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.work = StoreWork(ctx, self, self.tr("Recently deleted"))
        self.deleted_model: RowsModel[DeletedRow] = RowsModel(
            [
                Column(self.tr("Name"), lambda r: r.label),
                Column(self.tr("Kind"), lambda r: self.tr("Person") if r.kind == "person" else self.tr("Organisation")),
                Column(self.tr("Deleted"), lambda r: format_moment(dt.datetime.fromisoformat(r.deleted_at), ctx.lang)),
            ],
            self,
        )  # fmt: skip
        self.deleted_table = make_table(self.deleted_model, sortable=False)
        restore = QPushButton(self.tr("Restore"))
        restore.clicked.connect(self.restore_selected)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Deleted people and organisations can be brought back.")), 1)
        bar.addWidget(restore)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.deleted_table, 1)

    def reload(self) -> None:
        self.work.read(editing.recently_deleted, self._show)

    def _show(self, rows: list[DeletedRow]) -> None:
        self.deleted_model.set_rows(rows)
        self.deleted_table.resizeColumnToContents(0)  # whole names, never cut

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
            self.work.write(work, lambda _r: self.ctx.changed(Area.PEOPLE))
