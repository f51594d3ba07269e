"""The organisations tab of the people area: a filtered list, the detail pane, merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.services.people import editing
from organiser.services.people.editing import OrganisationRecord
from organiser.services.people.rows import OrganisationRow, list_organisations
from organiser.ui.context import AppContext
from organiser.ui.people.models import OrganisationsModel
from organiser.ui.people.org_editor import OrganisationEditor
from organiser.ui.people.work import StoreWork
from organiser.ui.widgets.table import ROW_ROLE, ThaiSortProxy, make_table


class OrganisationsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.work = StoreWork(ctx, self, self.tr("Organisations"))
        self.org_filter = QLineEdit()
        self.org_filter.setPlaceholderText(self.tr("Filter organisations…"))
        self.org_filter.setClearButtonEnabled(True)
        self.org_model = OrganisationsModel(ctx.lang, self)
        self.org_proxy = ThaiSortProxy(self)
        self.org_proxy.setSourceModel(self.org_model)
        self.org_filter.textChanged.connect(self.org_proxy.setFilterFixedString)
        self.org_table = make_table(self.org_proxy)
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
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        self.work.read(list_organisations, self._show)

    def _show(self, rows: list[OrganisationRow]) -> None:
        self.org_model.set_rows(rows)
        self.org_table.resizeColumnsToContents()

    def selected_organisations(self) -> list[OrganisationRow]:
        rows = [i.data(ROW_ROLE) for i in self.org_table.selectionModel().selectedRows()]
        return [r for r in rows if isinstance(r, OrganisationRow)]

    def _org_selected(self) -> None:
        rows = self.selected_organisations()
        if len(rows) == 1:
            self.work.read(
                lambda uow: editing.get_organisation(uow, rows[0].id),
                self._show_organisation,
            )

    def _show_organisation(self, record: OrganisationRecord | None) -> None:
        if record is not None:
            self.org_editor.load(record)
            from organiser.ui.sync.marks import mark_conflicts  # fields another office changed

            mark_conflicts(self.ctx, self.org_editor, "organisation", record.id)

    def save_organisation(self, record: OrganisationRecord) -> None:
        def saved(_id: str) -> None:
            self.ctx.changed(Area.PEOPLE)
            self.ctx.status_message.emit(self.tr("Saved."))

        self.work.write(
            lambda uow: editing.save_organisation(uow, record), saved, self.org_editor.show_error
        )

    def delete_organisation(self, organisation_id: str) -> None:
        def deleted(_r: Any) -> None:
            self.org_editor.load(OrganisationRecord())
            self.ctx.changed(Area.PEOPLE)

        if organisation_id:
            self.work.write(lambda uow: editing.delete_organisation(uow, organisation_id), deleted)

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
            self.work.write(
                lambda uow: editing.merge_organisations(uow, keep.id, other.id),
                lambda _r: self.ctx.changed(Area.PEOPLE),
            )
