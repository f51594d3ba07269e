"""The dialogs "Add a desk" (this desk shows a six-digit code and a QR while pairing is
open) and "Join a desk" (find a desk on the network or type its address, give its code, then receive the whole
seminar before checking anyone in)."""

from __future__ import annotations

import io
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.ui.context import AppContext
from organiser.ui.sync.venue_serving import DeskServing


def tr(text: str) -> str:
    return QCoreApplication.translate("VenueDesks", text)


def pairing_qr(address: str, code: str, scale: int = 6) -> QPixmap:
    """The code and the address as a QR code, for a phone or a scanner at the other desk."""
    import segno

    out = io.BytesIO()
    segno.make(f"ORGANISER-DESK:{address}:{code}", error="m").save(
        out, kind="png", scale=scale, border=2
    )
    pixmap = QPixmap()
    pixmap.loadFromData(out.getvalue(), "PNG")
    return pixmap


class AddDeskDialog(QDialog):
    """Pairing is open exactly while this dialog is on screen (and for ten minutes at most)."""

    def __init__(self, serving: DeskServing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.serving = serving
        self.setWindowTitle(self.tr("Add a desk"))
        self.setMinimumWidth(560)
        self.door = serving.open_pairing()
        intro = QLabel(
            self.tr("On the other laptop choose Join a desk, then type this code. The code works "
                    "for any number of desks while this window is open.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.code_label = QLabel(f"{self.door.code[:3]} {self.door.code[3:]}")
        self.code_label.setObjectName("pairingCode")
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 3)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label = QLabel(serving.address)
        self.address_label.setObjectName("deskAddress")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setObjectName("pairingQr")
        self.qr.setPixmap(pairing_qr(serving.address, self.door.code))
        self.countdown = QLabel()
        self.countdown.setObjectName("pairingCountdown")
        self.countdown.setWordWrap(True)
        self.joined = QLabel()
        self.joined.setObjectName("desksJoined")
        self.joined.setWordWrap(True)
        self.joined_names: list[str] = []
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code_label)
        form.addRow(self.tr("This desk's address:"), self.address_label)
        text = QVBoxLayout()
        text.addWidget(intro)
        text.addLayout(form)
        text.addWidget(self.countdown)
        text.addWidget(self.joined)
        text.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(text, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close pairing"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        serving.heard.connect(self._heard)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.tick()

    def tick(self) -> None:
        from organiser.services.sync.venue.pairing import OPEN_FOR_S, WRONG_CODES

        door = self.door
        left = int(OPEN_FOR_S - (time.monotonic() - door.opened))
        if door.closed and door.wrong >= WRONG_CODES:
            text = self.tr("Pairing closed after {n} wrong codes: nobody can guess on. Close this "
                           "window and choose Add a desk again.").format(n=WRONG_CODES)  # fmt: skip
        elif left <= 0 or door.closed:
            text = self.tr("The code has expired. Close this window and choose Add a desk again.")
        else:
            text = self.tr("The code works for {m}:{s:02d} more.").format(m=left // 60, s=left % 60)
            if door.wrong:
                text += " " + self.tr("Wrong codes so far: {n} of {most}.").format(
                    n=door.wrong, most=WRONG_CODES
                )
        if not door.is_open():
            self.code_label.setEnabled(False)
            self.qr.setEnabled(False)
            self.ticker.stop()
        self.countdown.setText(text)

    def _heard(self, event: dict[str, Any]) -> None:
        if event.get("event") == "paired":
            self.joined_names.append(str(event.get("desk") or ""))
            self.joined.setText(
                self.tr("Joined: {desks}. They are receiving the seminar now.").format(
                    desks=", ".join(self.joined_names)
                )
            )
        elif event.get("event") == "refused" and "pairing" in str(event.get("why")):
            self.tick()  # a wrong code: say so at once

    def done(self, result: int) -> None:
        self.ticker.stop()
        self.serving.heard.disconnect(self._heard)
        self.serving.close_pairing()
        super().done(result)


class JoinDeskDialog(QDialog):
    """Pairs this copy with a desk showing a code, then receives its whole copy."""

    def __init__(self, ctx: AppContext, serving: DeskServing,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.serving = ctx, serving
        self.setWindowTitle(self.tr("Join a desk"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr("On the desk that holds the seminar choose Add a desk. Choose it in the list "
                    "(or type the address it shows), then type its code.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.found = QListWidget()
        self.found.setObjectName("desksFound")
        self.look_button = QPushButton(self.tr("Look again"))
        self.look_button.clicked.connect(self.look)
        self.address = QLineEdit()
        self.address.setObjectName("deskAddress")
        self.address.setPlaceholderText(self.tr("for example 192.168.1.20:47474"))
        self.found.currentTextChanged.connect(self._chosen)
        self.code = QLineEdit()
        self.code.setObjectName("pairingCode")
        self.code.setMaxLength(7)
        self.code.setPlaceholderText("123 456")
        self.status = QLabel()
        self.status.setObjectName("joinStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the size of the copy is not known ahead
        self.progress.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Desk's address:"), self.address)
        form.addRow(self.tr("Code:"), self.code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = self.buttons.addButton(
            self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setObjectName("joinDesk")
        self.buttons.accepted.connect(self.join)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Desks with pairing open on this network:")))
        layout.addWidget(self.found)
        layout.addWidget(self.look_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.joining = False
        self.result_text = ""

    def _chosen(self, address: str) -> None:
        if address:
            self.address.setText(address)

    def look(self) -> None:
        """Ask the network (zeroconf) for desks with pairing open, off the GUI thread."""
        from organiser.services.sync.venue import discovery, link

        def work(_p: Any) -> list[str]:
            open_desks = []
            for address in discovery.find():
                try:
                    if link.hello(address).get("pairing"):
                        open_desks.append(address)
                except (link.Unreachable, ValueError):
                    continue
            return open_desks

        def show(found: list[str]) -> None:
            self.look_button.setEnabled(True)
            self.found.clear()
            self.found.addItems(found)
            if not found:
                self.status.setText(
                    self.tr("No desk with pairing open was found on this network: type the "
                            "address the other desk shows.")
                )  # fmt: skip

        self.look_button.setEnabled(False)
        self.status.setText(self.tr("Looking for desks…"))
        self.ctx.tasks.run(work, show, lambda e: show([]), owner=self)

    def join(self) -> None:
        from organiser.services.sync.venue.link import Unreachable, join

        address = self.address.text().strip()
        code = self.code.text().strip().replace(" ", "")
        if not address:
            self.status.setText(self.tr("Type the address the other desk shows (HOST:PORT)."))
            return
        if not (len(code) == 6 and code.isdigit()):
            self.status.setText(self.tr("A pairing code has six digits."))
            return
        store = self.ctx.store

        def work(progress: Any) -> tuple[Any, int]:
            def paired(desk: Any) -> None:
                progress.report(0, 0, desk.name)

            try:
                return join(store, address, code, paired)
            except Unreachable as exc:
                raise UserError(
                    tr("No desk answers at {address}.").format(address=address)
                ) from exc

        self._busy(True)
        self.status.setText(self.tr("Pairing with the desk at {address}…").format(address=address))
        task = self.ctx.tasks.run(work, self._joined, self._failed, write=True, owner=self)
        task.progressed.connect(self._paired)

    def _paired(self, _done: int, _total: int, name: str) -> None:
        self.status.setText(
            self.tr("Paired with {name}. Receiving the seminar; wait before checking anyone "
                    "in…").format(name=name)
        )  # fmt: skip

    def _joined(self, result: tuple[Any, int]) -> None:
        joined, received = result
        self._busy(False)
        self.result_text = self.tr("Paired with {name}; received {n} changes. This desk now "
                                   "serves the others.").format(name=joined.name, n=received)  # fmt: skip
        self.status.setText(self.result_text)
        self.serving.start()
        self.ctx.changed(Area.ALL)
        self.join_button.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(getattr(exc, "message", None) or str(exc))

    def _busy(self, busy: bool) -> None:
        self.joining = busy
        self.progress.setVisible(busy)
        for widget in (self.join_button, self.address, self.code, self.found, self.look_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self.joining:  # the copy is coming: leaving now would leave a desk half-filled
            super().reject()
