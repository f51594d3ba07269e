"""`receive` killed (SIGKILL, like a power cut for the process) at random moments: afterwards
the file is applied fully or not at all, the database passes integrity_check, and receiving
the same file again completes it."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from organiser.services.demo import build_demo
from organiser.services.sync import copies, exchange
from organiser.store.opening import open_store
from organiser.sync.identity import MARKER, _file_identity
from organiser.sync.keys import KEY_FILE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

RECEIVE = (
    "import sys; from pathlib import Path; "
    "from organiser.store.opening import open_store; "
    "from organiser.services.sync.exchange import receive; "
    "store = open_store(Path(sys.argv[1])); print('ready', flush=True); "
    "receive(store, [Path(sys.argv[2])]); print('done', flush=True)"
)


def same_laptop(source: Path, target: Path) -> None:
    """The laptop's folder as it was (the same copy, its keys): the files copied, and the
    markers that tell a copied folder apart pointed at the copies."""
    shutil.copytree(source, target)
    marker = json.loads((target / MARKER).read_text())
    marker.update(_file_identity(target / "organiser.sqlite3"))  # file, volume, path, computer
    (target / MARKER).write_text(json.dumps(marker))
    keys = json.loads((target / KEY_FILE).read_text())
    st = os.stat(target / KEY_FILE)
    keys["file"] = f"{st.st_dev}:{st.st_ino}"
    (target / KEY_FILE).write_text(json.dumps(keys))


def state(folder: Path) -> tuple[int, int]:
    conn = sqlite3.connect(folder / "organiser.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        changes = conn.execute("SELECT count(*) FROM sync_change").fetchone()[0]
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        return int(changes), int(people)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """A laptop that has not yet received the demo seminar's file; the file; and how long an
    uninterrupted receive takes."""
    root = tmp_path_factory.mktemp("killed")
    a, b = open_store(root / "a"), open_store(root / "b")
    try:
        with a.writer() as uow:
            build_demo(uow)
            uow.commit()
        for me, other in ((a, b), (b, a)):
            copies.write_card(other, root / "card.json")
            copies.trust_card(me, root / "card.json")
        path = exchange.send(a, root / "demo.orgsync").paths[0]
    finally:
        a.dispose()
        b.dispose()
    timed = root / "timed"
    same_laptop(root / "b", timed)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", RECEIVE, str(timed), str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return root / "b", path, time.monotonic() - started


def kill_receives(sent: tuple[Path, Path, float], tmp_path: Path, kills: int, seed: int) -> None:
    pristine, path, duration = sent
    before = state(pristine)
    after: tuple[int, int] | None = None
    rng = random.Random(seed)
    for n in range(kills):
        folder = tmp_path / f"b{n}"
        same_laptop(pristine, folder)
        proc = subprocess.Popen(
            [sys.executable, "-c", RECEIVE, str(folder), str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        # a random moment of the receive (or its end, when it finishes first)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=rng.uniform(0, duration))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        found = state(folder)
        store = open_store(folder)
        try:
            exchange.receive(store, [path])  # receiving again completes it
        finally:
            store.dispose()
        complete = state(folder)
        after = after or complete
        assert complete == after
        assert found in (before, after), f"kill {n}: half applied {found}"
        shutil.rmtree(folder)
    assert before != after


def test_receive_killed_five_times_is_whole_or_absent(
    sent: tuple[Path, Path, float], tmp_path: Path
) -> None:
    kill_receives(sent, tmp_path, kills=5, seed=13)


@pytest.mark.slow
def test_receive_killed_fifty_times_is_whole_or_absent(
    sent: tuple[Path, Path, float], tmp_path: Path
) -> None:
    kill_receives(sent, tmp_path, kills=50, seed=2007)
