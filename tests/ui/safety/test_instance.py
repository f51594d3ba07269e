"""A second start on the same data folder brings the running copy forward, across processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from organiser.ui.safety.instance import ActivationServer, ask_running_copy_to_show, server_name

ASK = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
    "from organiser.ui.safety.instance import ask_running_copy_to_show; "
    "app = QCoreApplication([]); print(ask_running_copy_to_show(Path(sys.argv[1])))"
)


def ask_from_another_process(qtbot, folder: Path) -> str:
    proc = subprocess.Popen(
        [sys.executable, "-c", ASK, str(folder)], stdout=subprocess.PIPE, text=True
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)  # our loop serves it
    out, _err = proc.communicate()
    return out.strip()


def test_no_running_copy_answers(qtbot, tmp_path: Path) -> None:
    assert ask_running_copy_to_show(tmp_path, timeout_ms=300) is False


def test_a_later_start_asks_the_running_copy_to_show_itself(qtbot, tmp_path: Path) -> None:
    server = ActivationServer(tmp_path)
    assert server.listening
    with qtbot.waitSignal(server.show_requested, timeout=20_000):
        answer = ask_from_another_process(qtbot, tmp_path)
    assert answer == "True"
    other = tmp_path / "other"
    other.mkdir()
    assert server_name(other) != server_name(tmp_path)
    assert ask_from_another_process(qtbot, other) == "False"  # another folder: no one answers
    server.close()


def test_a_socket_left_by_a_crashed_copy_does_not_stop_the_next(qtbot, tmp_path: Path) -> None:
    first = ActivationServer(tmp_path)
    assert first.listening
    # the name is still taken (as after a crash on Unix); the copy that holds the lock takes it
    second = ActivationServer(tmp_path)
    assert second.listening
    with qtbot.waitSignal(second.show_requested, timeout=20_000):
        assert ask_from_another_process(qtbot, tmp_path) == "True"
    first.close()
    second.close()


def test_the_session_brings_a_minimised_window_forward(qtbot, store) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from organiser.app import Session

    session = Session(QApplication.instance(), store, "en")
    qtbot.addWidget(session.window)
    session.window.showMinimized()
    session.bring_forward()
    assert not session.window.windowState() & Qt.WindowState.WindowMinimized
    assert session.window.isVisible()
    session.ctx.tasks.wait_idle()
