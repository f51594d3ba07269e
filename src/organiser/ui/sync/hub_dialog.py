"""Sync → Hub settings…: the hub's address, the office's role and password, the hub's CA
certificate; Test the connection (on a worker: the window never waits on the network), Save
and Remove the hub. The password goes to its private file, as `organiser sync hub set` does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.services.sync.hub import place
from organiser.ui.context import AppContext
from organiser.ui.sync.hub_form import HubFields, fields_of, url_of
from organiser.ui.widgets import files
from organiser.ui.widgets.files import FileKind

GOOD = "color: #1b6e2a;"
BAD = "color: #b3261e;"


class HubDialog(QDialog):
    saved = Signal()  # the hub was set or removed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Regional hub"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr("The hub keeps sealed changes for every office of the network: it cannot "
                    "read them. Fill in what the hub's administrator gave your office.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setObjectName("hubAddress")
        self.address.setPlaceholderText("postgresql://hub.example.org:5432/hub")
        self.address.editingFinished.connect(self._split_pasted)
        self.role = QLineEdit()
        self.role.setObjectName("hubRole")
        self.role.setPlaceholderText(self.tr("e.g. songkhla"))
        self.password = QLineEdit()
        self.password.setObjectName("hubPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca = QLineEdit()
        self.ca.setObjectName("hubCa")
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("chooseHubCa")
        self.browse_button.clicked.connect(self.choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca, 1)
        ca_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Hub address:"), self.address)
        form.addRow(self.tr("Office role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Hub's CA certificate:"), ca_row)

        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setObjectName("testHub")
        self.test_button.clicked.connect(self.test_connection)
        self.answer = QLabel()
        self.answer.setObjectName("hubAnswer")
        self.answer.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.answer, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setObjectName("saveHub")
        self.remove_button = QPushButton(self.tr("Remove the hub…"))
        self.remove_button.setObjectName("removeHub")
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self._had_password = False
        self._fill()

    # ------------------------------------------------------------ fields
    def _fill(self) -> None:
        hub = place.hub_place(self.ctx.store)  # the settings table and one small file: local
        self.remove_button.setEnabled(hub is not None)
        if hub is None:
            return
        found = fields_of(hub.url)
        self.address.setText(found.address)
        self.role.setText(found.role)
        self._had_password = bool(hub.password)
        if hub.password:
            self.password.setPlaceholderText(self.tr("(kept; type to change)"))
        self.ca.setText(str(hub.ca) if hub.ca else "")

    def _split_pasted(self) -> None:
        """The whole address pasted (role and password inside): each part to its field."""
        found = fields_of(self.address.text())
        if found.role or found.password:
            self.address.setText(found.address)
            if found.role:
                self.role.setText(found.role)
            if found.password:
                self.password.setText(found.password)

    def url(self) -> str:
        return url_of(HubFields(self.address.text(), self.role.text(), self.password.text()))

    def ca_path(self) -> Path | None:
        text = self.ca.text().strip()
        return Path(text) if text else None

    def choose_ca(self) -> None:
        chosen = files.ask_open_path(
            self.ctx, self, FileKind.KEY_CARD, self.tr("The hub's CA certificate"),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )  # fmt: skip
        if chosen is not None:
            self.ca.setText(str(chosen))

    def tell(self, text: str, good: bool) -> None:
        self.answer.setStyleSheet(GOOD if good else BAD)
        self.answer.setText(text)

    # ------------------------------------------------------------ actions
    def test_connection(self) -> None:
        from organiser.services.sync.hub.listening import check_connection

        url, ca = self._url_to_try(), self.ca_path()
        self.test_button.setEnabled(False)
        self.tell(self.tr("Trying the hub…"), True)

        def done(sentence: str) -> None:
            self.test_button.setEnabled(True)
            self.tell(sentence, True)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.tell(getattr(exc, "message", None) or str(exc), False)

        self.ctx.tasks.run(lambda _p: check_connection(url, ca), done, failed, owner=self)

    def _url_to_try(self) -> str:
        """The password kept in its file when the field was left empty."""
        url = self.url()
        if self.password.text() or not self._had_password:
            return url
        hub = place.hub_place(self.ctx.store)
        password = hub.password if hub else ""
        return url_of(HubFields(self.address.text(), self.role.text(), password or ""))

    def save(self) -> None:
        url, ca = self.url(), self.ca_path()

        def done(_hub: object) -> None:
            self.saved.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.tell(getattr(exc, "message", None) or str(exc), False)

        self.ctx.tasks.run(lambda _p: place.set_hub(self.ctx.store, url, ca), done, failed,
                           write=True, owner=self)  # fmt: skip

    def confirm_remove(self) -> bool:
        """Asked before removing (tests answer it)."""
        answer = QMessageBox.question(
            self, self.tr("Remove the hub"),
            self.tr("Stop exchanging through this hub? Its address and password are forgotten "
                    "on this laptop; everything here stays, and so does what the hub holds."),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def remove(self) -> None:
        if not self.confirm_remove():
            return

        def done(_none: object) -> None:
            self.saved.emit()
            self.accept()

        self.ctx.tasks.run(lambda _p: place.remove_hub(self.ctx.store), done,
                           lambda exc: self.tell(str(exc), False), write=True, owner=self)  # fmt: skip
