"""Columns fitted to the rows on screen, not to every row of the table."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

# Rows a column's width is fitted to, those on screen first. Qt's default is 1,000: a
# page that fits its columns once its rows arrive (1,000 registrations at the desk, 200
# memoranda) measured every cell on the GUI thread, a frozen window for 0.1-0.5 s; the People
# table read its rows from the database to measure them.
ROWS_MEASURED = 30  # about a screenful (0 would mean every row while a table is hidden)


def fit_columns_to_screen(widget: QWidget) -> None:
    """Every table in `widget` fits its columns to the rows on screen."""
    tables = widget.findChildren(QTableView)
    if isinstance(widget, QTableView):
        tables.append(widget)
    for table in tables:
        table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        table.verticalHeader().setResizeContentsPrecision(ROWS_MEASURED)
