"""Table models of the people area: people, organisations, and the filter over them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from organiser.core.areas import province_label
from organiser.core.thaitext import thai_sort_key
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.domain.people import OrganisationKind
from organiser.services.people import OrganisationRow
from organiser.services.people.directory import DirectoryRow
from organiser.ui.widgets.table import Column, RowsModel


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


class SortedRowsModel(RowsModel[Any]):
    """Rows sorted by the model itself (Thai order for text): with tens of thousands of rows a
    sort or filter proxy calling Python per comparison would freeze the window for seconds."""

    def __init__(self, columns: list[Column[Any]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def _key(self, column: int) -> Any:
        col = self.columns[column]
        if col.sort is not None:
            return col.sort

        def key(row: Any) -> Any:
            value = col.value(row)
            return thai_sort_key(value) if isinstance(value, str) else value

        return key

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if not (0 <= self.sort_column < len(self.columns)):
            return rows
        return sorted(
            rows,
            key=self._key(self.sort_column),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )

    def set_rows(self, rows: Any) -> None:
        super().set_rows(self._sorted(list(rows)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if 0 <= column < len(self.columns):
            super().set_rows(self._sorted(self.rows))


class PeopleModel(SortedRowsModel):
    """People of the directory, one per row."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(people_columns(lang), parent)
