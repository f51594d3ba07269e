"""Filed documents (the signed scan and others) and the status history."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.services.memoranda.reading import AttachmentData, MemorandumData
from organiser.ui.memoranda.models import ListModel, attachment_columns, history_columns
from organiser.ui.widgets.table import make_table


class FilesTab(QWidget):
    attach_requested = Signal()
    open_requested = Signal(str)  # attachment id
    remove_requested = Signal(str)
    status_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ListModel(attachment_columns(lang), self)
        self.table = make_table(self.model, sortable=False, single=True)
        self.table.doubleClicked.connect(lambda _i: self._emit(self.open_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.attach_button = QPushButton(self.tr("File a document…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.attach_button.clicked.connect(self.attach_requested.emit)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.kept_text = self.tr(
            "A copy is kept in the data folder with its size and SHA-256 checksum; before it "
            "is opened, the copy is checked against them."
        )
        self.hint = QLabel(self.kept_text)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        files = QGroupBox(self.tr("Filed documents"))
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(self.table, 1)
        files_layout.addLayout(buttons)
        files_layout.addWidget(self.hint)

        self.history_model = ListModel(history_columns(lang), self)
        self.history = make_table(self.history_model, sortable=False, single=True)
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.clicked.connect(self.status_requested.emit)
        history_box = QGroupBox(self.tr("Status history"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.status_button)
        history_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(files, 1)
        layout.addWidget(history_box, 1)
        self._saved = False
        self._update()

    def show_draft(self, draft: MemorandumData, _locked: bool) -> None:
        self._saved = draft.id is not None
        self.model.set_rows(draft.attachments)
        self.history_model.set_rows(draft.history)
        self.table.resizeColumnsToContents()
        self.history.resizeColumnsToContents()
        if draft.attachments:
            self.table.selectRow(len(draft.attachments) - 1)  # the newest, usually the scan
        # "save first" only while it is true: once saved (and filed) the hint says how it is kept
        self.hint.setText(
            self.kept_text
            if self._saved
            else self.tr("Save the memorandum first, then file its documents.")
        )
        self._update()

    def selected(self) -> AttachmentData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _emit(self, signal: SignalInstance) -> None:
        item = self.selected()
        if item is not None:
            signal.emit(item.id)

    def _update(self) -> None:
        has = self.selected() is not None
        self.attach_button.setEnabled(self._saved)
        self.status_button.setEnabled(self._saved)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
