"""Progress reporting and cancellation for long work, without Qt."""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """Raised inside long work when the user cancelled; the transaction is rolled back."""


class Progress:
    """Passed into long-running services. The UI subclasses or wraps `on_report`."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.label = ""

    def report(self, done: int, total: int, label: str = "") -> None:
        self.done, self.total, self.label = done, total, label
        self.on_report(done, total, label)
        if self._cancel.is_set():
            raise Cancelled()

    def on_report(self, done: int, total: int, label: str) -> None:  # override to observe
        pass

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()
