"""Reading and writing the store for a view of the people area, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from organiser.core.errors import UserError
from organiser.services.safety.autobackup import BulkChange
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.tasks import in_reader
from organiser.ui.writing import run_write


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
        run_write(
            self.ctx,
            fn,
            done,
            show=on_user_error or self.show_message,
            owner=self.widget,
            backup_first=backup_first,
        )

    def show_error(self, exc: BaseException) -> None:
        self.show_message(exc.message if isinstance(exc, UserError) else str(exc))

    def show_message(self, message: str) -> None:
        self.ctx.status_message.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.title, message, parent=self.widget)
        box.open()  # not exec(): the window stays usable
        self.error_box = box
