"""Cloud-synced and network data folders are recognised; the data moves to a local folder in
one step; a second copy of the app on the same data folder is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from organiser.core.errors import UserError
from organiser.services.home.overview import counts
from organiser.services.safety.location import (
    cloud_service,
    folder_risk,
    move_data_folder,
    network_filesystem,
)
from organiser.store.backup import make_backup
from organiser.store.db import Store
from organiser.store.lock import AlreadyRunning, DataFolderLock
from organiser.store.opening import open_store

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
server:/export /mnt/office nfs4 rw,relatime 0 0
//nas/share /media/shared\\040drive cifs rw 0 0
user@host:/data /home/u/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/somchai/OneDrive/Organiser", "OneDrive"),
        ("C:\\Users\\somchai\\OneDrive - สำนักงานภาคใต้\\Organiser", "OneDrive"),
        ("/home/somchai/Dropbox/งาน/Organiser", "Dropbox"),
        ("G:\\My Drive\\Organiser", "Google Drive"),
        ("/Users/somchai/Google Drive/Organiser", "Google Drive"),
        ("/Users/somchai/Library/Mobile Documents/com~apple~CloudDocs/Organiser", "iCloud Drive"),
        ("C:\\Users\\somchai\\iCloudDrive\\Organiser", "iCloud Drive"),
    ],
)
def test_cloud_synced_folders_are_recognised(path: str, service: str) -> None:
    assert cloud_service(path) == service


@pytest.mark.parametrize(
    "path",
    [
        "/home/somchai/.local/share/Organiser",
        "C:\\Users\\somchai\\AppData\\Local\\Organiser",
        "/home/somchai/Documents/megaphone-notes",
    ],
)
def test_local_folders_are_not_flagged(path: str) -> None:
    assert cloud_service(path) is None


def test_network_file_systems_are_recognised_from_the_mount_table() -> None:
    assert network_filesystem(Path("/mnt/office/organiser"), MOUNTS) == "nfs4"
    assert network_filesystem(Path("/media/shared drive/x"), MOUNTS) == "cifs"
    assert network_filesystem(Path("/home/u/remote/Organiser"), MOUNTS) == "fuse.sshfs"
    assert network_filesystem(Path("/home/u/local"), MOUNTS) is None
    assert network_filesystem(Path("/tmp/x"), MOUNTS) is None


def test_the_warning_says_why(tmp_path: Path) -> None:
    risk = folder_risk(tmp_path / "Dropbox" / "Organiser")
    assert risk is not None and risk.kind == "cloud" and risk.service == "Dropbox"
    assert "Dropbox" in risk.reason and "damages" in risk.reason
    assert folder_risk(tmp_path / "local") is None
    if sys.platform.startswith("linux"):
        net = folder_risk(Path("/mnt/office/organiser"), MOUNTS)
        assert net is not None and net.kind == "network"


def test_moving_the_data_to_a_local_folder(demo_store: Store, tmp_path: Path) -> None:
    make_backup(demo_store, "manual")
    old_folder = demo_store.data_dir
    target = tmp_path / "local" / "Organiser"
    moved = move_data_folder(demo_store, target)
    assert moved == target.resolve()
    assert not (old_folder / "organiser.sqlite3").exists()
    assert list(old_folder.glob("organiser.sqlite3.moved-*"))  # kept, never deleted
    assert list((target / "backups").glob("organiser-*.sqlite3"))
    # a shortcut that still names the old folder opens the new one
    store = open_store(old_folder)
    try:
        assert store.data_dir == target.resolve()
        with store.reader() as uow:
            assert counts(uow).people == 124
            from organiser.services.safety.privacy import list_audit

            assert list_audit(uow)[0].action == "move"
    finally:
        store.dispose()


def test_moving_never_overwrites_data_already_there(demo_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "busy"
    other = open_store(target)
    other.dispose()
    from organiser.domain.people import Person

    other = open_store(target)
    with other.writer() as uow:
        uow.session.add(Person(given_name="มีอยู่แล้ว"))
        uow.commit()
    other.dispose()
    with pytest.raises(UserError, match="already holds"):
        move_data_folder(demo_store, target)
    assert (demo_store.data_dir / "organiser.sqlite3").exists()


HOLD = """
import sys, time
from pathlib import Path
from organiser.store.lock import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_second_copy_on_the_same_data_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "held"
        second = DataFolderLock(folder)
        assert not second.acquire()
        with pytest.raises(AlreadyRunning) as raised:
            second.acquire_or_raise()
        assert "already open" in raised.value.message and str(folder) in raised.value.message
        assert second.holder().get("pid") == first.pid
    finally:
        first.communicate("\n", timeout=30)
    # the lock goes with the process, however it ends
    third = DataFolderLock(folder)
    assert third.acquire()
    third.release()


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200), mounts=st.text(max_size=300))
def test_any_path_and_mount_table_is_judged_without_error(text: str, mounts: str) -> None:
    cloud_service(text)
    network_filesystem(Path("/" + text.replace("\x00", "")), mounts)


@settings(max_examples=50, deadline=None)
@given(note=st.binary(max_size=300))
def test_a_hostile_moved_note_is_ignored(
    note: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from organiser.store.opening import MOVED_MARKER, moved_to

    folder = tmp_path_factory.mktemp("moved")
    (folder / MOVED_MARKER).write_bytes(note)
    assert moved_to(folder) is None  # it must name a folder that holds a database
