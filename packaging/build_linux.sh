#!/usr/bin/env bash
# Build the installable Linux app in one command (from a fresh checkout too):
#   packaging/build_linux.sh
# -> dist/organiser/                              the app folder (runs without Python)
# -> dist/organiser-<version>-linux-x86_64.tar.gz  the app + .desktop + install.sh/uninstall.sh
# Extra arguments go to packaging/build.py (--no-archive, --dist DIR, --work DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

# The project's .venv with PyInstaller (the `package` extra), created or updated when needed.
python3 -c 'import sys; sys.path.insert(0, "tools"); import dev; dev.ensure_installed("package")'
if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=.venv/Scripts/python.exe; fi
if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
    "$python" -m pip install --quiet -e '.[package]'
fi
# Draw the icons if they are missing (they are committed; this is for a changed drawing).
if [ ! -f packaging/icons/organiser.ico ]; then
    QT_QPA_PLATFORM=offscreen "$python" packaging/make_icon.py
fi
exec "$python" packaging/build.py "$@"
