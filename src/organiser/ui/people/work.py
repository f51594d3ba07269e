"""Reading and writing the store for a view of the people area, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from organiser.core.errors import UserError
from organiser.core.progress import Progress
from organiser.services.safety.autobackup import BulkChange, backup_before
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.tasks import in_reader, in_writer


class StoreWork:
    """`read` and `write` run a function in a unit of work on the task runner and hand its
    result to `done` on the GUI thread (skipped if `widget` was deleted meanwhile); errors are
    shown in one message box titled `title`."""

    def __init__(self, ctx: AppContext, widget: QWidget, title: str) -> None:
        self.ctx, self.widget, self.title = ctx, widget, title
        self.error_box: QMessageBox | None = None

    def read(self, fn: Callable[[UnitOfWork], Any], done: Callable[[Any], Any]) -> None:
        self.ctx.tasks.run(in_reader(self.ctx.store, fn), done, self.show_error, owner=self.widget)

    def write(
        self,
        fn: Callable[[UnitOfWork], Any],
        done: Callable[[Any], Any],
        on_user_error: Callable[[str], None] | None = None,
        backup_first: BulkChange | None = None,
    ) -> None:
        """`backup_first`: a bulk change; a verified backup is made before it (on the worker),
        and when that fails nothing is changed and the error is shown."""

        def error(exc: BaseException) -> None:
            if isinstance(exc, UserError) and on_user_error is not None:
                on_user_error(exc.message)
            else:
                self.show_error(exc)

        store, change = self.ctx.store, backup_first
        write = in_writer(store, fn)

        def work(progress: Progress) -> Any:
            if change is not None:
                backup_before(store, change)
            return write(progress)

        self.ctx.tasks.run(work, done, error, write=True, owner=self.widget)

    def show_error(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self.ctx.status_message.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.title, message, parent=self.widget)
        box.open()  # not exec(): the window stays usable
        self.error_box = box
