"""The start-up baseline: the smallest PySide6 program that shows a main window and goes idle.

Run as a script (not through the package) so it imports nothing but PySide6.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

MARKER = "ORGANISER_SHOWN_AND_IDLE"  # the same marker the app prints


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("baseline")
    window.setCentralWidget(QLabel("baseline"))
    window.resize(1280, 800)
    window.show()

    def idle() -> None:
        print(MARKER, flush=True)
        app.quit()

    QTimer.singleShot(0, idle)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
