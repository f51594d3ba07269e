"""The one way a window place writes to the store.

`run_write` runs a function of a unit of work on the writer thread (one write at a time, like
Anki's CollectionOp), commits it (on disk when the commit returns) and hands its result to
`done` on the GUI thread; nothing is called back if `owner` was deleted meanwhile.

Errors go one way too. A refusal the person can act on (a `UserError`: a wrong value, a full
disk, a read-only folder, another program holding the database) becomes its one sentence where
the place shows its problems (`show`: the place's error line, a dialog's error line, a message
box). Anything else is a fault of the app: it is logged and shown in the unexpected-error
dialog (with "Copy details for support"), never turned into a line that hides it. Either way
`failed` lets the place put itself back (show what is really saved, end a "busy" state).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.core.progress import Progress
from organiser.services.safety.autobackup import BulkChange, backup_before
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.tasks import Task, follow_in_dialog

T = TypeVar("T")


def run_write(
    ctx: AppContext,
    fn: Callable[[UnitOfWork], T],
    done: Callable[[T], Any] | None = None,
    *,
    show: Callable[[str], Any] | None = None,
    failed: Callable[[BaseException], Any] | None = None,
    owner: QObject | None = None,
    backup_first: BulkChange | None = None,
    changed: Iterable[Area] = (),
) -> Task:
    """Write `fn(uow)` on the writer thread; then tell every place about `changed` and call
    `done(result)`. `backup_first`: a bulk change, before which a verified backup is made (on
    the worker); when that fails nothing is changed and the error is shown."""
    return _submit(
        ctx, lambda uow, _progress: fn(uow), done, show, failed, owner, backup_first, changed
    )


def run_write_with_progress(
    ctx: AppContext,
    fn: Callable[[UnitOfWork, Progress], T],
    done: Callable[[T], Any] | None = None,
    *,
    parent: QWidget,
    title: str,
    cancel_text: str | None = None,
    backing_up: str = "",
    show: Callable[[str], Any] | None = None,
    failed: Callable[[BaseException], Any] | None = None,
    backup_first: BulkChange | None = None,
    changed: Iterable[Area] = (),
) -> Task:
    """`run_write` for a long write (an import) that reports progress in a dialog with Cancel;
    a cancel leaves nothing half-written (the unit of work is never committed)."""
    task = _submit(
        ctx, fn, done, show, failed, None, backup_first, changed, backing_up, progress=True
    )
    follow_in_dialog(task, parent, title, cancel_text)
    return task


def _submit(
    ctx: AppContext,
    fn: Callable[[UnitOfWork, Progress], T],
    done: Callable[[T], Any] | None,
    show: Callable[[str], Any] | None,
    failed: Callable[[BaseException], Any] | None,
    owner: QObject | None,
    backup_first: BulkChange | None,
    changed: Iterable[Area],
    backing_up: str = "",
    progress: bool = False,
) -> Task:
    store, change, areas = ctx.store, backup_first, tuple(changed)

    def work(report: Progress) -> T:
        if change is not None:
            if backing_up:
                report.report(0, 0, backing_up)
            backup_before(store, change)
        with store.writer() as uow:
            result = fn(uow, report)
            if progress:
                report.check()  # a cancel at the last moment still writes nothing
            uow.commit()
            return result

    def succeeded(result: T) -> None:
        for area in areas:
            ctx.changed(area)
        if done is not None:
            done(result)

    def refused(exc: BaseException) -> None:
        if failed is not None:
            failed(exc)
        if isinstance(exc, UserError):
            (show or ctx.status_message.emit)(exc.message)
        else:
            report_unexpected(exc)

    return ctx.tasks.run(work, succeeded, refused, write=True, owner=owner)


def report_unexpected(exc: BaseException) -> None:
    """Log `exc` and show it in the unexpected-error dialog (the hook `app.py` installs)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def error_line() -> QLabel:
    """The one look of a place's or a dialog's line for what went wrong (style.qss: red text,
    wrapped; empty until something is said)."""
    label = QLabel()
    label.setObjectName("errorText")
    label.setStyleSheet("QLabel#errorText { color: #b00020; }")  # also where style.qss is not
    label.setWordWrap(True)
    return label
