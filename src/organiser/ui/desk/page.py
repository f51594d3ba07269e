"""The venue desk: desk mode for checking people in, and the table of registrations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from organiser.core.notices import Area
from organiser.core.provinces import province_label
from organiser.core.thaidate import format_date
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.services.desk.reading import RegistrationRow, list_registrations
from organiser.ui.context import AppContext
from organiser.ui.desk.view import DeskView
from organiser.ui.widgets.list_page import ListPage
from organiser.ui.widgets.table import ROW_ROLE, Column


def tr(text: str) -> str:
    return QCoreApplication.translate("DeskPage", text)


def registrations_page(ctx: AppContext) -> ListPage:
    columns: list[Column[RegistrationRow]] = [
        Column(tr("Name"), lambda r: r.name, sort=lambda r: r.sort_key),
        Column(tr("Organisation"), lambda r: r.organisation),
        Column(tr("Province"), lambda r: province_label(r.province, ctx.lang)),
        Column(tr("Role"), lambda r: label_of(RegistrationRole, r.role)),
        Column(tr("Status"), lambda r: label_of(RegistrationStatus, r.status)),
        Column(
            tr("Checked in"),
            lambda r: ", ".join(format_date(d, "short", ctx.lang) for d in r.checked_in_days),
        ),
        Column(tr("Code"), lambda r: r.code),
    ]
    return ListPage(
        ctx, tr("Registrations"), columns, list_registrations, areas=(Area.DESK, Area.PEOPLE), needs_event=True,
        empty_text=tr("Choose an event to see who is registered."),
    )  # fmt: skip


class DeskPage(QWidget):
    """Tab 1: desk mode (check-in). Tab 2: every registration, read-only."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.desk = DeskView(ctx)
        self.registrations = registrations_page(ctx)
        # a registration's row: its check-ins, to cancel a wrong one (double-click, or this)
        self.check_ins_button = QPushButton(self.tr("Check-ins of the chosen person…"))
        self.check_ins_button.setObjectName("registrationCheckIns")
        self.check_ins_button.clicked.connect(self._check_ins_of_selected)
        self.registrations.toolbar.addWidget(self.check_ins_button)
        self.registrations.toolbar.addStretch(1)
        self.registrations.activated_row.connect(self.open_check_ins_of)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deskTabs")
        self.tabs.addTab(self.desk, self.tr("Check-in"))
        self.tabs.addTab(self.registrations, self.tr("Registrations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # methods, not lambdas: Qt drops these connections when the page is deleted (a language
        # switch rebuilds the window), so nothing reaches a deleted page
        ctx.event_changed.connect(self._on_event_changed)
        ctx.data_changed.connect(self._on_data_changed)

    def _on_event_changed(self, _event_id: str) -> None:
        self.desk.reload()

    def _on_data_changed(self, area: str) -> None:
        if area in (Area.ALL, Area.PEOPLE, Area.EVENTS, Area.SETTINGS):
            self.desk.reload()
        elif area == Area.DESK and not self.desk.controller.telling:
            self.desk.controller.changed_elsewhere()

    def _check_ins_of_selected(self) -> None:
        table = self.registrations.table
        index = table.selectionModel().currentIndex()
        if index.isValid():
            self.open_check_ins_of(index.data(ROW_ROLE))

    def open_check_ins_of(self, row: RegistrationRow | None) -> None:
        if row is None:
            return
        self.desk.open_check_ins(
            row.id, self.tr("Check-ins of {name}, newest first").format(name=row.name)
        )

    def reload(self) -> None:
        self.desk.reload()
        self.registrations.reload()


def create_page(ctx: AppContext) -> QWidget:
    return DeskPage(ctx)
