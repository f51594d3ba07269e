"""Desks at the venue as the tests run them (not a test): `organiser sync serve` processes on
127.0.0.1 with ports the OS picks, a helper process checking people in, and reads of each
desk's database from outside."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONIOENCODING="utf-8", LANG="C.UTF-8")


class ServedDesk:
    """`organiser sync serve --json` in its own process; its JSON lines collected."""

    def __init__(self, folder: Path, port: int = 0, discovery: bool = False) -> None:
        self.folder = folder
        self.events: list[dict[str, Any]] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "organiser", "sync", "serve", "--port", str(port), "--bind",
             "127.0.0.1", "--json", "--data-dir", str(folder)]
            + ([] if discovery else ["--no-discovery"]),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
            env=_env(),
        )  # fmt: skip
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        if not first:
            raise AssertionError(self.proc.stderr.read() if self.proc.stderr else "no output")
        head = json.loads(first)
        self.address, self.code = str(head["address"]), str(head["pairing_code"])
        self.port = int(self.address.rsplit(":", 1)[1])
        self.errors: list[str] = []
        self._readers = [threading.Thread(target=self._collect, daemon=True),
                         threading.Thread(target=self._drain, daemon=True)]  # fmt: skip
        for t in self._readers:
            t.start()

    def _collect(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.events.append(json.loads(line))

    def _drain(self) -> None:
        assert self.proc.stderr is not None
        self.errors += list(self.proc.stderr)

    def saw(self, kind: str, limit_s: float = 10.0) -> bool:
        """Whether the desk printed an event of this kind (waiting for its output)."""
        end = time.monotonic() + limit_s
        while time.monotonic() < end:
            if any(e.get("event") == kind for e in list(self.events)):
                return True
            time.sleep(0.02)
        return False

    def stop(self) -> None:
        if self.proc.poll() is None:
            if os.name == "nt":
                self.proc.terminate()
            else:
                self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

        self._close_pipes()

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL on POSIX: no clean-up at all
        self.proc.wait()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for t in self._readers:
            t.join(timeout=5)
        for pipe in (self.proc.stdout, self.proc.stderr, self.proc.stdin):
            if pipe is not None:
                pipe.close()

    def restart(self) -> ServedDesk:
        self.stop()
        return ServedDesk(self.folder, self.port)


class CheckingIn:
    """A desk's helper process checking people in; `one(n, day)` returns the check-in's id
    once its commit returned."""

    def __init__(self, folder: Path, name: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "venue_checkin_helper.py"), str(folder), name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            encoding="utf-8", env=_env(),
        )  # fmt: skip
        self.confirmed: queue.Queue[str] = queue.Queue()

    def one(self, n: int, day: int = 1) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{n} {day}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline().strip()
        if not line:
            raise AssertionError(self.proc.stderr.read() if self.proc.stderr else "no output")
        return line

    def loop(self) -> None:
        """Check people in for ever; every id printed (confirmed) lands in `confirmed`."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("loop\n")
        self.proc.stdin.flush()

        def read() -> None:
            assert self.proc.stdout is not None
            for line in self.proc.stdout:
                self.confirmed.put(line.strip())

        threading.Thread(target=read, daemon=True).start()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdout, self.proc.stderr, self.proc.stdin):
            if pipe is not None:
                pipe.close()


def read(folder: Path, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    uri = (folder / "organiser.sqlite3").resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=10)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def has_check_in(folder: Path, check_in_id: str) -> bool:
    return bool(read(folder, "SELECT 1 FROM check_in WHERE id = ?", (check_in_id,)))


def wait_for(folder: Path, check_in_id: str, limit_s: float = 2.0) -> float:
    """Seconds until the check-in is on disk in the desk's folder (inf when it never came)."""
    start = time.monotonic()
    while time.monotonic() - start < limit_s:
        if has_check_in(folder, check_in_id):
            return time.monotonic() - start
        time.sleep(0.005)
    return float("inf")


def copy_demo(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copyfile(template / "organiser.sqlite3", folder / "organiser.sqlite3")
    return folder
