"""The start-up messages: a damaged or missing database, and a data folder in a synced folder."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from organiser.core.thaitext import insert_word_breaks
from organiser.services.safety.location import FolderRisk
from organiser.services.safety.startup import (
    DamagedDatabaseError,
    MissingDatabaseError,
    describe_backup,
)


def _icon_label(widget: QWidget, kind: QStyle.StandardPixmap) -> QLabel:
    label = QLabel()
    label.setPixmap(widget.style().standardIcon(kind).pixmap(48, 48))
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


class StartupProblemDialog(QDialog):
    """Tells in plain words what happened to the database and offers the way back."""

    class Choice(enum.Enum):
        RESTORE = "restore"  # the newest good backup
        CHOOSE = "choose"  # another backup file
        EMPTY = "empty"  # start with an empty database
        QUIT = "quit"

    def __init__(
        self, problem: DamagedDatabaseError | MissingDatabaseError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.problem = problem
        self.choice = StartupProblemDialog.Choice.QUIT
        damaged = isinstance(problem, DamagedDatabaseError)
        self.setWindowTitle(self.tr("Organiser: the database needs attention"))
        self.setMinimumWidth(760)
        heading = QLabel(
            self.tr("The database is damaged") if damaged else self.tr("The database is missing")
        )
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        message = QLabel(insert_word_breaks(problem.message))
        message.setWordWrap(True)
        message.setMinimumWidth(640)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(message)
        if damaged:
            assert isinstance(problem, DamagedDatabaseError)
            detail = QLabel(
                self.tr("Technical detail for support: {problem}").format(problem=problem.problem)
            )
            detail.setWordWrap(True)
            detail.setObjectName("detail")
            detail.setStyleSheet("color: #5f6368;")
            text.addWidget(detail)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(
            _icon_label(
                self,
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if damaged
                else QStyle.StandardPixmap.SP_MessageBoxWarning,
            )
        )
        top.addLayout(text, 1)

        buttons = QHBoxLayout()
        others = QHBoxLayout()
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(lambda: self._choose(StartupProblemDialog.Choice.QUIT))
        self.empty_button = QPushButton(self.tr("Start with an empty database"))
        self.empty_button.clicked.connect(lambda: self._choose(StartupProblemDialog.Choice.EMPTY))
        self.choose_button = QPushButton(self.tr("Choose another backup…"))
        self.choose_button.clicked.connect(lambda: self._choose(StartupProblemDialog.Choice.CHOOSE))
        others.addWidget(self.quit_button)
        others.addStretch(1)
        others.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        self.restore_button: QPushButton | None = None
        if problem.backup is not None:
            self.restore_button = QPushButton(
                self.tr("Restore the backup from {when}").format(
                    when=describe_backup(problem.backup)
                )
            )
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(
                lambda: self._choose(StartupProblemDialog.Choice.RESTORE)
            )
            buttons.addWidget(self.restore_button)
        else:
            self.choose_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addSpacing(4)
        layout.addLayout(others)

    def _choose(self, choice: StartupProblemDialog.Choice) -> None:
        self.choice = choice
        if choice is StartupProblemDialog.Choice.QUIT:
            self.reject()
        else:
            self.accept()


class CloudFolderDialog(QDialog):
    """The data folder is in a synced or network folder: why that is dangerous, and one click
    to move it to the local folder."""

    def __init__(self, risk: FolderRisk, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.move_chosen = False
        self.setWindowTitle(self.tr("Organiser: the data folder is not safe"))
        self.setMinimumWidth(700)
        heading = QLabel(
            self.tr("The data folder is in a folder synced by {service}").format(
                service=risk.service
            )
            if risk.kind == "cloud"
            else self.tr("The data folder is on a network drive")
        )
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        reason = QLabel(insert_word_breaks(risk.reason))
        reason.setWordWrap(True)
        reason.setMinimumWidth(580)
        advice = QLabel(
            insert_word_breaks(
                self.tr(
                    "Move the data to a folder on this computer: {folder}. Backups keep being made "
                    "there; to share data between laptops, use File → Back up now and copy the backup."
                ).format(folder=target)
            )
        )
        advice.setWordWrap(True)
        advice.setMinimumWidth(580)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(reason)
        text.addWidget(advice)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(_icon_label(self, QStyle.StandardPixmap.SP_MessageBoxWarning))
        top.addLayout(text, 1)
        self.keep_button = QPushButton(self.tr("Keep using this folder"))
        self.keep_button.clicked.connect(self.reject)
        self.move_button = QPushButton(self.tr("Move to a local folder"))
        self.move_button.setDefault(True)
        self.move_button.clicked.connect(self._move)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(buttons)

    def _move(self) -> None:
        self.move_chosen = True
        self.accept()
