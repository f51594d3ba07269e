"""Key cards: saving this copy's, and trusting another's once its fingerprint words were
compared aloud with the office that made it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from organiser.services.sync import copies
from organiser.services.sync.overview import CardShown, read_key_card
from organiser.ui.context import AppContext
from organiser.ui.widgets import files
from organiser.ui.widgets.files import FileKind


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncKeyCards", text)


def card_filters() -> str:
    return tr("Key cards (*.card *.json);;All files (*)")


class TrustDialog(QDialog):
    """The card's fingerprint and words, to compare with what the other office reads aloud."""

    def __init__(self, card: CardShown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        self.card = card
        self.setWindowTitle(self.tr("Trust a key card"))
        what = (
            self.tr("the office {office}, and every laptop it vouches for ({n} now)").format(
                office=card.office or card.name, n=card.laptops
            )
            if card.kind == "office"
            else self.tr("the laptop {name} of {office}").format(name=card.name, office=card.office)
        )
        intro = QLabel(
            self.tr("This card is {what}. Call the office and ask them to read their fingerprint "
                    "aloud: trust it only if every word is the same.").format(what=what)
        )  # fmt: skip
        intro.setWordWrap(True)
        self.words = QLabel(" ".join(card.words))
        self.words.setObjectName("cardWords")
        self.words.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.words.setWordWrap(True)
        self.fingerprint = QLabel(card.fingerprint)
        self.name = QLineEdit(card.name)
        self.name.setObjectName("trustedName")
        form = QFormLayout()
        form.addRow(self.tr("Words:"), self.words)
        self.words_en = QLabel(" ".join(card.words_en))
        self.words_en.setObjectName("cardWordsEnglish")
        self.words_en.setWordWrap(True)
        if card.words_en and list(card.words_en) != card.words:  # an office reading English
            form.addRow(self.tr("In English:"), self.words_en)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Name it here:"), self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.trust_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.trust_button.setText(self.tr("The words are the same: trust it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)


class KeyCards(QObject):
    trusted_changed = Signal()

    def __init__(self, ctx: AppContext, page: Any) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page  # a SyncPage: its `say` tells the user
        self.trust_dialog: TrustDialog | None = None

    def save_card(self) -> None:
        store = self.ctx.store
        with store.reader() as uow:
            from organiser.services import settings

            office = settings.office(uow).name
        name = f"{office or 'organiser'}.card".replace("/", "-")
        path = files.ask_save_path(
            self.ctx, self.page, FileKind.KEY_CARD, tr("Save my key card"), name, card_filters()
        )
        if path is None:
            return

        def done(found: tuple[str, list[str]]) -> None:
            fpr, words = found
            self.page.say(
                tr("Key card saved as {file} (fingerprint {fpr}: {words}). Give it to the other "
                   "office, then read the words to them.").format(
                    file=path.name, fpr=fpr, words=" ".join(words))
            )  # fmt: skip

        self.ctx.tasks.run(
            lambda _p: copies.write_card(store, path), done, self.page.say, write=True, owner=self
        )

    def trust_card(self) -> None:
        path = files.ask_open_path(
            self.ctx, self.page, FileKind.KEY_CARD, tr("Trust a key card"), card_filters()
        )
        if path is None:
            return
        self.ctx.tasks.run(
            lambda _p: read_key_card(path),
            lambda card: self._ask(path, card),
            self.page.say,
            owner=self,
        )

    def _ask(self, path: Path, card: CardShown) -> None:
        self.trust_dialog = TrustDialog(card, self.page)
        self.trust_dialog.accepted.connect(
            lambda: self._trust(
                path, self.trust_dialog.name.text().strip() if self.trust_dialog else ""
            )
        )
        self.trust_dialog.open()

    def _trust(self, path: Path, name: str) -> None:
        store = self.ctx.store

        def done(found: copies.TrustResult) -> None:
            text = tr("{name} is trusted now.").format(name=found.name)
            if found.joined_office:
                text += " " + tr("This laptop joined the office {office}.").format(
                    office=found.office
                )
            self.page.say(text)
            self.trusted_changed.emit()

        self.ctx.tasks.run(
            lambda _p: copies.trust_card(store, path, name or None),
            done, self.page.say, write=True, owner=self,
        )  # fmt: skip
