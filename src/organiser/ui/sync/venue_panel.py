"""The Sync place's "Desks at the venue": whether this desk serves the others, Add a desk, Join
a desk, the desks it can see (and since when it cannot see one), and Leave and forget."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.thaidate import format_moment, format_time
from organiser.ui.context import AppContext
from organiser.ui.sync.venue_serving import DeskServing, serving_for
from organiser.ui.widgets.table import Column, RowsModel, make_table

if TYPE_CHECKING:  # the transport (and its encryption) loads when a desk is first added
    from organiser.services.sync.venue.status import PeerRow

REFRESH_MS = 2000  # the desks' states while the panel is on screen


def tr(text: str) -> str:
    return QCoreApplication.translate("VenueDesks", text)


def when(text: str | None, lang: str) -> str:
    """A stored moment as people say it at the venue: the time today, the date otherwise."""
    if not text:
        return ""
    try:
        at = dt.datetime.fromisoformat(text).astimezone()
    except ValueError:
        return text
    if at.date() == dt.datetime.now().astimezone().date():
        return format_time(at.time(), lang, sep=":")
    return format_moment(at, lang)


def seen_text(p: PeerRow, lang: str) -> str:
    if p["unreachable_since"]:
        return tr("not seen since {time}").format(time=when(p["unreachable_since"], lang))
    if p["last_contact"]:
        return tr("seen at {time}").format(time=when(p["last_contact"], lang))
    return tr("not seen yet")


class VenuePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.serving: DeskServing = serving_for(ctx)
        self.state_label = QLabel()
        self.state_label.setObjectName("servingState")
        self.state_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("venueMessage")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a desk…"))
        self.add_button.setObjectName("addDesk")
        self.add_button.clicked.connect(self.add_desk)
        self.join_button = QPushButton(self.tr("Join a desk…"))
        self.join_button.setObjectName("joinDesk")
        self.join_button.clicked.connect(self.join_desk)
        self.serve_button = QPushButton(self.tr("Serve the desks"))
        self.serve_button.setObjectName("serveDesks")
        self.serve_button.setCheckable(True)
        self.serve_button.toggled.connect(self._serve_toggled)
        self.leave_button = QPushButton(self.tr("Leave and forget…"))
        self.leave_button.setObjectName("leaveAndForget")
        self.leave_button.clicked.connect(self.leave)
        lang = ctx.lang
        columns: list[Column[PeerRow]] = [
            Column(tr("Desk"), lambda p: p["name"] or p["fingerprint"][:9]),
            Column(tr("Seen"), lambda p: seen_text(p, lang)),
            Column(tr("Address"), lambda p: p["address"] or "—"),
            Column(tr("Changes it lacks"), lambda p: str(p["changes_not_received"]),
                   sort=lambda p: p["changes_not_received"], align_right=True),
        ]  # fmt: skip
        self.peers_model: RowsModel[PeerRow] = RowsModel(columns, self)
        self.peers_table = make_table(self.peers_model)
        self.peers_table.setObjectName("venuePeers")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.join_button, self.serve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addWidget(self.peers_table, 1)
        layout.addWidget(self.message)
        self.serving.state_changed.connect(self.show_state)
        self.serving.peers_changed.connect(self.reload)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.show_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    # ------------------------------------------------------------ showing
    def show_state(self) -> None:
        serving = self.serving.serving
        self.serve_button.blockSignals(True)
        self.serve_button.setChecked(serving)
        self.serve_button.blockSignals(False)
        self.state_label.setText(
            self.tr("This desk serves the other desks at {address}.").format(
                address=self.serving.address
            )
            if serving
            else self.tr("This desk does not listen on the network. Turn it on at the venue "
                         "with Add a desk, Join a desk or Serve the desks.")
        )  # fmt: skip

    def reload(self) -> None:
        if not self.isVisible() or not self.timer.isActive():  # (stopped while leaving)
            return
        from organiser.services.sync.venue.status import peer_list

        store = self.ctx.store
        self.ctx.tasks.run(lambda _p: peer_list(store), self.show_peers, self.say, owner=self)

    def show_peers(self, rows: list[PeerRow]) -> None:
        self.peers_model.set_rows(rows)
        self.peers_table.resizeColumnsToContents()
        none_known = self.tr("No other desk is known yet: add or join a desk.")
        if not rows and not self.message.text():
            self.message.setText(none_known)
        elif rows and self.message.text() == none_known:
            self.message.clear()

    def say(self, exc: BaseException | str) -> None:
        text = exc if isinstance(exc, str) else getattr(exc, "message", None) or str(exc)
        self.message.setText(text)
        self.ctx.status_message.emit(text)

    # ------------------------------------------------------------ actions
    def _serve_toggled(self, on: bool) -> None:
        try:
            if on:
                self.serving.start()
            else:
                self.serving.stop()
        except OSError as exc:
            self.say(self.tr("This desk cannot listen on the network: {why}").format(
                why=exc.strerror or exc))  # fmt: skip
            self.show_state()

    def add_desk(self) -> None:
        from organiser.ui.sync.venue_dialogs import AddDeskDialog

        try:
            self.add_dialog = AddDeskDialog(self.serving, self)
        except OSError as exc:
            self.say(self.tr("This desk cannot listen on the network: {why}").format(
                why=exc.strerror or exc))  # fmt: skip
            return
        self.add_dialog.finished.connect(lambda _r: self.reload())
        self.add_dialog.open()

    def join_desk(self) -> None:
        from organiser.ui.sync.venue_dialogs import JoinDeskDialog

        self.join_dialog = JoinDeskDialog(self.ctx, self.serving, self)
        self.join_dialog.finished.connect(lambda _r: self.reload())
        self.join_dialog.open()
        self.join_dialog.look()

    def confirm_leave(self) -> bool:
        """Asked before Leave and forget (tests answer it)."""
        text = self.tr(
            "Leave and forget deletes this laptop's copy of the office's data: every person, "
            "check-in and backup on it, and its key.\n\nFirst its last changes are sent to "
            "another desk; nothing is deleted until that desk confirms it holds them all. "
            "Then Organiser closes.\n\nDo this on a laptop lent for the day, at the end of "
            "the seminar. Ask the office to revoke this laptop afterwards."
        )
        answer = QMessageBox.warning(
            self, self.tr("Leave and forget"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def leave(self) -> None:
        if not self.confirm_leave():
            return
        from organiser.services.sync.venue.status import leave_and_forget

        was_serving = self.serving.serving
        self.serving.stop()  # nothing may read or write the copy while it is deleted
        self.timer.stop()  # (a read after it would make a new, empty database file)
        store = self.ctx.store
        self.leave_button.setEnabled(False)
        self.say(self.tr("Sending this desk's last changes…"))

        def failed(exc: BaseException) -> None:
            self.leave_button.setEnabled(True)
            self.timer.start()
            if was_serving:
                self.serving.start()
            self.say(exc)

        self.ctx.tasks.run(lambda _p: leave_and_forget(store), self.left, failed,
                           write=True, owner=self)  # fmt: skip

    def left(self, holder: str) -> None:
        self.tell_left(
            self.tr("{name} holds this desk's changes; this copy's data and key were deleted. "
                    "Organiser closes now.").format(name=holder)
        )  # fmt: skip
        self.quit_app()

    def quit_app(self) -> None:
        """The copy is gone: nothing is left to show (tests stay)."""
        app = QCoreApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)

    def tell_left(self, text: str) -> None:
        """Said once the copy is gone (tests read it instead)."""
        QMessageBox.information(self, self.tr("Leave and forget"), text)
