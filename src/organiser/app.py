"""Builds the QApplication, its fonts and translations, and the main window; nothing else."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from organiser.core import paths
from organiser.core.i18n import current_language, set_language, system_language
from organiser.core.notices import Area
from organiser.services import settings as settings_service
from organiser.store import backup as backup_store
from organiser.store.db import Store

APP_FONT = "Sarabun"
GUI_SWITCH_INTERVAL_S = 0.001
LISTEN_AFTER_MS = 1000  # a later start of the app brings this window forward from then on
HUB_AFTER_MS = 3000  # the window first: the hub's exchange starts once it is shown
_translators: list[QTranslator] = []


def load_fonts() -> str:
    """Sarabun for every screen: Thai shaped the same on every office laptop."""
    family = ""
    for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "Sarabun-Italic.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(paths.font_path(name)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def install_translations(app: QApplication, lang: str) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    set_language(lang)
    if lang == "en":
        return
    folder = paths.resources_dir() / "i18n"
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _translators.append(translator)
    qt_translator = QTranslator(app)
    if qt_translator.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)


def start_qt(argv: list[str]) -> QApplication:
    """The QApplication; when Qt cannot open a window (no display, a system library missing)
    it says so in one sentence and exits with code 2, instead of Qt's abort."""
    said: list[str] = []

    def on_message(kind: QtMsgType, _where: QMessageLogContext, message: str) -> None:
        said.append(message)
        if kind == QtMsgType.QtFatalMsg:
            from organiser.core.window_problems import cannot_open_window

            print(cannot_open_window("\n".join(said)), file=sys.stderr, flush=True)
            os._exit(2)  # Qt aborts after a fatal message returns: leave first, with our word

    previous = qInstallMessageHandler(on_message)
    try:
        app = QApplication(argv)
    finally:
        qInstallMessageHandler(previous)
    for message in said:  # Qt's warnings of a start that worked are still shown
        print(message, file=sys.stderr)
    return app


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or start_qt(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Organiser")
    app.setOrganizationName("Organiser")
    # Workers hand the interpreter lock back every millisecond instead of every five: the GUI
    # thread needs it for each call into Python while it paints (every cell of a table), and
    # waiting up to 5 ms each time for a worker that is loading rows made frames of 100 ms.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(10.5)
        app.setFont(font)
    style = Path(__file__).parent / "ui" / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = paths.resources_dir() / "icons" / "organiser.png"
    if icon.is_file():  # title bar and taskbar (on Windows Qt does not use the .exe's icon)
        app.setWindowIcon(QIcon(str(icon)))
    return app


def choose_language(store: Store, requested: str | None) -> str:
    if requested:
        return requested
    with store.reader() as uow:
        saved = settings_service.get(uow, settings_service.LANGUAGE)
    return saved or system_language()


class Session:
    """The running app: one store, one main window (rebuilt when the language changes)."""

    def __init__(self, app: QApplication, store: Store, lang: str) -> None:
        from organiser.ui.context import AppContext

        self.app = app
        self.store = store
        install_translations(app, lang)
        self.ctx = AppContext(store)
        from organiser.ui.sync.hub_exchanger import HubExchanger

        # the regional hub (issue 15): exchanges in the background while the app runs
        self.hub_exchanger = HubExchanger(self.ctx)
        self.window: Any = None
        self.build_window()

    def build_window(self) -> None:
        from organiser.ui.main_window import MainWindow

        old = self.window
        place = old.current_area_key() if old is not None else ""
        self.window = MainWindow(self.ctx)
        self.window.language_change_requested.connect(self.switch_language)
        if old is not None:  # the new window where the old one was, maximised if it was
            if old.isMaximized():
                self.window.setWindowState(Qt.WindowState.WindowMaximized)
            else:
                self.window.setGeometry(old.geometry())
            old.hide()
            old.deleteLater()
        self.window.show()
        self.window.start()
        if place:  # a language switch keeps the user where they were
            self.window.show_area(place)

    def listen_for_later_starts(self) -> None:
        """A later start on the same data folder brings this window forward (see
        ui.safety.instance) instead of being told the folder is in use."""
        from organiser.ui.safety.instance import ActivationServer

        self.activation = ActivationServer(self.store.data_dir, self.app)
        self.activation.show_requested.connect(self.bring_forward)

    def bring_forward(self) -> None:
        window = self.window
        if window is None:
            return
        state = window.windowState() & ~Qt.WindowState.WindowMinimized
        window.setWindowState(state | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()

    def switch_language(self, lang: str) -> None:
        install_translations(self.app, lang or system_language())
        self.build_window()

    def first_start(self) -> None:
        from organiser.ui.first_start import FirstStartDialog, WayIn

        with self.store.reader() as uow:
            office = settings_service.office(uow)
        if office.is_set:
            return
        shown_in = current_language()
        dialog = FirstStartDialog(self.window)
        dialog.language_chosen.connect(lambda lang: install_translations(self.app, lang))
        dialog.exec()
        language = dialog.chosen_language()
        with self.store.writer() as uow:
            if dialog.office_name():
                settings_service.set_office(uow, dialog.office_name(), dialog.office_province())
            settings_service.put(uow, settings_service.LANGUAGE, language)
            uow.commit()
        if language != shown_in:
            self.switch_language(language)  # the window is rebuilt in the chosen language
        self.ctx.changed(Area.SETTINGS)
        if dialog.choice is WayIn.DEMO:
            self.window.load_demo()
        elif dialog.choice is WayIn.CREATE_EVENT:
            self.window.create_event()
        elif dialog.choice is WayIn.IMPORT_LIST:
            self.window.import_list()

    def backup_if_due(self) -> None:
        store = self.store
        if not backup_store.backup_due(store):
            return

        def work(_p: Any) -> backup_store.BackupInfo | None:
            with store.reader() as uow:
                from organiser.services.home.overview import counts

                if counts(uow).is_empty:
                    return None
            return backup_store.make_backup(store, "daily")

        self.ctx.tasks.run(
            work, lambda _info: self.window.refresh_backup_label(), lambda _e: None, write=True
        )


def run_app(data_dir: str | None = None, lang: str | None = None) -> int:
    app = make_application()
    folder = paths.resolve_data_dir(data_dir)
    # Safety area (issue #8): one copy per data folder, the cloud-folder warning, and recovery
    # from a damaged or missing database, before any window opens.
    from organiser.ui.safety.startup import ShownElsewhere, backup_on_quit, open_data_folder

    install_translations(app, lang or system_language())
    from organiser.ui.safety.error_dialog import ErrorReporter

    errors = ErrorReporter(folder, app)  # an unexpected error is logged and shown, not lost
    errors.install()
    try:
        opened = open_data_folder(folder)
    except ShownElsewhere:
        return 0  # a copy already had this folder open and has come forward
    if opened is None:
        return 2
    store, folder_lock = opened
    session = Session(app, store, choose_language(store, lang))
    QTimer.singleShot(0, session.first_start)
    QTimer.singleShot(LISTEN_AFTER_MS, session.listen_for_later_starts)
    QTimer.singleShot(2000, session.backup_if_due)
    QTimer.singleShot(HUB_AFTER_MS, session.hub_exchanger.start)
    if os.environ.get("ORGANISER_EXIT_WHEN_IDLE") == "1":  # benchmarks only: see below
        exit_when_idle(app, session)
    code = app.exec()
    session.hub_exchanger.stop()  # an exchange under way finishes its file first
    session.ctx.tasks.wait_idle()
    if (store.data_dir / paths.DB_NAME).exists():  # not after "Leave and forget" erased it
        backup_on_quit(store)  # safety (issue #8): a verified backup when data changed
    store.dispose()
    folder_lock.release()
    errors.uninstall()
    return int(code)


# --- benchmarks only (benchmarks/app_measures.py): ORGANISER_EXIT_WHEN_IDLE=1 makes the app
# print a marker and quit once the window is shown, its first loads are done and the event loop
# has nothing left to do, so start-up can be timed from outside the process.
IDLE_MARKER = "ORGANISER_SHOWN_AND_IDLE"


def exit_when_idle(app: QApplication, session: Session) -> None:
    def check() -> None:
        if session.window.isVisible() and not session.ctx.tasks.busy:
            print(IDLE_MARKER, flush=True)
            app.quit()
        else:
            QTimer.singleShot(2, check)

    QTimer.singleShot(0, check)


__all__ = ["Session", "current_language", "make_application", "run_app"]
