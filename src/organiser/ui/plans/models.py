"""Item models of the plans area: actions (overdue ones in red) and the navigator's entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from organiser.core.provinces import province_label
from organiser.core.thaidate import format_date
from organiser.domain.labels import label_of
from organiser.domain.plan_rules import DueState
from organiser.domain.plans import ActionStatus
from organiser.services.plans.reading import ActionRow
from organiser.ui.widgets.table import Column, Index, RowsModel

OVERDUE = QColor("#b00020")
DUE_SOON = QColor("#8a5a00")
CLOSED = QColor("#777777")


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanModels", text)


def province_text(row: ActionRow, lang: str) -> str:
    def one(name: str) -> str:
        return province_label(name, lang) if name else tr("Whole region")

    if len(row.provinces) > 1:  # the same action in several provinces, on one line
        return tr("{n} provinces: {names}").format(
            n=len([p for p in row.provinces if p]), names=", ".join(one(p) for p in row.provinces)
        )
    return one(row.province)


def action_columns(lang: str, with_plan: bool) -> list[Column[ActionRow]]:
    columns: list[Column[ActionRow]] = [
        Column(tr("Action"), lambda r: r.title, tooltip=lambda r: r.link or r.title),
        Column(tr("Owner"), lambda r: r.owner),
        Column(tr("Province"), lambda r: province_text(r, lang)),
        Column(
            tr("Due"),
            lambda r: format_date(r.due_on, "short", lang) if r.due_on else "",
            sort=lambda r: r.due_on.toordinal() if r.due_on else 10**7,
        ),
        Column(tr("Status"), lambda r: label_of(ActionStatus, r.status)),
        Column(
            tr("Progress"), lambda r: f"{r.progress}%", sort=lambda r: r.progress, align_right=True
        ),
        Column(
            tr("Latest update"),
            lambda r: (
                format_date(r.latest_update_on, "short", lang)
                + (f" · {r.latest_note}" if r.latest_note else "")
                if r.latest_update_on
                else ""
            ),
            sort=lambda r: r.latest_update_on.toordinal() if r.latest_update_on else 0,
        ),
    ]
    if with_plan:
        columns.insert(1, Column(tr("Plan"), lambda r: r.plan_title))
    return columns


class ActionsModel(RowsModel[ActionRow]):
    """Actions with the follow-up colours: overdue red, due soon amber, closed grey."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows[index.row()]
            if row.due == DueState.OVERDUE:
                return QBrush(OVERDUE)
            if row.due == DueState.DUE_SOON:
                return QBrush(DUE_SOON)
            if row.due == DueState.CLOSED:
                return QBrush(CLOSED)
            return None
        return super().data(index, role)

    def row_by_id(self, action_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row.id == action_id:
                return i
        return -1
