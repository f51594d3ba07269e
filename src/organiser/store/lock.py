"""One copy of the app per data folder: an operating-system lock on `organiser.lock`.

The lock is held for as long as the app runs and is released by the operating system when the
process ends, however it ends (a crash or power cut leaves no stale lock). Short command-line
writes do not take it (SQLite serialises them); commands that replace the database do.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from organiser.core import paths
from organiser.core.errors import DataFolderError
from organiser.core.i18n import _

LOCK_NAME = "organiser.lock"
_LOCK_OFFSET = 1 << 20  # lock a byte far past the holder's note, so the note stays readable


class AlreadyRunning(DataFolderError):
    """Another copy of Organiser has this data folder open."""


class DataFolderLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self, purpose: str = "app") -> bool:
        """Take the lock; False when another process holds it."""
        if self._fh is not None:
            return True
        paths.ensure_private_dir(self.path.parent)
        paths.make_private_file(self.path)
        fh = open(self.path, "r+b")  # noqa: SIM115 - held open for the app's lifetime
        try:
            _lock(fh)
        except OSError:
            fh.close()
            return False
        note = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "purpose": purpose,
        }
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(note).encode())
        fh.flush()
        self._fh = fh
        return True

    def acquire_or_raise(self, purpose: str = "app") -> None:
        if not self.acquire(purpose):
            raise AlreadyRunning(already_running_message(self.path.parent, self.holder()))

    def holder(self) -> dict[str, object]:
        """What the holder wrote about itself (pid, host, since), if readable."""
        try:
            with open(self.path, "rb") as fh:
                data = json.loads(fh.read(4096) or b"{}")
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self._fh.seek(0)
            self._fh.truncate()
            _unlock(self._fh)
        self._fh.close()
        self._fh = None

    def __enter__(self) -> DataFolderLock:
        self.acquire_or_raise("command")
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def already_running_message(folder: Path, holder: dict[str, object]) -> str:
    if holder.get("purpose") == "command":
        return _(
            "Another Organiser command is replacing the database in {folder} right now. "
            "Wait for it to finish, then try again."
        ).format(folder=folder)
    return _(
        "Organiser is already open with the data folder {folder} (in another window, or for "
        "another user of this computer). Switch to that window, or close it before opening "
        "Organiser again; two copies writing to the same data would risk losing changes."
    ).format(folder=folder)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
