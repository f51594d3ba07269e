from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from organiser.core.progress import Progress
from organiser.ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot, qapp) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}
    gui = threading.get_ident()

    def work(progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        progress.report(1, 2, "half")
        return 42

    def done(value: int) -> None:
        seen["callback_on_gui"] = QThread.currentThread() is qapp.thread()
        seen["value"] = value

    task = runner.run(work, done)
    progress_seen: list[tuple[int, int, str]] = []
    task.progressed.connect(lambda d, t, label: progress_seen.append((d, t, label)))
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert seen["worker"] != gui
    assert seen["callback_on_gui"] is True and seen["value"] == 42


def test_errors_and_cancellation_are_reported(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    task = runner.run(lambda _p: 1 / 0, on_error=errors.append)
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert isinstance(errors[0], ZeroDivisionError)

    gate = threading.Event()

    def slow(progress: Progress) -> str:
        gate.wait(5)
        progress.report(1, 10)  # raises Cancelled: the cancel was requested meanwhile
        return "finished"

    results: list[str] = []
    task = runner.run(slow, results.append, write=True)
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert results == []


def test_progress_dialog_reports_and_cancels(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from organiser.ui.tasks import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    gate = threading.Event()
    results: list[str] = []

    def work(progress: Progress) -> str:
        for i in range(100):
            gate.wait(5)
            progress.report(i, 100, "row")
        return "all"

    task = run_with_progress(runner, parent, "Importing", work, results.append, write=True)
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert results == []
