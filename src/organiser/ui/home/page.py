"""The start page: the office, the current seminar at a glance, counts, reminders, ways in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organiser.core.provinces import province_label
from organiser.core.thaidate import format_date_range
from organiser.services import settings as settings_service
from organiser.services.desk import reading as desk_service
from organiser.services.events import reading as events_service
from organiser.services.events.reading import EventRow
from organiser.services.home import overview, reminders
from organiser.services.home.overview import Counts
from organiser.services.home.reminders import Reminder
from organiser.ui.context import AppContext


@dataclass(frozen=True)
class HomeData:
    office: settings_service.OfficeSettings
    counts: Counts
    event: EventRow | None
    checked_in_today: int
    reminders: list[Reminder]


def load_home(ctx_store: Any, event_id: str, today: dt.date) -> HomeData:
    with ctx_store.reader() as uow:
        event = next((e for e in events_service.list_events(uow) if e.id == event_id), None)
        checked = 0
        if event is not None:
            day = today if event.starts_on <= today <= event.ends_on else event.starts_on
            checked = sum(
                1 for days in desk_service.checked_in_days(uow, event.id).values() if day in days
            )
        return HomeData(
            settings_service.office(uow),
            overview.counts(uow),
            event,
            checked,
            reminders.gather(uow, today),
        )


def panel(title: str, *contents: QWidget | QGridLayout) -> QFrame:
    """A white panel with a caption, as the start page shows each of its parts."""
    box = QFrame()
    box.setObjectName("card")
    layout = QVBoxLayout(box)
    caption = QLabel(title)
    caption.setObjectName("sectionTitle")
    layout.addWidget(caption)
    for item in contents:
        if isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
    return box


class HomePage(QWidget):
    create_event_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    area_requested = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.office_label = QLabel()
        self.office_label.setObjectName("homeOffice")
        self.event_title = QLabel()
        self.event_title.setObjectName("homeEventTitle")
        self.event_title.setWordWrap(True)
        self.event_details = QLabel()
        self.event_details.setWordWrap(True)
        self.counts_grid = QGridLayout()
        self.reminder_list = QListWidget()
        self.reminder_list.setObjectName("reminders")
        self.reminder_list.setToolTip(
            self.tr("Double-click (or Enter) to open the area it belongs to")
        )
        self.reminder_list.itemActivated.connect(self._open_reminder)

        self.start_box = QFrame()
        self.start_box.setObjectName("startBox")
        start_layout = QVBoxLayout(self.start_box)
        start_title = QLabel(self.tr("How would you like to start?"))
        start_title.setObjectName("sectionTitle")
        start_layout.addWidget(start_title)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create a seminar"))
        self.import_button = QPushButton(self.tr("Import an invitation list"))
        self.demo_button = QPushButton(self.tr("Explore the demo seminar"))
        for button, signal in (
            (self.create_button, self.create_event_requested),
            (self.import_button, self.import_requested),
            (self.demo_button, self.demo_requested),
        ):
            button.setMinimumHeight(56)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        start_layout.addLayout(buttons)

        event_box = panel(self.tr("Current seminar"), self.event_title, self.event_details)
        counts_box = panel(self.tr("In this data folder"), self.counts_grid)
        reminders_box = panel(self.tr("Reminders"), self.reminder_list)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.office_label)
        layout.addWidget(self.start_box)
        row = QHBoxLayout()
        row.addWidget(event_box, 3)
        row.addWidget(counts_box, 2)
        layout.addLayout(row)
        layout.addWidget(reminders_box, 1)
        # Hook for area cards: each area's summary widget is inserted here (plans: follow-up).
        from organiser.ui.plans.summary import PlansSummary

        plans_card = PlansSummary(ctx, lambda: self.today)
        plans_card.open_requested.connect(lambda: self.area_requested.emit("plans"))
        self.area_cards: list[Any] = [plans_card]
        for card in self.area_cards:
            layout.addWidget(card)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        # bound methods, not lambdas: Qt disconnects them when this page is deleted
        ctx.data_changed.connect(self._on_changed)
        ctx.event_changed.connect(self._on_changed)

    def _on_changed(self, _what: str) -> None:
        self.reload()

    def _open_reminder(self, item: QListWidgetItem) -> None:
        area = item.data(Qt.ItemDataRole.UserRole)
        if area:
            self.area_requested.emit(str(area))

    def reload(self) -> None:
        store, event_id, today = self.ctx.store, self.ctx.current_event_id, self.today
        self._generation = getattr(self, "_generation", 0) + 1
        generation = self._generation

        def show(data: HomeData) -> None:
            if generation == self._generation:  # an older load finishing late is dropped
                self._show(data)

        self.ctx.tasks.run(lambda _p: load_home(store, event_id, today), show, owner=self)
        for card in self.area_cards:
            card.reload()

    def _show(self, data: HomeData) -> None:
        lang = self.ctx.lang
        office = data.office.name or self.tr("Your office")
        province = province_label(data.office.province, lang) if data.office.province else ""
        self.office_label.setText(f"{office}" + (f" · {province}" if province else ""))
        self.start_box.setVisible(data.counts.events == 0)
        if data.event is None:
            self.event_title.setText(self.tr("No seminar chosen"))
            self.event_details.setText(self.tr("Choose one in the toolbar, or create a seminar."))
        else:
            e = data.event
            self.event_title.setText(
                self.tr("{title} (cancelled)").format(title=e.title) if e.cancelled else e.title
            )
            self.event_details.setText(
                self.tr(
                    "{dates} · {venue}\n{registered} registered · {checked} checked in on the first day"
                ).format(
                    dates=format_date_range(e.starts_on, e.ends_on, lang, "long"),
                    venue=e.venue,
                    registered=e.registered,
                    checked=data.checked_in_today,
                )
            )
        while self.counts_grid.count():
            taken = self.counts_grid.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.deleteLater()
        c = data.counts
        for i, (text, value) in enumerate(
            (
                (self.tr("Seminars"), c.events),
                (self.tr("People"), c.people),
                (self.tr("Organisations"), c.organisations),
                (self.tr("Memoranda"), c.memoranda),
                (self.tr("Plans"), c.plans),
                (self.tr("Actions"), c.actions),
            )
        ):
            number = QLabel(str(value))
            number.setObjectName("bigNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts_grid.addWidget(number, i // 2, (i % 2) * 2)
            self.counts_grid.addWidget(QLabel(text), i // 2, (i % 2) * 2 + 1)
        self.reminder_list.clear()
        for r in data.reminders:
            item = QListWidgetItem(("⚠ " if r.overdue else "• ") + r.text)
            item.setData(Qt.ItemDataRole.UserRole, r.area)
            self.reminder_list.addItem(item)
        if not data.reminders:
            self.reminder_list.addItem(self.tr("Nothing is due."))
        self.loaded.emit()
