"""File → Send changes… and File → Receive changes…: change files for other offices, written
and read on a worker while the window stays responsive. Nothing received is written before a
person has seen the preview and pressed Receive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.services.sync import copies, exchange
from organiser.services.sync.copies import CopyIdentity, TrustedCopy
from organiser.services.sync.exchange import ReceiveResult, SendResult
from organiser.ui.context import AppContext
from organiser.ui.widgets import files
from organiser.ui.widgets.files import FileKind


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncChangeFiles", text)


def change_file_filters() -> str:
    return tr("Change files (*.orgsync *.orgsync.*);;All files (*)")


def recipients_of(me: CopyIdentity) -> list[TrustedCopy]:
    """Whom a change file can be for: trusted offices and laptops other than this one."""
    own = {me.fingerprint, me.office_fingerprint}
    return [t for t in me.trusted if t.trusted and not t.revoked_at and t.fingerprint not in own]


class SendDialog(QDialog):
    """Which offices the change file is for (all of them unless unticked)."""

    def __init__(self, me: CopyIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("Send changes"))
        intro = QLabel(
            self.tr("The change file can be opened only by the offices ticked here. Send it by "
                    "e-mail, LINE or USB stick.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.offices = QListWidget()
        self.offices.setObjectName("recipients")
        for t in recipients_of(me):
            kind = self.tr("office") if t.kind == "office" else self.tr("laptop")
            # an office's card is named after the office: say it once
            about = kind if t.office in ("", t.name) else f"{kind}, {t.office}"
            item = QListWidgetItem(f"{t.name} ({about}) · {t.fingerprint}")
            item.setData(Qt.ItemDataRole.UserRole, t.fingerprint)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.offices.addItem(item)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save the change file…"))
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        # wide enough for every line, fingerprint included (up to most of a 1366-pixel screen)
        widest = self.offices.sizeHintForColumn(0) + 2 * self.offices.frameWidth() + 48
        self.setMinimumWidth(min(max(520, widest), 1000))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.offices, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[str] | None:
        """The fingerprints ticked; None when all are (every trusted copy, as by default)."""
        items = [self.offices.item(i) for i in range(self.offices.count())]
        ticked = [str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                  if i.checkState() == Qt.CheckState.Checked]  # fmt: skip
        return None if len(ticked) == len(items) else ticked

    def _accept_if_chosen(self) -> None:
        if self.chosen() == []:
            self.error.setText(self.tr("Tick at least one office."))
            return
        self.accept()


class PreviewDialog(QDialog):
    """What receiving would change, before anything is written."""

    def __init__(self, result: ReceiveResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.preview = result
        self.setWindowTitle(self.tr("Receive changes"))
        intro = QLabel(
            self.tr("A change file from {sender} ({fpr}). Nothing is written until you press "
                    "Receive; a backup is made first.").format(
                sender=result.sender, fpr=result.sender_fingerprint)
        )  # fmt: skip
        intro.setWordWrap(True)
        self.counts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, n in (
            ("people", self.tr("People:"), result.people),
            ("check_ins", self.tr("Check-ins:"), result.check_ins),
            ("actions", self.tr("Actions:"), result.actions),
            ("memoranda", self.tr("Memoranda:"), result.memoranda),
            ("new_changes", self.tr("All changes:"), result.new_changes),
            ("new_conflicts", self.tr("New conflicts:"), result.new_conflicts),
            ("attachments", self.tr("Signed scans inside:"), result.attachments),
            ("awaited", self.tr("Signed scans to follow:"), result.awaited),
        ):
            shown = QLabel(str(n))
            shown.setObjectName(f"count_{key}")
            self.counts[key] = shown
            form.addRow(label, shown)
        self.notices = QLabel("\n".join(result.notices))
        self.notices.setObjectName("notices")
        self.notices.setWordWrap(True)
        self.notices.setVisible(bool(result.notices))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.receive_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.receive_button.setText(self.tr("Receive"))
        brings = result.new_changes > 0 or result.attachments > 0 or result.awaited > 0
        self.receive_button.setEnabled(brings)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.notices)
        layout.addWidget(self.buttons)


class ChangeFiles(QObject):
    """Sending and receiving, for the File menu and the Sync place's buttons."""

    sent = Signal(object)  # SendResult
    received = Signal(object)  # ReceiveResult

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.send_dialog: SendDialog | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.message_box: QMessageBox | None = None
        self.busy = False

    def tell(self, text: str, warning: bool = False) -> None:
        """A message that does not block the window (nor a test)."""
        self.ctx.status_message.emit(text)
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, tr("Sync"), text, QMessageBox.StandardButton.Ok,
                          self.parent_widget)  # fmt: skip
        box.setObjectName("syncMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        message = getattr(exc, "message", None)
        self.tell(message or tr("Something went wrong: {error}").format(error=exc), warning=True)

    # ------------------------------------------------------------ sending
    def send_changes(self) -> None:
        if self.busy:
            return
        store = self.ctx.store
        self.ctx.tasks.run(lambda _p: copies.copy_identity(store), self._choose_recipients,
                           self._failed, write=True, owner=self)  # fmt: skip

    def _choose_recipients(self, me: CopyIdentity) -> None:
        if not recipients_of(me):
            self.tell(tr("No copy is trusted yet: trust another office's key card first "
                         "(in the Sync place)."), warning=True)  # fmt: skip
            return
        dialog = SendDialog(me, self.parent_widget)
        dialog.accepted.connect(lambda: self._ask_where(me, dialog.chosen()))
        self.send_dialog = dialog
        dialog.open()

    def _ask_where(self, me: CopyIdentity, to: list[str] | None) -> None:
        today = dt.date.today().isoformat()
        name = f"{me.office or me.name}-{today}.orgsync".replace("/", "-")
        path = files.ask_save_path(self.ctx, self.parent_widget, FileKind.CHANGE_FILE,
                                   tr("Save the change file"), name, change_file_filters())  # fmt: skip
        if path is None:
            return
        if path.suffix != ".orgsync":
            path = path.with_name(path.name + ".orgsync")
        store = self.ctx.store
        self.busy = True
        self.ctx.status_message.emit(tr("Writing the change file…"))
        self.ctx.tasks.run(lambda _p: exchange.send(store, path, to), self._sent, self._failed,
                           write=True, owner=self)  # fmt: skip

    def _sent(self, result: SendResult) -> None:
        self.busy = False
        text = tr("{n} changes for {names} saved in {file}.").format(
            n=result.changes, names=", ".join(result.recipients), file=result.paths[0].name
        )
        if len(result.paths) > 1:
            text += " " + tr(
                "It was larger than 10 MB, so it was written in {n} parts ({files}): send all "
                "of them together."
            ).format(n=len(result.paths), files=", ".join(p.name for p in result.paths))
        if result.awaited:
            text += " " + tr("{n} signed scans were too large to go inside; they are listed "
                             "as awaited.").format(n=result.awaited)  # fmt: skip
        self.sent.emit(result)
        self.ctx.changed(Area.SYNC)
        self.tell(text)

    # ------------------------------------------------------------ receiving
    def receive_changes(self) -> None:
        if self.busy:
            return
        paths = files.ask_open_paths(self.ctx, self.parent_widget, FileKind.CHANGE_FILE,
                                     tr("Receive changes (choose every part)"),
                                     change_file_filters())  # fmt: skip
        if not paths:
            return
        store = self.ctx.store
        self.busy = True
        self.ctx.status_message.emit(tr("Reading the change file…"))
        self.ctx.tasks.run(lambda _p: exchange.preview(store, paths),
                           lambda r: self._show_preview(paths, r), self._failed,
                           owner=self)  # fmt: skip

    def _show_preview(self, paths: list[Path], result: ReceiveResult) -> None:
        self.busy = False
        dialog = PreviewDialog(result, self.parent_widget)
        dialog.accepted.connect(lambda: self._receive(paths))
        self.preview_dialog = dialog
        dialog.open()

    def _receive(self, paths: list[Path]) -> None:
        store = self.ctx.store
        self.busy = True
        self.ctx.status_message.emit(tr("Receiving the changes…"))
        self.ctx.tasks.run(lambda _p: exchange.receive(store, paths), self._received,
                           self._failed, write=True, owner=self)  # fmt: skip

    def _received(self, result: ReceiveResult) -> None:
        self.busy = False
        text = tr("{n} changes received from {sender}.").format(
            n=result.new_changes, sender=result.sender
        )
        if result.new_conflicts:
            text += " " + tr("{n} conflicts wait for you in the Sync place.").format(
                n=result.new_conflicts
            )
        if result.notices:
            text += "\n" + "\n".join(result.notices)
        self.received.emit(result)
        # received changes may touch any place: every one of them reads its data again
        self.ctx.changed(Area.ALL)
        self.tell(text)
