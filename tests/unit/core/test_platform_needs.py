"""Reading what Qt and the loader say is missing, and the command that installs it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from organiser.core import platform_needs as needs


def test_library_names_are_read_from_loader_and_qt_messages() -> None:
    said = (
        "ImportError: libglib-2.0.so.0: cannot open shared object file: No such file or directory\n"
        'qt.core.library: "/x/libqxcb.so" cannot load: Cannot load library /x/libqxcb.so: '
        "/tmp/stub/libxkbcommon-x11.so.0: file too short\n"
    )
    assert needs.missing_libraries(said) == ["libglib-2.0.so.0", "libxkbcommon-x11.so.0"]
    assert needs.missing_libraries("all is well") == []


def test_each_family_gets_its_own_install_command() -> None:
    libs = ["libxcb-cursor.so.0", "libglib-2.0.so.0", "libgthread-2.0.so.0"]
    assert (
        needs.install_libraries_command(libs, "debian")
        == "sudo apt install libxcb-cursor0 libglib2.0-0"
    )
    assert (
        needs.install_libraries_command(libs, "fedora") == "sudo dnf install xcb-util-cursor glib2"
    )
    assert "libxcb-cursor.so.0" in needs.install_libraries_command(libs, "other")
    assert needs.install_venv_command("debian").startswith("sudo apt install python3.")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="os-release is Linux's")
def test_the_system_family_comes_from_os_release(tmp_path: Path) -> None:
    release = tmp_path / "os-release"
    release.write_text('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n')
    assert needs.system_family(release) == "debian"
    release.write_text('ID="rocky"\nID_LIKE="rhel centos fedora"\n')
    assert needs.system_family(release) == "fedora"
    release.write_text("ID=arch\n")
    assert needs.system_family(release) == "other"


def test_no_display_is_recognised() -> None:
    assert needs.says_no_display('qt.qpa.xcb: could not connect to display ""')
    assert not needs.says_no_display("Could not load the Qt platform plugin")
