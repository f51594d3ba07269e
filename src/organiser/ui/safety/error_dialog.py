"""An unexpected error in the window: written to the log, and shown to the person in one dialog
that says what happened, that saved data is safe, where the log is, and copies the details for
support. Without this, an installed app (no console) would lose every such error."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core import logs


class UnexpectedErrorDialog(QDialog):
    def __init__(self, details: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Organiser: something went wrong"))
        self.setMinimumWidth(560)
        summary = details.splitlines()[0] if details else ""
        message = QLabel(
            self.tr(
                "Something unexpected went wrong: {summary}\n\nWhat was saved before stays "
                "saved. If this happens again, send the details to whoever supports Organiser "
                "in your office. They are also written to the log:\n{log}"
            ).format(summary=summary, log=str(log_file))
        )
        message.setWordWrap(True)
        message.setObjectName("errorSummary")
        shown = QPlainTextEdit(details)
        shown.setReadOnly(True)
        shown.setMaximumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy details for support"))
        self.folder_button = QPushButton(self.tr("Open the log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(shown)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class ErrorReporter(QObject):
    """Catches what nothing else caught (slots, the GUI thread, other threads)."""

    _shown_from_thread = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:
            self.log_file = logs.start_logging(data_dir)
        except OSError:  # a read-only or full data folder: the dialog still tells
            self.log_file = logs.log_path(data_dir)
        self.dialog: UnexpectedErrorDialog | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._shown_from_thread.connect(self.show_details)

    def install(self) -> None:
        sys.excepthook = self.on_error
        threading.excepthook = self.on_thread_error

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def on_error(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        details = logs.log_unexpected(kind, error, tb)
        if threading.current_thread() is threading.main_thread():
            self.show_details(details)
        else:
            self._shown_from_thread.emit(details)  # queued to the GUI thread

    def on_thread_error(self, args: Any) -> None:
        self.on_error(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def show_details(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one at a time: a failing repaint must not stack up dialogs
        self.dialog = UnexpectedErrorDialog(details, self.log_file, QApplication.activeWindow())
        self.dialog.show()
