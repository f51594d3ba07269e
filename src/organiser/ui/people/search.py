"""Search as you type: debounced, run off the GUI thread, stale answers dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from organiser.services.people.rows import PersonRow
from organiser.services.people.search import search_people
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext

DEBOUNCE_MS = 120


class SearchController(QObject):
    """Feed it every keystroke (`set_text`); it emits `results(text, rows)` for the latest text
    only. An empty text emits `cleared` at once."""

    results = Signal(str, list)
    cleared = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        find: Callable[[UnitOfWork, str], list[PersonRow]] = search_people,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.find = find  # another bounded search (the agenda's likely matches)
        self.text = ""
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run)
        self.last_rows: list[PersonRow] = []

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        self._generation += 1
        if not self.text:
            self.timer.stop()
            self.last_rows = []
            self.cleared.emit()
            return
        self.timer.start()

    def refresh(self) -> None:
        """Search again for the current text (the data changed)."""
        if self.text:
            self._generation += 1
            self._run()

    def _run(self) -> None:
        generation, text, store, find = self._generation, self.text, self.ctx.store, self.find

        def work(_progress: Any) -> list[PersonRow]:
            with store.reader() as uow:
                return find(uow, text)

        def done(rows: list[PersonRow]) -> None:
            if generation != self._generation:
                return  # the user typed on meanwhile: a newer search is on its way
            self.last_rows = rows
            self.results.emit(text, rows)

        # owner: an answer that comes after the controller is gone (its dialog closed) is dropped
        self.ctx.tasks.run(work, done, owner=self)
