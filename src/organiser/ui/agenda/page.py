"""The agenda editor of the current event: one tab per day, sessions edited in place with the
keyboard, conflicts on the row as they appear, rooms, people, copying from a previous event,
and the printed programme (preview, PDF, iCalendar, spreadsheet)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.core.progress import Progress
from organiser.core.thaidate import format_date, format_weekday
from organiser.domain.agenda import SessionKind
from organiser.domain.labels import label_of
from organiser.services.agenda.reading import SessionRow
from organiser.ui.agenda.delegates import ChoiceDelegate, TextDelegate, TimeDelegate
from organiser.ui.agenda.dialogs import RoomsDialog
from organiser.ui.agenda.documents import AgendaDocuments
from organiser.ui.agenda.editor import AgendaEditor
from organiser.ui.agenda.forms import AgendaForms
from organiser.ui.agenda.importing import AgendaImporting
from organiser.ui.agenda.model import (
    COL_CONFLICTS,
    COL_END,
    COL_KIND,
    COL_PEOPLE,
    COL_ROOM,
    COL_START,
    COL_TITLE,
    SessionsModel,
)
from organiser.ui.agenda.people_dialog import PeopleDialog
from organiser.ui.context import AppContext
from organiser.ui.widgets.table import EDIT_IN_PLACE, Widths, make_table


class AgendaPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = AgendaEditor(ctx, self)
        self.days: list[dt.date] = []
        self.models: list[SessionsModel] = []
        self.views: list[QTableView] = []
        # replaceable in tests: how a dialog is run, a file name asked, a file opened
        self.run_dialog: Callable[[QDialog], bool] = lambda d: (
            d.exec() == QDialog.DialogCode.Accepted
        )
        self.people_dialog: PeopleDialog | None = None  # while open (tests answer it)
        self.rooms_dialog: RoomsDialog | None = None
        self.forms = AgendaForms(self)
        self.documents = AgendaDocuments(self)
        self.ask_save_path: Callable[[str, str], Path | None] = self.documents.ask_save_path
        # returns False when the system has no program for the file
        self.open_file: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(p))
        )
        self.ask_to_save_instead: Callable[[], bool] = self.documents.ask_to_save_instead
        self._build()
        self.editor.loaded.connect(self._show_agenda)
        self.editor.conflicts_changed.connect(self._show_conflicts)
        self.editor.failed.connect(self._show_error)
        self.editor.message.connect(self._show_message)
        self.editor.exported.connect(self.documents.exported)
        ctx.event_changed.connect(self._event_changed)  # a method: dropped with the page
        ctx.data_changed.connect(self._data_changed)

    # ------------------------------------------------------------ keys

    def _own_action(self, event: QKeyEvent) -> QAction | None:
        keys = QKeySequence(event.keyCombination())
        return next((a for a in self.actions() if a.shortcut() == keys), None)

    def _clashes(self, action: QAction) -> bool:
        """Another action of the window has the same keys (Ctrl+N: New seminar)."""
        return any(
            other is not action and other.isEnabled() and other.shortcut() == action.shortcut()
            for other in self.window().findChildren(QAction)
        )

    def event(self, event: QEvent) -> bool:
        """While the focus is on this page its keys win over the window's: Ctrl+N adds a
        session here (the window's Ctrl+N makes a new seminar). Left to Qt, the two shortcuts
        would be ambiguous and neither would run. Keys nobody else uses stay plain shortcuts."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            action = self._own_action(event)
            if action is not None and self._clashes(action):
                event.accept()  # the key comes as a key press, to keyPressEvent below
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._own_action(event)
        if action is not None:
            if action.isEnabled():
                action.trigger()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ layout

    def _button(self, text: str, slot: Callable[[], None], shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if shortcut:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.setToolTip(
                QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            )
        return button

    def _build(self) -> None:
        self.title = QLabel(self.tr("Agenda"))
        self.title.setObjectName("pageTitle")
        self.event_label = QLabel()
        self.event_label.setObjectName("pageCount")
        self.event_label.setWordWrap(True)

        self.add_button = self._button(self.tr("Add session"), self.add_session, "Ctrl+N")
        self.duplicate_button = self._button(self.tr("Duplicate"), self.duplicate, "Ctrl+D")
        self.delete_button = self._button(self.tr("Delete"), self.delete, "Ctrl+Del")
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_session(-1), "Alt+Up")
        self.down_button = self._button(
            self.tr("Move down"), lambda: self.move_session(1), "Alt+Down"
        )
        self.day_button = QToolButton()
        self.day_button.setText(self.tr("Move to day"))
        self.day_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.day_menu = QMenu(self.day_button)
        self.day_button.setMenu(self.day_menu)
        self.people_button = self._button(self.tr("People…"), self.edit_people, "Ctrl+P")
        self.rooms_button = self._button(self.tr("Rooms…"), self.edit_rooms)
        self.copy_button = self._button(self.tr("Copy from previous event…"), self.copy_previous)
        self.importing = AgendaImporting(self)  # its menu button, and Ctrl+V on the table
        self.undo_button = self._button(self.tr("Undo delete"), self.editor.undo_delete, "Ctrl+Z")
        self.ripple = QCheckBox(self.tr("Later sessions move with a changed session"))
        self.ripple.setToolTip(
            self.tr(
                "When a session ends earlier or later, the sessions after it that day move too."
            )
        )
        self.ripple.toggled.connect(lambda on: setattr(self.editor, "ripple", on))

        tools = QHBoxLayout()
        for widget in (self.add_button, self.duplicate_button, self.delete_button, self.up_button,
                       self.down_button, self.day_button, self.people_button):  # fmt: skip
            tools.addWidget(widget)
        tools.addStretch()
        tools.addWidget(self.rooms_button)
        tools.addWidget(self.copy_button)
        tools.addWidget(self.importing.button)

        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed())
        self.empty = QLabel(self.tr("Choose an event to build its programme."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What happens in this session"))
        self.expected = QPlainTextEdit()
        self.expected.setPlaceholderText(self.tr("What the session should produce"))
        self.save_details_button = self._button(self.tr("Save details"), self.save_details)
        details = QGroupBox(self.tr("Details of the selected session"))
        grid = QHBoxLayout(details)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Description")))
        left.addWidget(self.description)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Expected output")))
        right.addWidget(self.expected)
        grid.addLayout(left)
        grid.addLayout(right)
        grid.addWidget(self.save_details_button, 0, Qt.AlignmentFlag.AlignBottom)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 150])
        details.setMaximumHeight(220)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.conflict_summary = QLabel()
        self.conflict_summary.setObjectName("conflictSummary")
        self.conflict_summary.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Thai"), "th")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.setCurrentIndex(0 if self.ctx.lang == "th" else 1)
        self.preview_button = self._button(self.tr("Preview PDF"), self.preview)
        self.pdf_button = self._button(self.tr("Export PDF…"), lambda: self.export("pdf"))
        self.ics_button = self._button(self.tr("Export iCalendar…"), lambda: self.export("ics"))
        self.xlsx_button = self._button(self.tr("Export spreadsheet…"), lambda: self.export("xlsx"))
        self.booklet_button = self._button(self.tr("Booklet PDF…"), self.export_booklet)
        self.booklet_button.setToolTip(
            self.tr("Cover, objectives, the programme, speakers and the participants by province")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.ripple)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.conflict_summary, 1)
        # the documents in a row of their own: beside the editing controls they made the page
        # wider than a 1366-pixel laptop screen
        documents = QHBoxLayout()
        documents.addStretch(1)
        documents.addWidget(QLabel(self.tr("Document language")))
        for tail in (self.lang, self.preview_button, self.pdf_button, self.ics_button,
                       self.xlsx_button, self.booklet_button):  # fmt: skip
            documents.addWidget(tail)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.event_label, 1)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addLayout(documents)
        layout.addWidget(self.status)
        self.body = splitter
        self._update_enabled()

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.editor.load(self.ctx.current_event_id)

    def _event_changed(self, event_id: str) -> None:
        self.editor.load(event_id)

    def _data_changed(self, area: str) -> None:
        if area in (Area.ALL, Area.PEOPLE, Area.EVENTS) and not self.editor.busy:
            self.reload()

    def _show_agenda(self) -> None:
        agenda = self.editor.agenda
        keep = self.editor.focus_id or self.current_session_id()
        self.editor.focus_id = None
        self.empty.setVisible(agenda is None)
        self.body.setVisible(agenda is not None)
        if agenda is None:
            self.event_label.clear()
            self.tabs.clear()
            self.days, self.models, self.views = [], [], []
            self._update_enabled()
            return
        self.event_label.setText(agenda.event.title)
        if agenda.days != self.days:
            self._build_tabs(agenda.days)
        for day, model in zip(self.days, self.models, strict=True):
            model.update_rows(agenda.on(day), agenda.conflicts, agenda.rooms)
        self.day_menu.clear()
        for day in self.days:
            action = self.day_menu.addAction(self._day_label(day))
            action.triggered.connect(lambda _c=False, d=day: self.move_to_day(d))
        if keep and keep != self.current_session_id():
            self.select_session(keep)
        self._show_conflicts()
        self._update_enabled()

    def _day_label(self, day: dt.date) -> str:
        return f"{format_weekday(day, self.ctx.lang)} {format_date(day, 'short', self.ctx.lang)}"

    def _build_tabs(self, days: list[dt.date]) -> None:
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.days, self.models, self.views = list(days), [], []
        lang = self.ctx.lang
        for day in days:
            model = SessionsModel(lang, self)
            model.edit_requested.connect(
                lambda sid, changes, m=model: self._edited(m, sid, changes)
            )
            view = make_table(
                model,
                sortable=False,
                alternating=False,
                single=True,
                edit=EDIT_IN_PLACE,
                wrap=True,
                widths=Widths.CONTENTS,
                stretch=COL_TITLE,
            )
            header = view.horizontalHeader()
            header.setSectionResizeMode(COL_PEOPLE, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(COL_CONFLICTS, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COL_PEOPLE, 220)
            header.resizeSection(COL_CONFLICTS, 240)
            time_delegate = TimeDelegate(lang, view)
            view.setItemDelegateForColumn(COL_START, time_delegate)
            view.setItemDelegateForColumn(COL_END, time_delegate)
            view.setItemDelegateForColumn(COL_KIND, ChoiceDelegate(self._kind_options, view))
            view.setItemDelegateForColumn(COL_ROOM, ChoiceDelegate(self._room_options, view))
            view.setItemDelegateForColumn(COL_TITLE, TextDelegate(view))
            view.activated.connect(self._activated)
            view.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())
            label = self._day_label(day)
            if self.editor.agenda and not (
                self.editor.agenda.event.starts_on <= day <= self.editor.agenda.event.ends_on
            ):
                label = "⚠ " + label
            self.tabs.addTab(view, label)
            self.models.append(model)
            self.views.append(view)
        if 0 <= current < len(days):
            self.tabs.setCurrentIndex(current)

    def _kind_options(self) -> list[tuple[str, str]]:
        return [(k.value, label_of(SessionKind, k.value)) for k in SessionKind]

    def _room_options(self) -> list[tuple[str, str]]:
        rooms = self.editor.agenda.rooms if self.editor.agenda else ()
        return [("", self.tr("(no room)"))] + [(r.id, r.name) for r in rooms]

    # ------------------------------------------------------------ selection

    def current_view(self) -> QTableView | None:
        index = self.tabs.currentIndex()
        return self.views[index] if 0 <= index < len(self.views) else None

    def current_session(self) -> SessionRow | None:
        view = self.current_view()
        if view is None:
            return None
        index = view.currentIndex()
        model = self.models[self.tabs.currentIndex()]
        if not index.isValid() or index.row() >= model.rowCount():
            return None
        return model.row_at(index.row())

    def current_session_id(self) -> str | None:
        row = self.current_session()
        return row.id if row else None

    def select_session(self, session_id: str, column: int = COL_TITLE) -> None:
        for tab, model in enumerate(self.models):
            row = model.row_of(session_id)
            if row >= 0:
                self.tabs.setCurrentIndex(tab)
                view = self.views[tab]
                view.setCurrentIndex(model.index(row, column))
                view.scrollTo(model.index(row, column))
                return

    def _selection_changed(self) -> None:
        row = self.current_session()
        self.description.setPlainText(row.description if row else "")
        self.expected.setPlainText(row.expected_output if row else "")
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_event = self.editor.agenda is not None
        has_row = self.current_session() is not None
        for widget in (self.duplicate_button, self.delete_button, self.up_button,
                       self.down_button, self.day_button, self.people_button,
                       self.save_details_button, self.description, self.expected):  # fmt: skip
            widget.setEnabled(has_row)
        for control in (self.add_button, self.rooms_button, self.copy_button, self.importing.button,
                        self.preview_button, self.pdf_button, self.ics_button, self.xlsx_button,
                        self.booklet_button, self.ripple):  # fmt: skip
            control.setEnabled(has_event)
        self.undo_button.setVisible(self.editor.last_deleted is not None)

    def _show_conflicts(self) -> None:
        agenda = self.editor.agenda
        if agenda is None:
            return
        for day, model in zip(self.days, self.models, strict=True):
            model.update_rows(agenda.on(day), agenda.conflicts, agenda.rooms)
        count = len(agenda.conflicts)
        self.conflict_summary.setText(
            self.tr("Sessions with a conflict: {n}").format(n=count) if count else ""
        )

    # ------------------------------------------------------------ actions

    def _edited(self, model: SessionsModel, session_id: str, changes: dict[str, Any]) -> None:
        self.editor.edit(session_id, changes, model.apply)

    def _activated(self, index: QModelIndex) -> None:
        if index.column() == COL_PEOPLE:
            self.edit_people()

    def add_session(self) -> None:
        if not self.days:
            return
        day = self.days[max(self.tabs.currentIndex(), 0)]
        self.editor.add(day, self.tr("New session"))

    def duplicate(self) -> None:
        if (session_id := self.current_session_id()) is not None:
            self.editor.duplicate(session_id)

    def delete(self) -> None:
        if (session_id := self.current_session_id()) is not None:
            self.editor.delete(session_id)

    def move_session(self, step: int) -> None:
        if (session_id := self.current_session_id()) is not None:
            self.editor.move(session_id, step)

    def move_to_day(self, day: dt.date) -> None:
        if (session_id := self.current_session_id()) is not None:
            self.editor.move_to_day(session_id, day)

    def save_details(self) -> None:
        if (session_id := self.current_session_id()) is not None:
            self.editor.save_details(
                session_id, self.description.toPlainText(), self.expected.toPlainText()
            )

    # ------------------------------------------------------------ forms and documents
    def edit_people(self) -> None:
        self.forms.edit_people()

    def edit_rooms(self) -> None:
        self.forms.edit_rooms()

    def copy_previous(self) -> None:
        self.forms.copy_previous()

    def document_lang(self) -> str:
        return str(self.lang.currentData())

    def export(self, fmt: str) -> None:
        self.documents.export(fmt)

    def export_booklet(self, target: Path | None = None) -> None:
        self.documents.export_booklet(target)

    def preview(self) -> None:
        self.documents.preview()

    # ------------------------------------------------------------ messages

    def _show_message(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.ctx.status_message.emit(text)
        self._update_enabled()

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet("color: #9b1c1c;")
        self.status.setText(text)
        self.ctx.status_message.emit(text)


def _warm_up(_p: Progress) -> None:
    """Load the Thai dictionary and the PDF engine (a few seconds, once) before the first
    preview is asked for, so that it opens at once."""
    from organiser.services.agenda.reports import warm_up_printing

    warm_up_printing()


def create_page(ctx: AppContext) -> QWidget:
    page = AgendaPage(ctx)
    page.reload()
    ctx.tasks.run(_warm_up, owner=page)
    return page
