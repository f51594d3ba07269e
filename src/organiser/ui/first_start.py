"""First start: the office's name and province, then a way in."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Signal
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

from organiser.core.i18n import current_language
from organiser.core.provinces import PROVINCE_NAMES_TH, province_label
from organiser.core.thaitext import thai_sort_key
from organiser.ui.writing import error_line


class WayIn(Enum):
    CREATE_EVENT = "create"
    IMPORT_LIST = "import"
    DEMO = "demo"
    LATER = "later"


class FirstStartDialog(QDialog):
    """Choosing a language switches the dialog (and the app) to it at once."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = WayIn.LATER
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.office = QLineEdit()
        self.province = QComboBox()
        self.language = QComboBox()
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.chosen_language())
        )
        self.form = QFormLayout()
        self.form.addRow("", self.language)
        self.form.addRow("", self.office)
        self.form.addRow("", self.province)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.error = error_line()

        self.create_button = QPushButton()
        self.import_button = QPushButton()
        self.demo_button = QPushButton()
        self.later_button = QPushButton()
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
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.later_button)
        layout.addLayout(bottom)
        self.retranslate()
        self.resize(640, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the chosen language; the provinces named and sorted in it too."""
        self.setWindowTitle(self.tr("Welcome to Organiser"))
        self.intro.setText(
            self.tr(
                "Organiser keeps your seminars on this computer: people, registration at the venue, "
                "the agenda, memoranda of cooperation and follow-up plans. It works without internet."
            )
        )
        self.office.setPlaceholderText(self.tr("e.g. Southern regional office"))
        for row, text in enumerate(
            (self.tr("Language") + " / Language", self.tr("Office name"), self.tr("Province"))
        ):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel):
                widget.setText(text)
        self.hint.setText(self.tr("You can change these later in Settings."))
        self.create_button.setText(self.tr("Create a seminar"))
        self.import_button.setText(self.tr("Import an invitation list"))
        self.demo_button.setText(self.tr("Explore the demo seminar"))
        self.later_button.setText(self.tr("Later"))
        if self.error.text():
            self.error.setText(self.tr("Please enter your office's name."))
        self._fill_provinces(self.chosen_language())

    def _fill_provinces(self, lang: str) -> None:
        chosen = self.office_province()
        labels = [(province_label(name, lang), name) for name in PROVINCE_NAMES_TH]
        if lang == "th":
            labels.sort(key=lambda pair: thai_sort_key(pair[0]))
        else:
            labels.sort(key=lambda pair: pair[0].casefold())
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem("", "")
        for label, name in labels:
            self.province.addItem(label, name)
        self.province.setCurrentIndex(max(0, self.province.findData(chosen)))
        self.province.blockSignals(False)

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
