"""What the operating system must provide before Qt can open a window, and the one command that
installs what is missing.

`tools/dev.py` loads this file by its path, before the virtual environment exists, so it uses
the standard library only and imports nothing from `organiser`. The app uses it too, to say in
one sentence why Qt could not start instead of letting Qt abort.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

# The system libraries Qt's wheels do not bundle, by the start of their file name, with the
# package that provides them: (Debian/Ubuntu, Fedora).
LIBRARY_PACKAGES: dict[str, tuple[str, str]] = {
    "libglib-2.0.so": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so": ("libglib2.0-0", "glib2"),
    "libEGL.so": ("libegl1", "libglvnd-egl"),
    "libGL.so": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so": ("libopengl0", "libglvnd-opengl"),
    "libGLX.so": ("libglx0", "libglvnd-glx"),
    "libxkbcommon.so": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so": ("libfontconfig1", "fontconfig"),
    "libfreetype.so": ("libfreetype6", "freetype"),
    "libdbus-1.so": ("libdbus-1-3", "dbus-libs"),
    "libX11.so": ("libx11-6", "libX11"),
    "libX11-xcb.so": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so": ("libxcb1", "libxcb"),
    "libxcb-cursor.so": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so": ("libxcb-randr0", "libxcb"),
    "libxcb-xinerama.so": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so": ("libxcb-xinput0", "libxcb"),
    "libwayland-client.so": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so": ("libwayland-cursor0", "libwayland-cursor"),
    "libthai.so": ("libthai0", "libthai"),
}

# What the xcb platform plugin (the one Linux desktops use) loads from the system: checked one
# by one only after Qt has already failed, to name the missing one.
XCB_PLUGIN_LIBRARIES = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxcb-image.so.0",
    "libxcb-render-util.so.0",
    "libxcb-shape.so.0",
    "libxcb-xkb.so.1",
    "libxkbcommon-x11.so.0",
    "libxkbcommon.so.0",
    "libX11-xcb.so.1",
    "libEGL.so.1",
    "libfontconfig.so.1",
    "libdbus-1.so.3",
    "libglib-2.0.so.0",
)

_MISSING = re.compile(
    r"(lib[\w.+-]+?\.so(?:\.\d+)*)\s*:\s*(?:cannot open shared object file|file too short|"
    r"invalid ELF header|wrong ELF class|file not found)",
)
# Qt says this one in its own words (since 6.5) instead of naming the file
_QT_CURSOR_HINT = re.compile(r"xcb-cursor0 or libxcb-cursor0 is needed")
_NO_DISPLAY = re.compile(r"could not connect to display|cannot open display|no display", re.I)


def missing_libraries(text: str) -> list[str]:
    """The system libraries that a loader or Qt's plugin messages say could not be loaded."""
    found: list[str] = []
    for match in _MISSING.finditer(text):
        name = Path(match.group(1)).name
        if name not in found:
            found.append(name)
    # Qt gives this hint whenever its xcb plugin fails, so it counts only if the file is absent
    cursor = "libxcb-cursor.so.0"
    if _QT_CURSOR_HINT.search(text) and cursor not in found and unloadable([cursor]):
        found.append(cursor)
    return found


def says_no_display(text: str) -> bool:
    return bool(_NO_DISPLAY.search(text))


def unloadable(libraries: Iterable[str]) -> list[str]:
    """Those of `libraries` that this process cannot load (Linux; elsewhere none)."""
    if not sys.platform.startswith("linux"):
        return []
    missing = []
    for name in libraries:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def _package(library: str, family: str) -> str | None:
    best = ""
    for prefix in LIBRARY_PACKAGES:
        if library.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    if not best:
        return None
    debian, fedora = LIBRARY_PACKAGES[best]
    return fedora if family == "fedora" else debian


def system_family(os_release: Path = Path("/etc/os-release")) -> str:
    """ "debian" (Debian, Ubuntu, Mint …), "fedora" (Fedora, RHEL …), "windows", "macos" or
    "other"."""
    if os.name == "nt":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "other"
    ids = " ".join(
        value.strip().strip('"').lower()
        for key, _sep, value in (line.partition("=") for line in text.splitlines())
        if key in ("ID", "ID_LIKE")
    ).split()
    if any(i in ("debian", "ubuntu") for i in ids):
        return "debian"
    if any(i in ("fedora", "rhel", "centos") for i in ids):
        return "fedora"
    return "other"


def install_libraries_command(libraries: Iterable[str], family: str | None = None) -> str:
    """The one command that installs the packages providing `libraries` on this system."""
    family = family or system_family()
    names = list(libraries)
    packages: list[str] = []
    for library in names:
        package = _package(library, family)
        if package and package not in packages:
            packages.append(package)
    if family == "debian" and packages:
        return "sudo apt install " + " ".join(packages)
    if family == "fedora" and packages:
        return "sudo dnf install " + " ".join(packages)
    if family == "windows":
        return "install the Microsoft Visual C++ Redistributable (x64) from Microsoft's site"
    return "install the system packages that provide: " + ", ".join(names)


def install_venv_command(family: str | None = None) -> str:
    """What makes `python -m venv` work where the system's Python came without it."""
    family = family or system_family()
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    if family == "debian":
        return f"sudo apt install python{version}-venv"
    if family == "fedora":
        return "sudo dnf install python3-pip"
    if family == "windows":
        return "reinstall Python from python.org with the 'pip' option ticked"
    if family == "macos":
        return "install Python from python.org (or: brew install python)"
    return "install your system's package for Python's venv and ensurepip modules"
