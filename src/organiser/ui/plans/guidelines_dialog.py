"""Choose the provinces that get a guideline from a regional plan, and whether the actions for
the whole region go into each of them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from organiser.core.provinces import province_label
from organiser.services.plans.guidelines import region_provinces
from organiser.ui.plans.dialogs import FormDialog

KEY = Qt.ItemDataRole.UserRole


class GuidelinesDialog(FormDialog):
    """Submits {"provinces": [Thai names], "copy_region_wide": bool}."""

    def __init__(
        self, region: str, existing: set[str], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Make provincial guidelines"), parent)
        self.setMinimumWidth(460)
        self.provinces = QListWidget()
        self.provinces.setMinimumHeight(220)
        for name in region_provinces(region or "south"):
            text = province_label(name, lang)
            item = QListWidgetItem(text)
            item.setData(KEY, name)
            if name in existing:
                # already made: shown so the list is whole, but it cannot be made twice
                item.setText(self.tr("{province} (has a guideline)").format(province=text))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.provinces.addItem(item)
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("None"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        choose = QHBoxLayout()
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        self.region_wide = QCheckBox(self.tr("Also copy the actions for the whole region"))
        self.region_wide.setToolTip(
            self.tr(
                "Each guideline always gets the actions meant for its province. Actions for the "
                "whole region usually stay in the regional plan."
            )
        )
        self.form.addRow(self.tr("Provinces"), self.provinces)
        self.form.addRow("", choose)
        self.form.addRow("", self.region_wide)
        self.provinces.itemChanged.connect(lambda _item: self._enable_ok())
        self._enable_ok()

    def _items(self) -> list[QListWidgetItem]:
        return [self.provinces.item(i) for i in range(self.provinces.count())]

    def _check_all(self, on: bool) -> None:
        for item in self._items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [
            str(item.data(KEY))
            for item in self._items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState() == Qt.CheckState.Checked
        ]

    def choose(self, provinces: list[str]) -> None:
        for item in self._items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                wanted = item.data(KEY) in provinces
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _enable_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.chosen()))

    def values(self) -> Any:
        return {"provinces": self.chosen(), "copy_region_wide": self.region_wide.isChecked()}
