"""The main window: one place per area, the current seminar, menus and the status bar."""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import platform
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import organiser
from organiser.core.errors import UserError
from organiser.core.notices import Area as Part
from organiser.core.thaidate import format_date_range, format_moment
from organiser.services import settings as settings_service
from organiser.services.events import reading as events_service
from organiser.services.safety import startup as backups
from organiser.services.safety.autobackup import (
    AUTO_BACKUP_EVERY,
    BulkChange,
    backup_if_changed,
)
from organiser.ui.context import AppContext
from organiser.ui.home.page import HomePage
from organiser.ui.widgets.columns import fit_columns_to_screen
from organiser.ui.writing import run_write

# Pages built while the window is idle after start-up, so that opening them is quick; their
# data is read only when they are first shown.
PREPARED_AREAS = ("people", "desk", "agenda", "memoranda", "plans", "sync")
PREPARE_AFTER_MS = 250  # after start-up, once the start page's loads are done
WINDOW_SIZE = QSize(1280, 800)
PREPARE_PAUSE_MS = 15
FIRST_LOAD_AFTER_MS = 5


def _import(module: str) -> None:
    importlib.import_module(module)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    module: str  # a module with create_page(ctx) -> QWidget
    shortcut: str


def areas() -> list[Area]:
    return [
        Area("home", tr("Start"), "", "Ctrl+1"),
        Area("events", tr("Seminars"), "organiser.ui.events.page", "Ctrl+2"),
        Area("people", tr("People"), "organiser.ui.people.page", "Ctrl+3"),
        Area("desk", tr("Venue desk"), "organiser.ui.desk.page", "Ctrl+4"),
        Area("agenda", tr("Agenda"), "organiser.ui.agenda.page", "Ctrl+5"),
        Area("memoranda", tr("Memoranda"), "organiser.ui.memoranda.page", "Ctrl+6"),
        Area("plans", tr("Follow-up plans"), "organiser.ui.plans.page", "Ctrl+7"),
        Area("sync", tr("Sync"), "organiser.ui.sync.page", "Ctrl+8"),
    ]


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("Organiser"))
        self.fit_to_screen()
        self.areas = areas()
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        for area in self.areas:
            item = QListWidgetItem(area.title)
            item.setToolTip(f"{area.title} ({area.shortcut})")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
        self.nav.currentRowChanged.connect(self._show_area)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._not_loaded: set[str] = set()  # pages built ahead of time, not yet shown
        self._prepare_steps: list[Callable[[], None]] = []
        self.home = HomePage(ctx)
        self.home.create_event_requested.connect(self.create_event)
        self.home.demo_requested.connect(self.load_demo)
        self.home.import_requested.connect(self.import_list)
        self.home.area_requested.connect(self.show_area)
        self._install_page("home", self.home)

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        ctx.data_changed.connect(self._on_data_changed)
        ctx.event_changed.connect(self._on_event_changed)
        # a backup while there are changes since the last one (see services.safety.autobackup)
        self.auto_backup_timer = QTimer(self)
        self.auto_backup_timer.setInterval(int(AUTO_BACKUP_EVERY.total_seconds() * 1000))
        self.auto_backup_timer.timeout.connect(self.backup_if_changed)
        self.auto_backup_timer.start()
        self._auto_backup_running = False
        ctx.status_message.connect(self._show_status)
        # writes made underneath the window (a command-line check-in, another desk's changes)
        from organiser.ui.database_watch import DatabaseWatch

        self.database_watch = DatabaseWatch(ctx, self)
        self.nav.setCurrentRow(0)

    # ------------------------------------------------------------ structure
    def _install_page(self, key: str, page: QWidget) -> None:
        index = [a.key for a in self.areas].index(key)
        old = self.stack.widget(index)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.insertWidget(index, page)
        self.pages[key] = page

    def page(self, key: str) -> QWidget:
        """The page of an area, built (and its data loaded) the first time it is asked for."""
        if key not in self.pages:
            self._create_page(key)
        if key in self._not_loaded:
            self._not_loaded.discard(key)
            fit_columns_to_screen(self.pages[key])  # and the tables its build steps added
            reload: Callable[[], None] | None = getattr(self.pages[key], "reload", None)
            if reload is not None:
                # after the page's first paint, not in the same turn of the event loop
                QTimer.singleShot(FIRST_LOAD_AFTER_MS, reload)
        return self.pages[key]

    def _create_page(self, key: str) -> None:
        area = next(a for a in self.areas if a.key == key)
        module = importlib.import_module(area.module)
        self._install_page(key, module.create_page(self.ctx))
        self._not_loaded.add(key)
        fit_columns_to_screen(self.pages[key])

    @property
    def preparing(self) -> bool:
        """Pages are still being built ahead of time (see PREPARED_AREAS)."""
        return bool(self._prepare_steps)

    def _prepare_next(self) -> None:
        """One short step of building the pages opened most (PREPARED_AREAS) while the window
        is idle after start-up: a page's module, its widgets (in the page's own steps), a
        first paint off screen, each in its own turn of the event loop. Its data is read only
        when it is first shown."""
        if not self._prepare_steps:
            return
        if not self.ctx.tasks.busy:  # only while the app has nothing else to do
            self._prepare_steps.pop(0)()
        QTimer.singleShot(PREPARE_PAUSE_MS, self._prepare_next)

    def _create_page_unless_there(self, key: str) -> None:
        if key not in self.pages:
            self._create_page(key)

    def _prepare_steps_for(self, keys: tuple[str, ...]) -> list[Callable[[], None]]:
        steps: list[Callable[[], None]] = []
        for key in keys:
            area = next(a for a in self.areas if a.key == key)
            steps.append(partial(_import, area.module))
            steps.append(partial(self._create_page_unless_there, key))
            steps.append(partial(self._advance_page, key))
            steps.append(partial(self._paint_off_screen, key))
        return steps

    def _paint_off_screen(self, key: str) -> None:
        """Paint a page built ahead of time once, off screen: it is then styled and laid out,
        and the glyphs of its labels are cached, so showing it is a plain repaint."""
        if key in self._not_loaded:
            self.pages[key].grab()

    def _advance_page(self, key: str) -> None:
        """One step of a page that builds itself in steps (`build_step`), until it is done."""
        build_step: Callable[[], bool] | None = getattr(self.pages.get(key), "build_step", None)
        if build_step is not None and build_step():
            self._prepare_steps.insert(0, lambda: self._advance_page(key))

    def show_area(self, key: str) -> QWidget:
        index = [a.key for a in self.areas].index(key)
        self.nav.setCurrentRow(index)
        return self.page(key)

    def current_area_key(self) -> str:
        row = self.nav.currentRow()
        return self.areas[row].key if 0 <= row < len(self.areas) else ""

    def _show_area(self, index: int) -> None:
        if index < 0:
            return
        key = self.areas[index].key
        page = self.page(key)
        self.stack.setCurrentWidget(page)

    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Seminar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(tr("Seminar:") + " "))
        self.event_combo = QComboBox()
        self.event_combo.setMinimumWidth(480)
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        bar.addWidget(self.event_combo)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        new_event = QAction(tr("New seminar…"), self)
        new_event.setShortcut(QKeySequence.StandardKey.New)
        new_event.triggered.connect(self.create_event)
        file_menu.addAction(new_event)
        open_folder = QAction(tr("Open data folder"), self)
        open_folder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))
        )
        file_menu.addAction(open_folder)
        self.backup_action = QAction(tr("Back up now"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(self.backup_now)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        settings_action = QAction(tr("Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = menu.addMenu(tr("&View"))
        for area in self.areas:
            action = QAction(area.title, self)
            action.setShortcut(QKeySequence(area.shortcut))
            action.triggered.connect(lambda _c=False, k=area.key: self.show_area(k))
            view_menu.addAction(action)
            self.addAction(action)

        help_menu = menu.addMenu(tr("&Help"))
        about = QAction(tr("About Organiser"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        # Safety area (issue #8): File → Restore…, Erase a person's data…; Help → Personal data log…
        from organiser.ui.safety.menu import install_safety_actions

        install_safety_actions(self, file_menu, help_menu)
        # Sync (issue #13): File → Send changes…, Receive changes…, before Settings
        from organiser.ui.sync.menu import SyncMenu

        self.sync_menu = SyncMenu(self.ctx, self, file_menu, settings_action)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.backup_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.db_label.setText(tr("Database: {path}").format(path=self.ctx.store.path))
        self.read_only_label: QLabel | None = None
        if self.ctx.store.read_only:
            # the folder cannot be written: say so for as long as the window is open
            self.read_only_label = QLabel(tr("Read-only: nothing can be changed"))
            self.read_only_label.setObjectName("readOnly")
            self.read_only_label.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.read_only_label.setToolTip(
                tr(
                    "The data folder {folder} cannot be written to: you can look at everything, "
                    "but nothing can be changed or saved."
                ).format(folder=self.ctx.store.data_dir)
            )
            self.statusBar().insertPermanentWidget(0, self.read_only_label)
        self.refresh_backup_label()

    # ------------------------------------------------------------ state
    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refresh_backup_label(self) -> None:
        last = backups.last_backup(self.ctx.store)
        if last is None:
            self.backup_label.setText(tr("No backup yet"))
        else:
            self.backup_label.setText(
                tr("Last backup: {when}").format(when=format_moment(last.made_at, self.ctx.lang))
            )

    def reload_events(self) -> None:
        store = self.ctx.store

        def work(_p: Any) -> tuple[list[events_service.EventRow], str]:
            with store.reader() as uow:
                return events_service.list_events(uow), settings_service.get(
                    uow, settings_service.CURRENT_EVENT
                )

        self._events_generation = getattr(self, "_events_generation", 0) + 1
        generation = self._events_generation

        def fill(result: tuple[list[events_service.EventRow], str]) -> None:
            if generation == self._events_generation:  # drop a list that is already stale
                self._fill_events(result)

        self.ctx.tasks.run(work, fill, owner=self)

    def _fill_events(self, result: tuple[list[events_service.EventRow], str]) -> None:
        rows, saved = result
        wanted = self.ctx.current_event_id or saved
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for row in rows:
            dates = format_date_range(row.starts_on, row.ends_on, self.ctx.lang, "short")
            label = f"{row.title} ({dates})"
            if row.cancelled:
                label = tr("{seminar} · cancelled").format(seminar=label)
            self.event_combo.addItem(label, row.id)
        index = self.event_combo.findData(wanted) if wanted else -1
        if index < 0 and rows:
            index = 0
        self.event_combo.setCurrentIndex(index)
        self.event_combo.blockSignals(False)
        before = self.ctx.current_event_id
        self.ctx.set_current_event(str(self.event_combo.currentData() or ""))
        if self.ctx.current_event_id == before:  # a new event reloads the start page itself
            self.home.reload()

    def _event_chosen(self, index: int) -> None:
        event_id = str(self.event_combo.itemData(index) or "")
        self.ctx.set_current_event(event_id)
        run_write(
            self.ctx,
            lambda uow: settings_service.put(uow, settings_service.CURRENT_EVENT, event_id),
        )

    def _on_event_changed(self, event_id: str) -> None:
        index = self.event_combo.findData(event_id)
        if index >= 0 and index != self.event_combo.currentIndex():
            self.event_combo.blockSignals(True)
            self.event_combo.setCurrentIndex(index)
            self.event_combo.blockSignals(False)

    def _on_data_changed(self, area: str) -> None:
        self.refresh_backup_label()  # a bulk change made a backup before it
        if area in (Part.ALL, Part.EVENTS):
            self.reload_events()

    # ------------------------------------------------------------ actions
    def create_event(self) -> None:
        from organiser.ui.events.page import create_event_interactively

        create_event_interactively(self.ctx, self)

    def load_demo(self) -> None:
        from organiser.services.demo import build_demo

        def done(event_id: str) -> None:
            self.ctx.current_event_id = event_id
            self.ctx.changed(Part.ALL)
            self.statusBar().showMessage(tr("The demo seminar is ready."), 8000)

        run_write(
            self.ctx,
            lambda uow: build_demo(uow, force=True).event_id,
            done,
            show=lambda text: QMessageBox.warning(self, tr("Organiser"), text),
            backup_first=BulkChange.DEMO,  # the demo goes beside data already there
        )

    def import_list(self) -> None:
        page = self.show_area("people")
        start = getattr(page, "start_import", None)
        if start is not None:
            start()
        else:
            QMessageBox.information(
                self, tr("Import"), tr("Importing invitation lists is not available yet.")
            )

    def backup_now(self) -> None:
        store = self.ctx.store
        self.backup_action.setEnabled(False)

        def done(info: backups.BackupInfo) -> None:
            self.backup_action.setEnabled(True)
            self.refresh_backup_label()
            self.statusBar().showMessage(tr("Backup saved: {path}").format(path=info.path), 8000)

        def failed(exc: BaseException) -> None:
            self.backup_action.setEnabled(True)
            self.show_error(exc)

        self.ctx.tasks.run(
            lambda _p: backups.make_backup(store, "manual"), done, failed, write=True
        )

    def backup_if_changed(self) -> None:
        """The timer's backup: made off the GUI thread when anything changed since the last
        one; a failure is said in the status bar (the data itself is safe in the database)."""
        store = self.ctx.store
        if self._auto_backup_running or not backups.changed_since_backup(store):
            return
        self._auto_backup_running = True

        def done(info: backups.BackupInfo | None) -> None:
            self._auto_backup_running = False
            if info is not None:
                self.refresh_backup_label()

        def failed(exc: BaseException) -> None:
            self._auto_backup_running = False
            reason = exc.message if isinstance(exc, UserError) else str(exc)
            self.statusBar().showMessage(
                tr("The automatic backup failed: {reason}").format(reason=reason), 15_000
            )

        self.ctx.tasks.run(lambda _p: backup_if_changed(store), done, failed, write=True)

    def open_settings(self) -> None:
        from organiser.ui.settings_dialog import SettingsDialog

        with self.ctx.store.reader() as uow:
            office = settings_service.office(uow)
            desk = settings_service.get(uow, settings_service.DESK_NAME)
            language = settings_service.get(uow, settings_service.LANGUAGE)
        dialog = SettingsDialog(office.name, office.province, desk, language, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        with self.ctx.store.writer() as uow:
            settings_service.set_office(uow, values["office"], values["province"])
            settings_service.put(uow, settings_service.DESK_NAME, values["desk"])
            settings_service.put(uow, settings_service.LANGUAGE, values["language"])
            uow.commit()
        self.ctx.changed(Part.SETTINGS)
        self.home.reload()
        if values["language"] != language:
            self.language_change_requested.emit(values["language"])

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About Organiser"),
            tr(
                "<b>Organiser</b> {version}<br>Seminars of community financial organisations, "
                "from invitation to follow-up.<br><br>Qt {qt} · PySide6 {pyside} · Python {python} · "
                "SQLite {sqlite}<br>Data folder: {folder}<br>Sarabun font: SIL Open Font License 1.1"
            ).format(
                version=organiser.__version__,
                qt=qVersion(),
                pyside=PySide6.__version__,
                python=platform.python_version(),
                sqlite=sqlite3.sqlite_version,
                folder=self.ctx.data_dir,
            ),
        )

    def show_error(self, exc: BaseException) -> None:
        message = (
            exc.message
            if isinstance(exc, UserError)
            else tr("Something went wrong: {error}").format(error=exc)
        )
        QMessageBox.warning(self, tr("Organiser"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.remind_end_of_day():
            event.ignore()
            return
        self.database_watch.stop()
        self.ctx.tasks.wait_idle(10_000)
        super().closeEvent(event)

    def remind_end_of_day(self) -> bool:
        """Quitting with a seminar open at the desk: say which other desks' check-ins of the
        day this laptop has not received. False: the window stays open (to receive them)."""
        from organiser.ui.sync.end_of_day import find_not_received, reminder_for_quitting

        desk = getattr(self.pages.get("desk"), "desk", None)
        seminar, day = (desk.controller.seminar, desk.controller.day) if desk else (None, None)
        if seminar is None or day is None:
            return True
        try:
            desks = find_not_received(self.ctx.store, seminar.id, day)
        except Exception:  # a database being replaced: nothing to remind of then
            return True
        if not desks:
            return True
        choice = reminder_for_quitting(desks, self.ctx.lang, self)
        if choice == "receive":
            self.sync_menu.change_files.receive_changes()
        return choice == "quit"

    def fit_to_screen(self) -> None:
        """1280×800 where it fits; on a smaller screen (a 1366×768 laptop) the whole of it,
        maximised, so that the status bar and its messages are never below the screen's edge."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        frame = QSize(16, 48)  # title bar and borders, which the window's size leaves out
        if room.width() >= WINDOW_SIZE.width() + frame.width() and (
            room.height() >= WINDOW_SIZE.height() + frame.height()
        ):
            self.resize(WINDOW_SIZE)
            return
        self.resize(
            min(WINDOW_SIZE.width(), room.width() - frame.width()),
            min(WINDOW_SIZE.height(), room.height() - frame.height()),
        )
        self.move(room.topLeft())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def start(self) -> None:
        self.reload_events()
        self.database_watch.start()
        self.home.today = dt.date.today()
        self._prepare_steps = self._prepare_steps_for(PREPARED_AREAS)
        QTimer.singleShot(PREPARE_AFTER_MS, self._prepare_next)
        # What exists now (modules, models, this window) lives as long as the process: set it
        # aside from the garbage collector, whose full passes over it took ~60 ms, a frozen
        # window, every few hundred scrolled pages.
        gc.freeze()
