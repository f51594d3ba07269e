"""Every test runs offscreen, in its own temporary data folder, in English unless it asks."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from organiser.core import i18n
from organiser.store.db import Store
from organiser.store.opening import open_store


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("organiser")
    group.addoption(
        "--slow",
        action="store_true",
        help="run only the tests marked slow (soaks, kill loops, long property runs, the "
        "packaging build): CI's second step",
    )
    group.addoption(
        "--all", action="store_true", dest="run_all", help="run every test, the slow ones too"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`pytest` alone runs what is quick (under five minutes on two cores); the tests marked
    slow run with `--slow` (or `-m slow`), everything with `--all`. An explicit `-m` decides
    by itself."""
    if config.getoption("run_all") or config.option.markexpr:
        return
    want_slow = bool(config.getoption("slow"))
    keep = [item for item in items if (item.get_closest_marker("slow") is not None) == want_slow]
    if len(keep) != len(items):
        kept = set(map(id, keep))
        config.hook.pytest_deselected(items=[item for item in items if id(item) not in kept])
        items[:] = keep


def pytest_report_header(config: pytest.Config) -> str:
    if config.getoption("run_all") or config.option.markexpr:
        return "slow tests: as selected"
    if config.getoption("slow"):
        return "slow tests: only these (--slow)"
    return "slow tests: left out (run them with --slow, or everything with --all)"


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the run: it holds only public data (the word breaker's dictionary,
    see core/word_cache.py), so every CLI process a test starts reads it instead of building
    it again; tests of the cache itself set a folder of their own."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def _compiled_modules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the processes tests start keep Python's compiled modules for the run: with
    PYTHONDONTWRITEBYTECODE set (as in CI's shell) every CLI process compiled every module it
    imported again, a quarter of its start. A folder of the run's own keeps the source tree
    and site-packages untouched."""
    return tmp_path_factory.mktemp("pycache")


@pytest.fixture(autouse=True)
def _isolated(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _shared_cache: Path,
    _compiled_modules: Path,
) -> Iterator[None]:
    """No test touches the user's real data folder or depends on the machine's language.

    The app's own setting isolates the data folder on every system (on Windows platformdirs
    reads the known folders, not HOME); HOME and XDG_* isolate the rest (Documents, caches)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("ORGANISER_CACHE_DIR", str(_shared_cache))
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(_compiled_modules))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("ORGANISER_DATA_DIR", str(home / "Organiser-data"))
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty database built once per run (every migration, from nothing); tests get
    their own copy, which takes a copy id of its own when opened (sync/identity.py)."""
    folder = tmp_path_factory.mktemp("empty-template")
    s = open_store(folder)
    with s.raw_connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.dispose()
    return folder


@pytest.fixture
def store(_empty_template: Path, data_dir: Path) -> Iterator[Store]:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_empty_template / "organiser.sqlite3", data_dir / "organiser.sqlite3")
    s = open_store(data_dir)
    yield s
    s.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo seminar built once per run; tests get their own copy."""
    from organiser.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo-template")
    s = open_store(folder)
    with s.writer() as uow:
        build_demo(uow)
        uow.commit()
    with s.raw_connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.dispose()
    return folder


@pytest.fixture
def demo_store(_demo_template: Path, data_dir: Path) -> Iterator[Store]:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_demo_template / "organiser.sqlite3", data_dir / "organiser.sqlite3")
    s = open_store(data_dir)
    yield s
    s.dispose()


def run_cli(
    *args: str,
    data_dir: Path | None = None,
    input: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The real `organiser` command, as a subprocess."""
    command = [sys.executable, "-m", "organiser", *args]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    full_env = dict(os.environ, PYTHONIOENCODING="utf-8", LANG="C.UTF-8")
    full_env.update(env or {})
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=input,
        env=full_env,
        timeout=120,
    )


@pytest.fixture
def cli() -> object:
    return run_cli


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """Make `folder` and its files read-only for real, as on a write-protected USB stick: chmod
    for a normal user, the immutable attribute for root (CI runs as root, which chmod does not
    stop). Skips the test where neither works (checked with os.access)."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    dirs = [folder, *(p for p in folder.rglob("*") if p.is_dir())]
    modes = {p: p.stat().st_mode for p in [*files, *dirs]}
    immutable: list[Path] = []
    for p in files:
        p.chmod(0o444)
    for p in dirs:
        p.chmod(0o555)
    try:
        if os.access(folder, os.W_OK) and os.name == "posix" and shutil.which("chattr"):
            for p in [*files, *dirs]:
                if subprocess.run(["chattr", "+i", str(p)], capture_output=True).returncode:
                    break
                immutable.append(p)
        if os.access(folder, os.W_OK) or any(os.access(p, os.W_OK) for p in files):
            pytest.skip("this machine cannot make a folder read-only (root without chattr)")
        yield
    finally:
        for p in reversed(immutable):
            subprocess.run(["chattr", "-i", str(p)], capture_output=True)
        for p, mode in modes.items():
            p.chmod(mode)


@pytest.fixture
def read_only_folder() -> object:
    """`with read_only_folder(path): ...` — the folder cannot be written meanwhile."""
    return _read_only
