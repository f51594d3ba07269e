"""In Thai mode the Sync place and the key card being trusted show the fingerprint in Thai
words, drawn in the app's Thai face (no empty boxes), with the English words beside them for
an office that reads English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QLabel
from sync_offices import Office

from organiser import app
from organiser.services.sync import copies
from organiser.services.sync.overview import read_key_card
from organiser.sync.words import WORDS, thai_words
from organiser.ui.context import AppContext
from organiser.ui.sync.page import SyncPage
from organiser.ui.sync.trusting import TrustDialog


@pytest.fixture
def in_thai(qapp: Any) -> Iterator[None]:
    """The app as a Thai office runs it: Thai texts, Sarabun; the font put back after."""
    before = QFont(qapp.font())
    family = app.load_fonts()
    assert family  # Sarabun, shipped with the app
    qapp.setFont(QFont(family, 11))
    app.install_translations(qapp, "th")
    yield
    qapp.setFont(before)


def _inked_columns(label: QLabel, path: Path) -> int:
    """Columns of the label's screenshot with any ink: text drawn, not empty boxes alone."""
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    image.save(str(path))
    background = QColor(image.pixel(0, 0))
    inked = 0
    for x in range(image.width()):
        if any(
            abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 60
            for y in range(image.height())
        ):
            inked += 1
    return inked


def _drawable(label: QLabel, text: str) -> bool:
    metrics = QFontMetrics(label.font())
    return all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace())


def test_the_sync_place_shows_the_fingerprint_in_thai_words_that_render(
    qtbot: Any, in_thai: None, offices: tuple[Office, Office], tmp_path: Path
) -> None:
    a, _b = offices
    ctx = AppContext(a.store)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    me = copies.copy_identity(a.store)
    thai = [thai_words()[WORDS.index(w)] for w in me.words_en]
    assert me.words == thai
    text = page.words_label.text()
    assert " ".join(thai) in text  # in Thai first…
    assert " ".join(me.words_en) in text and "ภาษาอังกฤษ" in text  # …and in English beside
    assert _drawable(page.words_label, "".join(thai))
    page.words_label.setText(" ".join(thai))  # the Thai words alone, for the screenshot
    shot = tmp_path / "thai-words.png"
    inked = _inked_columns(page.words_label, shot)
    width = QFontMetrics(page.words_label.font()).horizontalAdvance(" ".join(thai))
    assert shot.stat().st_size > 0 and inked > width * 0.5, (inked, width)
    ctx.tasks.wait_idle()


def test_a_key_card_being_trusted_shows_its_thai_words_and_the_english_ones(
    qtbot: Any, in_thai: None, offices: tuple[Office, Office]
) -> None:
    _a, b = offices
    shown = read_key_card(b.card())
    dialog = TrustDialog(shown)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.words.text() == " ".join(thai_words()[WORDS.index(w)] for w in shown.words_en)
    assert dialog.words_en.text() == " ".join(shown.words_en)
    assert dialog.words_en.isVisible()
    assert _drawable(dialog.words, dialog.words.text())
