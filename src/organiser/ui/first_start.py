"""First start: the office's name and province, then a way in."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.areas import PROVINCE_NAMES_TH, province_label
from organiser.core.i18n import current_language


class WayIn(Enum):
    CREATE_EVENT = "create"
    IMPORT_LIST = "import"
    DEMO = "demo"
    LATER = "later"


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = WayIn.LATER
        self.setWindowTitle(self.tr("Welcome to Organiser"))
        lang = current_language()
        intro = QLabel(
            self.tr(
                "Organiser keeps your seminars on this computer: people, registration at the venue, "
                "the agenda, memoranda of cooperation and follow-up plans. It works without internet."
            )
        )
        intro.setWordWrap(True)
        self.office = QLineEdit()
        self.office.setPlaceholderText(self.tr("e.g. Southern regional office"))
        self.province = QComboBox()
        self.province.addItem("", "")
        for name in PROVINCE_NAMES_TH:
            self.province.addItem(province_label(name, lang), name)
        self.language = QComboBox()
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        form = QFormLayout()
        form.addRow(self.tr("Language") + " / Language", self.language)
        form.addRow(self.tr("Office name"), self.office)
        form.addRow(self.tr("Province"), self.province)
        self.hint = QLabel(self.tr("You can change these later in Settings."))
        self.hint.setObjectName("hint")
        self.error = QLabel()
        self.error.setObjectName("errorText")

        self.create_button = QPushButton(self.tr("Create a seminar"))
        self.import_button = QPushButton(self.tr("Import an invitation list"))
        self.demo_button = QPushButton(self.tr("Explore the demo seminar"))
        self.later_button = QPushButton(self.tr("Later"))
        buttons = QHBoxLayout()
        for button, way in (
            (self.create_button, WayIn.CREATE_EVENT),
            (self.import_button, WayIn.IMPORT_LIST),
            (self.demo_button, WayIn.DEMO),
        ):
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _c=False, w=way: self._choose(w))
            buttons.addWidget(button)
        self.later_button.clicked.connect(lambda: self._choose(WayIn.LATER))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.later_button)
        layout.addLayout(bottom)
        self.resize(640, self.sizeHint().height())

    def _choose(self, way: WayIn) -> None:
        if way is not WayIn.DEMO and not self.office.text().strip():
            self.error.setText(self.tr("Please enter your office's name."))
            self.office.setFocus()
            return
        self.choice = way
        self.accept()

    def office_name(self) -> str:
        return self.office.text().strip()

    def office_province(self) -> str:
        return str(self.province.currentData() or "")

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "th")
