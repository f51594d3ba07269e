"""The start page's follow-up card: counts a manager reads at a glance and a chart of actions by
status per province, drawn with QPainter (no charting library)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from organiser.core.i18n import current_language
from organiser.core.provinces import province_label
from organiser.domain.labels import label
from organiser.domain.plans import ActionStatus
from organiser.services.plans import reading as plans_service
from organiser.services.plans.reading import Summary
from organiser.ui.context import AppContext

STATUS_COLOURS = {
    ActionStatus.DONE: QColor("#2e8b57"),
    ActionStatus.IN_PROGRESS: QColor("#2f79b5"),
    ActionStatus.BLOCKED: QColor("#c0392b"),
    ActionStatus.NOT_STARTED: QColor("#b9b4a8"),
    ActionStatus.DROPPED: QColor("#e4e0d8"),
}
ORDER = tuple(STATUS_COLOURS)
ROW_HEIGHT = 20
LEGEND_HEIGHT = 26


class StatusChart(QWidget):
    """Horizontal stacked bars: one per province (and one for the whole region)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, dict[str, int]]] = []
        self.whole_region = self.tr("Whole region")
        self.setMinimumHeight(LEGEND_HEIGHT + ROW_HEIGHT)

    def set_rows(self, rows: list[tuple[str, dict[str, int]]]) -> None:
        self.rows = rows
        self.setMinimumHeight(LEGEND_HEIGHT + ROW_HEIGHT * max(len(rows), 1) + 8)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, LEGEND_HEIGHT + ROW_HEIGHT * max(len(self.rows), 1) + 8)

    def row_label(self, province: str) -> str:
        return province_label(province, current_language()) if province else self.whole_region

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        # legend
        x = 0.0
        for status in ORDER:
            painter.fillRect(QRectF(x, 6, 12, 12), STATUS_COLOURS[status])
            text = label(status)
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(x + 16, 0, 200, 24), Qt.AlignmentFlag.AlignVCenter, text)
            x += 16 + metrics.horizontalAdvance(text) + 14
        if not self.rows:
            return
        label_width = max(metrics.horizontalAdvance(self.row_label(p)) for p, _ in self.rows) + 10
        count_width = metrics.horizontalAdvance("000") + 8
        bar_width = max(self.width() - label_width - count_width, 20)
        most = max(sum(counts.values()) for _, counts in self.rows) or 1
        y = float(LEGEND_HEIGHT)
        for province, counts in self.rows:
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(0, y, label_width - 6, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                self.row_label(province),
            )
            x = float(label_width)
            total = 0
            for status in ORDER:
                n = counts.get(status.value, 0)
                if not n:
                    continue
                w = bar_width * n / most
                painter.fillRect(QRectF(x, y + 3, w, ROW_HEIGHT - 6), STATUS_COLOURS[status])
                x += w
                total += n
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(x + 4, y, count_width, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, str(total)
            )
            y += ROW_HEIGHT
        painter.end()


class PlansSummary(QFrame):
    """A card for the start page. `today` is asked for on every load (tests fix the clock)."""

    open_requested = Signal()
    loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.data: Summary | None = None
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("Follow-up of plans"))
        caption.setObjectName("sectionTitle")
        layout.addWidget(caption)
        grid = QGridLayout()
        self.numbers: dict[str, QLabel] = {}
        names = (
            ("open", self.tr("Open actions")),
            ("overdue", self.tr("Overdue")),
            ("due_soon", self.tr("Due in 30 days")),
            ("done", self.tr("Done")),
        )
        for i, (key, text) in enumerate(names):
            number = QLabel("–")
            number.setObjectName("bigNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption_label = QLabel(text)
            caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, i)
            grid.addWidget(caption_label, 1, i)
            self.numbers[key] = number
        self.numbers["overdue"].setStyleSheet("color: #b00020;")
        layout.addLayout(grid)
        chart_caption = QLabel(self.tr("Actions by status in each province"))
        chart_caption.setObjectName("hint")
        layout.addWidget(chart_caption)
        self.chart = StatusChart(self)
        layout.addWidget(self.chart)
        self.open_button = QPushButton(self.tr("Open the follow-up plans"))
        self.open_button.clicked.connect(self.open_requested.emit)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self._generation = 0

    def reload(self) -> None:
        """Load again (the start page calls this whenever data or the seminar changes)."""
        store, today = self.ctx.store, self.today()
        self._generation += 1
        generation = self._generation

        def work(_progress: object) -> Summary:
            with store.reader() as uow:
                return plans_service.summary(uow, today)

        def show(data: Summary) -> None:
            if generation == self._generation:  # a slower older load must not win
                self._show(data)

        self.ctx.tasks.run(work, show, owner=self)

    def _show(self, data: Summary) -> None:
        self.data = data
        self.numbers["open"].setText(str(data.open))
        self.numbers["overdue"].setText(str(data.overdue))
        self.numbers["due_soon"].setText(str(data.due_soon))
        self.numbers["done"].setText(str(data.done))
        self.chart.set_rows(data.by_province)
        self.loaded.emit()
