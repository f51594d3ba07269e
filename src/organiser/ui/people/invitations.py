"""The invitation list of the current seminar: who is invited, confirmed, declined; counts."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.core.provinces import province_label
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.domain.people import OrganisationKind
from organiser.services.people.invitations import InvitationRow, InvitationSummary
from organiser.ui.widgets.table import (
    ROW_ROLE,
    Column,
    RowsModel,
    ThaiSortProxy,
    Widths,
    make_table,
)

_STATUSES = (RegistrationStatus.INVITED, RegistrationStatus.CONFIRMED, RegistrationStatus.DECLINED,
             RegistrationStatus.WALK_IN, RegistrationStatus.CANCELLED)  # fmt: skip


def _table(model: Any, stretch_first: bool = False, sortable: bool = False) -> QTableView:
    return make_table(
        model,
        sortable=sortable,
        alternating=False,
        widths=Widths.CONTENTS,
        stretch=0 if stretch_first else None,
    )


class InvitationsView(QWidget):
    """Shows an InvitationSummary; asks the page to change statuses of the selected rows."""

    status_change_requested = Signal(list, str)  # registration ids, status

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.totals = QLabel()
        self.totals.setObjectName("pageCount")
        self.model: RowsModel[InvitationRow] = RowsModel(
            [
                Column(self.tr("Name"), lambda r: r.name, sort=lambda r: r.sort_key),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Province"), lambda r: province_label(r.province, lang)),
                Column(self.tr("Role"), lambda r: label_of(RegistrationRole, r.role)),
                Column(self.tr("Status"), lambda r: label_of(RegistrationStatus, r.status)),
            ],
            self,
        )
        self.proxy = ThaiSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy, sortable=True)
        self.province_model: RowsModel[tuple[str, dict[str, int]]] = RowsModel(
            self._count_columns(self.tr("Province"), lambda k: province_label(k, lang)), self
        )
        self.kind_model: RowsModel[tuple[str, dict[str, int]]] = RowsModel(
            self._count_columns(
                self.tr("Kind of organisation"),
                lambda k: label_of(OrganisationKind, k) if k else self.tr("(none)"),
            ),
            self,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        self.status_buttons: dict[str, QPushButton] = {}
        for status, text in (
            (RegistrationStatus.CONFIRMED, self.tr("Mark confirmed")),
            (RegistrationStatus.DECLINED, self.tr("Mark declined")),
            (RegistrationStatus.INVITED, self.tr("Mark invited")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=status: self._request(s))
            buttons.addWidget(button)
            self.status_buttons[status.value] = button
        counts = QWidget()
        counts_layout = QVBoxLayout(counts)
        counts_layout.setContentsMargins(0, 0, 0, 0)
        counts_layout.addWidget(QLabel(self.tr("By province")))
        counts_layout.addWidget(_table(self.province_model, stretch_first=True), 1)
        counts_layout.addWidget(QLabel(self.tr("By kind of organisation")))
        counts_layout.addWidget(_table(self.kind_model, stretch_first=True), 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(counts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 460])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _count_columns(self, title: str, name: Any) -> list[Column[tuple[str, dict[str, int]]]]:
        columns: list[Column[tuple[str, dict[str, int]]]] = [Column(title, lambda r: name(r[0]))]
        for status in _STATUSES[:3]:
            columns.append(
                Column(
                    label_of(RegistrationStatus, status.value),
                    partial(_count_of, status.value),
                    align_right=True,
                )
            )
        columns.append(Column(self.tr("All"), lambda r: sum(r[1].values()), align_right=True))
        return columns

    def show_summary(self, summary: InvitationSummary | None) -> None:
        if summary is None:
            self.model.set_rows([])
            self.province_model.set_rows([])
            self.kind_model.set_rows([])
            self.totals.setText(self.tr("Choose a seminar to see its invitation list."))
            return
        self.model.set_rows(summary.rows)
        self.province_model.set_rows(summary.by_province)
        self.kind_model.set_rows(summary.by_kind)
        s = summary.by_status
        self.totals.setText(
            self.tr(
                "{all} on the list: {invited} invited, {confirmed} confirmed, {declined} declined"
            ).format(
                all=len(summary.rows),
                invited=s.get("invited", 0),
                confirmed=s.get("confirmed", 0),
                declined=s.get("declined", 0),
            )
        )

    def _request(self, status: RegistrationStatus) -> None:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            row = index.data(ROW_ROLE)
            if isinstance(row, InvitationRow):
                ids.append(row.registration_id)
        if ids:
            self.status_change_requested.emit(ids, status.value)


def _count_of(status: str, row: tuple[str, dict[str, int]]) -> int:
    return row[1].get(status, 0)
