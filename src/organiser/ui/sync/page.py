"""The Sync place: this copy and its fingerprint, the copies and offices it trusts with the last
exchange with each, what others may still lack, conflicts waiting and attachments awaited."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.core.thaidate import format_moment
from organiser.services.sync import copies
from organiser.services.sync import held as held_back_changes
from organiser.services.sync.copies import TrustedCopy
from organiser.services.sync.overview import (
    Awaited,
    ConflictShown,
    SyncOverview,
    set_attachment_limit,
    sync_overview,
)
from organiser.ui.context import AppContext
from organiser.ui.sync.conflict_dialog import field_label, record_text, values_text
from organiser.ui.sync.exchange import ChangeFiles
from organiser.ui.sync.trusting import KeyCards
from organiser.ui.sync.venue_panel import VenuePanel
from organiser.ui.widgets.table import Column, RowsModel, ThaiSortProxy, make_table


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def moment(text: str | None, lang: str) -> str:
    """A stored ISO moment for people: B.E. in Thai; a dash for never."""
    if not text or text == "now":
        return "—" if not text else format_moment(dt.datetime.now(dt.UTC), lang)
    try:
        return format_moment(dt.datetime.fromisoformat(text), lang)
    except ValueError:
        return text


def state_of(t: TrustedCopy) -> str:
    if t.revoked_at:
        return tr("Revoked")
    return tr("Trusted") if t.trusted else tr("Not trusted")


def kind_of(t: TrustedCopy) -> str:
    return tr("Office") if t.kind == "office" else tr("Laptop")


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: SyncOverview | None = None
        self.change_files = ChangeFiles(ctx, self)
        self.key_cards = KeyCards(ctx, self)
        self.key_cards.trusted_changed.connect(self.reload)
        self._generation = 0
        self._stale = False

        title = QLabel(self.tr("Sync with other offices"))
        title.setObjectName("pageTitle")
        self.message = QLabel()
        self.message.setObjectName("syncMessage")
        self.message.setWordWrap(True)

        # this copy
        self.name_label = QLabel()
        self.office_label = QLabel()
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_label = QLabel()
        self.words_label.setWordWrap(True)
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.office_key_label = QLabel()
        self.office_key_label.setWordWrap(True)
        self.save_card_button = QPushButton(self.tr("Save my key card…"))
        self.save_card_button.setObjectName("saveKeyCard")
        self.save_card_button.clicked.connect(self.key_cards.save_card)
        me = QGroupBox(self.tr("This copy"))
        form = QFormLayout(me)
        form.addRow(self.tr("Name:"), self.name_label)
        form.addRow(self.tr("Office:"), self.office_label)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        form.addRow(self.tr("Read aloud as:"), self.words_label)
        form.addRow(self.tr("Office key:"), self.office_key_label)

        # what waits
        self.unsent_label = QLabel()
        self.unsent_label.setObjectName("notYetSent")
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflictsWaiting")
        self.awaited_label = QLabel()
        self.awaited_label.setObjectName("attachmentsAwaited")
        self.send_button = QPushButton(self.tr("Send changes…"))
        self.send_button.setObjectName("sendChanges")
        self.send_button.clicked.connect(self.change_files.send_changes)
        self.receive_button = QPushButton(self.tr("Receive changes…"))
        self.receive_button.setObjectName("receiveChanges")
        self.receive_button.clicked.connect(self.change_files.receive_changes)
        # changes dated more than a day ahead of this laptop's clock, waiting for a person
        self.held_label = QLabel()
        self.held_label.setObjectName("heldBack")
        # this laptop's own changes dated far ahead: its date was wrong when they were made
        self.made_ahead_label = QLabel()
        self.made_ahead_label.setObjectName("madeAhead")
        self.accept_button = QPushButton(self.tr("Accept held-back changes…"))
        self.accept_button.setObjectName("acceptHeldBack")
        self.accept_button.clicked.connect(self.accept_held_back)
        waiting = QGroupBox(self.tr("Changes"))
        waiting_rows = QVBoxLayout(waiting)
        for label in (
            self.unsent_label, self.conflicts_label, self.awaited_label, self.held_label,
            self.made_ahead_label,
        ):  # fmt: skip
            label.setWordWrap(True)
            waiting_rows.addWidget(label)
        waiting_rows.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.attachment_limit = QDoubleSpinBox()
        self.attachment_limit.setObjectName("attachmentLimit")
        self.attachment_limit.setRange(0.0, 100.0)
        self.attachment_limit.setSingleStep(1.0)
        self.attachment_limit.setDecimals(1)
        self.attachment_limit.setSuffix(" MB")
        self.attachment_limit.editingFinished.connect(self._limit_edited)
        limit_row = QHBoxLayout()
        limit_row.addWidget(QLabel(self.tr("Signed scans travel inside a change file up to")))
        limit_row.addWidget(self.attachment_limit)
        limit_row.addStretch(1)
        waiting_rows.addLayout(limit_row)
        waiting_rows.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.receive_button)
        buttons.addStretch(1)
        waiting_rows.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.addTab(self._trusted_tab(), self.tr("Trusted copies and offices"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._awaited_tab(), self.tr("Attachments awaited"))
        # this desk's name, and the desks whose changes of today may not be here (issue 14),
        # above the desks seen live
        from organiser.ui.sync.desks_box import DesksBox
        from organiser.ui.sync.hub_section import HubSection  # it uses moment() from here

        self.desks_box = DesksBox(ctx, self.change_files.receive_changes, self)
        self.venue = VenuePanel(ctx, self)  # issue 14: desks at the venue, live
        desks_tab = QWidget()
        desks_rows = QVBoxLayout(desks_tab)
        desks_rows.setContentsMargins(0, 0, 0, 0)
        desks_rows.addWidget(self.desks_box)
        desks_rows.addWidget(self.venue, 1)
        self.desks_tab = desks_tab
        self.tabs.addTab(desks_tab, self.tr("Desks at the venue"))

        # the regional hub (issue 15) beside the changes: stacked below the boxes the page was
        # taller than a laptop's 768-pixel screen leaves for it
        self.hub_section = HubSection(ctx, self)
        hub_column = QVBoxLayout()
        hub_column.addWidget(self.hub_section)
        hub_column.addStretch(1)
        # this copy's words wrap onto more lines than the layout foresees at a laptop's width:
        # in a frameless scroll area the last lines can be reached instead of being cut off
        me_scroll = QScrollArea()
        me_scroll.setObjectName("thisCopyScroll")
        me_scroll.setFrameShape(QFrame.Shape.NoFrame)
        me_scroll.setWidgetResizable(True)
        me_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        me_scroll.setWidget(me)
        me_scroll.setMinimumHeight(me.minimumSizeHint().height())
        me_column = QVBoxLayout()  # the button below the scroll: always in sight
        me_column.addWidget(me_scroll, 1)
        me_column.addWidget(self.save_card_button, 0, Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addLayout(me_column, 3)
        top.addWidget(waiting, 2)
        top.addLayout(hub_column, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top, 1)  # spare height shared with the tabs: the words above read whole
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        ctx.data_changed.connect(self._on_data_changed)

    # ------------------------------------------------------------ tabs
    def _trusted_tab(self) -> QWidget:
        lang = self.ctx.lang
        columns: list[Column[TrustedCopy]] = [
            Column(tr("Name"), lambda t: t.name),
            Column(tr("Kind"), kind_of),
            Column(tr("Office"), lambda t: t.office),
            Column(tr("Fingerprint"), lambda t: t.fingerprint),
            Column(tr("Last sent"), lambda t: moment(t.last_sent_at, lang),
                   sort=lambda t: t.last_sent_at or ""),
            Column(tr("Last received"), lambda t: moment(t.last_received_at, lang),
                   sort=lambda t: t.last_received_at or ""),
            Column(tr("State"), state_of),
        ]  # fmt: skip
        self.trusted_model: RowsModel[TrustedCopy] = RowsModel(columns, self)
        self.trusted_proxy = ThaiSortProxy(self)
        self.trusted_proxy.setSourceModel(self.trusted_model)
        self.trusted_table = make_table(self.trusted_proxy)
        self.trusted_table.setObjectName("trustedCopies")
        self.trust_button = QPushButton(self.tr("Trust a key card…"))
        self.trust_button.setObjectName("trustKeyCard")
        self.trust_button.clicked.connect(self.key_cards.trust_card)
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setObjectName("revoke")
        self.revoke_button.clicked.connect(self._revoke_selected)
        return self._tab(self.trusted_table, self.trust_button, self.revoke_button)

    def _conflicts_tab(self) -> QWidget:
        lang = self.ctx.lang
        columns: list[Column[ConflictShown]] = [
            Column(tr("Record"), record_text),
            Column(tr("Field"), lambda c: field_label(c.conflict.field)),
            Column(tr("Values"), lambda c: "  |  ".join(values_text(c, lang))),
        ]  # fmt: skip
        self.conflicts_model: RowsModel[ConflictShown] = RowsModel(columns, self)
        self.conflicts_table = make_table(self.conflicts_model, sortable=False)
        self.conflicts_table.setObjectName("conflicts")
        self.conflicts_table.doubleClicked.connect(lambda _i: self.resolve_selected())
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.setObjectName("resolveConflict")
        self.resolve_button.clicked.connect(self.resolve_selected)
        return self._tab(self.conflicts_table, self.resolve_button)

    def _awaited_tab(self) -> QWidget:
        columns: list[Column[Awaited]] = [
            Column(tr("File"), lambda a: a.name),
            Column(tr("Size"), lambda a: tr("{mb} MB").format(mb=f"{a.size / 1_000_000:.1f}"),
                   sort=lambda a: a.size, align_right=True),
            Column(tr("SHA-256"), lambda a: a.sha256[:16] + "…"),
        ]  # fmt: skip
        self.awaited_model: RowsModel[Awaited] = RowsModel(columns, self)
        self.awaited_table = make_table(self.awaited_model)
        self.awaited_table.setObjectName("awaited")
        note = QLabel(
            self.tr("Signed scans too large to travel inside a change file: ask the office that "
                    "filed them to send them, or file them here by hand.")
        )  # fmt: skip
        note.setWordWrap(True)
        return self._tab(self.awaited_table, note)

    @staticmethod
    def _tab(table: QWidget, *below: QWidget) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        for widget in below:
            row.addWidget(widget, 1 if isinstance(widget, QLabel) else 0)  # a note: full width
        if not any(isinstance(widget, QLabel) for widget in below):
            row.addStretch(1)
        layout.addLayout(row)
        return tab

    # ------------------------------------------------------------ data
    def _on_data_changed(self, _area: str) -> None:
        # any change may be one the other offices lack; counted again when next seen
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        self._generation += 1
        generation = self._generation

        def show(found: SyncOverview) -> None:
            if generation == self._generation:  # an older load finishing late is dropped
                self.show_overview(found)

        self.desks_box.reload()
        # copy_identity makes this copy's id and keys the first time: a write
        self.ctx.tasks.run(lambda _p: sync_overview(store), show, self.say, write=True, owner=self)

    def show_overview(self, found: SyncOverview) -> None:
        self.overview = found
        me = found.identity
        self.name_label.setText(me.name)
        self.office_label.setText(me.office or self.tr("(no office name yet: see Settings)"))
        self.fingerprint_label.setText(me.fingerprint)
        words = " ".join(me.words)
        if me.words_en and list(me.words_en) != me.words:  # for an office reading English
            english = self.tr("In English: {words}").format(words=" ".join(me.words_en))
            words = f"<b>{words}</b><br><small>{english}</small>"
        self.words_label.setText(words)
        if me.office_fingerprint:
            office_words = " ".join(me.office_words or [])
            text = f"{me.office_fingerprint} · <b>{office_words}</b>"
            if me.office_words_en and list(me.office_words_en) != me.office_words:
                english = self.tr("In English: {words}").format(words=" ".join(me.office_words_en))
                text += f"<br><small>{english}</small>"
            if me.holds_office_key:
                text += "<br>" + self.tr("This laptop holds the office key: its card vouches for "
                                         "the office's laptops.")  # fmt: skip
            self.office_key_label.setText(text)
        else:
            self.office_key_label.setText(self.tr("none"))
        self.trusted_model.set_rows(found.identity.trusted)
        self.trusted_table.resizeColumnsToContents()
        self.conflicts_model.set_rows(found.conflicts)
        self.conflicts_table.resizeColumnsToContents()
        self.awaited_model.set_rows(found.awaited)
        if not self.attachment_limit.hasFocus():
            self.attachment_limit.setValue(found.attachment_limit_mb)
        # desks paired at the venue are trusted through their office, not listed by hand
        trusted = found.recipients > 0 or any(t.trusted for t in me.trusted)
        self.unsent_label.setText(
            self.tr("Changes the trusted copies may still lack: {n}").format(n=found.not_yet_sent)
            if trusted
            else self.tr("No copy is trusted yet: trust another office's key card first.")
        )
        self.send_button.setEnabled(bool(trusted))
        self.conflicts_label.setText(
            self.tr("Conflicts waiting for you: {n}").format(n=len(found.conflicts))
        )
        self.awaited_label.setText(self.tr("Attachments awaited: {n}").format(n=len(found.awaited)))
        held = sum(h.changes for h in found.held)
        self.held_label.setText(
            self.tr("Held back, dated more than a day ahead of this laptop's clock: {n} changes "
                    "from {copies}").format(n=held, copies=", ".join(h.made_by for h in found.held))
        )  # fmt: skip
        self.held_label.setVisible(bool(held))
        self.made_ahead_label.setText(found.made_ahead)
        self.made_ahead_label.setVisible(bool(found.made_ahead))
        self.accept_button.setVisible(bool(held))
        self.tabs.setTabText(1, self.tr("Conflicts ({n})").format(n=len(found.conflicts)))
        self.tabs.setTabText(2, self.tr("Attachments awaited ({n})").format(n=len(found.awaited)))

    def _limit_edited(self) -> None:
        mb = self.attachment_limit.value()
        if self.overview is None or mb == self.overview.attachment_limit_mb:
            return
        store = self.ctx.store
        self.ctx.tasks.run(lambda _p: set_attachment_limit(store, mb), lambda _r: self.reload(),
                           self.say, write=True, owner=self)  # fmt: skip

    def say(self, exc: BaseException | str) -> None:
        text = exc if isinstance(exc, str) else getattr(exc, "message", None) or str(exc)
        self.message.setText(text)
        self.ctx.status_message.emit(text)

    # ------------------------------------------------------------ actions
    def selected_copy(self) -> TrustedCopy | None:
        index = self.trusted_table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.trusted_model.row_at(self.trusted_proxy.mapToSource(index).row())

    def confirm(self, text: str, title: str = "") -> bool:
        """Asked before revoking or accepting held-back changes (tests answer it)."""
        answer = QMessageBox.question(self, title or self.tr("Revoke"), text)
        return answer == QMessageBox.StandardButton.Yes

    def accept_held_back(self) -> None:
        found = self.overview.held if self.overview else []
        if not found:
            return
        lines = "\n".join(
            self.tr("• {copy}: {n} changes, dated {days} days ahead").format(
                copy=h.made_by, n=h.changes, days=f"{h.days_ahead:g}"
            )
            for h in found
        )
        text = self.tr(
            "These changes are dated more than a day ahead of this laptop's clock:\n{lines}\n\n"
            "Usually the other laptop's date was wrong (a Buddhist-era year typed as a "
            "Christian-era one). First check that this laptop's own date is right. Accepting "
            "applies them as they are; this laptop's clock is not moved. A backup is made first."
        ).format(lines=lines)
        if not self.confirm(text, self.tr("Accept held-back changes")):
            return
        store = self.ctx.store

        def done(taken: int) -> None:
            self.say(self.tr("Took in {n} changes that were held back.").format(n=taken))
            self.ctx.changed(Area.ALL)

        self.ctx.tasks.run(
            lambda _p: held_back_changes.accept(store), done, self.say, write=True, owner=self
        )

    def _revoke_selected(self) -> None:
        chosen = self.selected_copy()
        if chosen is None:
            self.say(self.tr("Choose a copy or an office in the list first."))
            return
        self.revoke(chosen)

    def revoke(self, chosen: TrustedCopy) -> None:
        what = (
            self.tr("the office {name}").format(name=chosen.name)
            if chosen.kind == "office"
            else chosen.name
        )
        text = self.tr(
            "Revoke {what} ({fpr})?\n\nFrom now on no change file is sealed to it, and the files "
            "it signs are refused here.{office}\n\nRevoking does not reach that laptop: what it "
            "has already received stays on it and readable to it. If a laptop was lost or "
            "stolen, ask every other office to revoke it too."
        ).format(
            what=what,
            fpr=chosen.fingerprint,
            office=self.tr(" Its laptops are no longer trusted through it.")
            if chosen.kind == "office"
            else "",
        )
        if not self.confirm(text):
            return
        store, fpr = self.ctx.store, chosen.fingerprint

        def done(found: TrustedCopy) -> None:
            self.say(self.tr("{name} was revoked.").format(name=found.name))
            self.reload()

        self.ctx.tasks.run(lambda _p: copies.untrust(store, fpr), done, self.say, write=True)

    def selected_conflict(self) -> ConflictShown | None:
        index = self.conflicts_table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.conflicts_model.row_at(index.row())

    def resolve_selected(self) -> None:
        chosen = self.selected_conflict()
        if chosen is None and self.conflicts_model.rowCount() == 1:
            chosen = self.conflicts_model.row_at(0)
        if chosen is None:
            self.say(self.tr("Choose a conflict in the list first."))
            return
        from organiser.ui.sync.conflict_dialog import ResolveDialog

        self.resolve_dialog = ResolveDialog(self.ctx, chosen, self)
        self.resolve_dialog.resolved.connect(self._resolved)
        self.resolve_dialog.open()

    def _resolved(self, _conflict: Any) -> None:
        self.say(self.tr("The conflict is settled; the other offices settle it when they "
                         "receive your next change file."))  # fmt: skip
        self.ctx.changed(Area.ALL)


def create_page(ctx: AppContext) -> QWidget:
    return SyncPage(ctx)
