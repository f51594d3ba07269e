"""Tables: a model over a list of plain rows (dataclasses from services) with Thai sorting,
and the one set-up every table view of the app goes through (`make_table`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from organiser.core.thaitext import thai_sort_key

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], Any]
    sort: Callable[[Row], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Row], str] | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(row)
            value = column.value(row)
            return thai_sort_key(value) if isinstance(value, str) else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_header(self.columns, section, orientation, role)


def column_header(
    columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """`headerData` of a model over `columns`: their titles across the top, nothing else."""
    if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
        return columns[section].title
    return None


class ThaiSortProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key (Thai dictionary order for text); filters on all columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class Widths(Enum):
    """How a table's columns take their widths."""

    INTERACTIVE = "interactive"  # the user drags them; fitted once to the first rows
    CONTENTS = "contents"  # always as wide as what they hold


NO_EDIT = QAbstractItemView.EditTrigger.NoEditTriggers
EDIT_IN_PLACE = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def make_table(
    model: Any,
    *,
    sortable: bool = True,
    alternating: bool = True,
    single: bool = False,
    widths: Widths = Widths.INTERACTIVE,
    stretch: int | None = None,
    edit: QAbstractItemView.EditTrigger = NO_EDIT,
    wrap: bool | None = None,
    name: str = "",
    kind: type[QTableView] = QTableView,
) -> QTableView:
    """The one set-up of every table of whole rows over `model`: rows selected whole, no row
    numbers, read-only unless `edit` says how; `single` allows one row at a time; `stretch`
    names the column that takes the spare room (else the last one); interactive widths are
    measured from the first rows only (quick with many rows)."""
    view = kind()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    if sortable:
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(edit)
    view.setAlternatingRowColors(alternating)
    if wrap is not None:
        view.setWordWrap(wrap)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    if widths is Widths.CONTENTS:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns(view: QTableView, widest: int = 360) -> None:
    """Columns as wide as what they hold, but none wider than `widest`."""
    view.resizeColumnsToContents()
    for col in range(view.model().columnCount()):
        view.setColumnWidth(col, min(view.columnWidth(col), widest))


def keep_columns_fitted(view: QTableView, widest: int = 360) -> None:
    """Widen the columns as rows are added or typed into, not only when the data is saved and
    shown again (a new party's name was squeezed into the empty table's widths); a column is
    never narrowed under what the user has widened it to."""

    def widen() -> None:
        for col in range(view.model().columnCount()):
            wanted = min(
                max(view.sizeHintForColumn(col), view.horizontalHeader().sectionSizeHint(col)),
                widest,
            )
            if view.columnWidth(col) < wanted:
                view.setColumnWidth(col, wanted)

    model = view.model()
    for signal in (model.dataChanged, model.modelReset, model.rowsInserted):
        signal.connect(lambda *_a: widen())
