"""Choosing a memorandum's next status, the day of the change and a note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from organiser.domain.labels import label, label_of
from organiser.domain.memoranda import MemorandumStatus
from organiser.domain.memoranda_rules import allowed_targets
from organiser.services.memoranda.reading import MemorandumData
from organiser.ui.widgets.dates import ThaiDateEdit, take_date_refusals


def likely_next(current: MemorandumStatus, targets: list[MemorandumStatus]) -> MemorandumStatus:
    """The step a memorandum usually takes next: forward in its life (signed → in force), never
    a back-step or the end for good unless nothing else is allowed."""
    order = list(MemorandumStatus)
    ordinary = [t for t in targets if t is not MemorandumStatus.TERMINATED]
    forward = [t for t in ordinary if order.index(t) > order.index(current)]
    return (forward or ordinary or targets)[0]


class StatusDialog(QDialog):
    def __init__(self, memo: MemorandumData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the status"))
        current = MemorandumStatus(memo.status)
        self.target_box = QComboBox()
        targets = allowed_targets(current)
        for status in targets:
            self.target_box.addItem(label(status), status.value)
        self.target_box.setCurrentIndex(
            targets.index(likely_next(current, targets)) if targets else -1
        )
        self.date = ThaiDateEdit()
        last = max((h.changed_on for h in memo.history), default=None)
        self.date.set_value(max(dt.date.today(), last) if last else dt.date.today())
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Why, or what happened (needed to terminate)"))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.target_box.currentIndexChanged.connect(lambda _i: self._explain())
        form = QFormLayout()
        form.addRow(self.tr("Now"), QLabel(label_of(MemorandumStatus, memo.status)))
        form.addRow(self.tr("New status"), self.target_box)
        form.addRow(self.tr("On"), self.date)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.target_box.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(buttons)
        self._explain()

    def _explain(self) -> None:
        texts = {
            MemorandumStatus.SIGNED.value: self.tr(
                "Every party must have signed, or have a note saying why it does not."
            ),
            MemorandumStatus.IN_FORCE.value: self.tr(
                "From this day the commitments bind; the start page reminds of late ones."
            ),
            MemorandumStatus.EXPIRED.value: self.tr("Only after the end of its validity."),
            MemorandumStatus.TERMINATED.value: self.tr(
                "Ends the memorandum for good; write the reason in the note."
            ),
            MemorandumStatus.DRAFT.value: self.tr("Back to drafting: the text can change again."),
            MemorandumStatus.IN_REVIEW.value: self.tr(
                "The partners read the text; after signing, this corrects the text or a signature."
            ),
        }
        self.explain.setText(texts.get(self.target(), ""))

    def accept(self) -> None:
        if take_date_refusals(self):
            return  # the note beside the date says why; the next OK goes ahead
        super().accept()

    def select(self, status: str) -> None:
        self.target_box.setCurrentIndex(self.target_box.findData(status))

    def target(self) -> str:
        return str(self.target_box.currentData() or "")

    def on(self) -> dt.date:
        return self.date.value()

    def note(self) -> str:
        return self.note_edit.text()
