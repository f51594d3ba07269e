"""Work off the GUI thread: results, errors and progress come back on it.

Writes are serialised on one worker thread (like Anki's CollectionOp); reads use a small pool.
Callbacks are invoked through slots of a QObject that lives on the GUI thread, so they never
touch widgets from a worker.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from organiser.core.progress import Cancelled, Progress
from organiser.store.db import Store, UnitOfWork

log = logging.getLogger(__name__)
T = TypeVar("T")


def in_reader(store: Store, fn: Callable[[UnitOfWork], T]) -> Callable[[Progress], T]:
    """Work for `TaskRunner.run`: `fn` in a reading unit of work."""

    def work(_progress: Progress) -> T:
        with store.reader() as uow:
            return fn(uow)

    return work


class _QtProgress(Progress):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def on_report(self, done: int, total: int, label: str) -> None:
        self._task.progressed.emit(done, total, label)


class Task(QObject):
    """One piece of background work. Signals arrive on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        parent: QObject,
        owner: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fn = fn
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self.progress = _QtProgress(self)
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._done_signal.connect(self._deliver)

    _done_signal = Signal(object, object, bool)

    def cancel(self) -> None:
        self.progress.cancel()

    def run_in_worker(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self._done_signal.emit(None, None, True)
        except BaseException as exc:  # delivered to the GUI thread, which decides
            log.debug("task failed: %s", traceback.format_exc())
            self._done_signal.emit(None, exc, False)
        else:
            self._done_signal.emit(result, None, False)

    @Slot(object, object, bool)
    def _deliver(self, result: Any, error: BaseException | None, was_cancelled: bool) -> None:
        self.done = True
        self.result, self.error = result, error
        if self._owner is not None and not isValid(self._owner):
            # the widget that asked is gone (e.g. the window was rebuilt): nobody to tell
            self.ended.emit()
            return
        try:
            if was_cancelled:
                self.cancelled.emit()
            elif error is not None:
                if self._on_error is not None:
                    self._on_error(error)
                else:
                    log.error("background task failed", exc_info=error)
                self.failed.emit(error)
            else:
                if self._on_done is not None:
                    self._on_done(result)
                self.finished.emit(result)
        finally:
            self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.run_in_worker()


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._live: set[Task] = set()

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        write: bool = False,
        owner: QObject | None = None,
    ) -> Task:
        """Run `fn(progress)` on a worker. Callbacks run on the GUI thread, and not at all if
        `owner` (the widget that asked) has been deleted meanwhile."""
        if owner is None:  # a method of a widget or controller: its object is the owner
            receiver = getattr(on_done, "__self__", None) or getattr(on_error, "__self__", None)
            owner = receiver if isinstance(receiver, QObject) else None
        task = Task(fn, on_done, on_error, self, owner)
        self._live.add(task)
        task.ended.connect(lambda: self._live.discard(task))
        (self._writer if write else self._readers).start(_Runnable(task))
        return task

    def wait_idle(self, msecs: int = 30_000) -> bool:
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._live)


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    write: bool = False,
    cancel_text: str | None = None,
) -> Task:
    """Run `fn` with a progress dialog (shown only if it takes longer than half a second)."""
    task = runner.run(fn, on_done, on_error, write=write)
    follow_in_dialog(task, parent, title, cancel_text)
    return task


def follow_in_dialog(
    task: Task, parent: QWidget, title: str, cancel_text: str | None = None
) -> QProgressDialog:
    """A progress dialog for `task` (shown only if it takes longer than half a second)."""
    cancel = cancel_text or QCoreApplication.translate("TaskRunner", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int, label: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if label:
            dialog.setLabelText(label)

    task.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)
    task.ended.connect(dialog.close)
    task.ended.connect(dialog.deleteLater)
    return dialog
