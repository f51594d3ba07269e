"""Possible duplicates from another desk: the same new person registered as a walk-in at two
desks before the desks saw each other. Each pair is offered for merging with the People
place's merge (one record kept, the other's empty fields filled in; both check-ins kept)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.thaitext import format_phone
from organiser.services.desk.editing import desk_called
from organiser.services.people import directory as directory_service
from organiser.services.people import editing as people_editing
from organiser.services.safety.autobackup import BulkChange
from organiser.services.sync.walk_in_pairs import WalkInPair, WalkInSide
from organiser.ui.context import AppContext
from organiser.ui.writing import run_write


class WalkInPairsDialog(QDialog):
    merged = Signal()

    def __init__(self, ctx: AppContext, pairs: list[WalkInPair], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("walkInPairs")
        self.setWindowTitle(self.tr("Possible duplicates from another desk"))
        self.merge_dialog: QDialog | None = None
        intro = QLabel(
            self.tr(
                "These walk-ins were registered at two desks before the desks saw each other's "
                "changes. If a pair is one person, merge them: both check-ins are kept and the "
                "person counts once."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.merge_buttons: list[QPushButton] = []
        for row, pair in enumerate(pairs):
            grid.addWidget(QLabel(self._side(pair.first)), row, 0)
            grid.addWidget(QLabel(self._side(pair.second)), row, 1)
            why = (
                self.tr("same phone number")
                if pair.reason == "phone"
                else self.tr("same or very similar name")
            )
            grid.addWidget(QLabel(why), row, 2)
            button = QPushButton(self.tr("Merge…"))
            button.clicked.connect(lambda _c=False, p=pair: self.open_merge(p))
            grid.addWidget(button, row, 3)
            self.merge_buttons.append(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _side(self, side: WalkInSide) -> str:
        parts = [side.name, side.organisation, format_phone(side.phone)]
        text = " · ".join(p for p in parts if p)
        if side.desk:
            text += "\n" + self.tr("at desk {desk}").format(desk=desk_called(side.desk))
        return text

    def open_merge(self, pair: WalkInPair) -> QDialog | None:
        """The People place's merge dialog for the pair (the first registered is kept unless
        the person at the desk chooses the other)."""
        from organiser.ui.people.dialogs import MergeDialog

        with self.ctx.store.reader() as uow:  # two small records: quick
            first = directory_service.get_person(uow, pair.first.person_id)
            second = directory_service.get_person(uow, pair.second.person_id)
        if first is None or second is None:
            return None
        dialog = MergeDialog(first, second, self)
        dialog.accepted.connect(lambda: self.merge(*dialog.survivor_and_loser()))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def merge(self, survivor_id: str, loser_id: str) -> None:
        run_write(
            self.ctx,
            lambda uow: people_editing.merge_people(uow, survivor_id, loser_id),
            lambda _r: self._merged(),
            show=self._failed,
            owner=self,
            backup_first=BulkChange.MERGE,  # as a merge in the People place does
        )

    def _merged(self) -> None:
        self.merged.emit()
        self.accept()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
