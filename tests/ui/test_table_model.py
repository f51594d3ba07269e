from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

import organiser.ui
from organiser.ui.widgets.table import (
    SORT_ROLE,
    Column,
    RowsModel,
    ThaiSortProxy,
    Widths,
    make_table,
)


@dataclass(frozen=True)
class Row:
    name: str
    count: int


ROWS = [Row("ไก่", 3), Row("เกม", 10), Row("ขาว", 2), Row("กา", 1), Row("แกะ", 7)]


def make_model() -> RowsModel[Row]:
    model: RowsModel[Row] = RowsModel(
        [Column("Name", lambda r: r.name), Column("Count", lambda r: r.count, align_right=True)]
    )
    model.set_rows(ROWS)
    return model


def test_rows_model_is_a_well_behaved_qt_model(qtmodeltester) -> None:
    model = make_model()
    qtmodeltester.check(model)
    proxy = ThaiSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_sorting_is_in_thai_dictionary_order_and_numbers_are_numeric() -> None:
    model = make_model()
    proxy = ThaiSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(i, 0).data() for i in range(proxy.rowCount())]
    assert names == ["กา", "เกม", "แกะ", "ไก่", "ขาว"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    counts = [proxy.index(i, 1).data() for i in range(proxy.rowCount())]
    assert counts == ["1", "2", "3", "7", "10"]  # not "1", "10", "2", …
    assert proxy.index(0, 1).data(SORT_ROLE) == 1


def test_filter_matches_any_column() -> None:
    model = make_model()
    proxy = ThaiSortProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("แก")
    assert [proxy.index(i, 0).data() for i in range(proxy.rowCount())] == ["แกะ"]


def test_every_table_of_the_app_is_set_up_by_the_one_helper() -> None:
    """Tables look and behave alike (whole rows, no row numbers, read-only unless said) because
    they are all made by `make_table`; a table set up by hand drifts (five copies once did)."""
    ui = Path(organiser.ui.__file__).parent
    by_hand = [
        f"{path.relative_to(ui)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "table.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(
            r"QTable(View|Widget)\(\)|setSelectionBehavior\(|verticalHeader\(\)\.(hide|setVisible)",
            line,
        )
    ]
    assert by_hand == []


def test_the_table_helper_gives_whole_rows_without_numbers_and_the_spare_room_to_one_column(
    qtbot,
) -> None:
    view = make_table(make_model(), sortable=False, single=True, widths=Widths.CONTENTS, stretch=0)
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    assert not view.verticalHeader().isVisible()
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents
    assert not view.isSortingEnabled()
    sorted_view = make_table(make_model())
    qtbot.addWidget(sorted_view)
    assert sorted_view.isSortingEnabled() and sorted_view.alternatingRowColors()
    assert sorted_view.model().index(0, 0).data() == "ไก่"  # as the service gave them
