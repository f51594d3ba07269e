"""Desk mode: a large, keyboard-first check-in screen for the current event."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.core.provinces import province_label
from organiser.core.thaidate import format_date, format_time_range, format_weekday
from organiser.core.thaitext import format_phone, split_full_name
from organiser.domain.desk import CheckInMethod, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.services import settings as settings_service
from organiser.services.desk import editing as desk_checkin
from organiser.services.desk import exports as desk_exports
from organiser.services.desk.editing import CheckInResult, Duplicate, UndoResult, WalkIn
from organiser.services.desk.reading import (
    DeskCounts,
    DeskEvent,
    DeskMatch,
    RegistrationRow,
    SessionChoice,
)
from organiser.services.sync.desks import DeskNotReceived
from organiser.services.sync.walk_in_pairs import WalkInPair
from organiser.ui.context import AppContext
from organiser.ui.desk.check_ins import CheckInsDialog
from organiser.ui.desk.controller import DeskController
from organiser.ui.desk.exports import ExportDialog
from organiser.ui.desk.walk_in import WalkInDialog
from organiser.ui.desk.walk_in_pairs import WalkInPairsDialog
from organiser.ui.desk.widgets import (
    DESK_STYLE,
    ConfirmationPanel,
    MatchList,
    SearchField,
    desk_table,
)
from organiser.ui.sync.end_of_day import EndOfDayReminder
from organiser.ui.widgets.table import Column, RowsModel


class DeskView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskView")
        self.setStyleSheet(DESK_STYLE)
        self.ctx = ctx
        self.controller = DeskController(ctx, self)
        self.walk_in_dialog: WalkInDialog | None = None
        self.desk_dialog: QInputDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.check_ins_dialog: CheckInsDialog | None = None
        self._asked_desk_name = False
        lang = ctx.lang

        # --- top row: day, session, desk, actions
        self.event_title = QLabel()
        self.event_title.setObjectName("deskEventTitle")
        self.event_title.setWordWrap(True)
        self.day = QComboBox()
        self.day.setObjectName("deskDay")
        self.day.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.day.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day.currentIndexChanged.connect(self._day_chosen)
        self.session = QComboBox()
        self.session.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.session.currentIndexChanged.connect(
            lambda _i: self.controller.set_session(self.session.currentData())
        )
        self.desk_button = QPushButton()
        self.desk_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.desk_button.clicked.connect(self.ask_desk_name)
        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo)
        self.check_ins_button = QPushButton(self.tr("Check-ins…"))
        self.check_ins_button.setObjectName("deskCheckInsButton")
        self.check_ins_button.setToolTip(self.tr("The day's check-ins: cancel a wrong one"))
        self.check_ins_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_ins_button.clicked.connect(lambda: self.open_check_ins())
        # a day other than today is easy to leave chosen by mistake: say so, plainly
        self.day_note = QLabel()
        self.day_note.setObjectName("deskDayNote")
        self.day_note.hide()
        self.walk_in_button = QPushButton(self.tr("Walk-in (F2)"))
        self.walk_in_button.setObjectName("deskWalkIn")
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.export_buttons: dict[str, QPushButton] = {}
        for kind, text in (
            ("badges", self.tr("Badges…")),
            ("signin", self.tr("Sign-in sheet…")),
            ("not_here", self.tr("Not here yet…")),
            ("attendance", self.tr("Attendance…")),
            ("letters", self.tr("Letters with QR…")),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, k=kind: self.open_export(k))
            self.export_buttons[kind] = button
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addWidget(QLabel(self.tr("Session")))
        top.addWidget(self.session, 1)
        top.addWidget(self.desk_button)
        top.addStretch(0)
        top.addWidget(self.undo_button)
        top.addWidget(self.check_ins_button)
        top.addWidget(self.walk_in_button)
        # several desks: the day is closed once every desk's check-ins are here
        self.end_of_day_button = QPushButton(self.tr("End of day…"))
        self.end_of_day_button.setObjectName("deskEndOfDay")
        self.end_of_day_button.setToolTip(
            self.tr("Which other desks' check-ins of this day are not here yet")
        )
        self.end_of_day_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.end_of_day_button.clicked.connect(self.controller.end_of_day)
        self.end_of_day_dialog: EndOfDayReminder | None = None
        self.change_files: Any = None  # ui.sync.exchange.ChangeFiles, loaded when first used
        self.pairs_button = QPushButton()
        self.pairs_button.setObjectName("deskWalkInPairs")
        self.pairs_button.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.pairs_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pairs_button.clicked.connect(lambda: self.open_pairs())
        self.pairs_button.hide()
        self.pairs: list[WalkInPair] = []
        self.pairs_dialog: WalkInPairsDialog | None = None
        prints = QHBoxLayout()
        prints.addWidget(self.end_of_day_button)
        prints.addWidget(self.pairs_button)
        prints.addStretch(1)
        for button in self.export_buttons.values():
            prints.addWidget(button)

        # --- the search field and its matches
        self.search = SearchField()
        self.search.setPlaceholderText(
            self.tr("Name, nickname, phone or organisation — or scan the QR code")
        )
        self.search.textChanged.connect(self.controller.search)
        self.search.moved.connect(self._move)
        self.search.submitted.connect(self.controller.submit)
        self.search.undo_requested.connect(self.undo)
        self.matches_model: RowsModel[DeskMatch] = RowsModel(
            [
                Column(
                    self.tr("Name"), lambda m: m.name + (f" ({m.nickname})" if m.nickname else "")
                ),
                Column(self.tr("Organisation"), lambda m: m.organisation),
                Column(self.tr("Province"), lambda m: province_label(m.province, lang)),
                Column(self.tr("Phone"), lambda m: format_phone(m.phone)),
                Column(self.tr("Today"), self._match_state),
            ],
            self,
        )
        self.matches = desk_table(self.matches_model, "deskMatches", 1, MatchList)
        assert isinstance(self.matches, MatchList)
        self.matches.clicked.connect(lambda index: self._select(index.row()))
        self.matches.doubleClicked.connect(lambda index: self._check_in_row(index.row()))
        self.matches.chosen.connect(self._check_in_row)
        self.matches.back_to_search.connect(self._back_to_search)
        self.matches.selectionModel().currentRowChanged.connect(self._list_moved)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.confirm = ConfirmationPanel()

        left = QVBoxLayout()
        left.addWidget(self.day_note)
        left.addWidget(self.search)
        left.addWidget(self.hint)
        left.addWidget(self.matches, 1)
        left.addWidget(self.confirm)

        # --- live counts and who is not here yet
        self.count_expected = self._number("deskCountExpected")
        self.count_here = self._number("deskCountHere")
        self.count_walk_ins = self._number("deskCountWalkIns")
        counts = QFrame()
        counts.setObjectName("card")
        grid = QGridLayout(counts)
        for col, (label, number) in enumerate(
            (
                (self.tr("Expected"), self.count_expected),
                (self.tr("Checked in"), self.count_here),
                (self.tr("Walk-ins"), self.count_walk_ins),
            )
        ):
            caption = QLabel(label)
            caption.setObjectName("hint")
            grid.addWidget(number, 0, col, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 1, col, Qt.AlignmentFlag.AlignCenter)
        self.province_model: RowsModel[Any] = RowsModel(
            [
                Column(self.tr("Province"), lambda p: province_label(p.province, lang)),
                Column(self.tr("Here"), lambda p: f"{p.here} / {p.expected}", align_right=True),
            ],
            self,
        )
        self.provinces = desk_table(self.province_model, "deskProvinces", 0)
        self.not_here_title = QLabel()
        self.not_here_title.setObjectName("sectionTitle")
        self.not_here_model: RowsModel[RegistrationRow] = RowsModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Status"), lambda r: label_of(RegistrationStatus, r.status)),
            ],
            self,
        )
        self.not_here = desk_table(self.not_here_model, "deskNotHere", 1)
        self.not_here.doubleClicked.connect(self._check_in_not_here)
        right = QVBoxLayout()
        right.addWidget(counts)
        right.addWidget(self.provinces, 2)
        right.addWidget(self.not_here_title)
        right.addWidget(self.not_here, 3)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        # the seminar's title has a line of its own, the documents a row of their own: beside
        # each other they made the desk wider than a 1366-pixel screen wherever the system's
        # fonts run wide
        layout.addWidget(self.event_title)
        layout.addLayout(prints)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence(Qt.Key.Key_F2), self.open_walk_in),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        c = self.controller
        c.event_loaded.connect(self._event_loaded)
        c.matches_changed.connect(self._show_matches)
        c.confirmed.connect(self._confirmed)
        c.undone.connect(self._undone)
        c.failed.connect(self._failed)
        c.counts_changed.connect(self._show_counts)
        c.not_here_changed.connect(self._show_not_here)
        c.sessions_changed.connect(self._show_sessions)
        c.duplicates_found.connect(self._duplicates_found)
        c.entry_taken.connect(self.search.clear)
        c.choose_in_list.connect(self._choose_in_list)
        c.not_received_found.connect(self._remind_end_of_day)
        c.pairs_changed.connect(self._show_pairs)
        self._update_desk_button()

    def _number(self, name: str) -> QLabel:
        label = QLabel("–")
        label.setObjectName("deskNumber")
        label.setAccessibleName(name)
        return label

    # ------------------------------------------------------------ state
    def reload(self) -> None:
        self.controller.load()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.search.setFocus)

    def _event_loaded(self, event: DeskEvent | None) -> None:
        lang = self.ctx.lang
        self.day.blockSignals(True)
        self.day.clear()
        if event is None:
            self.event_title.setText(self.tr("Choose a seminar in the toolbar to open its desk."))
        else:
            self.event_title.setText(event.title)
            for d in event.days:
                self.day.addItem(f"{format_weekday(d, lang)} {format_date(d, 'short', lang)}", d)
            self.day.setCurrentIndex(max(0, self._day_index(self.controller.day)))
        self.day.setEnabled(self.day.count() > 1)
        self.day.blockSignals(False)
        self.search.setEnabled(event is not None)
        self.walk_in_button.setEnabled(event is not None)
        self.check_ins_button.setEnabled(event is not None)
        self._update_day_note()
        for button in self.export_buttons.values():
            button.setEnabled(event is not None)
        self.end_of_day_button.setEnabled(event is not None)
        self._update_desk_button()
        if self.controller.event_switched:
            self.confirm.show_idle()
        self.search.setFocus()
        if event is not None and not self.controller.desk_name and not self._asked_desk_name:
            self._asked_desk_name = True
            self.ask_desk_name()

    def _day_index(self, day: dt.date | None) -> int:
        for index in range(self.day.count()):
            if self.day.itemData(index) == day:
                return index
        return -1

    def _day_chosen(self, index: int) -> None:
        day = self.day.itemData(index)
        if day is not None:
            self.controller.set_day(day)
        self._update_day_note()
        self.search.setFocus()

    def _update_day_note(self) -> None:
        day, today = self.controller.day, self.controller.today()
        if self.controller.seminar is None or day is None or day == today:
            self.day_note.hide()
            return
        lang = self.ctx.lang
        self.day_note.setText(
            self.tr("Checking in for {day}, not today ({today}).").format(
                day=f"{format_weekday(day, lang)} {format_date(day, 'short', lang)}",
                today=format_date(today, "short", lang),
            )
        )
        self.day_note.show()

    def _show_sessions(self, sessions: list[SessionChoice]) -> None:
        lang = self.ctx.lang
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(self.tr("Whole day"), None)
        for s in sessions:
            self.session.addItem(
                f"{format_time_range(s.starts_at, s.ends_at, lang)} {s.title}", s.id
            )
        index = self.session.findData(self.controller.session_id)
        self.session.setCurrentIndex(max(0, index))
        self.session.blockSignals(False)

    def _remind_end_of_day(self, desks: list[DeskNotReceived]) -> None:
        if not desks:
            text = self.tr(
                "Every other desk's check-ins of this day known here have been received."
            )
            self.hint.setText(text)
            self.ctx.status_message.emit(text)
            return
        dialog = EndOfDayReminder(desks, self.ctx.lang, self.receive_changes, self)
        dialog.finished.connect(lambda _r: self.search.setFocus())
        self.end_of_day_dialog = dialog
        dialog.open()

    def _show_pairs(self, pairs: list[WalkInPair]) -> None:
        self.pairs = pairs
        self.pairs_button.setText(
            self.tr("Possible duplicates from another desk ({n})…").format(n=len(pairs))
        )
        self.pairs_button.setVisible(bool(pairs))

    def open_pairs(self) -> WalkInPairsDialog | None:
        if not self.pairs:
            return None
        dialog = WalkInPairsDialog(self.ctx, self.pairs, self)
        dialog.merged.connect(lambda: self.ctx.changed(Area.PEOPLE))
        dialog.finished.connect(lambda _r: self.search.setFocus())
        self.pairs_dialog = dialog
        dialog.open()
        return dialog

    def receive_changes(self) -> None:
        """File → Receive changes…, from the desk."""
        if self.change_files is None:
            from organiser.ui.sync.exchange import ChangeFiles

            self.change_files = ChangeFiles(self.ctx, self)
        self.change_files.receive_changes()

    def _update_desk_button(self) -> None:
        name = self.controller.desk_name
        self.desk_button.setText(
            self.tr("Desk: {name}").format(name=name) if name else self.tr("Name this desk…")
        )

    def ask_desk_name(self) -> QInputDialog:
        """Asked once when the desk has no name (it is stored with every check-in)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Name of this desk"))
        dialog.setLabelText(
            self.tr("A short name for this laptop's desk, stored with every check-in it makes:")
        )
        dialog.setTextValue(self.controller.desk_name or settings_service.computer_name())
        dialog.textValueSelected.connect(self._desk_named)
        dialog.finished.connect(lambda _r: self.search.setFocus())
        dialog.open()
        self.desk_dialog = dialog
        return dialog

    def _desk_named(self, text: str) -> None:
        if text.strip():
            self.controller.set_desk_name(text)
            self._update_desk_button()

    # ------------------------------------------------------------ matches
    def _match_state(self, m: DeskMatch) -> str:
        if m.checked_in_at is not None:
            return "✓ " + desk_checkin.local_time_text(m.checked_in_at, self.ctx.lang)
        if m.status == RegistrationStatus.WALK_IN:
            return label_of(RegistrationStatus, m.status)
        return ""

    def _show_matches(self, rows: list[DeskMatch]) -> None:
        self.matches_model.set_rows(rows)
        if rows:
            self._highlight(self.controller.current)
            self.hint.setText(self.tr("{n} found · ↑↓ choose · Enter check in").format(n=len(rows)))
        else:
            text = self.search.text().strip()
            self.hint.setText(
                self.tr("No one found. Press F2 to register a walk-in.") if text else ""
            )

    def _move(self, delta: int) -> None:
        self._highlight(self.controller.move(delta))

    def _select(self, row: int) -> None:
        self.controller.select(row)
        self._highlight(row)
        self.search.setFocus()

    def _highlight(self, row: int) -> None:
        if 0 <= row < self.matches_model.rowCount():
            self.matches.selectRow(row)
            self.matches.scrollTo(self.matches_model.index(row, 0))

    def _choose_in_list(self, equal: int) -> None:
        """Enter found several equally good matches: no one is checked in; the list takes the
        keyboard (↑↓, Enter), Escape or typing goes back to the search."""
        self._highlight(0)
        self.matches.setFocus()
        self.hint.setText(
            self.tr(
                "{n} match equally well: choose with ↑↓ and press Enter · Esc back to typing"
            ).format(n=equal)
        )

    def _list_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.matches.hasFocus() and current.isValid():
            self.controller.select(current.row())

    def _back_to_search(self, typed: str) -> None:
        self.search.setFocus()
        if typed:
            self.search.insert(typed)

    def _check_in_row(self, row: int) -> None:
        self.controller.check_in_match(row)
        self.search.setFocus()

    def _check_in_not_here(self, index: QModelIndex) -> None:
        row = self.not_here_model.row_at(index.row())
        self.controller.check_in_registration(row.id, CheckInMethod.SEARCH)
        self.search.setFocus()

    # ------------------------------------------------------------ results
    def _confirmed(self, result: CheckInResult) -> None:
        self.confirm.show_result(result, self.controller.today())
        if self.walk_in_dialog is not None and result.method == CheckInMethod.WALK_IN:
            self.walk_in_dialog.accept()
            self.walk_in_dialog = None
        if self.search.text().strip():
            self.controller.search(self.search.text())
        self.search.setFocus()

    def _undone(self, result: UndoResult) -> None:
        self.confirm.show_undone(result)
        if self.check_ins_dialog is not None and self.check_ins_dialog.isVisible():
            self.check_ins_dialog.show_undone(result)
            return
        self.search.setFocus()

    def _failed(self, message: str) -> None:
        if self.walk_in_dialog is not None and self.walk_in_dialog.isVisible():
            self.walk_in_dialog.show_message(message)
            return
        if self.check_ins_dialog is not None and self.check_ins_dialog.isVisible():
            self.check_ins_dialog.show_error(message)
            return
        self.confirm.show_error(message)
        self.search.setFocus()

    def _show_counts(self, counts: DeskCounts) -> None:
        self.count_expected.setText(str(counts.expected))
        self.count_here.setText(str(counts.checked_in))
        self.count_walk_ins.setText(str(counts.walk_ins))
        self.province_model.set_rows(list(counts.by_province))

    def _show_not_here(self, rows: list[RegistrationRow]) -> None:
        self.not_here_model.set_rows(rows)
        self.not_here_title.setText(self.tr("Expected, not here yet ({n})").format(n=len(rows)))

    # ------------------------------------------------------------ actions
    def undo(self) -> None:
        self.controller.undo_last()

    def open_walk_in(self) -> WalkInDialog | None:
        if self.controller.seminar is None:
            return None
        if not self.controller.desk_name:
            self.ask_desk_name()
            return None
        dialog = WalkInDialog(self.controller.organisations, parent=self)
        typed = split_full_name(self.search.text())
        if typed.title:
            dialog.title.setCurrentText(typed.title)
        dialog.given.setText(typed.given)
        dialog.family.setText(typed.family)
        dialog.save_requested.connect(self.controller.find_duplicates)
        dialog.save_new.connect(lambda form: self.controller.walk_in(form))
        dialog.use_existing.connect(
            lambda form, person_id: self.controller.walk_in(form, existing_person_id=person_id)
        )
        dialog.finished.connect(self._walk_in_closed)
        self.walk_in_dialog = dialog
        dialog.open()
        return dialog

    def open_check_ins(
        self, registration_id: str | None = None, heading: str = ""
    ) -> CheckInsDialog | None:
        """The day's check-ins (or all of one registration's), to cancel one with a reason."""
        c = self.controller
        if c.seminar is None or c.day is None:
            return None
        if registration_id is None:
            day = c.day
            heading = self.tr("Check-ins of {day}, newest first").format(
                day=format_date(day, "short", self.ctx.lang)
            )
        dialog = CheckInsDialog(
            self.ctx, c.seminar.id, day=None if registration_id else c.day,
            registration_id=registration_id, heading=heading, parent=self,
        )  # fmt: skip
        dialog.cancel_requested.connect(c.cancel_check_in)
        dialog.finished.connect(self._check_ins_closed)
        self.check_ins_dialog = dialog
        dialog.open()
        return dialog

    def _check_ins_closed(self, _result: int) -> None:
        self.check_ins_dialog = None
        self.search.setFocus()

    def open_export(self, kind: str) -> ExportDialog | None:
        """Badges, the sign-in sheet, who is not here yet, attendance or letters; returns the
        (non-blocking) dialog."""
        c = self.controller
        if c.seminar is None or c.day is None:
            return None
        with self.ctx.store.reader() as uow:
            last = desk_exports.last_badge_print(uow, c.seminar.id)
        person = c.matches[c.current] if 0 <= c.current < len(c.matches) else None
        dialog = ExportDialog(self.ctx, kind, c.seminar, c.day, person, last, self)
        dialog.exported.connect(self._exported)
        dialog.finished.connect(lambda _r: self.search.setFocus())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, path: str, count: int) -> None:
        text = self.tr("Saved {path} ({n} people).").format(path=path, n=count)
        self.hint.setText(text)
        self.ctx.status_message.emit(text)

    def _duplicates_found(self, found: list[Duplicate]) -> None:
        dialog = self.walk_in_dialog
        if dialog is None:
            return
        if found:
            dialog.show_duplicates(found)
        else:
            form: WalkIn = dialog.form()
            self.controller.walk_in(form)

    def _walk_in_closed(self, _result: int) -> None:
        self.walk_in_dialog = None
        self.search.clear()
        self.search.setFocus()
