"""Columns of the editor's tables that follow what is typed into them."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def keep_columns_fitted(view: QTableView, widest: int = 360) -> None:
    """Widen the columns as rows are added or typed into, not only when the memorandum is
    saved and shown again (a new party's name was squeezed into the empty table's widths);
    a column is never narrowed under what the user has widened it to."""

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
