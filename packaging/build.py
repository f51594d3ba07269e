"""Build the installable Organiser app with PyInstaller (one-folder mode).

    .venv/bin/python packaging/build.py                 # Linux: dist/organiser/ + the tarball
    .venv\\Scripts\\python packaging\\build.py            # Windows: dist\\organiser\\ + the installer
    options: --no-archive (the app folder only), --dist DIR, --work DIR

Linux: dist/organiser-<version>-linux-x86_64.tar.gz holds the app, a .desktop file, the icons and
install.sh / uninstall.sh (per user, no root). Windows: if Inno Setup's ISCC.exe is found (on
PATH, in its usual folder, or named by the ISCC environment variable), the per-user installer
dist\\organiser-<version>-windows-x64-setup.exe; see packaging/windows/README.md.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_NAME = "organiser"  # the folder PyInstaller writes (COLLECT name in organiser.spec)
LINUX_ICON_SIZES = (48, 64, 128, 256, 512)


def project_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return str(data["project"]["version"])


def run_pyinstaller(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is missing: run `pip install -e .[package]` in the project's .venv")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(HERE / "organiser.spec"),
    ]
    print("Building the app folder with PyInstaller …", flush=True)
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT)
    app = dist / APP_NAME
    print(f"  {app} ({folder_size(app) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    return app


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def glibc_needed(app: Path) -> str:
    """The newest glibc symbol version anything in the app asks for: the oldest Linux it runs on."""
    import re

    if not shutil.which("objdump"):
        return "unknown"
    newest = (2, 17)
    for path in [app / APP_NAME, *app.rglob("*.so*")]:
        if not path.is_file() or path.is_symlink():
            continue
        dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True)
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", dump.stdout):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def linux_tarball(app: Path, dist: Path, version: str) -> Path:
    """organiser-<version>-linux-x86_64/{app/, icons/, organiser.desktop, install.sh, ...}."""
    top = f"organiser-{version}-linux-x86_64"
    target = dist / f"{top}.tar.gz"
    linux = HERE / "linux"

    def executable(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    print(f"Packing {target.name} …", flush=True)
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=f"{top}/app", filter=executable)
        for name in ("install.sh", "uninstall.sh", "organiser.desktop"):
            tar.add(linux / name, arcname=f"{top}/{name}", filter=executable)
        glibc = glibc_needed(app)
        print(f"  runs on Linux with glibc {glibc} or newer")
        readme = (linux / "README.txt").read_text("utf-8")
        readme = readme.replace("@VERSION@", version).replace("@GLIBC@", glibc)
        info = tarfile.TarInfo(f"{top}/README.txt")
        data = readme.encode("utf-8")
        info.size = len(data)
        info.mode = 0o644
        info.mtime = int(time.time())
        tar.addfile(info, io.BytesIO(data))
        for size in LINUX_ICON_SIZES:
            tar.add(
                HERE / "icons" / f"organiser-{size}.png",
                arcname=f"{top}/icons/organiser-{size}.png",
                filter=executable,
            )
    print(f"  {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return target


def find_iscc() -> Path | None:
    named = os.environ.get("ISCC")
    candidates = [Path(named)] if named else []
    on_path = shutil.which("ISCC") or shutil.which("iscc")
    if on_path:
        candidates.append(Path(on_path))
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidates.append(Path(base) / "Inno Setup 6" / "ISCC.exe")
    local = os.environ.get("LOCALAPPDATA")  # Windows environment names are case-insensitive
    if local:
        candidates.append(Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe")
    return next((c for c in candidates if c.is_file()), None)


def windows_installer(app: Path, dist: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print(
            "Inno Setup 6 (ISCC.exe) was not found: the app folder is built, the installer is not.\n"
            "Install it from https://jrsoftware.org/isdl.php or set ISCC to its path, then re-run."
        )
        return None
    print("Building the installer with Inno Setup …", flush=True)
    subprocess.run(
        [
            str(iscc),
            f"/DAppVersion={version}",
            f"/DSourceDir={app}",
            f"/DOutputDir={dist}",
            str(HERE / "windows" / "organiser.iss"),
        ],
        check=True,
    )
    setup = dist / f"organiser-{version}-windows-x64-setup.exe"
    print(f"  {setup}")
    return setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    parser.add_argument(
        "--no-archive", action="store_true", help="build the app folder only (no tarball/setup)"
    )
    args = parser.parse_args(argv)
    version = project_version()
    dist, work = args.dist.resolve(), args.work.resolve()
    app = run_pyinstaller(dist, work)
    if args.no_archive:
        return 0
    if sys.platform == "win32":
        windows_installer(app, dist, version)
    elif sys.platform.startswith("linux"):
        linux_tarball(app, dist, version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
