"""Where things live: the data folder, the database, backups, shipped resources."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "Organiser"
DB_NAME = "organiser.sqlite3"
ENV_DATA_DIR = "ORGANISER_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then ORGANISER_DATA_DIR, then the per-user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create a folder readable by the user only (personal data lives here)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(0o700)
    return path


def make_private_file(path: Path) -> None:
    """Create (or tighten) a file so that only its owner can read it."""
    if os.name != "posix":
        return
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    else:
        path.chmod(0o600)


def resources_dir() -> Path:
    """Fonts, translations and data: inside the installed package, or the source tree's."""
    here = Path(__file__).resolve()
    packaged = here.parents[1] / "resources"
    if packaged.is_dir():
        return packaged
    source_tree = here.parents[3] / "resources"
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError("Organiser's resources folder is missing from this installation")


def font_path(name: str) -> Path:
    return resources_dir() / "fonts" / name
