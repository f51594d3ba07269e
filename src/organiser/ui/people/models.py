"""Table models of the people area: people, organisations, and the filter over them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from organiser.core.areas import province_label
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.domain.people import OrganisationKind
from organiser.services.people import OrganisationRow
from organiser.services.people.directory import DirectoryFilter, DirectoryRow
from organiser.ui.widgets.table import ROW_ROLE, Column, RowsModel, ThaiSortProxy


def tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModels", text)


def people_columns(lang: str) -> list[Column[DirectoryRow]]:
    return [
        Column(tr("Name"), lambda r: r.full_name, sort=lambda r: r.sort_key),
        Column(tr("Nickname"), lambda r: r.nickname),
        Column(tr("Organisation"), lambda r: r.organisation),
        Column(tr("Position"), lambda r: r.position),
        Column(tr("Province"), lambda r: province_label(r.province, lang)),
        Column(tr("Phone"), lambda r: r.phone_display, sort=lambda r: r.phone),
        Column(
            tr("Status"),
            lambda r: label_of(RegistrationStatus, r.status) if r.status else "",
        ),
        Column(tr("Role"), lambda r: label_of(RegistrationRole, r.role) if r.role else ""),
    ]


class PeopleModel(RowsModel[DirectoryRow]):
    """People of the directory, one per row."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(people_columns(lang), parent)


def organisation_columns(lang: str) -> list[Column[OrganisationRow]]:
    return [
        Column(tr("Organisation"), lambda r: r.name),
        Column(tr("Short form"), lambda r: r.short_name),
        Column(tr("Kind"), lambda r: label_of(OrganisationKind, r.kind)),
        Column(tr("Province"), lambda r: province_label(r.province, lang)),
        Column(tr("Members"), lambda r: r.members, sort=lambda r: r.members, align_right=True),
    ]


class OrganisationsModel(RowsModel[OrganisationRow]):
    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(organisation_columns(lang), parent)


class DirectoryProxy(ThaiSortProxy):
    """Thai sorting plus the people view's filters (province, kind, issue, event, status)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.criteria = DirectoryFilter()

    def set_criteria(self, criteria: DirectoryFilter) -> None:
        self.beginFilterChange()
        self.criteria = criteria
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if isinstance(row, DirectoryRow) and not self.criteria.accepts(row):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
