"""The app's log: a few rotating files in the data folder, readable by the user only, with no
personal data in them, so that an error in the field leaves something to send to support.

What is logged is the app's own messages and, for an unexpected error, its kind and where it
happened. Exception messages can quote what a person typed (a name, a phone number), so their
text is scrubbed before it is written: Thai text, long numbers, e-mail addresses and quoted
values are replaced by placeholders.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import re
import traceback
from pathlib import Path
from types import TracebackType

from organiser.core.paths import ensure_private_dir, make_private_file

LOG_FOLDER = "logs"
LOG_NAME = "organiser.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 3
_handler: logging.Handler | None = None

_SCRUB = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "<e-mail>"),
    (re.compile(r"'[^'\n]*'|\"[^\"\n]*\""), "'<value>'"),
    (re.compile(r"[\u0e00-\u0e7f]+(?:\s+[\u0e00-\u0e7f]+)*"), "<thai>"),
    (re.compile(r"[+\d][\d\s-]{3,}\d"), "<number>"),
)


def scrub(text: str) -> str:
    """`text` without what could be personal data."""
    for pattern, placeholder in _SCRUB:
        text = pattern.sub(placeholder, text)
    return text


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER / LOG_NAME


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens, the first and each rotated one, is private to the user."""

    def _open(self):  # type: ignore[no-untyped-def]
        make_private_file(Path(self.baseFilename))
        return super()._open()


def start_logging(data_dir: Path) -> Path:
    """Send the `organiser` loggers' warnings and errors to the data folder's log (once)."""
    global _handler
    path = log_path(data_dir)
    logger = logging.getLogger("organiser")
    if _handler is not None:
        if Path(getattr(_handler, "baseFilename", "")) == path:
            return path
        logger.removeHandler(_handler)
        _handler.close()
    ensure_private_dir(path.parent)
    handler = _PrivateRotatingHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    _handler = handler
    return path


def stop_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger("organiser").removeHandler(_handler)
        _handler.close()
        _handler = None


def describe_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> str:
    """The error's kind, its scrubbed message and where it happened, for the log and support."""
    lines = [f"{kind.__name__}: {scrub(str(error))}".rstrip(": ")]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
    return "\n".join(lines)


def versions() -> str:
    from organiser import __version__  # read lazily: it costs a scan of installed packages

    return (
        f"Organiser {__version__}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} ({platform.machine()})"
    )


def log_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> str:
    """Write an unexpected error to the log; returns the text shown and copied for support."""
    details = describe_error(kind, error, tb)
    logging.getLogger("organiser.unexpected").error("unexpected error\n%s", details)
    return f"{details}\n\n{versions()}"


def _short(filename: str) -> str:
    """A source file's path from the package on (no user name from the install folder)."""
    parts = Path(filename).parts
    for anchor in ("organiser", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) - 1 :])
    return Path(filename).name
