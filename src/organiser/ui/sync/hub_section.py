"""The hub's state in the Sync place: connected or not reachable since when, the last exchange
(B.E. in Thai), changes waiting to go up, a progress bar while a first download runs, and
Exchange now / Hub settings…. Read from this laptop's own record of the hub: nothing here
waits on the network."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.services.sync.hub.exchanging import HubStatus, status
from organiser.ui.context import AppContext
from organiser.ui.sync.hub_exchanger import HubExchanger
from organiser.ui.sync.page import moment


def tr(text: str) -> str:
    return QCoreApplication.translate("HubSection", text)


def state_text(found: HubStatus, lang: str, exchanging: bool = False) -> str:
    """One line a person reads at a glance."""
    if not found.configured:
        return tr("No hub is set: changes travel by change file or between desks only.")
    if exchanging:
        return tr("Exchanging with the hub…")
    if found.unreachable_since:
        return tr("Not reachable since {when}: changes wait here and go up when it can be "
                  "reached.").format(when=moment(found.unreachable_since, lang))  # fmt: skip
    if found.error:
        return found.error
    if found.last_exchange:
        return tr("Connected to the hub as {office}.").format(office=found.office or "–")
    return tr("Not exchanged with the hub yet.")


class HubSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Regional hub"), parent)
        self.setObjectName("hubSection")
        self.ctx = ctx
        self.found: HubStatus | None = None
        self._busy = False
        self._stale = True
        self.state_label = QLabel()
        self.state_label.setObjectName("hubState")
        self.state_label.setWordWrap(True)
        self.last_label = QLabel()
        self.last_label.setObjectName("hubLastExchange")
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("hubWaiting")
        self.progress = QProgressBar()
        self.progress.setObjectName("hubProgress")
        self.progress.setVisible(False)
        self.now_button = QPushButton(tr("Exchange now"))
        self.now_button.setObjectName("hubExchangeNow")
        self.now_button.clicked.connect(self.exchange_now)
        self.settings_button = QPushButton(tr("Hub settings…"))
        self.settings_button.setObjectName("hubSettings")
        self.settings_button.clicked.connect(self.open_settings)
        facts = QHBoxLayout()
        facts.addWidget(self.last_label)
        facts.addWidget(self.waiting_label)
        facts.addStretch(1)
        facts.addWidget(self.now_button)
        facts.addWidget(self.settings_button)
        rows = QVBoxLayout(self)
        rows.addWidget(self.state_label)
        rows.addLayout(facts)
        rows.addWidget(self.progress)
        self.dialog: QWidget | None = None

        exchanger = self.exchanger
        if exchanger is not None:
            exchanger.busy_changed.connect(self._on_busy)
            exchanger.progressed.connect(self._on_progress)
            exchanger.exchanged.connect(lambda _r: self.reload())
            exchanger.failed.connect(lambda _m: self.reload())
        ctx.data_changed.connect(self._on_data_changed)

    @property
    def exchanger(self) -> HubExchanger | None:
        found = self.ctx.findChild(HubExchanger)
        return found if isinstance(found, HubExchanger) else None

    # ------------------------------------------------------------ state
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _on_data_changed(self, _area: str) -> None:
        if self.isVisible():
            self.reload()  # changes waiting to go up
        else:
            self._stale = True

    def reload(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(lambda _p: status(store, check=False), self.show_status,
                           lambda _e: None, owner=self)  # fmt: skip

    def show_status(self, found: HubStatus) -> None:
        self.found = found
        lang = self.ctx.lang
        self.state_label.setText(state_text(found, lang, self._busy))
        bad = found.configured and bool(found.unreachable_since or found.error)
        self.state_label.setStyleSheet("color: #b3261e;" if bad else "")
        self.last_label.setText(
            tr("Last exchange: {when}").format(when=moment(found.last_exchange, lang))
        )
        self.waiting_label.setText(tr("Changes waiting to go up: {n}").format(n=found.waiting))
        for widget in (self.last_label, self.waiting_label, self.now_button):
            widget.setVisible(found.configured)
        self.now_button.setEnabled(not self._busy)
        self.settings_button.setText(tr("Hub settings…") if found.configured else tr("Set a hub…"))

    def _on_busy(self, busy: bool) -> None:
        self._busy = busy
        self.now_button.setEnabled(not busy)
        if busy and self.found is not None:
            self.state_label.setText(state_text(self.found, self.ctx.lang, True))
        if not busy:
            self.progress.setVisible(False)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        """Only a download reports progress: a first one may be long (a snapshot, or months
        of changes); one file shows a busy bar, several count the files."""
        self.progress.setVisible(True)
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(f"{label} %v/%m" if label else "%v/%m")
        else:
            self.progress.setRange(0, 0)

    # ------------------------------------------------------------ actions
    def exchange_now(self) -> None:
        exchanger = self.exchanger
        if exchanger is not None and exchanger.running:
            exchanger.exchange_now()
            return
        # no background exchange (it has not started): once, on a worker
        from organiser.services.sync.hub.exchanging import exchange

        store = self.ctx.store
        self._on_busy(True)

        def ended(result: object) -> None:
            self._on_busy(False)
            self.reload()
            if getattr(result, "new_changes", 0):
                self.ctx.changed(Area.ALL)

        self.ctx.tasks.run(lambda _p: exchange(store), ended, ended, write=True, owner=self)

    def open_settings(self) -> None:
        from organiser.ui.sync.hub_dialog import HubDialog

        dialog = HubDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._hub_saved)
        self.dialog = dialog
        dialog.open()

    def _hub_saved(self) -> None:
        self.reload()
        exchanger = self.exchanger
        if exchanger is not None:
            exchanger.exchange_now()  # a new hub: exchange at once
