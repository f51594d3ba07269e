"""What every view needs: the store, the task runner, the current event, change signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from organiser.core.i18n import current_language
from organiser.core.notices import Area
from organiser.store.db import Store
from organiser.ui.tasks import TaskRunner


class AppContext(QObject):
    event_changed = Signal(str)  # the current event's id ("" for none)
    data_changed = Signal(str)  # an Area's value ("people", "agenda", …; "*" for everything)
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = TaskRunner(self)
        self.current_event_id = ""

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    @property
    def lang(self) -> str:
        return current_language()

    def set_current_event(self, event_id: str) -> None:
        if event_id != self.current_event_id:
            self.current_event_id = event_id
            self.event_changed.emit(event_id)

    def changed(self, area: Area = Area.ALL) -> None:
        """Tell every place that this part's data changed (typed: a misspelt part would be a
        place that silently stays stale)."""
        self.data_changed.emit(str(area))
