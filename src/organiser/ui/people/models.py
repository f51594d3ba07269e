"""Table models of the people area: people, organisations, and the filter over them."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from organiser.core.provinces import province_label
from organiser.core.thaitext import thai_sort_key
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.domain.people import OrganisationKind
from organiser.services.people.directory import DirectoryRow
from organiser.services.people.rows import OrganisationRow
from organiser.ui.widgets.table import ROW_ROLE, Column, Index, RowsModel, column_header

log = logging.getLogger(__name__)
Fetch = Callable[[list[str]], list[DirectoryRow | None]]
# the listing's sort for each column of `people_columns`, in order
SORT_KEYS = ("name", "nickname", "organisation", "position", "province", "phone", "status", "role")


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


class PeopleModel(QAbstractTableModel):
    """The people directory, one person per row, holding only the rows near the screen.

    It knows the ids of everyone shown, in order (`set_listing`); a row's data is read when the
    view first asks for it, a page of rows at a time, and only the pages seen last are kept. At
    100,000 people that is a few megabytes instead of hundreds, and opening or sorting costs
    one query for the ids. Sorting is asked of the page (`sort_requested`), which queries again.
    """

    PAGE = 100  # rows read at once: about 2 ms from the local file
    KEPT_PAGES = 30

    sort_requested = Signal()

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = people_columns(lang)
        self.ids: list[str] = []
        self._fetch: Fetch | None = None
        self._pages: OrderedDict[int, list[DirectoryRow | None]] = OrderedDict()
        self._positions: dict[str, int] | None = None
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------ the rows
    def set_listing(
        self, ids: list[str], fetch: Fetch, first: list[DirectoryRow | None] | None = None
    ) -> None:
        """Show these people (in this order); `fetch(ids)` reads their rows, in the same order;
        `first`, the rows of the first page when they were read already."""
        self.beginResetModel()
        self.ids, self._fetch = ids, fetch
        self._pages.clear()
        if first is not None and len(first) == len(ids[: self.PAGE]):
            self._pages[0] = first
        self._positions = None
        self.endResetModel()

    def row_at(self, row: int) -> DirectoryRow | None:
        if not (0 <= row < len(self.ids)):
            return None
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
            self._pages[number] = page
            while len(self._pages) > self.KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row - number * self.PAGE]

    def _read_page(self, number: int) -> list[DirectoryRow | None]:
        ids = self.ids[number * self.PAGE : (number + 1) * self.PAGE]
        if self._fetch is None:
            return [None] * len(ids)
        try:
            rows = self._fetch(ids)
        except Exception:  # the view must paint; the page is read again when next needed
            log.exception("reading a page of the people directory")
            return [None] * len(ids)
        return rows if len(rows) == len(ids) else [None] * len(ids)

    def row_of(self, person_id: str) -> int:
        """The row showing this person, or -1."""
        if self._positions is None:
            self._positions = {pid: n for n, pid in enumerate(self.ids)}
        return self._positions.get(person_id, -1)

    @property
    def sort_key_name(self) -> str:
        """The listing's sort for the chosen column ('' for the natural order)."""
        if 0 <= self.sort_column < len(SORT_KEYS):
            return SORT_KEYS[self.sort_column]
        return ""

    # ------------------------------------------------------------ QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, ROW_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == ROW_ROLE:
            return row
        value = self.columns[index.column()].value(row)
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self.columns, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != (self.sort_column, self.sort_order):
            self.sort_column, self.sort_order = column, order
            self.sort_requested.emit()
