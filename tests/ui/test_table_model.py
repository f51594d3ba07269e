from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from organiser.ui.widgets.table import SORT_ROLE, Column, RowsModel, ThaiSortProxy


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
