"""One-line labels for the editor's heading and its message line.

The editor's fields must stay where they are while someone types: a heading that wrapped onto a
second line, or a banner that appeared above the tabs, pushed the form down under the cursor
(a reference number was typed into the title). These labels always take one line: a long text
is cut with "…" and shown whole in the tooltip, and an empty one keeps its height."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class OneLineLabel(QLabel):
    """A label one line high whatever its text; `text()` is the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What is drawn: the text, or its beginning and "…" when it does not fit."""
        return super().text()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # a style sheet may have changed the font: and the height
            self._fit()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 16, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.sizeHint().height())
