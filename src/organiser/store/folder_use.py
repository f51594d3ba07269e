"""Who has the database open: a shared lock per data folder, and the exclusive one that
setting aside, restoring and migrating need.

Every process that holds a connection to the database holds `organiser.in-use` shared (the
store takes it with its first connection and gives it back with its last), so ordinary
commands go on writing beside the app: SQLite serialises them. Setting a damaged file aside,
replacing the database or migrating it take the lock exclusively and are refused while any
other process has the database open; a writer that kept its connection would otherwise go on
writing into a file that was just renamed (issue 18: 109 acknowledged check-ins lost).

Each holder leaves a note (pid, host, program, since) in `in-use/`, locked by itself for as
long as it holds the folder, so a refusal can say who it is; a note whose process is gone is
not locked any more and is removed by the next reader. The operating system drops every lock
when a process ends, however it ends.

In one process the count is shared by every store of that folder: the process either holds
the folder or not, and may take it exclusively when no other process holds it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from organiser.core import paths
from organiser.core.errors import DataFolderError
from organiser.core.i18n import _

USE_LOCK_NAME = "organiser.in-use"
NOTES_DIR = "in-use"
WAIT_SECONDS = 10.0  # as long as SQLite's busy timeout: a restore by another command is short
_NOTE_LOCK_OFFSET = 1 << 20  # Windows: lock a byte past the note, so the note stays readable
_SLOTS = 64  # Windows: shared = one slot byte, exclusive = all of them

# What this process calls itself in a note (the CLI sets "organiser checkin", the app its name).
program_name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"


class FolderInUse(DataFolderError):
    """Another process has the database open (or is replacing it)."""

    def __init__(self, message: str, holders: list[dict[str, object]]) -> None:
        super().__init__(message)
        self.holders = holders


@dataclass
class _Use:
    fh: IO[bytes]
    note_fh: IO[bytes] | None = None
    note_path: Path | None = None
    shared: int = 0
    exclusive: int = 0
    slot: int | None = None  # Windows: the slot byte held shared
    every_slot: bool = False  # Windows: all slot bytes held (exclusive)


_uses: dict[Path, _Use] = {}
_mutex = threading.RLock()


def _key(data_dir: Path) -> Path:
    return Path(os.path.abspath(data_dir))


def hold_shared(data_dir: Path, wait: float = WAIT_SECONDS) -> bool:
    """Count this process among those that have the database open (waits up to `wait`
    seconds while another process has it exclusively). False when the folder has no room
    for the lock file (read-only): then there is nothing to release."""
    key = _key(data_dir)
    with _mutex:
        use = _uses.get(key)
        if use is not None:
            use.shared += 1
            return True
        try:
            use = _open(key)
        except OSError:
            return False  # a read-only folder or medium: nothing there can be set aside or replaced
        deadline = time.monotonic() + wait
        while not _try_shared(use):
            if time.monotonic() >= deadline:
                use.fh.close()
                found = holders(key)
                raise FolderInUse(busy_message(key, found), found)
            time.sleep(0.05)
        use.shared = 1
        _write_note(key, use)
        _uses[key] = use
        return True


def release_shared(data_dir: Path) -> None:
    key = _key(data_dir)
    with _mutex:
        use = _uses.get(key)
        if use is None or use.shared == 0:
            return
        use.shared -= 1
        if use.shared == 0 and use.exclusive == 0:
            _let_go(key, use)


@contextlib.contextmanager
def exclusive(data_dir: Path) -> Iterator[None]:
    """Have the data folder to this process alone, or raise FolderInUse naming who has it."""
    key = _key(data_dir)
    with _mutex:
        use = _uses.get(key)
        if use is not None and use.exclusive:
            use.exclusive += 1
        else:
            fresh = use is None
            if use is None:
                paths.ensure_private_dir(key)
                use = _open(key)  # an OSError here says why the folder cannot be changed
            if not _try_exclusive(use, holding_shared=not fresh):
                if fresh:
                    use.fh.close()
                found = holders(key)
                raise FolderInUse(in_use_message(key, found), found)
            use.exclusive = 1
            if fresh:
                _write_note(key, use)
                _uses[key] = use
    try:
        yield
    finally:
        with _mutex:
            use.exclusive -= 1
            if use.exclusive == 0:
                if use.shared:
                    _back_to_shared(use)
                else:
                    _let_go(key, use)


def held_here(data_dir: Path) -> bool:
    return _key(data_dir) in _uses


def holders(data_dir: Path) -> list[dict[str, object]]:
    """The other processes that have the folder open, from their notes (stale notes removed)."""
    folder = _key(data_dir) / NOTES_DIR
    found: list[dict[str, object]] = []
    mine = {u.note_path for u in _uses.values()}
    try:
        entries = sorted(folder.glob("*.json"))
    except OSError:
        return found
    for note in entries:
        if note in mine:
            continue
        try:
            fh = open(note, "r+b")  # noqa: SIM115 - closed below
        except OSError:
            continue
        try:
            if _try_note_lock(fh):  # nobody holds it: its process is gone
                _unlock_note(fh)
                fh.close()
                with contextlib.suppress(OSError):
                    note.unlink()
                continue
            fh.seek(0)
            data = json.loads(fh.read(4096) or b"{}")
        except (OSError, ValueError):
            data = None
        finally:
            if not fh.closed:
                fh.close()
        if isinstance(data, dict):
            found.append(data)
    return found


def describe_holders(found: list[dict[str, object]]) -> str:
    parts = []
    for h in found:
        since = str(h.get("since", ""))
        with contextlib.suppress(ValueError):
            since = dt.datetime.fromisoformat(since).astimezone().strftime("%H:%M")
        parts.append(
            _("{program} (process {pid} on {host}, since {since})").format(
                program=h.get("program", "?"),
                pid=h.get("pid", "?"),
                host=h.get("host", "?"),
                since=since,
            )
        )
    return "; ".join(parts) if parts else _("another program")


def in_use_message(folder: Path, found: list[dict[str, object]]) -> str:
    return _(
        "The database in {folder} is open in another program: {who}. Setting it aside, "
        "restoring or updating it needs the folder to itself. Close that program, then try "
        "again; nothing was changed."
    ).format(folder=folder, who=describe_holders(found))


def busy_message(folder: Path, found: list[dict[str, object]]) -> str:
    return _(
        "The database in {folder} is being replaced or updated by {who}. Wait for it to "
        "finish, then try again; nothing was changed."
    ).format(folder=folder, who=describe_holders(found))


def _open(key: Path) -> _Use:
    path = key / USE_LOCK_NAME
    paths.make_private_file(path)
    return _Use(open(path, "r+b"))


def _write_note(key: Path, use: _Use) -> None:
    """Leave a note saying who holds the folder; best effort (a read-only folder still works)."""
    folder = key / NOTES_DIR
    token = f"{socket.gethostname()}-{os.getpid()}-{random.randrange(1 << 30):x}"
    note = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "program": program_name,
        "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    final = folder / f"{token}.json"
    # POSIX: locked before it has its real name, so no reader takes it for a stale note;
    # Windows cannot rename an open file, so there it is written in place
    first = final if sys.platform == "win32" else folder / f".{token}.tmp"
    fh: IO[bytes] | None = None
    try:
        paths.ensure_private_dir(folder)
        paths.make_private_file(first)
        fh = open(first, "r+b")  # noqa: SIM115 - held with the folder
        _try_note_lock(fh)
        fh.seek(0)  # the Windows lock moved the position to its byte
        fh.write(json.dumps(note).encode())
        fh.flush()
        if first != final:
            os.replace(first, final)
    except OSError:
        if fh is not None:
            fh.close()
        with contextlib.suppress(OSError):
            first.unlink()
        return
    use.note_fh, use.note_path = fh, final


def _let_go(key: Path, use: _Use) -> None:
    with contextlib.suppress(OSError):
        _unlock_all(use)
    use.fh.close()
    if use.note_fh is not None:
        with contextlib.suppress(OSError):
            _unlock_note(use.note_fh)
        use.note_fh.close()
    if use.note_path is not None:
        with contextlib.suppress(OSError):
            use.note_path.unlink()
    _uses.pop(key, None)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _lock_byte(fh: IO[bytes], offset: int) -> bool:
        fh.seek(offset)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_byte(fh: IO[bytes], offset: int) -> None:
        fh.seek(offset)
        with contextlib.suppress(OSError):
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

    def _try_shared(use: _Use) -> bool:
        for slot in random.sample(range(_SLOTS), _SLOTS):
            if _lock_byte(use.fh, slot):
                use.slot = slot
                return True
        return False

    def _try_exclusive(use: _Use, holding_shared: bool) -> bool:
        taken: list[int] = []
        for slot in range(_SLOTS):
            if slot == use.slot:
                continue
            if not _lock_byte(use.fh, slot):
                for done in taken:
                    _unlock_byte(use.fh, done)
                return False
            taken.append(slot)
        use.every_slot = True
        return True

    def _back_to_shared(use: _Use) -> None:
        if use.slot is None:
            use.slot = 0  # taken exclusively first: keep one slot as the shared hold
        for slot in range(_SLOTS):
            if slot != use.slot:
                _unlock_byte(use.fh, slot)
        use.every_slot = False

    def _unlock_all(use: _Use) -> None:
        for slot in range(_SLOTS):
            if use.every_slot or slot == use.slot:
                _unlock_byte(use.fh, slot)

    def _try_note_lock(fh: IO[bytes]) -> bool:
        return _lock_byte(fh, _NOTE_LOCK_OFFSET)

    def _unlock_note(fh: IO[bytes]) -> None:
        _unlock_byte(fh, _NOTE_LOCK_OFFSET)

else:
    import fcntl

    def _flock(fh: IO[bytes], how: int) -> bool:
        try:
            fcntl.flock(fh.fileno(), how | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _try_shared(use: _Use) -> bool:
        return _flock(use.fh, fcntl.LOCK_SH)

    def _try_exclusive(use: _Use, holding_shared: bool) -> bool:
        if _flock(use.fh, fcntl.LOCK_EX):
            return True
        if holding_shared and not _flock(use.fh, fcntl.LOCK_SH):
            # a refused upgrade may drop the shared lock (flock converts by unlocking first)
            fcntl.flock(use.fh.fileno(), fcntl.LOCK_SH)
        return False

    def _back_to_shared(use: _Use) -> None:
        fcntl.flock(use.fh.fileno(), fcntl.LOCK_SH)

    def _unlock_all(use: _Use) -> None:
        fcntl.flock(use.fh.fileno(), fcntl.LOCK_UN)

    def _try_note_lock(fh: IO[bytes]) -> bool:
        return _flock(fh, fcntl.LOCK_EX)

    def _unlock_note(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
