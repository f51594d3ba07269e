"""The word breaker's dictionary, kept ready-built in the user's cache folder.

Building it from its sources (PyThaiNLP's 62,000 words as text, every place name of Thailand
through geothai, the prefix index) takes about 0.3 s, and every process that lays out Thai text
paid it before its first document. Here it is read back in about 0.03 s. The file is built at
first use rather than when the app is packaged, because its sources are whatever PyThaiNLP and
geothai are installed beside the app (a developer's upgrade, a newer installer): the file's name
carries a key of their versions and of our own word list, so a change of any of them simply
builds a new file and the stale one is removed.

Only public words go in (never names learnt from the directory: those are personal data).
A file that is missing, damaged or from another version is ignored and built again; a cache
folder that cannot be written (read-only, full disk) costs only the time.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

FORMAT = 1  # raise when the stored parts change meaning
ENV_CACHE_DIR = "ORGANISER_CACHE_DIR"
_PREFIX = "thai-words-"
_SUFFIX = ".bin"
_DIGEST = hashlib.sha256().digest_size

# what a WordSet is made of: its words, its short prefixes, the longest word per first two letters
Parts = tuple[list[str], list[str], dict[str, int]]


def cache_dir() -> Path:
    """ORGANISER_CACHE_DIR when set (tests share one), else the per-user cache folder."""
    explicit = os.environ.get(ENV_CACHE_DIR)
    if explicit:
        return Path(explicit)
    import platformdirs

    return Path(platformdirs.user_cache_dir("Organiser", appauthor=False))


def _stamp(path: Path) -> str:
    try:
        info = path.stat()
    except OSError:
        return f"{path.name}:-"
    return f"{path.name}:{info.st_size}:{info.st_mtime_ns}"


def source_key(own: Iterable[str]) -> str:
    """What the dictionary is built from, without importing geothai or reading any word list:
    PyThaiNLP's version and word file, geothai's data files, our own words and settings
    (`own`), and this Python's version (the file is in `marshal`'s format)."""
    import pythainlp  # the tokenizer needs it anyway

    parts = [
        f"format {FORMAT}",
        f"python {sys.version_info[:2]}",
        f"pythainlp {pythainlp.__version__}",
    ]
    parts.append(_stamp(Path(pythainlp.__file__).parent / "corpus" / "words_th.txt"))
    spec = importlib.util.find_spec("geothai")
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent
        parts.append(_stamp(package / "__init__.py"))
        data = package / "_data"
        with contextlib.suppress(OSError):
            parts.extend(_stamp(p) for p in sorted(data.iterdir()))
    parts.extend(own)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:24]


def _file_for(key: str, folder: Path | None = None) -> Path:
    return (folder or cache_dir()) / f"{_PREFIX}{key}{_SUFFIX}"


def read(key: str, folder: Path | None = None) -> Parts | None:
    """The parts stored under `key`, or None when there is no sound file for it."""
    try:
        blob = _file_for(key, folder).read_bytes()
    except OSError:
        return None
    digest, payload = blob[:_DIGEST], blob[_DIGEST:]
    # marshal is not meant for damaged input: a file is only unpacked when its checksum holds
    if len(blob) <= _DIGEST or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        stored_key, words, starts, longest = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if stored_key != key or not words:
        return None
    return words, starts, longest


def write(key: str, parts: Parts, folder: Path | None = None) -> None:
    """Store the parts under `key` (replacing the file whole, so a reader never sees half of
    it) and remove files of other keys; failing to write is not an error."""
    folder = folder or cache_dir()
    words, starts, longest = parts
    payload = marshal.dumps((key, sorted(words), sorted(starts), dict(longest)))
    blob = hashlib.sha256(payload).digest() + payload
    target = _file_for(key, folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=_PREFIX, suffix=".part", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        for stale in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
            if stale != target:
                with contextlib.suppress(OSError):
                    stale.unlink()
    except OSError:
        return
