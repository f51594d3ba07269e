"""Type into a dialog over the directory, one keystroke at a time, timing every frame.

    python benchmarks/probes/dialogs.py erase   DATA_DIR KEYS.json OUT.json
    python benchmarks/probes/dialogs.py session DATA_DIR KEYS.json OUT.json

`erase`: File → Erase a person's data, its search box. `session`: the agenda's people of a
session, built as the Agenda place builds it; the directory's search box, then the name of
someone new (the likely matches). KEYS.json holds the texts typed, a keystroke each.

After each keystroke the probe waits until the dialog shows the answer for it (the pause after
a keystroke included), then types the next. A frame is the time between two turns of the event
loop: whatever the dialog does on the GUI thread in between lands in one frame.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

TIME_LIMIT_S = 600.0


def erase_dialog(ctx: Any) -> tuple[Any, list[tuple[Any, Any]]]:
    from organiser.ui.safety.privacy_dialogs import ErasePersonDialog

    dialog = ErasePersonDialog(ctx)
    dialog.show()
    dialog.load()
    return dialog, [(dialog.search, lambda: dialog.answered)]


def session_dialog(ctx: Any) -> tuple[Any, list[tuple[Any, Any]]]:
    from organiser.services.agenda.speakers import likely_matches
    from organiser.ui.agenda.people_dialog import PeopleDialog
    from organiser.ui.people.search import SearchController

    search = SearchController(ctx)
    matches = SearchController(ctx, find=likely_matches)
    dialog = PeopleDialog("ภาคเช้า", [], search, matches)
    answered: dict[str, str | None] = {"matches": None}

    def got_matches(text: str, _rows: list[Any]) -> None:
        answered["matches"] = text

    matches.results.connect(got_matches)
    matches.cleared.connect(lambda: answered.__setitem__("matches", ""))
    dialog.show()
    return dialog, [
        (dialog.filter, lambda: dialog._shown_for),
        (dialog.new_name, lambda: answered["matches"]),
    ]


def main(argv: list[str]) -> int:
    mode, data_dir, keys_file, out = argv[0], Path(argv[1]), Path(argv[2]), Path(argv[3])
    typed: list[str] = json.loads(keys_file.read_text(encoding="utf-8"))
    from organiser.app import install_translations, make_application
    from organiser.store.opening import open_store
    from organiser.ui.context import AppContext

    app = make_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    store = open_store(data_dir)
    install_translations(app, "th")
    ctx = AppContext(store)
    dialog, boxes = erase_dialog(ctx) if mode == "erase" else session_dialog(ctx)
    # every text into every box, in turn
    steps = [(box, answer, text) for box, answer in boxes for text in typed]
    frames: list[float] = []
    frames_cpu: list[float] = []  # the GUI thread's own CPU time in each frame
    answers: list[float] = []
    state: dict[str, Any] = {
        "step": -1,
        "last": 0.0,
        "last_cpu": 0.0,
        "typed_at": 0.0,
        "settled": False,
    }
    started = time.perf_counter()

    def finish(error: str = "") -> None:
        result = {
            "mode": mode,
            "frames_ms": frames,
            "frames_cpu_ms": frames_cpu,
            "answer_ms": answers,
            "error": error,
        }
        out.write_text(json.dumps(result))
        os._exit(0)  # the figures are written; tearing Qt down is not measured

    def tick() -> None:
        now = time.perf_counter()
        if now - started > TIME_LIMIT_S:
            finish("time limit reached")
            return
        cpu_now = time.thread_time()
        if state["settled"]:
            frames.append((now - state["last"]) * 1000)
            frames_cpu.append((cpu_now - state["last_cpu"]) * 1000)
        elif dialog.isVisible() and not ctx.tasks.busy:
            state["settled"] = True  # the dialog is up and its first list shown: not measured
        n = state["step"]
        if state["settled"]:
            waiting = n >= 0 and steps[n][1]() != steps[n][2].strip()
            if not waiting:
                if n >= 0:
                    answers.append((now - state["typed_at"]) * 1000)
                if n + 1 >= len(steps):
                    finish()
                    return
                state["step"] = n + 1
                box, _answer, text = steps[n + 1]
                state["typed_at"] = time.perf_counter()
                box.setText(text)  # one more character, as a keystroke leaves it
        state["last"], state["last_cpu"] = time.perf_counter(), time.thread_time()
        QTimer.singleShot(1, tick)

    QTimer.singleShot(0, tick)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
