"""An unexpected error in the window is logged (without personal data) and shown in a dialog
that copies the details for support."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from organiser.core import logs
from organiser.ui.safety.error_dialog import ErrorReporter


@pytest.fixture
def reporter(tmp_path: Path, qapp) -> Iterator[ErrorReporter]:
    errors = ErrorReporter(tmp_path / "data")
    errors.install()
    yield errors
    errors.uninstall()
    if errors.dialog is not None:
        errors.dialog.close()
    logs.stop_logging()


def fail_while_saving_a_person() -> None:
    raise RuntimeError("could not save 'นางสาวสุดา ณ พัทลุง' (081-234-5678, suda@example.org)")


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_in_a_slot_is_shown_and_logged(qtbot, reporter: ErrorReporter) -> None:
    QTimer.singleShot(0, fail_while_saving_a_person)

    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert "RuntimeError" in dialog.details
    summary = dialog.findChild(QLabel, "errorSummary")
    assert summary is not None and str(reporter.log_file) in summary.text()

    logged = reporter.log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in logged
    assert "fail_while_saving_a_person" in logged
    for personal in ("สุดา", "พัทลุง", "234-5678", "suda@example.org"):
        assert personal not in logged
        assert personal not in dialog.details

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "RuntimeError" in QGuiApplication.clipboard().text()
    assert "fail_while_saving_a_person" in QGuiApplication.clipboard().text()


@pytest.mark.qt_no_exception_capture
def test_a_second_error_does_not_stack_a_second_dialog(qtbot, reporter: ErrorReporter) -> None:
    QTimer.singleShot(0, fail_while_saving_a_person)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    first = reporter.dialog
    QTimer.singleShot(0, fail_while_saving_a_person)
    qtbot.waitUntil(
        lambda: reporter.log_file.read_text(encoding="utf-8").count("RuntimeError") == 2
    )
    assert reporter.dialog is first
