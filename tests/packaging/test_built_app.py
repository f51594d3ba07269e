"""The installable app: built once per run with PyInstaller, then run as a user would run it.

The build is the documented `packaging/build.py` (what `packaging/build_linux.sh` runs). The app
runs in a fresh home, without the virtualenv, and, where the kernel allows a mount namespace,
with every Python installation and the source tree hidden: it must need none of them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 900


@dataclass(frozen=True)
class BuiltApp:
    folder: Path  # dist/organiser: the one-folder app
    exe: Path
    tarball: Path
    version: str
    scratch: Path  # a folder for the tests' own files
    started: float  # when the build began (files changed later are not in it)

    def env(self, home: Path, **extra: str) -> dict[str, str]:
        """What a user's session has: no virtualenv, no PYTHONPATH, a fresh home."""
        env = {
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        env.update(extra)
        return env

    def run(
        self, *args: str, home: Path, timeout: float = 120, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*no_python_prefix(), str(self.exe), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env(home, **extra),
            timeout=timeout,
            check=False,
        )


def hidden_python_dirs() -> list[Path]:
    """The Python installation, the virtualenv and the source tree (with its resources)."""
    candidates = {
        Path(sys.base_prefix),
        Path(sys.prefix),
        ROOT / "src",
        ROOT / "resources",
        *Path("/usr/lib").glob("python3*"),
        *Path("/usr/local/lib").glob("python3*"),
    }
    return sorted(p for p in candidates if p.is_dir())


def _can_hide() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", "mount -t tmpfs none /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


_HIDE: bool | None = None


def no_python_prefix() -> list[str]:
    """Run in a mount namespace where every Python on this machine is an empty folder, so the
    app proves it needs none (when unprivileged namespaces are not allowed: a clean environment).
    """
    global _HIDE
    if _HIDE is None:
        _HIDE = _can_hide()
    if not _HIDE:
        return []
    mounts = "; ".join(f"mount -t tmpfs none '{p}'" for p in hidden_python_dirs())
    return ["unshare", "--mount", "--map-root-user", "sh", "-c", f'{mounts}; exec "$@"', "sh"]


def python_is_hidden() -> bool:
    return bool(no_python_prefix())


@pytest.fixture(scope="session")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> BuiltApp:
    if not sys.platform.startswith("linux"):
        pytest.skip("the packaging test builds the Linux app; on Windows see packaging/windows")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed: `pip install -e .[package]` (the package extra)")
    base = tmp_path_factory.mktemp("packaging")
    started = time.time()
    dist = base / "dist"
    # PyInstaller's analysis cache, kept between runs (build/ is ignored by git).
    work = ROOT / "build" / "pyinstaller-tests"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, (
        f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    )
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    folder = dist / "organiser"
    tarball = dist / f"organiser-{version}-linux-x86_64.tar.gz"
    assert (folder / "organiser").is_file(), result.stdout
    assert tarball.is_file(), result.stdout
    scratch = base / "scratch"
    scratch.mkdir()
    return BuiltApp(folder, folder / "organiser", tarball, version, scratch, started)


@pytest.fixture(scope="session")
def built_demo(built_app: BuiltApp) -> Path:
    """The demo seminar written by the built app into an empty folder (this migrates it)."""
    data = built_app.scratch / "demo-data"
    home = built_app.scratch / "demo-home"
    home.mkdir()
    result = built_app.run("demo", "--data-dir", str(data), home=home)
    assert result.returncode == 0, result.stderr
    return data


def unpack(tarball: Path, into: Path) -> Path:
    with tarfile.open(tarball) as tar:
        tar.extractall(into, filter="tar")
    (top,) = into.iterdir()
    return top


def first_event_id(app: BuiltApp, data: Path, home: Path) -> str:
    import json

    result = app.run("events", "list", "--json", "--data-dir", str(data), home=home)
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)[0]["id"])


def command_names(help_text: str) -> Sequence[str]:
    """Sub-command names from an argparse --help listing."""
    names = []
    for line in help_text.splitlines():
        stripped = line.strip()
        if line.startswith("    ") and not line.startswith("     ") and stripped:
            names.append(stripped.split()[0])
    return names


pytestmark = [pytest.mark.packaging, pytest.mark.slow]  # minutes of building: CI's slow step

# Only these Qt parts belong in the app (a widgets app on X11/XWayland, plus offscreen for tests;
# QtNetwork for the local socket by which a second start brings the running copy forward).
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtNetwork"}
QT_FORBIDDEN = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt6WebEngine",
    "Qt6Multimedia",
    "Qt6Pdf",
    "Qt6Svg",
    "Qt6Wayland",
    "Qt6Sql",
    "Qt6Test",
    "Qt6Designer",
    "Qt63D",
    "Qt6Charts",
    "Qt6VirtualKeyboard",
)
PYTHAINLP_CORPUS = {"words_th.txt", "stopwords_th.txt", "corpus_license.md"}
# The xcb libraries a fresh desktop often lacks (Qt >= 6.5 refuses to start without them).
XCB_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# 180 MB measured with the change files' cryptography (OpenSSL, 15 MB) and pyrage (2 MB)
SIZE_LIMIT_MB = 195


def folder_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def embedded_fonts(pdf: Path) -> set[str]:
    """Names of the fonts whose program is embedded in the PDF."""
    from pypdf import PdfReader

    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            for target in [d.get_object() for d in descendants] if descendants else [font]:
                descriptor = target.get("/FontDescriptor")
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(target["/BaseFont"]))
    return names


def pdf_text(pdf: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(pdf).pages).replace("\u200b", "")


# ---------------------------------------------------------------- the app runs on its own


def test_version_from_the_frozen_app(built_app: BuiltApp, tmp_path: Path) -> None:
    result = built_app.run("--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"organiser {built_app.version}"


def test_runs_with_every_python_hidden(built_app: BuiltApp) -> None:
    if not python_is_hidden():
        pytest.skip("no unprivileged mount namespace here: the app ran in a clean environment only")
    assert Path(sys.base_prefix) in hidden_python_dirs()
    assert ROOT / "src" in hidden_python_dirs()


def test_demo_into_an_empty_folder_migrates_the_database(
    built_app: BuiltApp, built_demo: Path, tmp_path: Path
) -> None:
    from organiser.store.migrate import head_revision

    database = built_demo / "organiser.sqlite3"
    assert database.is_file()
    assert oct(database.stat().st_mode & 0o777) == "0o600"  # personal data: the user's only
    check = built_app.run("check", "--json", "--data-dir", str(built_demo), home=tmp_path)
    assert check.returncode == 0, check.stderr
    import json

    report = json.loads(check.stdout)
    assert head_revision() in json.dumps(report)  # every migration script was found and applied
    events = built_app.run("events", "list", "--json", "--data-dir", str(built_demo), home=tmp_path)
    assert events.returncode == 0, events.stderr
    (event,) = json.loads(events.stdout)
    assert "สัมมนา" in event["title"]


def test_database_goes_to_the_per_user_data_folder(built_app: BuiltApp, tmp_path: Path) -> None:
    home = tmp_path / "user"
    home.mkdir()
    result = built_app.run("events", "list", home=home)
    assert result.returncode == 0, result.stderr
    assert (home / ".local" / "share" / "Organiser" / "organiser.sqlite3").is_file()


def test_thai_messages_come_from_the_bundled_translations(
    built_app: BuiltApp, built_demo: Path, tmp_path: Path
) -> None:
    result = built_app.run("--lang", "th", "check", "--data-dir", str(built_demo), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "ฐานข้อมูล" in result.stdout


def test_agenda_pdf_has_the_sarabun_font_embedded(
    built_app: BuiltApp, built_demo: Path, tmp_path: Path
) -> None:
    help_text = built_app.run("export", "--help", home=tmp_path).stdout
    if "agenda" not in command_names(help_text):
        pytest.skip(
            "`organiser export agenda` does not exist yet (cli/agenda.py is being built); "
            "this check runs as soon as the command lands"
        )
    event = first_event_id(built_app, built_demo, tmp_path)
    pdf = tmp_path / "agenda.pdf"
    result = built_app.run(
        "--lang", "th", "--data-dir", str(built_demo),
        "export", "agenda", event, "--format", "pdf", "-o", str(pdf),
        home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert any("Sarabun" in name for name in embedded_fonts(pdf)), embedded_fonts(pdf)
    assert "กำหนดการ" in pdf_text(pdf) or "สัมมนา" in pdf_text(pdf)


def test_plan_pdf_typesets_thai_with_the_bundled_font(
    built_app: BuiltApp, built_demo: Path, tmp_path: Path
) -> None:
    """Fonts, fpdf2/uharfbuzz shaping and PyThaiNLP word breaks all work in the frozen app."""
    import json

    help_text = built_app.run("export", "--help", home=tmp_path).stdout
    if "plan" not in command_names(help_text):
        pytest.skip("`organiser export plan` is not in this build")
    plans = built_app.run("plans", "list", "--json", "--data-dir", str(built_demo), home=tmp_path)
    assert plans.returncode == 0, plans.stderr
    plan_id = json.loads(plans.stdout)[0]["id"]
    pdf = tmp_path / "plan.pdf"
    result = built_app.run(
        "--lang", "th", "--data-dir", str(built_demo),
        "export", "plan", plan_id, "--format", "pdf", "-o", str(pdf),
        home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert any("Sarabun" in name for name in embedded_fonts(pdf)), embedded_fonts(pdf)
    assert "แผน" in pdf_text(pdf)


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    if not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        return None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()  # Xvfb writes it once it accepts connections
    if not number:
        server.kill()
        return None
    return server, f":{number}"


def _main_window(display: str) -> tuple[str, int, int] | None:
    """(id, width, height) of Organiser's top-level window, if it is mapped."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        capture_output=True,
        text=True,
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        check=False,
    ).stdout
    for line in tree.splitlines():
        if '("organiser" "Organiser")' in line:
            parts = line.split()
            size = next(p for p in parts if "x" in p and "+" in p).split("+")[0]
            width, height = (int(n) for n in size.split("x"))
            if width > 400:
                return parts[0], width, height
    return None


def _painted(display: str, window: str, shot: Path) -> bool:
    """Grab the window; True once it shows more than a blank fill."""
    from PIL import Image

    grab = subprocess.run(
        ["import", "-window", window, str(shot)],
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=60,
        check=False,
    )
    if grab.returncode != 0 or not shot.is_file():
        return False
    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    return len(colours) > 50


def test_gui_shows_the_main_window_offscreen(
    built_app: BuiltApp, built_demo: Path, tmp_path: Path
) -> None:
    """The app's own probe (ORGANISER_EXIT_WHEN_IDLE, from the benchmarks) says the main window
    was shown and its first loads finished, then the app quits normally."""
    if "ORGANISER_EXIT_WHEN_IDLE" not in (ROOT / "src/organiser/app.py").read_text("utf-8"):
        pytest.skip("the app has no exit-when-idle probe any more")
    result = built_app.run(
        "--lang", "th", "--data-dir", str(built_demo),
        home=tmp_path, ORGANISER_EXIT_WHEN_IDLE="1",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "ORGANISER_SHOWN_AND_IDLE" in result.stdout


def test_gui_draws_the_main_window_on_x11(
    built_app: BuiltApp, built_demo: Path, tmp_path: Path
) -> None:
    """On an X display (Xvfb, as on a desktop) the window appears and is drawn. The last grab is
    kept as built-app.png in the session's scratch folder."""
    xvfb = _start_xvfb()
    if xvfb is None:
        pytest.skip("Xvfb and xwininfo are not installed (apt-get install xvfb x11-utils)")
    server, display = xvfb
    # the display must answer an ordinary client before the app is started on it (once, on a
    # loaded machine, the app was refused a display that Xvfb had reported ready)
    for _ in range(40):
        probe = subprocess.run(
            ["xwininfo", "-root"], env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
            capture_output=True, check=False,
        )  # fmt: skip
        if probe.returncode == 0:
            break
        with contextlib.suppress(subprocess.TimeoutExpired):  # a dead server ends the wait
            if server.wait(timeout=0.25) is not None:
                pytest.skip(f"Xvfb ended before {display} answered")
    else:
        server.kill()
        pytest.skip(f"Xvfb reported {display} but no client could connect to it")
    app = subprocess.Popen(
        [*no_python_prefix(), str(built_app.exe), "--lang", "th", "--data-dir", str(built_demo)],
        env=built_app.env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shot = built_app.scratch / "built-app.png"
    can_grab = bool(shutil.which("import"))
    try:
        window, painted = None, False
        for _ in range(120):  # up to a minute on a loaded machine
            with contextlib.suppress(subprocess.TimeoutExpired):
                app.wait(timeout=0.5)
            assert app.returncode is None, f"the app quit: {app.communicate()[1][-3000:]}"
            window = window or _main_window(display)
            if window and (not can_grab or _painted(display, window[0], shot)):
                painted = True
                break
        assert window, "no Organiser window appeared on the X display"
        assert window[1] >= 800 and window[2] >= 500, window
        assert painted, "the window stayed blank"
    finally:
        app.terminate()
        try:
            app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.communicate()
        server.terminate()
        server.wait(timeout=20)


# ---------------------------------------------------------------- what is (not) inside


def test_only_the_qt_the_app_uses_is_bundled(built_app: BuiltApp) -> None:
    internal = built_app.folder / "_internal"
    bindings = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.abi3.so")}
    assert bindings == QT_MODULES
    libraries = [p.name for p in internal.rglob("*.so*")]
    unwanted = [n for n in libraries if any(n.startswith(("lib" + f, f)) for f in QT_FORBIDDEN)]
    assert not unwanted
    translations = internal / "PySide6" / "Qt" / "translations"
    if translations.is_dir():
        assert all(p.name.startswith("qtbase_th") for p in translations.iterdir())
    plugins = {
        f"{p.parent.name}/{p.name}" for p in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so")
    }
    assert "platforms/libqxcb.so" in plugins and "platforms/libqoffscreen.so" in plugins
    assert not any(p.startswith(("qmltooling/", "sqldrivers/", "designer/")) for p in plugins)
    mb = folder_mb(built_app.folder)
    assert mb < SIZE_LIMIT_MB, f"the app folder grew to {mb:.0f} MB"


def test_pythainlp_ships_only_what_newmm_reads(built_app: BuiltApp) -> None:
    corpus = built_app.folder / "_internal" / "pythainlp" / "corpus"
    data = {p.name for p in corpus.iterdir() if p.is_file()}
    assert data == PYTHAINLP_CORPUS


def test_resources_migrations_and_licence_are_bundled(built_app: BuiltApp) -> None:
    package = built_app.folder / "_internal" / "organiser"
    resources = package / "resources"
    assert (resources / "fonts" / "Sarabun-Regular.ttf").is_file()
    assert (resources / "fonts" / "OFL.txt").is_file()
    assert (resources / "icons" / "organiser.png").is_file()  # the window icon
    shipped_qm = {
        p.name
        for p in (ROOT / "resources" / "i18n").glob("*.qm")
        if p.stat().st_mtime < built_app.started
    }
    assert shipped_qm <= {p.name for p in (resources / "i18n").glob("*.qm")}
    versions = {p.name for p in (ROOT / "src/organiser/store/migrations/versions").glob("0*.py")}
    assert versions
    assert versions <= {p.name for p in (package / "store" / "migrations" / "versions").iterdir()}
    assert (package / "store" / "migrations" / "script.py.mako").is_file()


def test_xcb_libraries_a_fresh_desktop_may_lack_are_bundled(built_app: BuiltApp) -> None:
    internal = built_app.folder / "_internal"
    missing = [pkg for lib, pkg in XCB_LIBS.items() if not (internal / lib).is_file()]
    assert not missing, (
        "install these on the build machine so the app carries them: apt-get install -y "
        + " ".join(missing)
    )


# ---------------------------------------------------------------- install and uninstall


def test_tarball_installs_per_user_and_uninstall_keeps_the_data(
    built_app: BuiltApp, tmp_path: Path
) -> None:
    top = unpack(built_app.tarball, tmp_path / "unpacked")
    assert top.name == f"organiser-{built_app.version}-linux-x86_64"
    readme = (top / "README.txt").read_text("utf-8")
    assert f"Organiser {built_app.version}" in readme and "@" not in readme
    assert "glibc 2." in readme  # the oldest Linux it runs on, measured by the build
    home = tmp_path / "user"
    home.mkdir()
    env = built_app.env(home)
    installed = subprocess.run(
        ["sh", str(top / "install.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stderr
    share = home / ".local" / "share"
    app_dir = share / "organiser-app"
    desktop = share / "applications" / "organiser.desktop"
    icon = share / "icons" / "hicolor" / "256x256" / "apps" / "organiser.png"
    command = home / ".local" / "bin" / "organiser"
    assert desktop.is_file() and icon.is_file() and command.is_symlink()
    entry = desktop.read_text("utf-8")
    assert f'Exec="{app_dir / "organiser"}"' in entry
    assert "Icon=organiser" in entry
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr

    # The installed command works and keeps its data in the per-user folder.
    demo = subprocess.run(
        [*no_python_prefix(), str(command), "demo"], env=env, capture_output=True, text=True
    )
    assert demo.returncode == 0, demo.stderr
    database = share / "Organiser" / "organiser.sqlite3"
    assert database.is_file()

    removed = subprocess.run(
        ["sh", str(app_dir / "uninstall.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert removed.returncode == 0, removed.stderr
    assert not app_dir.exists() and not desktop.exists() and not icon.exists()
    assert not command.exists() and not command.is_symlink()
    assert database.is_file(), "uninstalling must keep the user's data"
    assert "Organiser" in removed.stdout


# ---------------------------------------------------------------- Windows (what can be checked here)


def test_windows_installer_script_installs_per_user_and_keeps_data() -> None:
    iss = (ROOT / "packaging" / "windows" / "organiser.iss").read_text("utf-8")
    settings = {
        line.split("=", 1)[0].strip(): line.split("=", 1)[1].strip()
        for line in iss.splitlines()
        if "=" in line and not line.lstrip().startswith((";", "#", "Source", "Name", "Type"))
    }
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith(("{autopf}", "{localappdata}")) or settings[
        "DefaultDirName"
    ].startswith("{userpf}")
    assert "{group}" in iss or "{userprograms}" in iss  # a Start-menu entry
    # The data folder (%LOCALAPPDATA%\Organiser) is never named for deletion.
    for section in ("[UninstallDelete]", "[InstallDelete]"):
        for body in iss.split(section)[1:]:
            lines = [ln for ln in body.split("\n[")[0].splitlines() if ln.startswith("Type:")]
            assert all("{app}" in ln for ln in lines), lines
    assert (ROOT / "packaging" / "icons" / "organiser.ico").is_file()
