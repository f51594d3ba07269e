"""The end of a desk day: which other desks' changes this copy may not hold yet, with "Receive
changes…" one click away. Shown when the organiser closes the desk day, when quitting with a
seminar open at the desk, and in the Sync place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from organiser.core.thaidate import format_moment
from organiser.services.desk.editing import desk_called, local_time_text
from organiser.services.sync.desks import DeskNotReceived, desks_not_received
from organiser.store.db import Store


def tr(text: str) -> str:
    return QCoreApplication.translate("EndOfDay", text)


def desk_line(d: DeskNotReceived, lang: str) -> str:
    """`Desk 2: 14 check-ins here, the last at 15.40 น.; last received 14.02 น.`"""
    received = (
        tr("last received {when}").format(when=_when(d.last_received_at, lang))
        if d.last_received_at is not None
        else tr("nothing received from it directly")
    )
    return tr("Desk {name}: {n} check-ins here, the last at {time}; {received}").format(
        name=desk_called(d.name), n=d.check_ins, time=local_time_text(d.last_check_in_at, lang),
        received=received,
    )  # fmt: skip


def _when(at: dt.datetime, lang: str) -> str:
    if at.astimezone().date() == dt.date.today():
        return local_time_text(at, lang)
    return format_moment(at, lang)


def reminder_text(desks: list[DeskNotReceived], lang: str) -> str:
    lines = "\n".join("• " + desk_line(d, lang) for d in desks)
    return tr(
        "This laptop may not have every check-in of today. It has not received these desks' "
        "changes since their last check-in it knows of:\n\n{desks}\n\nReceive their changes "
        "(a change file from each desk, or a live exchange) so that the day's counts and the "
        "sign-in sheet are complete."
    ).format(desks=lines)


def find_not_received(store: Store, event_id: str, day: dt.date) -> list[DeskNotReceived]:
    """A short read (the day's check-ins of one seminar); on the GUI thread only where the
    window must decide at once (quitting)."""
    with store.reader() as uow:
        return desks_not_received(uow, event_id, day)


class EndOfDayReminder(QMessageBox):
    """Receive changes… / Close anyway (quitting) or OK (the desk's own button)."""

    def __init__(
        self,
        desks: list[DeskNotReceived],
        lang: str,
        receive: Callable[[], None],
        parent: QWidget | None = None,
        quitting: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endOfDayReminder")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr("Changes not received from other desks"))
        self.setText(reminder_text(desks, lang))
        self.receive_button = self.addButton(
            tr("Receive changes…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.receive_button.setObjectName("endOfDayReceive")
        self.later_button = self.addButton(
            tr("Quit anyway") if quitting else tr("Later"), QMessageBox.ButtonRole.RejectRole
        )
        if quitting:
            self.stay_button = self.addButton(tr("Cancel"), QMessageBox.ButtonRole.NoRole)
        self.setDefaultButton(self.receive_button)
        self._receive = receive
        self.receive_button.clicked.connect(receive)


def reminder_for_quitting(desks: list[DeskNotReceived], lang: str, parent: QWidget) -> str:
    """ "receive", "quit" or "stay": the organiser's answer (a modal question: the window is
    about to close)."""
    chosen: list[str] = []
    box = EndOfDayReminder(desks, lang, lambda: chosen.append("receive"), parent, quitting=True)
    box.exec()
    clicked = box.clickedButton()
    if chosen or clicked is box.receive_button:
        return "receive"
    return "quit" if clicked is box.later_button else "stay"
